import type { Decimal } from '../money/decimal';
import type { AmountInput } from '../money/parseAmount';
import type { RateInput } from '../money/parseRate';
import { growthRate, MAX_STEPS, namedArgs, positiveAmount, positiveYears, representable, scheduleGrowths, type YearsInput } from './arguments';
import { compound, schedulePath } from './compounding';

/** {@link futureValue} at one constant rate. */
export interface FutureValueRateArgs {
  /** The value now, > 0. */
  readonly start: AmountInput;
  /** The annual growth rate, > −100 %. */
  readonly rate: RateInput;
  /** Years of growth, > 0; fractional allowed. */
  readonly years: YearsInput;
  readonly rates?: never;
}

/** {@link futureValue} along a schedule of annual rates (Excel FVSCHEDULE). */
export interface FutureValueScheduleArgs {
  /** The value now, > 0. */
  readonly start: AmountInput;
  /** One growth rate per year, in order, each > −100 %; 1 to 1000 of them. */
  readonly rates: readonly RateInput[];
  readonly rate?: never;
  readonly years?: never;
}

/** Arguments of {@link futureValue}: a constant rate and years, or a schedule of rates. */
export type FutureValueArgs = FutureValueRateArgs | FutureValueScheduleArgs;

/**
 * The value after compound growth: `start · (1 + rate)^years` (Excel FV with no payments), or
 * `start · Π(1 + rates[i])` for a schedule (Excel FVSCHEDULE).
 *
 * @param args - `{ start, rate, years }` or `{ start, rates }`: `start`, the value now, an amount > 0; `rate`, the
 *   annual rate, > −1 (−100 %) and at most 10, with `years`, finite and > 0, fractional allowed; or instead of rate
 *   and years, `rates`, 1 to 1000 annual rates (growthPath's limit), each > −1.
 * @returns the value as an exact Decimal (40 significant digits).
 * @throws {TypeError} when an argument is not an amount, rate or number of years, when both or neither of
 *   `rate` and `rates` are given, or the call is positional.
 * @throws {RangeError} when start is ≤ 0, a rate is ≤ −100 %, years is ≤ 0 or not finite, or rates is empty or
 *   longer than 1000.
 * @example
 * futureValue({ start: 580, rate: 0.2, years: 5 }).toString(); // => '1443.2256'
 * formatAmount(futureValue({ start: '$580M', rate: '20%', years: 5 })); // => '$1.44B'
 * futureValue({ start: 100, rates: ['10%', '-10%', 0.5] }).toString(); // => '148.5'
 * futureValue({ start: 100, rate: -1, years: 2 }); // => throws RangeError
 */
export function futureValue(args: FutureValueArgs): Decimal {
  const fn = 'futureValue';
  const { start, rate, years, rates } = namedArgs<Record<keyof FutureValueRateArgs, unknown>>(
    args,
    fn,
    '{ start, rate, years } or { start, rates }',
  );
  const from = positiveAmount(start, fn, 'start');
  if (rates !== undefined) {
    if (rate !== undefined || years !== undefined) {
      throw new TypeError(`${fn}: give either rate and years, or rates (a schedule), not both`);
    }
    return representable(schedulePath(from, scheduleGrowths(rates, fn, MAX_STEPS)).at(-1)!, fn, 'value');
  }
  if (rate === undefined) throw new TypeError(`${fn}: needs rate and years, or rates (a schedule); got neither`);
  return representable(compound(from, growthRate(rate, fn, 'rate').plus(1), positiveYears(years, fn, 'years')), fn, 'value');
}

