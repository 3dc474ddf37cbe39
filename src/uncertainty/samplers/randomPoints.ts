import { fillUniform, type Rng } from '../rng';
import { checkShape } from './checkShape';

/**
 * n independent uniform points in `dims` dimensions, row-major, each coordinate strictly inside (0, 1): plain
 * Monte Carlo, drawing in row-major order (point 0's coordinates first).
 *
 * @param n - the number of points, an integer ≥ 0.
 * @param dims - the number of dimensions, an integer ≥ 1.
 * @param rng - the generator.
 * @throws {RangeError} when n or dims is not such an integer.
 */
export function randomPoints(n: number, dims: number, rng: Rng): Float64Array {
  checkShape('randomPoints', n, dims);
  const out = new Float64Array(n * dims);
  fillUniform(rng, out);
  return out;
}
