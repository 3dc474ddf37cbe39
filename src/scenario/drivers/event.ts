import { z } from 'zod';
import { D } from '../../money/decimal';
import { RATE_FLOOR } from '../../uncertainty/rateFloor';
import { typedDriver } from '../driverType';
import { numberField, rateField, yearField } from '../fields';

const ONE = new D(1);

/**
 * `event` — a one-off level change in `year` (`size: "-30%"`: trade falls by 30 % and stays there) that may or may
 * not happen: with `probability` p it happens in a Monte Carlo run, drawn once per run. `project`, which follows one
 * path, applies it only when `assume` is true (default false), so a projection shows the path without it unless
 * told otherwise. Level multiplier: 1 before `year`, 1 + size from `year` on (when it happens).
 */
export const eventDriver = typedDriver({
  type: 'event',
  description: 'A one-off level change in a year that happens with a probability (drawn per Monte Carlo run)',
  fields: {
    year: yearField(),
    probability: numberField(0, 1),
    size: rateField(),
    assume: z.boolean({ error: 'expected true or false' }).default(false),
  },
  main: ['size'],
  dependsOnValue: false,
  parameters: { year: 'year', size: 'rate', probability: 'number' },
  limits: { size: [RATE_FLOOR, Infinity], probability: [0, 1] },
  affine: ['size'],
  check(d, report, { baselineYear, endYear }) {
    if (d.year <= baselineYear || d.year > endYear) {
      report(['year'], `must be within the projection (${baselineYear + 1} to ${endYear}), got ${d.year}`);
    }
  },
  exactLevel: (d, year) => (d.assume && year >= d.year ? ONE.plus(d.size) : ONE),
  // In Monte Carlo `assume` holds the run's draw (true or 1 when the event happens).
  floatLevel: (d, year) => (d.assume && year >= d.year ? 1 + d.size : 1),
});
