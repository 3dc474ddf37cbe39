import { show } from '../../internal/show';

/** A proportion with its confidence interval. */
export interface ProportionInterval {
  /** hits / n. */
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
}

/** z for a two-sided 95 % interval: Φ⁻¹(0.975). */
const Z95 = 1.959963984540054;

/**
 * The Wilson score interval for a binomial proportion (Wilson 1927; Newcombe 1998, method 3), which stays
 * informative at 0 and n hits: with zero hits the estimate is 0, low is 0 and high is z²/(n + z²) ≈ 3.84/n.
 *
 * @param hits - the number of successes, an integer in [0, n].
 * @param n - the number of trials, an integer ≥ 1.
 * @param z - the normal quantile of the confidence level, > 0 (default 1.959963984540054, i.e. 95 %).
 * @throws {RangeError} when n is not a positive integer, hits is not an integer in [0, n], or z is not > 0.
 * @example
 * wilsonInterval(0, 1000).high; // => ≈ 0.003827
 * wilsonInterval(81, 263).low; // => ≈ 0.2553
 * wilsonInterval(5, 4); // => throws RangeError
 */
export function wilsonInterval(hits: number, n: number, z: number = Z95): ProportionInterval {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`wilsonInterval: n must be an integer ≥ 1, got ${show(n)}`);
  if (!Number.isSafeInteger(hits) || hits < 0 || hits > n) {
    throw new RangeError(`wilsonInterval: hits must be an integer in [0, n] = [0, ${n}], got ${show(hits)}`);
  }
  if (typeof z !== 'number' || !Number.isFinite(z) || z <= 0) {
    throw new RangeError(`wilsonInterval: z must be a finite number > 0, got ${show(z)}`);
  }
  const estimate = hits / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (estimate + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((estimate * (1 - estimate)) / n + z2 / (4 * n * n));
  // At 0 and n hits one end is exactly 0 or 1; computing it would leave rounding noise of either sign.
  const low = hits === 0 ? 0 : Math.max(0, centre - half);
  const high = hits === n ? 1 : Math.min(1, centre + half);
  return { estimate, low, high };
}
