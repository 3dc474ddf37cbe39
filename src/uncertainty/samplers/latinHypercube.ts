import type { Rng } from '../rng';
import { checkShape } from './checkShape';
import { randomBelow } from './randomBelow';

/**
 * A Latin hypercube sample: n points in `dims` dimensions, row-major, with exactly one point in each of the n
 * strata [k/n, (k+1)/n) of every dimension, jittered uniformly inside its stratum (McKay, Beckman and Conover 1979).
 *
 * Dimension by dimension, the strata are shuffled (Fisher–Yates) and then jittered with one `rng.next()` each, so
 * every coordinate lies strictly inside (0, 1).
 *
 * @param n - the number of points, an integer ≥ 0.
 * @param dims - the number of dimensions, an integer ≥ 1.
 * @param rng - the generator that shuffles and jitters.
 * @throws {RangeError} when n or dims is not such an integer.
 * @example
 * const x = latinHypercube(4, 2, createRng(1));
 * [0, 2, 4, 6].map((i) => Math.floor(x[i] * 4)).sort(); // => [0, 1, 2, 3]
 * latinHypercube(4, 0, createRng(1)); // => throws RangeError
 */
export function latinHypercube(n: number, dims: number, rng: Rng): Float64Array {
  checkShape('latinHypercube', n, dims);
  const out = new Float64Array(n * dims);
  const strata = new Uint32Array(n);
  const next = () => rng.nextUint32();
  for (let d = 0; d < dims; d++) {
    for (let i = 0; i < n; i++) strata[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = randomBelow(next, i + 1);
      const t = strata[i]!;
      strata[i] = strata[j]!;
      strata[j] = t;
    }
    for (let i = 0; i < n; i++) {
      const k = strata[i]!;
      let x = k + rng.next();
      // Beyond 2^20 strata, k + u can round up to k + 1; take the stratum's centre in that (rare) case.
      if (x >= k + 1) x = k + 0.5;
      out[i * dims + d] = x / n;
    }
  }
  return out;
}
