import { z } from 'zod';
import { D, type Decimal } from '../../money/decimal';
import { RATE_FLOOR } from '../../uncertainty/rateFloor';
import { typedDriver, type ExactFields } from '../driverType';
import { numberField, rateField, signedRateField, yearField } from '../fields';
import { exactPhase, floatPhase } from './phase';

const ZERO = new D(0);
const ONE = new D(1);

/**
 * `ramp` — infrastructure that phases in: from `startYear` its effect grows along a linear or S-shaped curve until
 * it is complete in `fullYear`, and stays. It can add growth points (`rate`, e.g. a railway adding 8 points a year
 * once fully running) and/or lift the level of trade for good (`level`, e.g. +10 % once a bridge carries full
 * traffic).
 *
 * Phase-in share in year y, with n = fullYear − startYear + 1 and t = (y − startYear + 1) / n clamped to [0, 1]:
 * linear φ = t; S-curve φ = (σ(k(t − ½)) − σ(−k/2)) / (σ(k/2) − σ(−k/2)), σ the logistic function and k the
 * `steepness` (default 10) — a logistic rescaled so that φ is 0 before `startYear` and exactly 1 in `fullYear`.
 * The step into year y adds `rate · φ(y)`; the level multiplier is `1 + level · φ(y)`.
 */
export const rampDriver = typedDriver({
  type: 'ramp',
  description: 'Infrastructure phasing in between startYear and fullYear (linear or S-curve): growth points and/or a level uplift',
  fields: rampFields(),
  main: ['rate', 'level'],
  dependsOnValue: false,
  parameters: { startYear: 'year', fullYear: 'year', rate: 'rate', level: 'rate', steepness: 'number' },
  limits: { level: [RATE_FLOOR, Infinity], steepness: [0.1, 50] },
  affine: ['rate', 'level'],
  check(d, report) {
    if (d.fullYear < d.startYear) {
      report(['fullYear'], `must not be before startYear (${String(d.startYear)}), got ${String(d.fullYear)}`);
    }
    if (d.rate === undefined && d.level === undefined) report([], 'a ramp needs a rate, a level, or both');
  },
  exactRate: (d, year) => (d.rate === undefined ? ZERO : cached(rateCache, d, year, d.rate, (rate) => scaled(rate, exactPhase(d, year)))),
  floatRate: (d, year) => (d.rate === undefined ? 0 : d.rate * floatPhase(d, year)),
  exactLevel: (d, year) => (d.level === undefined ? ONE : cached(levelCache, d, year, d.level, (level) => lifted(level, exactPhase(d, year)))),
  floatLevel: (d, year) => (d.level === undefined ? 1 : 1 + d.level * floatPhase(d, year)),
});

function rampFields() {
  return {
    startYear: yearField(),
    fullYear: yearField(),
    rate: signedRateField().optional(),
    level: rateField().optional(),
    shape: z.enum(['linear', 's-curve'], { error: 'expected "linear" or "s-curve"' }).default('linear'),
    steepness: numberField(0.1, 50).optional(),
  };
}
type RampFields = ExactFields<ReturnType<typeof rampFields>>;

/** x · φ, without a multiplication before the ramp starts (φ = 0) and once it is complete (φ = 1). */
function scaled(x: Decimal, phase: Decimal): Decimal {
  if (phase.isZero()) return ZERO;
  return phase.eq(ONE) ? x : x.times(phase);
}

/** 1 + x · φ, without an addition before the ramp starts. */
function lifted(x: Decimal, phase: Decimal): Decimal {
  return phase.isZero() ? ONE : ONE.plus(scaled(x, phase));
}

// Driver fields are frozen, so each ramp's rate and level are computed once per year and kept.
type YearCache = WeakMap<RampFields, Map<number, Decimal>>;
const rateCache: YearCache = new WeakMap();
const levelCache: YearCache = new WeakMap();

function cached(store: YearCache, d: RampFields, year: number, x: Decimal, compute: (x: Decimal) => Decimal): Decimal {
  let byYear = store.get(d);
  if (byYear === undefined) {
    byYear = new Map();
    if (Object.isFrozen(d)) store.set(d, byYear);
  }
  let value = byYear.get(year);
  if (value === undefined) {
    value = compute(x);
    byYear.set(year, value);
  }
  return value;
}
