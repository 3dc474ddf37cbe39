import { checkOptionsObject } from '../internal/checkOptionsObject';
import { D, type Decimal } from './decimal';
import { toAmount, type AmountInput } from './parseAmount';
import { show } from '../internal/show';

/** Options of {@link formatAmount}. */
export interface FormatAmountOptions {
  /** Significant digits, 1 to 15; default 3 (`$1.44B`, `$10.0B`, `$580M`). */
  readonly digits?: number;
  /** An ISO code (`"USD"` → `$`, `"EUR"` → `€`, `"GBP"` → `£`; others print as `"AZN 580M"`), or `""` for none. */
  readonly currency?: string;
}

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };
const SUFFIXES = [
  { exponent: 12, suffix: 'T' },
  { exponent: 9, suffix: 'B' },
  { exponent: 6, suffix: 'M' },
  { exponent: 3, suffix: 'K' },
] as const;
const HUGE = new D('1e15');

/**
 * Writes an amount for people, scaled to K, M, B or T with a fixed number of significant digits.
 *
 * @param value - any amount input (see {@link parseAmount}).
 * @param options - `digits` (significant digits, default 3) and `currency` (default `"USD"`).
 * @throws {TypeError | RangeError} for an input that is not an amount, options that are not an object, a currency
 *   that is not text, or `digits` outside 1 to 15.
 * @example
 * formatAmount(580e6); // => '$580M'
 * formatAmount('1443225600'); // => '$1.44B'
 * formatAmount('10B'); // => '$10.0B'
 * formatAmount('2.5e18'); // => '$2.50e+18'
 */
export function formatAmount(value: AmountInput, options: FormatAmountOptions = {}): string {
  const amount = toAmount(value, 'formatAmount', 'value');
  checkOptionsObject(options, 'formatAmount', 'an object like { digits: 3 }');
  const digits = options.digits ?? 3;
  if (!Number.isInteger(digits) || digits < 1 || digits > 15) {
    throw new RangeError(`formatAmount: digits must be a whole number from 1 to 15, got ${show(digits)}`);
  }
  const currency = options.currency ?? 'USD';
  if (typeof currency !== 'string') {
    throw new TypeError(`formatAmount: currency must be an ISO code like "USD" or "", got ${show(currency)}`);
  }
  const prefix = currency === '' ? '' : (SYMBOLS[currency.toUpperCase()] ?? `${currency} `);
  // Less than half a currency unit is noise in a trade figure (a gap of 1e-6 left by float rates, say): write 0.
  if (amount.abs().lt('0.5')) return `${prefix}0`;
  const sign = amount.isNegative() ? '-' : '';
  // Round first, then pick the scale, so that 999.96M becomes "$1.00B" and not "$1000M".
  const rounded = amount.abs().toSignificantDigits(digits);
  // Past 1,000T the digits stop helping, and written out in full "1e99999999999" would be a 100-GB string.
  if (rounded.gte(HUGE)) return `${sign}${prefix}${rounded.toExponential(digits - 1)}`;
  const scale = SUFFIXES.find((s) => rounded.gte(new D(10).pow(s.exponent)));
  if (scale === undefined) return `${sign}${prefix}${fixedSignificant(rounded, digits)}`;
  const scaled = rounded.div(new D(10).pow(scale.exponent));
  return `${sign}${prefix}${fixedSignificant(scaled, digits)}${scale.suffix}`;
}

/** `x` written with exactly `digits` significant digits, never in exponent notation, trailing zeros kept. */
function fixedSignificant(x: Decimal, digits: number): string {
  if (x.isZero()) return '0';
  const wholeDigits = x.abs().floor().isZero() ? 0 : x.abs().floor().toFixed(0).length;
  const places = Math.max(0, digits - wholeDigits);
  return x.toSignificantDigits(digits).toFixed(places);
}
