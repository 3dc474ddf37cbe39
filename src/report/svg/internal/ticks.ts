/** A nice axis: its domain widened to whole steps, and the ticks in it. */
export interface NiceAxis {
  readonly lo: number;
  readonly hi: number;
  readonly ticks: readonly number[];
}

/** `m·10^e` written through a string so ticks come out as 0.3, not 0.30000000000000004. */
const scaled = (m: number, e: number): number => Number(`${m}e${e}`);

// Step mantissas 1, 2, 5, switching at their geometric means, as in Heckbert's "nice numbers" (Graphics Gems, 1990).
function stepFor(span: number, count: number, minStep: number): { m: number; e: number } {
  const raw = span / count;
  let e = Math.floor(Math.log10(raw));
  const f = raw / 10 ** e;
  let m = f >= Math.sqrt(50) ? 10 : f >= Math.sqrt(10) ? 5 : f >= Math.sqrt(2) ? 2 : 1;
  if (m === 10) [m, e] = [1, e + 1];
  return scaled(m, e) < minStep ? stepFor(minStep * count, count, 0) : { m, e };
}

/**
 * Ticks at 1, 2 or 5 times a power of ten covering `[lo, hi]`, about `count` of them, the domain widened to the
 * first and last tick. An empty span is widened first (by `minStep`, else a tenth of the value, or to [0, 1] at zero).
 * `minStep` keeps year axes on whole years.
 */
export function niceTicks(lo: number, hi: number, count = 5, minStep = 0): NiceAxis {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw new RangeError(`niceTicks: bounds must be finite, got ${lo}, ${hi}`);
  if (lo > hi) [lo, hi] = [hi, lo];
  // A span too small to divide (subnormal, or below 1e-12 of the values) is treated as a single value; so is a value
  // too small to take a tenth of, which is drawn as zero.
  const size = Math.max(Math.abs(lo), Math.abs(hi));
  if (hi - lo <= size * 1e-12 || hi - lo < 1e-290) {
    const mid = size < 1e-290 ? 0 : lo;
    const pad = minStep > 0 ? minStep : mid === 0 ? 1 : Math.abs(mid) / 10;
    [lo, hi] = mid === 0 && minStep === 0 ? [0, pad] : [mid - pad, mid + pad];
  }
  // Tick indices that cover [lo, hi]; the slack absorbs division rounding (relative 1e-16), not a real overshoot.
  const cover = (step: { m: number; e: number }) => {
    const size = scaled(step.m, step.e);
    const slack = (x: number) => 1e-9 + Math.abs(x) * 1e-15;
    return { first: Math.floor(lo / size + slack(lo / size)), last: Math.ceil(hi / size - slack(hi / size)) };
  };
  let step = stepFor(hi - lo, count, minStep);
  // Widening the domain can change the best step; settle it in a few rounds (d3's scale.nice loops the same way),
  // then cover with the step kept, whether or not it settled.
  for (let round = 0; round < 4; round++) {
    const { first, last } = cover(step);
    const next = stepFor((last - first) * scaled(step.m, step.e), count, minStep);
    if (next.m === step.m && next.e === step.e) break;
    step = next;
  }
  const { first, last } = cover(step);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(scaled(i * step.m, step.e));
  return { lo: ticks[0]!, hi: ticks[ticks.length - 1]!, ticks };
}

/**
 * Ticks for a log axis over positive `[lo, hi]`: every 1, 2 and 5 times a power of ten when that gives at most
 * 10 ticks, else whole powers of ten (every second, third… one over many decades). The domain widens to ticks.
 */
export function logTicks(lo: number, hi: number): NiceAxis {
  if (!(lo > 0) || !(hi > 0) || !Number.isFinite(lo) || !Number.isFinite(hi)) {
    throw new RangeError(`logTicks: bounds must be positive and finite, got ${lo}, ${hi}`);
  }
  if (lo > hi) [lo, hi] = [hi, lo];
  // Below 1e-300 a power of ten underflows; values that small are drawn under the axis, not ticked.
  lo = Math.max(lo, 1e-300);
  hi = Math.max(hi, 1e-300);
  if (hi <= lo * (1 + 1e-12)) [lo, hi] = [lo / 2, hi * 2];
  const e0 = Math.floor(Math.log10(lo) + 1e-12);
  const e1 = Math.ceil(Math.log10(hi) - 1e-12);
  const candidates: number[] = [];
  for (let e = e0; e <= e1; e++) for (const m of [1, 2, 5]) candidates.push(scaled(m, e));
  const below = candidates.filter((c) => c <= lo * (1 + 1e-12));
  const above = candidates.filter((c) => c >= hi * (1 - 1e-12));
  const start = below[below.length - 1]!;
  const end = above[0]!;
  const inner = candidates.filter((c) => c >= start && c <= end);
  if (inner.length <= 10) return { lo: start, hi: end, ticks: inner };
  const decades = e1 - e0;
  const every = Math.ceil(decades / 8);
  const ticks: number[] = [];
  for (let e = e0; e <= e1; e += every) ticks.push(scaled(1, e));
  if (ticks[ticks.length - 1]! < hi) ticks.push(scaled(1, e0 + Math.ceil(decades / every) * every));
  return { lo: ticks[0]!, hi: ticks[ticks.length - 1]!, ticks };
}

/** Whole-year ticks inside `[first, last]` (never widened past the data); a single year gets a year either side. */
export function yearTicks(first: number, last: number, count: number): NiceAxis {
  const [lo, hi] = first === last ? [first - 1, last + 1] : [Math.min(first, last), Math.max(first, last)];
  const ticks = niceTicks(lo, hi, count, 1).ticks.filter((t) => t >= lo - 1e-9 && t <= hi + 1e-9);
  return { lo, hi, ticks };
}
