import { show } from '../../internal/show';
import { lerp } from './quantile';
import { quantilesBySelection } from './quantilesBySelection';
import { select } from './select';

/** Below this many values a copy and Floyd–Rivest selection is as quick as counting. */
const SMALL = 8192;
/** Values in the evenly spaced sample that sets the range of the buckets. */
const SAMPLE = 1024;
/** Sample ranks that bound the bucketed range: about the 0.8th and 99.2nd percentiles, so outliers do not stretch it. */
const SAMPLE_EDGE = 8;
/** Buckets over the range at most; one more below it and one above. */
const MAX_BUCKETS = 4096;
/** A bucket this large is selected in, not sorted. */
const SORT_LIMIT = 65_536;

/**
 * Several type-7 quantiles (numpy's default `method='linear'`) of `values[from..to)`, read in place and left
 * untouched: the same numbers, bit for bit, as sorting a copy and interpolating, without the copy or the sort.
 *
 * How: the range of an evenly spaced sample (its ~0.8th to ~99.2nd percentile) is cut into up to 4,096 equal
 * buckets, with one more below and one above; a first pass counts the values in each bucket, which places every
 * order statistic ⌊(n − 1)·p⌋ and the one after it in a known bucket at a known rank; a second pass gathers the
 * values of just those buckets, which are then sorted (or, when large, selected in). Two passes over the column and
 * a few small sorts, instead of one Floyd–Rivest selection per level on a working copy. A sample with no spread
 * takes the column's own range (a column of one value returns it at once). Columns under 8,192 values, a
 * non-finite range, or a column so concentrated that the chosen buckets hold more than a quarter of it fall back to
 * selection on a copy (`quantilesBySelection`), which gives the same numbers.
 *
 * @param values - the column's array; only `values[from..to)` is read; it must hold no NaN (not checked: callers
 *   own the data).
 * @param from - the first index of the column.
 * @param to - one past its last index.
 * @param ps - probabilities, each in [0, 1], in any order.
 * @returns the quantiles, in the order of `ps`.
 * @throws {RangeError} when a p is outside [0, 1] or the column is empty.
 */
export function quantilesOfColumn(values: Float64Array, from: number, to: number, ps: readonly number[]): number[] {
  for (const p of ps) {
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) throw new RangeError(`quantilesOfColumn: p must be in [0, 1], got ${show(p)}`);
  }
  const n = to - from;
  if (!(n > 0)) throw new RangeError(`quantilesOfColumn: the column must not be empty, got ${show(from)}..${show(to)}`);
  const copy = (): number[] => quantilesBySelection(values.slice(from, to), ps);
  if (n < SMALL) return copy();

  const sample = new Float64Array(SAMPLE);
  for (let i = 0; i < SAMPLE; i++) sample[i] = values[from + Math.floor((i * (n - 1)) / (SAMPLE - 1))]!;
  sample.sort();
  let low = sample[SAMPLE_EDGE]!;
  let high = sample[SAMPLE - 1 - SAMPLE_EDGE]!;
  if (!(high > low)) {
    // Most of the sample is one value (a baseline year, a capped year): the column's own range, or its one value.
    low = Infinity;
    high = -Infinity;
    for (let i = from; i < to; i++) {
      const x = values[i]!;
      if (x < low) low = x;
      if (x > high) high = x;
    }
    if (low === high) return ps.map(() => low);
  }
  const buckets = Math.min(MAX_BUCKETS, Math.floor(n / 64));
  const scale = buckets / (high - low);
  if (!Number.isFinite(low) || !Number.isFinite(high) || !Number.isFinite(scale)) return copy();

  // Bucket 0 holds values below `low`, buckets + 1 those at or above `high`, 1 + ⌊(x − low)·scale⌋ the rest. Both
  // passes compute it with the same operations, so a value lands in the same bucket both times.
  const last = buckets + 1;
  const counts = new Int32Array(buckets + 2);
  for (let i = from; i < to; i++) {
    const t = (values[i]! - low) * scale;
    counts[t < 0 ? 0 : t >= buckets ? last : 1 + (t | 0)]!++;
  }

  // The order statistics needed: ⌊h⌋ and the next one (type 7 interpolates between them).
  const ranks = [...new Set(ps.flatMap((p) => {
    const lo = Math.floor((n - 1) * p);
    return lo + 1 < n ? [lo, lo + 1] : [lo];
  }))].sort((a, b) => a - b);
  const below = new Int32Array(buckets + 3); // below[b]: values in buckets before b
  for (let b = 0; b <= last; b++) below[b + 1] = below[b]! + counts[b]!;
  const bucketOf = new Map<number, number>();
  const chosen: number[] = [];
  let b = 0;
  for (const rank of ranks) {
    while (below[b + 1]! <= rank) b++;
    bucketOf.set(rank, b);
    if (chosen[chosen.length - 1] !== b) chosen.push(b);
  }
  let gathered = 0;
  for (const c of chosen) gathered += counts[c]!;
  if (gathered > n / 4) return copy();

  // Second pass: the values of the chosen buckets, each bucket's in its own segment of one buffer.
  const next = new Int32Array(buckets + 2).fill(-1);
  const start = new Int32Array(buckets + 2);
  let offset = 0;
  for (const c of chosen) {
    start[c] = offset;
    next[c] = offset;
    offset += counts[c]!;
  }
  const buffer = new Float64Array(gathered);
  for (let i = from; i < to; i++) {
    const x = values[i]!;
    const t = (x - low) * scale;
    const bucket = t < 0 ? 0 : t >= buckets ? last : 1 + (t | 0);
    const at = next[bucket]!;
    if (at >= 0) {
      buffer[at] = x;
      next[bucket] = at + 1;
    }
  }
  const segments = new Map<number, Float64Array>();
  for (const c of chosen) {
    const segment = buffer.subarray(start[c]!, start[c]! + counts[c]!);
    if (segment.length <= SORT_LIMIT) segment.sort();
    segments.set(c, segment);
  }
  const order = (rank: number): number => {
    const c = bucketOf.get(rank)!;
    const segment = segments.get(c)!;
    const r = rank - below[c]!;
    if (segment.length > SORT_LIMIT) select(segment, r);
    return segment[r]!;
  };
  return ps.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const x = order(lo);
    return lerp(x, lo + 1 < n ? order(lo + 1) : x, h - lo);
  });
}
