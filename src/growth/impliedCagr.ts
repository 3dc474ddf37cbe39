import { checkOptionsObject } from '../internal/checkOptionsObject';
import { linearRegression } from 'simple-statistics';
import { D, type Decimal } from '../money/decimal';
import { show } from '../internal/show';
import { growthSeries, representable, type GrowthPointInput } from './arguments';
import { compoundRate } from './compounding';

/** How {@link impliedCagr} reads a series: its first and last points, or a fit through all of them. */
export type ImpliedCagrMethod = 'endpoints' | 'log-linear';

/** Options of {@link impliedCagr}. */
export interface ImpliedCagrOptions {
  /** `'endpoints'` (default) or `'log-linear'`. */
  readonly method?: ImpliedCagrMethod;
}

/**
 * The compound annual growth rate a series of yearly values implies.
 *
 * - `'endpoints'` (default): the CAGR from the earliest to the latest point over their actual year span, exact
 *   (Decimal, 40 significant digits). Points in between do not matter.
 * - `'log-linear'`: the least-squares line through `(year, ln value)` (simple-statistics `linearRegression`), rate
 *   `exp(slope) − 1`. Every point counts, so one odd year moves it less. This one is computed in float64 (about 15
 *   significant digits) and returned as a Decimal.
 *
 * @param series - at least 2 points `{ year, value }`, in any order, each year once (gaps allowed), years whole,
 *   values amounts > 0.
 * @param options - `method`: `'endpoints'` or `'log-linear'`.
 * @returns the annual rate as a Decimal fraction.
 * @throws {TypeError} when series is not an array of `{ year, value }`, or a year or value has the wrong type.
 * @throws {RangeError} when series has fewer than 2 points, a year twice, a value ≤ 0, or the method is unknown.
 *   The result is always finite: a rate beyond what decimal.js holds is a RangeError, never an Infinity.
 * @example
 * impliedCagr([{ year: 2026, value: 121 }, { year: 2024, value: 100 }]).toString(); // => '0.1'
 * impliedCagr([{ year: 2020, value: 100 }, { year: 2021, value: 90 }, { year: 2022, value: 121 }]).toString(); // => '0.1'
 * Number(impliedCagr([{ year: 2020, value: 100 }, { year: 2021, value: 110 }, { year: 2022, value: 121 }], { method: 'log-linear' })); // => ≈ 0.1
 * impliedCagr([{ year: 2024, value: 100 }]); // => throws RangeError
 */
export function impliedCagr(series: readonly GrowthPointInput[], options: ImpliedCagrOptions = {}): Decimal {
  const fn = 'impliedCagr';
  checkOptionsObject(options, fn, "an object like { method: 'log-linear' }");
  const method: unknown = options.method ?? 'endpoints';
  if (method !== 'endpoints' && method !== 'log-linear') {
    throw new RangeError(`${fn}: method must be 'endpoints' or 'log-linear', got ${show(method)}`);
  }
  const points = growthSeries(series, fn, 'series', 2);
  const first = points[0]!;
  const last = points.at(-1)!;
  if (method === 'endpoints') return representable(compoundRate(first.value, last.value, new D(last.year - first.year)), fn, 'rate');
  // Years measured from the first one keep the regression's sums of squares small and well conditioned.
  const { m: slope } = linearRegression(points.map((p) => [p.year - first.year, p.value.ln().toNumber()]));
  // expm1 keeps the digits of a small slope that exp(slope) − 1 would cancel away; a slope beyond float64's exp
  // (above about 709, a thousandfold and more a year) is taken in Decimal, never returned as Infinity.
  const rate = Math.expm1(slope);
  if (Number.isFinite(rate)) return new D(String(rate));
  return representable(new D(String(slope)).exp().minus(1), fn, 'rate');
}
