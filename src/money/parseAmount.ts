import { D, isDecimal, type Decimal } from './decimal';
import { show } from '../internal/show';

/** An amount of money: `580e6`, `"580000000"`, `"1,200,000"`, `"$580M"`, `"580 million"`, `"$10bn"`, or a Decimal. */
export type AmountInput = number | string | Decimal;

const SCALES: Record<string, string> = {
  k: '1e3', thousand: '1e3',
  m: '1e6', mn: '1e6', mln: '1e6', million: '1e6',
  b: '1e9', bn: '1e9', bln: '1e9', billion: '1e9',
  t: '1e12', tn: '1e12', trillion: '1e12',
};

// sign? currency? sign? number (plain, or with thousands separators) exponent? scale? — whitespace allowed between parts.
const AMOUNT =
  /^([+-])?\s*(?:\$|€|£|usd|eur|gbp)?\s*([+-])?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:e([+-]?\d+))?\s*([a-z]+)?$/i;

/**
 * Turns an amount written for people into an exact Decimal, in currency units (not millions).
 *
 * @param value - a finite number, a Decimal, or a string such as `"$580M"`, `"580 million"`, `"1,200,000"`,
 *   `"1.2e9"`, `"10B"` or `"$10bn"`. Scale words: k/thousand, m/mn/million, b/bn/billion, t/tn/trillion.
 * @throws {TypeError} when the value is not a number, string or Decimal, or the string is not an amount.
 * @throws {RangeError} when the value is NaN or infinite.
 * @example
 * parseAmount('$580M').toString(); // => '580000000'
 * parseAmount('10 billion').toString(); // => '10000000000'
 */
export function parseAmount(value: AmountInput): Decimal {
  return toAmount(value, 'parseAmount', 'value');
}

/** `parseAmount` with the calling function and argument named in its errors. */
export function toAmount(value: unknown, fn: string, what: string): Decimal {
  if (isDecimal(value)) {
    if (!value.isFinite()) throw new RangeError(`${fn}: ${what} must be finite, got ${value.toString()}`);
    return new D(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`${fn}: ${what} must be finite, got ${value}`);
    return new D(String(value));
  }
  if (typeof value !== 'string') {
    throw new TypeError(`${fn}: ${what} must be a number, a string like "$580M" or a Decimal, got ${show(value)}`);
  }
  const match = AMOUNT.exec(value.trim());
  const scale = match?.[5] === undefined ? '1' : SCALES[match[5].toLowerCase()];
  if (!match || scale === undefined || (match[1] !== undefined && match[2] !== undefined)) {
    throw new TypeError(
      `${fn}: ${what} must be an amount like 580e6, "580000000", "$580M", "580 million" or "$10bn", got ${show(value)}`,
    );
  }
  const sign = (match[1] ?? match[2]) === '-' ? '-' : '';
  const digits = match[3]!.replace(/,/g, '');
  const exponent = match[4] ?? '0';
  const amount = new D(`${sign}${digits}e${exponent}`).times(scale);
  // An exponent past decimal.js's range (about 9e15) makes ±Infinity: that is no amount either.
  if (!amount.isFinite()) throw new RangeError(`${fn}: ${what} must be finite, got ${show(value)}`);
  return amount;
}
