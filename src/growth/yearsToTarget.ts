import { D, type Decimal } from '../money/decimal';
import type { AmountInput } from '../money/parseAmount';
import type { RateInput } from '../money/parseRate';
import { growthRate, namedArgs, positiveAmount, representable } from './arguments';

/** Arguments of {@link yearsToTarget}. */
export interface YearsToTargetArgs {
  /** The value now, > 0. */
  readonly start: AmountInput;
  /** The value to reach, > 0. */
  readonly target: AmountInput;
  /** The constant annual growth rate, > −100 %. */
  readonly rate: RateInput;
}

/**
 * How many years a constant growth rate takes to reach a target: `ln(target / start) / ln(1 + rate)`
 * (Excel PDURATION), in fractional years.
 *
 * A target equal to the start takes 0 years. A target below the start is reached with a negative rate.
 *
 * @param args.start - the value now, an amount > 0.
 * @param args.target - the value to reach, an amount > 0.
 * @param args.rate - the annual growth rate, > −1 (−100 %) and at most 10 (1,000 %).
 * @returns the years as an exact Decimal (40 significant digits), ≥ 0.
 * @throws {TypeError} when an argument is not an amount or a rate, or the call is positional.
 * @throws {RangeError} when start or target is ≤ 0, the rate is ≤ −100 %, or the rate can never reach the target:
 *   a rate of 0 with a target other than the start, a positive rate with a target below the start, or a negative
 *   rate with a target above it.
 * @example
 * yearsToTarget({ start: '$580M', target: '$10B', rate: '20%' }).toFixed(2); // => '15.62'
 * yearsToTarget({ start: 100, target: 121, rate: 0.1 }).toString(); // => '2'
 * yearsToTarget({ start: 100, target: 81, rate: -0.1 }).toString(); // => '2'
 * yearsToTarget({ start: 100, target: 121, rate: 0 }); // => throws RangeError
 */
export function yearsToTarget(args: YearsToTargetArgs): Decimal {
  const fn = 'yearsToTarget';
  const { start, target, rate } = namedArgs<YearsToTargetArgs>(args, fn, '{ start, target, rate }');
  const from = positiveAmount(start, fn, 'start');
  const to = positiveAmount(target, fn, 'target');
  const r = growthRate(rate, fn, 'rate');
  if (to.eq(from)) return new D(0);
  const reach = `target ${to.toString()} can never be reached from start ${from.toString()}`;
  if (r.isZero()) throw new RangeError(`${fn}: ${reach} at a rate of 0 (the value never changes)`);
  if (r.gt(0) && to.lt(from)) {
    throw new RangeError(`${fn}: ${reach} at a positive rate (it only grows), got rate ${r.toString()}`);
  }
  if (r.lt(0) && to.gt(from)) {
    throw new RangeError(`${fn}: ${reach} at a negative rate (it only shrinks), got rate ${r.toString()}`);
  }
  const perYear = r.plus(1).ln();
  // 1 + rate rounds to 1 at 40 digits for a rate below about 1e-40: no finite number of years would do.
  if (perYear.isZero()) throw new RangeError(`yearsToTarget: rate ${r.toString()} is too close to 0 to reach the target in any number of years (1 + rate rounds to 1 at 40 digits)`);
  return representable(to.div(from).ln().div(perYear), 'yearsToTarget', 'years');
}
