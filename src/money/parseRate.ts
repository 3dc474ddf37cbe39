import { D, isDecimal, type Decimal } from './decimal';
import { show } from '../internal/show';

/** A growth rate: a fraction as a number or string (`0.2`, `"0.2"`), a percentage (`"20%"`), or a Decimal. */
export type RateInput = number | string | Decimal;

const RATE = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(%|bps?)?$/i;

/** Rates are fractions: anything beyond ±10 (±1,000 %) is far more likely a percentage typed as a number. */
const MAX_ABS_RATE = 10;

/**
 * Turns a rate written for people into an exact Decimal fraction (`"20%"` → 0.2).
 *
 * @param value - a fraction (`0.2`, `"0.2"`), a percentage (`"20%"`), basis points (`"150bp"`) or a Decimal;
 *   its size must be at most 10 (1,000 %).
 * @throws {TypeError} when the value is not a number, string or Decimal, or the string is not a rate.
 * @throws {RangeError} when the value is NaN, infinite, or — typed as a number or string — above 10 in size (with a
 *   hint: `did you mean "20%"?`); a Decimal, a computed rate, may be larger.
 * @example
 * parseRate('20%').toString(); // => '0.2'
 * parseRate(0.2).toString(); // => '0.2'
 */
export function parseRate(value: RateInput): Decimal {
  return toRate(value, 'parseRate', 'value');
}

/** `parseRate` with the calling function and argument named in its errors. */
export function toRate(value: unknown, fn: string, what: string): Decimal {
  let rate: Decimal;
  let percent = false;
  if (isDecimal(value)) {
    if (!value.isFinite()) throw new RangeError(`${fn}: ${what} must be finite, got ${value.toString()}`);
    rate = new D(value);
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`${fn}: ${what} must be finite, got ${value}`);
    rate = new D(String(value));
  } else if (typeof value === 'string') {
    const match = RATE.exec(value.trim());
    if (!match) {
      throw new TypeError(`${fn}: ${what} must be a fraction like 0.2 or a percentage like "20%", got ${show(value)}`);
    }
    const unit = match[2]?.toLowerCase();
    percent = unit !== undefined;
    const divisor = unit === '%' ? 100 : unit === undefined ? 1 : 10_000;
    rate = new D(match[1]!).div(divisor);
    // An exponent past decimal.js's range (about 9e15) makes ±Infinity: no rate, and no "did you mean" either.
    if (!rate.isFinite()) throw new RangeError(`${fn}: ${what} must be finite, got ${show(value)}`);
  } else {
    throw new TypeError(`${fn}: ${what} must be a number, a string like "20%" or a Decimal, got ${show(value)}`);
  }
  // A Decimal is a computed rate (a required CAGR over a short horizon, say), not a typo: only typed input is checked.
  if (!isDecimal(value) && rate.abs().gt(MAX_ABS_RATE)) {
    const hint = percent ? '' : `; did you mean "${rate.toString()}%"?`;
    throw new RangeError(`${fn}: ${what} must be at most 10 (1,000%) in size, got ${show(value)}${hint}`);
  }
  return rate;
}
