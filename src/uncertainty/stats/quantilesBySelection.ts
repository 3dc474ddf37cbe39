import { show } from '../../internal/show';
import { lerp } from './quantile';
import { select } from './select';

/**
 * Several type-7 quantiles (numpy's default `method='linear'`) of the values in `scratch`, by selection instead of
 * a full sort: the order statistics ⌊(n − 1)·p⌋ are placed left to right with Floyd–Rivest, each search starting
 * right of the last one, and each next order statistic is the minimum of the gap before the next placed one. The
 * cost is O(n) per level instead of O(n log n) for all; the results are exactly those of sorting and interpolating.
 * `scratch` is rearranged (pass a copy); it must be non-empty and hold no NaN (not checked: callers own the data).
 *
 * @param scratch - the values, rearranged in place.
 * @param ps - probabilities, each in [0, 1], in any order.
 * @returns the quantiles, in the order of `ps`.
 * @throws {RangeError} when a p is outside [0, 1] or `scratch` is empty.
 */
export function quantilesBySelection(scratch: Float64Array, ps: readonly number[]): number[] {
  for (const p of ps) {
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) throw new RangeError(`quantilesBySelection: p must be in [0, 1], got ${show(p)}`);
  }
  const n = scratch.length;
  if (n === 0) throw new RangeError('quantilesBySelection: values must not be empty');
  const los = [...new Set(ps.map((p) => Math.floor((n - 1) * p)))].sort((a, b) => a - b);
  let left = 0;
  for (const lo of los) {
    select(scratch, lo, left, n - 1);
    left = lo + 1;
  }
  // The order statistic lo + 1: placed already when it is itself one of los, else the least of the gap after lo.
  const next = new Map<number, number>();
  for (let j = 0; j < los.length; j++) {
    const lo = los[j]!;
    if (lo + 1 >= n) next.set(lo, scratch[lo]!);
    else if (los[j + 1] === lo + 1) next.set(lo, scratch[lo + 1]!);
    else {
      const end = j + 1 < los.length ? los[j + 1]! : n;
      let least = scratch[lo + 1]!;
      for (let i = lo + 2; i < end; i++) if (scratch[i]! < least) least = scratch[i]!;
      next.set(lo, least);
    }
  }
  return ps.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    return lerp(scratch[lo]!, next.get(lo)!, h - lo);
  });
}
