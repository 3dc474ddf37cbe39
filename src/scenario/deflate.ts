import type { Decimal } from '../money/decimal';
import { toAmount } from '../money/parseAmount';
import { toRate } from '../money/parseRate';
import type { AmountInput } from '../money/parseAmount';
import type { DeflatorDocument } from './document';
import { priceIndex } from './priceIndex';
import { show } from '../internal/show';

/**
 * Turns nominal amounts (current prices) into real ones (prices of the first year): each value is divided by the
 * price index of its year, which is 1 in `years[0]`. With `{ rate }` (annual inflation) the index in year y is
 * (1 + rate)^(y − years[0]); with `{ series }` (index values by year, any scale) it is series[y] / series[years[0]].
 * This is what `project` does to a scenario with `basis: 'real'`; use it to put nominal figures (a statistics
 * office's, another scenario's) on the same basis.
 *
 * Worked example: $100M in 2024 and $110M in 2026 with 5 % inflation a year: the 2026 index is 1.05² = 1.1025, so
 * 2026's $110M is worth 110 / 1.1025 = $99.77M at 2024 prices — in real terms trade fell slightly.
 *
 * @param values - nominal amounts, one per year.
 * @param years - the years of `values` (whole numbers), the base year first.
 * @param deflator - `{ rate }` or `{ series }`, as in a scenario document.
 * @returns the real amounts, exact to 40 significant digits.
 * @throws {RangeError} when `values` and `years` differ in length or are empty, a year is not a whole number, the
 *   rate is at or below −100 %, or the series lacks a year or holds an index that is not above 0.
 * @throws {TypeError} when the deflator is neither `{ rate }` nor `{ series }`, or an amount or rate is malformed.
 * @example
 * deflate([100e6, 110e6], [2024, 2026], { rate: '5%' }).map((v) => v.toFixed(0)); // => ['100000000', '99773243']
 * deflate([200, 210], [2024, 2025], { series: { 2024: 80, 2025: 84 } }).map(String); // => ['200', '200']
 */
export function deflate(values: readonly AmountInput[], years: readonly number[], deflator: DeflatorDocument): readonly Decimal[] {
  if (!Array.isArray(values) || !Array.isArray(years) || values.length === 0 || values.length !== years.length) {
    throw new RangeError(`deflate: values and years must be non-empty lists of the same length, got ${show(values)} and ${show(years)}`);
  }
  const bad = years.find((y) => !Number.isInteger(y));
  if (bad !== undefined) throw new RangeError(`deflate: years must be whole numbers, got ${show(bad)}`);
  const amounts = values.map((v, i) => toAmount(v, 'deflate', `values[${i}]`));
  const d = deflator as { rate?: unknown; series?: unknown } | null;
  let index: Decimal[];
  if (typeof d === 'object' && d !== null && 'rate' in d && !('series' in d)) {
    const rate = toRate(d.rate, 'deflate', 'deflator.rate');
    if (rate.lte(-1)) throw new RangeError(`deflate: deflator.rate must be above -100%, got ${rate.toString()}`);
    index = priceIndex({ rate }, years);
  } else if (typeof d === 'object' && d !== null && 'series' in d && !('rate' in d) && typeof d.series === 'object' && d.series !== null) {
    const series = d.series as Record<string, unknown>;
    const missing = years.filter((y) => series[String(y)] === undefined);
    if (missing.length > 0) throw new RangeError(`deflate: deflator.series must give an index for every year; missing: ${missing.join(', ')}`);
    for (const y of years) {
      const x = series[String(y)];
      if (typeof x !== 'number' || !Number.isFinite(x) || x <= 0) {
        throw new RangeError(`deflate: deflator.series["${y}"] must be a price index above 0, got ${show(x)}`);
      }
    }
    index = priceIndex({ series: series as Record<string, number> }, years);
  } else {
    throw new TypeError(`deflate: deflator must be { rate } (annual inflation) or { series } (index values by year), got ${show(deflator)}`);
  }
  return Object.freeze(amounts.map((v, i) => (index[i]!.eq(1) ? v : v.div(index[i]!))));
}
