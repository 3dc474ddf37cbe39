/** How strongly one parameter separates the cases of interest from the rest. */
export interface Separation {
  /** The two-sample Kolmogorov–Smirnov statistic, in [0, 1]. */
  readonly score: number;
  /** Where the cases of interest lie: at higher or lower values than the rest, or nowhere in particular. */
  readonly direction: 'higher' | 'lower' | 'none';
}

/**
 * The Kolmogorov–Smirnov statistic sup |F_hit(v) − F_miss(v)| of column j between the hits and the misses
 * (Kolmogorov 1933, Smirnov 1948: the two-sample statistic, as scipy.stats.ks_2samp computes it), from the rows in
 * ascending order of the column. The CDFs are compared only where a run of tied values ends.
 */
export function separation(
  x: Float64Array,
  k: number,
  j: number,
  order: Int32Array,
  y: Uint8Array,
  hits: number,
): Separation {
  const n = order.length;
  const misses = n - hits;
  if (hits === 0 || misses === 0) return { score: 0, direction: 'none' };
  let seenHits = 0;
  let seenMisses = 0;
  let best = 0;
  let signed = 0;
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    if (y[i] === 1) seenHits++;
    else seenMisses++;
    if (p + 1 < n && x[order[p + 1]! * k + j] === x[i * k + j]) continue;
    // Misses piling up faster than hits at low values means the hits lie higher.
    const diff = seenMisses / misses - seenHits / hits;
    if (Math.abs(diff) > best) {
      best = Math.abs(diff);
      signed = diff;
    }
  }
  return { score: best, direction: signed > 0 ? 'higher' : signed < 0 ? 'lower' : 'none' };
}
