import { show } from '../../internal/show';
import { incompleteBeta } from '../special/incompleteBeta';
import { inverseIncompleteBeta } from '../special/inverseIncompleteBeta';
import { makeDistribution, readNumbers, throwProblem, type Distribution, type ParamProblem } from './distribution';
import { triangularProblem } from './triangular';

/** Parameters of `pert`. */
export interface PertParams {
  readonly min: number;
  /** The most likely value, in [min, max]. */
  readonly mode: number;
  readonly max: number;
  /** The weight of the mode, > 0; 4 (the classic PERT) when omitted. */
  readonly lambda?: number;
}

/** The first rule that PERT parameters break, if any. */
export function pertProblem(p: PertParams): ParamProblem | undefined {
  return (
    triangularProblem(p) ??
    (p.lambda === undefined || (Number.isFinite(p.lambda) && p.lambda > 0)
      ? undefined
      : { field: 'lambda', message: `lambda must be a finite number > 0, got ${show(p.lambda)}` })
  );
}

/** The quantile: the beta's, scaled to [min, max] and kept inside it. */
function pertQuantile(q: number, min: number, max: number, alpha: number, beta: number): number {
  const x = min + (max - min) * inverseIncompleteBeta(q, alpha, beta);
  return Math.min(max, Math.max(min, x));
}

/**
 * The (modified) PERT distribution: a beta distribution scaled to [min, max] with shape parameters
 * α = 1 + λ(mode − min)/(max − min) and β = 1 + λ(max − mode)/(max − min), so that its mean is
 * (min + λ·mode + max)/(λ + 2) (Vose, Risk Analysis, 2008, §9.1.3).
 *
 * @param params - `{ min, mode, max, lambda? }`: finite, min < max, min ≤ mode ≤ max, lambda > 0 (default 4).
 * @throws {RangeError} when a parameter is NaN or infinite, min ≥ max, mode is outside [min, max], or lambda ≤ 0.
 * @throws {TypeError} when params is not an object of numbers.
 * @example
 * pert({ min: 0, mode: 0.5, max: 1 }).quantile(0.5); // => ≈ 0.5
 * pert({ min: 0.05, mode: 0.2, max: 0.6 }).mean; // => ≈ 0.24167
 * pert({ min: 0, mode: 0.5, max: 1, lambda: 0 }); // => throws RangeError
 */
export function pert(params: PertParams): Distribution {
  const p = readNumbers('pert', params, ['min', 'mode', 'max', 'lambda'], ['lambda']);
  throwProblem('pert', pertProblem(p));
  const { min, mode, max } = p;
  const lambda = p.lambda ?? 4;
  const width = max - min;
  const alpha = 1 + (lambda * (mode - min)) / width;
  const beta = 1 + (lambda * (max - mode)) / width;
  const mean = (min + lambda * mode + max) / (lambda + 2);
  return makeDistribution({
    type: 'pert',
    quantile: (q) => pertQuantile(q, min, max, alpha, beta),
    column: (a, from, to, step) => {
      for (let i = from; i < to; i += step) a[i] = pertQuantile(a[i]!, min, max, alpha, beta);
    },
    cdf: (x) => (x <= min ? 0 : x >= max ? 1 : incompleteBeta((x - min) / width, alpha, beta)),
    mean,
    sd: Math.sqrt(Math.max(0, (mean - min) * (max - mean)) / (lambda + 3)),
    support: [min, max],
    document: p.lambda === undefined ? { type: 'pert', min, mode, max } : { type: 'pert', min, mode, max, lambda },
  });
}
