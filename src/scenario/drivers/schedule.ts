import { z } from 'zod';
import { D } from '../../money/decimal';
import { RATE_FLOOR } from '../../uncertainty/rateFloor';
import { typedDriver } from '../driverType';
import { rateField } from '../fields';

const ZERO = new D(0);

/**
 * `schedule` — rates for named years: `{ rates: { "2025": "25%", "2026": "22%" }, mode }`. With `mode: "add"`
 * (the default) each rate adds to the other rate drivers in its year; with `mode: "replace"` it replaces the base —
 * the `growth` drivers — in its years (ramps still add), as when a year's growth is known or decided.
 */
export const scheduleDriver = typedDriver({
  type: 'schedule',
  description: 'Rates for named years, added to the base or replacing it',
  fields: {
    rates: z.record(
      z.string().regex(/^\d{4}$/, { error: (issue) => `expected a year like "2026" as key, got ${JSON.stringify(issue.input)}` }),
      rateField(),
    ),
    mode: z.enum(['add', 'replace'], { error: 'expected "add" or "replace"' }).default('add'),
  },
  dependsOnValue: false,
  parameters: { 'rates.*': 'rate' },
  limits: { 'rates.*': [RATE_FLOOR, Infinity] },
  affine: ['rates.*'],
  check(d, report, { baselineYear, endYear }) {
    for (const key of Object.keys(d.rates)) {
      const year = Number(key);
      if (year <= baselineYear || year > endYear) {
        report(['rates', key], `year ${key} is outside the projection (${baselineYear + 1} to ${endYear})`);
      }
    }
  },
  exactRate: (d, year) => d.rates[year] ?? ZERO,
  floatRate: (d, year) => d.rates[year] ?? 0,
  replacesBase: (d, year) => d.mode === 'replace' && d.rates[year] !== undefined,
});
