import { show } from '../../internal/show';
import type { Sample } from './quantile';

/** Count, mean, sample variance and standard deviation of a sample. */
export interface MeanSd {
  readonly n: number;
  readonly mean: number;
  /** The sample variance, with n − 1 in the denominator (0 for a single value). */
  readonly variance: number;
  readonly sd: number;
}

/**
 * Mean and sample standard deviation in one pass by Welford's update (Welford 1962; Knuth TAOCP vol. 2, 4.2.2),
 * which avoids the cancellation of Σx² − (Σx)²/n on values with a large common offset.
 *
 * @param values - the sample, non-empty, finite values.
 * @throws {RangeError} when values are empty or contain NaN or ±Infinity.
 */
export function meanSd(values: Sample): MeanSd {
  const n = values.length;
  if (n === 0) throw new RangeError('meanSd: values must not be empty');
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i]!;
    if (!Number.isFinite(x)) throw new RangeError(`meanSd: values must be finite, got ${show(x)} at index ${i}`);
    const delta = x - mean;
    mean += delta / (i + 1);
    m2 += delta * (x - mean);
  }
  const variance = n > 1 ? m2 / (n - 1) : 0;
  return { n, mean, variance, sd: Math.sqrt(variance) };
}
