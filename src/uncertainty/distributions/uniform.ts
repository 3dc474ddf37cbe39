import { show } from '../../internal/show';
import { makeDistribution, nonFinite, readNumbers, throwProblem, type Distribution, type ParamProblem } from './distribution';

/** Parameters of `uniform`. */
export interface UniformParams {
  readonly min: number;
  readonly max: number;
}

/** The first rule that uniform parameters break, if any. */
export function uniformProblem(p: UniformParams): ParamProblem | undefined {
  return (
    nonFinite({ ...p }, ['min', 'max']) ??
    (p.min < p.max ? undefined : { field: 'max', message: `min must be < max, got min ${show(p.min)} and max ${show(p.max)}` })
  );
}

/** The quantile, in weighted form so that p = 0 gives min and p = 1 gives max exactly. */
function uniformQuantile(q: number, min: number, max: number): number {
  return q >= 1 ? max : min * (1 - q) + max * q;
}

/**
 * The continuous uniform distribution on [min, max].
 *
 * @param params - `{ min, max }`: finite, min < max.
 * @throws {RangeError} when a parameter is NaN or infinite, or min ≥ max.
 * @throws {TypeError} when params is not an object of numbers.
 * @example
 * uniform({ min: 0.1, max: 0.3 }).quantile(0.25); // => ≈ 0.15
 * uniform({ min: 0.1, max: 0.3 }).mean; // => ≈ 0.2
 * uniform({ min: 1, max: 1 }); // => throws RangeError
 */
export function uniform(params: UniformParams): Distribution {
  const p = readNumbers('uniform', params, ['min', 'max']);
  throwProblem('uniform', uniformProblem(p));
  const { min, max } = p;
  const width = max - min;
  return makeDistribution({
    type: 'uniform',
    quantile: (q) => uniformQuantile(q, min, max),
    column: (a, from, to, step) => {
      for (let i = from; i < to; i += step) a[i] = uniformQuantile(a[i]!, min, max);
    },
    cdf: (x) => (x <= min ? 0 : x >= max ? 1 : (x - min) / width),
    mean: min / 2 + max / 2,
    sd: width / Math.sqrt(12),
    support: [min, max],
    document: { type: 'uniform', min, max },
  });
}
