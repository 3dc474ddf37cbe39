import { D, isDecimal } from '../../../money/decimal';
import { formatAmount } from '../../../money/formatAmount';
import { formatRate } from '../../../money/formatRate';
import { show } from '../../../internal/show';
import type { ValueFormat } from '../chartOptions';


/** A finite number from a number or a Decimal, or an error that names the function and the value's place. */
export function toNumber(value: unknown, fn: string, where: string): number {
  if (isDecimal(value)) {
    if (!value.isFinite()) throw new RangeError(`${fn}: ${where} must be finite, got ${value.toString()}`);
    return value.toNumber();
  }
  if (typeof value !== 'number') throw new TypeError(`${fn}: ${where} must be a number or a Decimal, got ${show(value)}`);
  if (!Number.isFinite(value)) throw new RangeError(`${fn}: ${where} must be finite, got ${value}`);
  return value;
}

export function checkFormat(format: unknown, fn: string, name: string): ValueFormat {
  if (typeof format === 'function' || format === 'amount' || format === 'rate' || format === 'number' || format === 'year') {
    return format as ValueFormat;
  }
  throw new TypeError(`${fn}: ${name} must be 'amount', 'rate', 'number', 'year' or a function, got ${show(format)}`);
}

// Significant digits a tick needs to be written exactly: 2.5e9 → 2, 1e10 → 1, 0 → 1.
const digitsOf = (value: number): number => Math.min(15, Math.max(1, new D(String(value)).sd()));

/** `formatAmount` with trailing zeros dropped, for values that are not money: 1500 → "1.5K". */
function compact(value: number, digits: number): string {
  return formatAmount(value, { currency: '', digits }).replace(/(\.\d*?)0+(?=[KMBT]?$)/, '$1').replace(/\.(?=[KMBT]?$)/, '');
}

/** A tick label: as few digits as the tick needs, so an axis reads $0, $2B, $4B rather than $0, $2.00B, $4.00B. */
export function tickLabel(value: number, format: ValueFormat, currency: string): string {
  if (typeof format === 'function') return userText(format, value);
  switch (format) {
    case 'amount':
      return formatAmount(value, { digits: digitsOf(value), currency });
    case 'rate': {
      const places = Math.min(10, Math.max(0, new D(String(value)).times(100).decimalPlaces()));
      return formatRate(value, { digits: places });
    }
    case 'year':
      return String(Math.round(value));
    default:
      return Math.abs(value) >= 1e4 ? compact(value, digitsOf(value)) : String(value);
  }
}

/** A data label (a cell, a bar end): amounts to 3 significant digits, rates to 2 decimals of a percent. */
export function valueLabel(value: number, format: ValueFormat, currency: string): string {
  if (typeof format === 'function') return userText(format, value);
  switch (format) {
    case 'amount':
      return formatAmount(value, { currency });
    case 'rate':
      return formatRate(value);
    case 'year':
      return String(Math.round(value));
    default:
      return shortNumber(value);
  }
}

/** A number in at most 4 significant digits: 0.2 → "0.2", 1234.5 → "1.23K", 1e10 → "10B". */
export function shortNumber(value: number): string {
  if (Math.abs(value) >= 1e4) return compact(value, 3);
  return String(Number(value.toPrecision(4)));
}

function userText(format: (value: number) => string, value: number): string {
  const text = format(value);
  if (typeof text !== 'string') throw new TypeError(`format must return a string, got ${show(text)}`);
  return text;
}
