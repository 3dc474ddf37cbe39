import type { Decimal } from '../money/decimal';
import type { AmountInput } from '../money/parseAmount';
import type { RateInput } from '../money/parseRate';
import {
  growthRate,
  MAX_STEPS,
  namedArgs,
  positiveAmount,
  representable,
  scheduleGrowths,
  wholeSteps,
  wholeYear,
  type GrowthPoint,
  type YearsInput,
} from './arguments';
import { compoundPath, schedulePath } from './compounding';

/** {@link growthPath} at one constant rate. */
export interface GrowthPathRateArgs {
  /** The value in `startYear`, > 0. */
  readonly start: AmountInput;
  /** The year of `start`, a whole year. */
  readonly startYear: number;
  /** The annual growth rate, > −100 %. */
  readonly rate: RateInput;
  /** The whole number of annual steps, 1 to 1000. */
  readonly years: YearsInput;
  readonly rates?: never;
}

/** {@link growthPath} along a schedule of annual rates, one per step. */
export interface GrowthPathScheduleArgs {
  /** The value in `startYear`, > 0. */
  readonly start: AmountInput;
  /** The year of `start`, a whole year. */
  readonly startYear: number;
  /** The rate of each step in order (`rates[0]` takes `startYear` to `startYear + 1`), each > −100 %; 1 to 1000. */
  readonly rates: readonly RateInput[];
  readonly rate?: never;
  readonly years?: never;
}

/** Arguments of {@link growthPath}: a constant rate and a number of years, or a schedule of rates. */
export type GrowthPathArgs = GrowthPathRateArgs | GrowthPathScheduleArgs;

/**
 * The value in each year of compound growth, from `startYear` (the start itself) on: `years + 1` points
 * `{ year, value }`, where `value = start · (1 + rate)^i` in year `startYear + i`; a schedule compounds its rates
 * in order.
 *
 * Each point is `start · (1 + rate)^i` rounded once to 40 digits: the steps are multiplied in 60-digit working
 * precision, so no rounding builds up along the path, and its last point is `futureValue({ start, rate, years })`
 * to the last digit.
 *
 * @param args - `{ start, startYear, rate, years }` or `{ start, startYear, rates }`: `start`, the value in
 *   `startYear`, an amount > 0; `startYear`, a whole number; `rate`, the annual rate, > −1 (−100 %) and at most 10,
 *   with `years`, the whole number of annual steps, 1 to 1000; or instead of rate and years, `rates`, 1 to 1000
 *   annual rates, each > −1.
 * @returns `years + 1` (or `rates.length + 1`) points with exact Decimal values (40 significant digits).
 * @throws {TypeError} when an argument has the wrong type, when both or neither of `rate` and `rates` are given,
 *   or the call is positional.
 * @throws {RangeError} when start is ≤ 0, a rate is ≤ −100 %, or years is not a whole number from 1 to 1000.
 * @example
 * growthPath({ start: 100, startYear: 2024, rate: 0.1, years: 2 }).map((p) => [p.year, p.value.toString()]); // => [[2024, '100'], [2025, '110'], [2026, '121']]
 * growthPath({ start: 100, startYear: 2024, rates: ['50%', '-50%'] }).map((p) => p.value.toNumber()); // => [100, 150, 75]
 * growthPath({ start: '$580M', startYear: 2024, rate: '20%', years: 5 }).at(-1).value.toString(); // => '1443225600'
 * growthPath({ start: 100, startYear: 2024, rate: 0.1, years: 2.5 }); // => throws RangeError
 */
export function growthPath(args: GrowthPathArgs): GrowthPoint[] {
  const fn = 'growthPath';
  const { start, startYear, rate, years, rates } = namedArgs<Record<keyof GrowthPathRateArgs, unknown>>(
    args,
    fn,
    '{ start, startYear, rate, years } or { start, startYear, rates }',
  );
  const from = positiveAmount(start, fn, 'start');
  const first = wholeYear(startYear, fn, 'startYear');
  let values: Decimal[];
  if (rates !== undefined) {
    if (rate !== undefined || years !== undefined) {
      throw new TypeError(`${fn}: give either rate and years, or rates (a schedule), not both`);
    }
    values = schedulePath(from, scheduleGrowths(rates, fn, MAX_STEPS));
  } else {
    if (rate === undefined) throw new TypeError(`${fn}: needs rate and years, or rates (a schedule); got neither`);
    values = compoundPath(from, growthRate(rate, fn, 'rate').plus(1), wholeSteps(years, fn, 'years'));
  }
  // A step past the range leaves Infinity or 0 for the rest of the path, so the last point tells for all of them.
  representable(values[values.length - 1]!, 'growthPath', 'value');
  return values.map((value, i) => ({ year: first + i, value }));
}
