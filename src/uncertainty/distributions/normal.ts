import { show } from '../../internal/show';
import { inverseNormalCdf } from '../special/inverseNormalCdf';
import { normalCdf } from '../special/normalCdf';
import { makeDistribution, nonFinite, readNumbers, throwProblem, type Distribution, type ParamProblem } from './distribution';

/** Parameters of `normal`. */
export interface NormalParams {
  readonly mean: number;
  /** The standard deviation, > 0. */
  readonly sd: number;
}

/** The first rule that normal parameters break, if any. */
export function normalProblem(p: NormalParams): ParamProblem | undefined {
  return nonFinite({ ...p }, ['mean', 'sd']) ?? (p.sd > 0 ? undefined : { field: 'sd', message: `sd must be > 0, got ${show(p.sd)}` });
}

/** The quantile of N(mean, sd²). */
export function normalQuantile(q: number, mean: number, sd: number): number {
  return mean + sd * inverseNormalCdf(q);
}

/**
 * The normal distribution N(mean, sd²); its quantile is Wichura's AS241, its CDF Cody's algorithm.
 *
 * @param params - `{ mean, sd }`: finite numbers, sd > 0.
 * @throws {RangeError} when a parameter is NaN or infinite, or sd ≤ 0.
 * @throws {TypeError} when params is not an object of numbers.
 * @example
 * normal({ mean: 0.2, sd: 0.05 }).quantile(0.975); // => ≈ 0.29800
 * normal({ mean: 0.2, sd: 0.05 }).cdf(0.2); // => 0.5
 * normal({ mean: 0.2, sd: 0 }); // => throws RangeError
 */
export function normal(params: NormalParams): Distribution {
  const p = readNumbers('normal', params, ['mean', 'sd']);
  throwProblem('normal', normalProblem(p));
  const { mean, sd } = p;
  return makeDistribution({
    type: 'normal',
    quantile: (q) => normalQuantile(q, mean, sd),
    column: (a, from, to, step) => {
      for (let i = from; i < to; i += step) a[i] = normalQuantile(a[i]!, mean, sd);
    },
    cdf: (x) => normalCdf((x - mean) / sd),
    mean,
    sd,
    support: [-Infinity, Infinity],
    document: { type: 'normal', mean, sd },
  });
}
