import type { Decimal } from '../money/decimal';
import type { AmountInput } from '../money/parseAmount';
import { namedArgs, positiveAmount, positiveYears, representable, type YearsInput } from './arguments';
import { compoundRate } from './compounding';

/** Arguments of {@link requiredCagr}. */
export interface RequiredCagrArgs {
  /** The value now, > 0. */
  readonly start: AmountInput;
  /** The value to reach, > 0. */
  readonly target: AmountInput;
  /** Years to reach it in, > 0; fractional allowed. */
  readonly years: YearsInput;
}

/**
 * The compound annual growth a target needs: `(target / start)^(1 / years) − 1` (Excel RRI).
 *
 * @param args.start - the value now, an amount > 0.
 * @param args.target - the value to reach, an amount > 0 (below start gives a negative rate).
 * @param args.years - years to reach it in, finite and > 0, fractional allowed.
 * @returns the rate as an exact Decimal fraction (40 significant digits).
 * @throws {TypeError} when an argument is not an amount or a number of years, or the call is positional.
 * @throws {RangeError} when start or target is ≤ 0, or years is ≤ 0 or not finite.
 * @example
 * requiredCagr({ start: '$580M', target: '$10B', years: 5 }).toFixed(10); // => '0.7673167814'
 * formatRate(requiredCagr({ start: '$580M', target: '$10B', years: 6 })); // => '60.73%'
 * requiredCagr({ start: '$580M', target: '$10B', years: 0 }); // => throws RangeError
 */
export function requiredCagr(args: RequiredCagrArgs): Decimal {
  const { start, target, years } = namedArgs<RequiredCagrArgs>(args, 'requiredCagr', '{ start, target, years }');
  const rate = compoundRate(
    positiveAmount(start, 'requiredCagr', 'start'),
    positiveAmount(target, 'requiredCagr', 'target'),
    positiveYears(years, 'requiredCagr', 'years'),
  );
  return representable(rate, 'requiredCagr', 'rate');
}
