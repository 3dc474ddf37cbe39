import { show } from '../../internal/show';
import { select } from './select';

/** The values quantile functions take: a Float64Array (the Monte Carlo columns) or a plain array. */
export type Sample = Float64Array | readonly number[];

function checkP(fn: string, p: number): void {
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) throw new RangeError(`${fn}: p must be in [0, 1], got ${show(p)}`);
}

/** A checked Float64Array copy of the values: non-empty, no NaN. */
function copyOf(fn: string, values: Sample): Float64Array {
  const n = values.length;
  if (n === 0) throw new RangeError(`${fn}: values must not be empty`);
  const copy = Float64Array.from(values);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(copy[i])) throw new RangeError(`${fn}: values must not contain NaN, got NaN at index ${i}`);
  }
  return copy;
}

/** numpy's `_lerp`: a + (b − a)·t, computed from the nearer end so that t = 1 gives b exactly. */
export function lerp(a: number, b: number, t: number): number {
  const diff = b - a;
  const value = t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
  return a === b ? a : value;
}

/**
 * The type-7 quantile (linear interpolation between order statistics, numpy's default `method='linear'`, R's
 * `type = 7`) of values that are already sorted ascending: with h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
 *
 * @param sorted - ascending values, non-empty (not checked for order).
 * @param p - the probability, in [0, 1].
 * @throws {RangeError} when p is outside [0, 1] or the values are empty.
 */
export function quantileSorted(sorted: Sample, p: number): number {
  checkP('quantileSorted', p);
  const n = sorted.length;
  if (n === 0) throw new RangeError('quantileSorted: values must not be empty');
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return lerp(sorted[lo]!, sorted[hi]!, h - lo);
}

/**
 * The type-7 quantile of unsorted values, by selection on a copy (Floyd–Rivest), so one quantile costs O(n) and
 * the input is left untouched; numpy's `np.quantile(values, p)`.
 *
 * @param values - the sample, non-empty, without NaN (±Infinity allowed).
 * @param p - the probability, in [0, 1].
 * @throws {RangeError} when p is outside [0, 1], or values are empty or contain NaN.
 */
export function quantile(values: Sample, p: number): number {
  checkP('quantile', p);
  const a = copyOf('quantile', values);
  const n = a.length;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  select(a, lo);
  if (lo + 1 >= n) return a[lo]!;
  // After selection everything right of lo is ≥ a[lo]; the next order statistic is their minimum.
  let next = a[lo + 1]!;
  for (let i = lo + 2; i < n; i++) if (a[i]! < next) next = a[i]!;
  return lerp(a[lo]!, next, h - lo);
}

/**
 * Several type-7 quantiles of the same values, sorting one copy once.
 *
 * @param values - the sample, non-empty, without NaN.
 * @param ps - probabilities, each in [0, 1].
 * @throws {RangeError} when a p is outside [0, 1], or values are empty or contain NaN.
 */
export function quantiles(values: Sample, ps: readonly number[]): number[] {
  for (const p of ps) checkP('quantiles', p);
  const sorted = copyOf('quantiles', values).sort();
  return ps.map((p) => quantileSorted(sorted, p));
}
