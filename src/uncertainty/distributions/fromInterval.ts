import { show } from '../../internal/show';
import { inverseNormalCdf } from '../special/inverseNormalCdf';
import { normalCdf } from '../special/normalCdf';
import { normalQuantile } from './normal';
import { makeDistribution, nonFinite, readNumbers, throwProblem, type Distribution, type ParamProblem } from './distribution';

/** Parameters of `fromInterval`: a 90 % interval. */
export interface FromIntervalParams {
  /** The 5th percentile. */
  readonly p5: number;
  /** The 95th percentile, > p5. */
  readonly p95: number;
}

/** A distribution built by `fromInterval`: it says which family it chose. */
export interface FromIntervalDistribution extends Distribution {
  /** `'lognormal'` when p5 and p95 are both > 0, `'normal'` otherwise. */
  readonly family: 'lognormal' | 'normal';
}

/** Φ⁻¹(0.95): the 5th and 95th percentiles lie this many standard deviations from the centre. */
const Z95 = 1.6448536269514722;

/** The lognormal branch's quantile, from the mean and sd of the logarithm. */
function logQuantile(q: number, mu: number, sigma: number): number {
  return Math.exp(mu + sigma * inverseNormalCdf(q));
}

/** The first rule that interval parameters break, if any. */
export function fromIntervalProblem(p: FromIntervalParams): ParamProblem | undefined {
  return (
    nonFinite({ ...p }, ['p5', 'p95']) ??
    (p.p5 < p.p95 ? undefined : { field: 'p95', message: `p5 must be < p95, got p5 ${show(p.p5)} and p95 ${show(p.p95)}` })
  );
}

/**
 * A distribution from a 90 % interval: lognormal when p5 and p95 are both > 0 (a level or a multiplier), normal
 * otherwise (so a negative shock, or a rate that may turn negative, works). Its 5th and 95th percentiles are p5 and p95.
 *
 * Lognormal: median √(p5·p95), sigma ln(p95/p5) / (2·1.6449). Normal: mean (p5 + p95)/2, sd (p95 − p5) / (2·1.6449).
 *
 * @param params - `{ p5, p95 }`: finite, p5 < p95.
 * @throws {RangeError} when a parameter is NaN or infinite, or p5 ≥ p95.
 * @throws {TypeError} when params is not an object of numbers.
 * @example
 * fromInterval({ p5: 300e6, p95: 1200e6 }).family; // => 'lognormal'
 * fromInterval({ p5: 300e6, p95: 1200e6 }).quantile(0.5); // => ≈ 600000000
 * fromInterval({ p5: -0.3, p95: 0.1 }).family; // => 'normal'
 * fromInterval({ p5: -0.3, p95: 0.1 }).quantile(0.05); // => ≈ -0.3
 * fromInterval({ p5: 2, p95: 1 }); // => throws RangeError
 */
export function fromInterval(params: FromIntervalParams): FromIntervalDistribution {
  const p = readNumbers('fromInterval', params, ['p5', 'p95']);
  throwProblem('fromInterval', fromIntervalProblem(p));
  const { p5, p95 } = p;
  const document = { type: 'fromInterval', p5, p95 } as const;
  if (p5 > 0) {
    const logLow = Math.log(p5);
    const logHigh = Math.log(p95);
    const mu = (logLow + logHigh) / 2;
    const sigma = (logHigh - logLow) / (2 * Z95);
    const median = Math.exp(mu);
    const mean = median * Math.exp((sigma * sigma) / 2);
    return makeDistribution({
      type: 'fromInterval',
      quantile: (q) => logQuantile(q, mu, sigma),
      column: (a, from, to, step) => {
        for (let i = from; i < to; i += step) a[i] = logQuantile(a[i]!, mu, sigma);
      },
      cdf: (x) => (x <= 0 ? 0 : normalCdf((Math.log(x) - mu) / sigma)),
      mean,
      sd: mean * Math.sqrt(Math.expm1(sigma * sigma)),
      support: [0, Infinity],
      document,
      extra: { family: 'lognormal' },
    }) as FromIntervalDistribution;
  }
  const mean = p5 / 2 + p95 / 2;
  const sd = (p95 - p5) / (2 * Z95);
  return makeDistribution({
    type: 'fromInterval',
    quantile: (q) => normalQuantile(q, mean, sd),
    column: (a, from, to, step) => {
      for (let i = from; i < to; i += step) a[i] = normalQuantile(a[i]!, mean, sd);
    },
    cdf: (x) => normalCdf((x - mean) / sd),
    mean,
    sd,
    support: [-Infinity, Infinity],
    document,
    extra: { family: 'normal' },
  }) as FromIntervalDistribution;
}
