// Argument types and checks shared by the growth functions, so every one names itself and the argument in its errors.
import { D, isDecimal, type Decimal } from '../money/decimal';
import { toAmount, type AmountInput } from '../money/parseAmount';
import { toRate } from '../money/parseRate';
import { show } from '../internal/show';

/** A number of years: a finite number, a numeric string (`"4.5"`) or a Decimal. */
export type YearsInput = number | string | Decimal;

/** A year and an amount in that year, as a caller writes it: `{ year: 2024, value: '$580M' }`. */
export interface GrowthPointInput {
  readonly year: number;
  readonly value: AmountInput;
}

/** A year and its exact value. */
export interface GrowthPoint {
  readonly year: number;
  readonly value: Decimal;
}

/** Longest path growthPath builds: far beyond any planning horizon, short of an accidental huge array. */
export const MAX_STEPS = 1000;

const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** The argument object of a named-argument function; a positional call gets a TypeError that shows the names. */
export function namedArgs<T>(args: unknown, fn: string, names: string): T {
  if (typeof args !== 'object' || args === null || Array.isArray(args) || isDecimal(args)) {
    throw new TypeError(`${fn}: takes named arguments ${names}, got ${show(args)}`);
  }
  return args as T;
}

/** An amount that must be > 0: growth is a ratio of amounts, undefined for zero or a change of sign. */
export function positiveAmount(value: unknown, fn: string, what: string): Decimal {
  const amount = toAmount(value, fn, what);
  if (!amount.gt(0)) throw new RangeError(`${fn}: ${what} must be > 0, got ${show(value)}`);
  return amount;
}

/** A growth rate that must be > −100 %: at −100 % the value is gone and no later growth can bring it back. */
export function growthRate(value: unknown, fn: string, what: string): Decimal {
  const rate = toRate(value, fn, what);
  if (!rate.gt(-1)) throw new RangeError(`${fn}: ${what} must be > -1 (-100%), got ${show(value)}`);
  return rate;
}

/** A number of years > 0, fractional allowed. */
export function positiveYears(value: unknown, fn: string, what: string): Decimal {
  let years: Decimal;
  if (isDecimal(value)) {
    years = new D(value);
  } else if (typeof value === 'number') {
    years = new D(String(value));
  } else if (typeof value === 'string' && NUMERIC.test(value.trim())) {
    years = new D(value.trim());
  } else {
    throw new TypeError(`${fn}: ${what} must be a number, a numeric string or a Decimal, got ${show(value)}`);
  }
  if (!years.isFinite()) throw new RangeError(`${fn}: ${what} must be finite, got ${show(value)}`);
  if (!years.gt(0)) throw new RangeError(`${fn}: ${what} must be > 0, got ${show(value)}`);
  return years;
}

/** A whole number of annual steps, 1 to {@link MAX_STEPS}. */
export function wholeSteps(value: unknown, fn: string, what: string): number {
  // The common case, a plain whole number in range, needs no Decimal.
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_STEPS) return value;
  const years = positiveYears(value, fn, what);
  if (!years.isInteger() || years.gt(MAX_STEPS)) {
    throw new RangeError(`${fn}: ${what} must be a whole number of annual steps from 1 to ${MAX_STEPS}, got ${show(value)}`);
  }
  return years.toNumber();
}

/** A calendar year: a whole number (a safe integer). */
export function wholeYear(value: unknown, fn: string, what: string): number {
  if (typeof value !== 'number') throw new TypeError(`${fn}: ${what} must be a year like 2024, got ${show(value)}`);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${fn}: ${what} must be a whole year like 2024, got ${show(value)}`);
  }
  return value;
}

/** A `{ year, value }` with a whole year and a value > 0. */
export function growthPoint(point: unknown, fn: string, what: string): GrowthPoint {
  if (typeof point !== 'object' || point === null || Array.isArray(point) || isDecimal(point)) {
    throw new TypeError(`${fn}: ${what} must be { year, value }, got ${show(point)}`);
  }
  const { year, value } = point as Record<string, unknown>;
  return { year: wholeYear(year, fn, `${what}.year`), value: positiveAmount(value, fn, `${what}.value`) };
}

/** A non-empty list of `{ year, value }`, sorted by year, each year once. */
export function growthSeries(series: unknown, fn: string, what: string, minLength: number): GrowthPoint[] {
  if (!Array.isArray(series)) {
    throw new TypeError(`${fn}: ${what} must be an array of { year, value }, got ${show(series)}`);
  }
  if (series.length < minLength) {
    throw new RangeError(`${fn}: ${what} must have at least ${minLength} points, got ${series.length}`);
  }
  const points = series.map((point, i) => growthPoint(point, fn, `${what}[${i}]`));
  points.sort((a, b) => a.year - b.year);
  for (let i = 1; i < points.length; i++) {
    if (points[i]!.year === points[i - 1]!.year) {
      throw new RangeError(`${fn}: ${what} must have each year once, got ${points[i]!.year} twice`);
    }
  }
  return points;
}

/** The growth factors `1 + rates[i]` of a schedule: a non-empty array of rates, each > −100 %. */
export function scheduleGrowths(rates: unknown, fn: string, maxLength = Infinity): Decimal[] {
  if (!Array.isArray(rates)) {
    throw new TypeError(`${fn}: rates must be an array of annual rates, got ${show(rates)}`);
  }
  if (rates.length === 0) throw new RangeError(`${fn}: rates must have at least one rate, got an empty array`);
  if (rates.length > maxLength) {
    throw new RangeError(`${fn}: rates must have at most ${maxLength} rates, got ${rates.length}`);
  }
  return rates.map((r, i) => growthRate(r, fn, `rates[${i}]`).plus(1));
}

/**
 * A result that must be a finite Decimal (and, for a value, above 0), or a RangeError that says the arguments push
 * it out of the numbers decimal.js can hold — never an Infinity or a 0 standing in for an enormous or tiny number.
 */
export function representable(result: Decimal, fn: string, what: 'value' | 'rate' | 'years'): Decimal {
  if (!result.isFinite() || (what === 'value' && !result.gt(0))) {
    const way = !result.isFinite() ? 'too large' : 'too small';
    throw new RangeError(`${fn}: the ${what} is ${way} to represent (beyond about 1e±9e15); check the arguments`);
  }
  return result;
}
