import { show } from '../../internal/show';
import type { Rng } from '../rng';
import { latinHypercube } from './latinHypercube';
import { randomPoints } from './randomPoints';
import { sobolPointsInto } from './sobol';

import type { SamplerName } from '../../internal/checkSampler';

/** The ways to spread n points over the unit cube (checked by src/internal/checkSampler.ts). */
export type { SamplerName };

const SAMPLERS: readonly SamplerName[] = ['random', 'lhs', 'sobol'];

/**
 * n points in the unit cube [0, 1)^dims, row-major, by the named sampler: `'random'` (plain Monte Carlo),
 * `'lhs'` (Latin hypercube) or `'sobol'` (Sobol' sequence, scrambled with `rng`; when n is not a power of two these
 * are the first n points of the next larger scrambled net, which keeps low discrepancy but not exact balance).
 * Every coordinate lies strictly inside (0, 1), so any quantile function can be applied to it.
 *
 * @param sampler - `'random'`, `'lhs'` or `'sobol'`.
 * @param n - the number of points, an integer ≥ 0 (at most 2^32 for `'sobol'`).
 * @param dims - the number of dimensions, an integer ≥ 1 (at most 1111 for `'sobol'`).
 * @param rng - the generator that draws, shuffles or scrambles.
 * @param into - where the `'sobol'` sampler writes its points (n · dims elements, working memory of the caller); the
 *   others, and `'sobol'` without it, return a new array.
 * @throws {RangeError} for an unknown sampler or a bad n or dims.
 */
export function unitSample(sampler: SamplerName, n: number, dims: number, rng: Rng, into?: Float64Array): Float64Array {
  switch (sampler) {
    case 'random':
      return randomPoints(n, dims, rng);
    case 'lhs':
      return latinHypercube(n, dims, rng);
    case 'sobol':
      return sobolPointsInto(into, n, dims, { scramble: rng });
    default:
      throw new RangeError(`unitSample: sampler must be one of ${SAMPLERS.map((s) => `'${s}'`).join(', ')}, got ${show(sampler)}`);
  }
}
