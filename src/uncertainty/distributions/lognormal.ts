import { show } from '../../internal/show';
import { inverseNormalCdf } from '../special/inverseNormalCdf';
import { normalCdf } from '../special/normalCdf';
import { makeDistribution, nonFinite, readNumbers, throwProblem, type Distribution, type ParamProblem } from './distribution';

/** Parameters of `lognormal`. */
export interface LognormalParams {
  /** The median e^μ, > 0. */
  readonly median: number;
  /** The standard deviation of the logarithm, > 0. */
  readonly sigma: number;
}

/** The first rule that lognormal parameters break, if any. */
export function lognormalProblem(p: LognormalParams): ParamProblem | undefined {
  return (
    nonFinite({ ...p }, ['median', 'sigma']) ??
    (p.median > 0 ? undefined : { field: 'median', message: `median must be > 0, got ${show(p.median)}` }) ??
    (p.sigma > 0 ? undefined : { field: 'sigma', message: `sigma must be > 0, got ${show(p.sigma)}` })
  );
}

function lognormalQuantile(q: number, median: number, sigma: number): number {
  return median * Math.exp(sigma * inverseNormalCdf(q));
}

/**
 * The lognormal distribution: ln X ~ N(ln median, sigma²). Mean median·e^(σ²/2), sd mean·√(e^(σ²) − 1).
 *
 * @param params - `{ median, sigma }`: finite, both > 0 (sigma is the standard deviation of ln X).
 * @throws {RangeError} when a parameter is NaN, infinite or ≤ 0.
 * @throws {TypeError} when params is not an object of numbers.
 * @example
 * lognormal({ median: 580e6, sigma: 0.3 }).quantile(0.5); // => 580000000
 * lognormal({ median: 1, sigma: 1 }).mean; // => ≈ 1.648721
 * lognormal({ median: -1, sigma: 0.3 }); // => throws RangeError
 */
export function lognormal(params: LognormalParams): Distribution {
  const p = readNumbers('lognormal', params, ['median', 'sigma']);
  throwProblem('lognormal', lognormalProblem(p));
  const { median, sigma } = p;
  const mu = Math.log(median);
  const mean = median * Math.exp((sigma * sigma) / 2);
  return makeDistribution({
    type: 'lognormal',
    quantile: (q) => lognormalQuantile(q, median, sigma),
    column: (a, from, to, step) => {
      for (let i = from; i < to; i += step) a[i] = lognormalQuantile(a[i]!, median, sigma);
    },
    cdf: (x) => (x <= 0 ? 0 : normalCdf((Math.log(x) - mu) / sigma)),
    mean,
    sd: mean * Math.sqrt(Math.expm1(sigma * sigma)),
    support: [0, Infinity],
    document: { type: 'lognormal', median, sigma },
  });
}
