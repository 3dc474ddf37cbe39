import { show } from '../../internal/show';
import { makeDistribution, nonFinite, readNumbers, throwProblem, type Distribution, type ParamProblem } from './distribution';

/** Parameters of `triangular`. */
export interface TriangularParams {
  readonly min: number;
  /** The most likely value, in [min, max]. */
  readonly mode: number;
  readonly max: number;
}

/** The first rule that triangular (or PERT) parameters break, if any. */
export function triangularProblem(p: TriangularParams): ParamProblem | undefined {
  return (
    nonFinite({ ...p }, ['min', 'mode', 'max']) ??
    (p.min < p.max ? undefined : { field: 'max', message: `min must be < max, got min ${show(p.min)} and max ${show(p.max)}` }) ??
    (p.mode >= p.min && p.mode <= p.max
      ? undefined
      : { field: 'mode', message: `mode must be in [min, max] = [${show(p.min)}, ${show(p.max)}], got ${show(p.mode)}` })
  );
}

/**
 * The quantile. Each branch is written from the end it is near: from min for small q, from max for q near 1. Taken
 * from the far end, w − √(…) cancels (a mode at min and q = 1e-20 gave exactly min); rationalised, it does not:
 * w − √((1−q)·w·r) = w·(l + q·r) / (w + √((1−q)·w·r)), and w − √(q·w·l) = w·(r + (1−q)·l) / (w + √(q·w·l)).
 */
function triangularQuantile(q: number, min: number, mode: number, max: number): number {
  const width = max - min;
  const left = mode - min;
  const right = max - mode;
  if (q <= left / width && left > 0) {
    const root = Math.sqrt(q * width * left);
    return Math.min(mode, q <= 0.5 ? min + root : max - (width * (right + (1 - q) * left)) / (width + root));
  }
  const root = Math.sqrt((1 - q) * width * right);
  return Math.max(mode, q > 0.5 ? max - root : min + (width * (left + q * right)) / (width + root));
}

/**
 * The triangular distribution on [min, max] with its peak at mode.
 *
 * @param params - `{ min, mode, max }`: finite, min < max, min ≤ mode ≤ max.
 * @throws {RangeError} when a parameter is NaN or infinite, min ≥ max, or mode is outside [min, max].
 * @throws {TypeError} when params is not an object of numbers.
 * @example
 * triangular({ min: 0, mode: 1, max: 2 }).quantile(0.5); // => 1
 * triangular({ min: 0.05, mode: 0.15, max: 0.4 }).mean; // => ≈ 0.2
 * triangular({ min: 0, mode: 3, max: 2 }); // => throws RangeError
 */
export function triangular(params: TriangularParams): Distribution {
  const p = readNumbers('triangular', params, ['min', 'mode', 'max']);
  throwProblem('triangular', triangularProblem(p));
  const { min, mode, max } = p;
  const width = max - min;
  const left = mode - min;
  const right = max - mode;
  return makeDistribution({
    type: 'triangular',
    quantile: (q) => triangularQuantile(q, min, mode, max),
    column: (a, from, to, step) => {
      for (let i = from; i < to; i += step) a[i] = triangularQuantile(a[i]!, min, mode, max);
    },
    cdf: (x) => {
      if (x <= min) return 0;
      if (x >= max) return 1;
      if (x <= mode) return ((x - min) * (x - min)) / (width * left);
      return 1 - ((max - x) * (max - x)) / (width * right);
    },
    mean: (min + mode + max) / 3,
    // Var = (a² + b² + c² − ab − ac − bc)/18, written as the sum of squared differences to avoid cancellation.
    sd: Math.sqrt((width * width + left * left + right * right) / 36),
    support: [min, max],
    document: { type: 'triangular', min, mode, max },
  });
}
