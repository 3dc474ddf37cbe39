import { checkOptionsObject } from '../internal/checkOptionsObject';
import { toRate, type RateInput } from './parseRate';
import { show } from '../internal/show';

const HUGE_PERCENT = 1e15;

/** Options of {@link formatRate}. */
export interface FormatRateOptions {
  /** Decimal places of the percentage, 0 to 10; default 2 (`76.73%`). */
  readonly digits?: number;
  /** Write a `+` before positive rates (`+20.00%`); default false. */
  readonly sign?: boolean;
}

/**
 * Writes a rate as a percentage.
 *
 * @param value - any rate input (see {@link parseRate}).
 * @param options - `digits` (decimal places, default 2) and `sign`.
 * @throws {TypeError | RangeError} for an input that is not a rate, options that are not an object, or `digits`
 *   outside 0 to 10.
 * @example
 * formatRate(0.7673167814); // => '76.73%'
 * formatRate('-15%', { digits: 0 }); // => '-15%'
 */
export function formatRate(value: RateInput, options: FormatRateOptions = {}): string {
  const rate = toRate(value, 'formatRate', 'value');
  checkOptionsObject(options, 'formatRate', 'an object like { digits: 2 }');
  const digits = options.digits ?? 2;
  if (!Number.isInteger(digits) || digits < 0 || digits > 10) {
    throw new RangeError(`formatRate: digits must be a whole number from 0 to 10, got ${show(digits)}`);
  }
  const percent = rate.times(100);
  // A computed Decimal rate may be astronomically large; written out in full it could exhaust memory.
  const text = percent.abs().gte(HUGE_PERCENT) ? percent.toExponential(digits) : percent.toFixed(digits);
  const plus = options.sign === true && rate.gt(0) ? '+' : '';
  return `${plus}${text === `-${(0).toFixed(digits)}` ? (0).toFixed(digits) : text}%`;
}
