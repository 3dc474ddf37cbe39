import type { Decimal } from '../money/decimal';
import type { AmountInput } from '../money/parseAmount';
import { namedArgs, positiveAmount, positiveYears, representable, type YearsInput } from './arguments';
import { compoundRate } from './compounding';

/** Arguments of {@link cagr}. */
export interface CagrArgs {
  /** The value at the start, > 0. */
  readonly start: AmountInput;
  /** The value at the end, > 0. */
  readonly end: AmountInput;
  /** Years between them, > 0; fractional allowed (4.5). */
  readonly years: YearsInput;
}

/**
 * The compound annual growth rate between two values: `(end / start)^(1 / years) − 1` (Excel RRI).
 *
 * @param args.start - the value at the start, an amount > 0.
 * @param args.end - the value at the end, an amount > 0.
 * @param args.years - years between them, finite and > 0, fractional allowed.
 * @returns the rate as an exact Decimal fraction (40 significant digits).
 * @throws {TypeError} when an argument is not an amount or a number of years, or the call is positional.
 * @throws {RangeError} when start or end is ≤ 0, or years is ≤ 0 or not finite.
 * @example
 * cagr({ start: 100, end: 121, years: 2 }).toString(); // => '0.1'
 * cagr({ start: '$483.3M', end: '$580M', years: 1 }).toFixed(4); // => '0.2001'
 * Number(cagr({ start: 100, end: 200, years: 4.5 })); // => ≈ 0.16653
 * cagr({ start: 0, end: 121, years: 2 }); // => throws RangeError
 */
export function cagr(args: CagrArgs): Decimal {
  const { start, end, years } = namedArgs<CagrArgs>(args, 'cagr', '{ start, end, years }');
  const rate = compoundRate(
    positiveAmount(start, 'cagr', 'start'),
    positiveAmount(end, 'cagr', 'end'),
    positiveYears(years, 'cagr', 'years'),
  );
  return representable(rate, 'cagr', 'rate');
}
