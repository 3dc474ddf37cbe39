import { logGamma } from '../../uncertainty/special/logGamma';

/** ln C(a, b) for whole 0 ≤ b ≤ a. */
function logChoose(a: number, b: number): number {
  return logGamma(a + 1) - logGamma(b + 1) - logGamma(a - b + 1);
}

/**
 * P(X ≥ observed) for X ~ Hypergeometric(population, successes, draws): the chance that `draws` points taken at
 * random from a population holding `successes` cases of interest hold at least `observed` of them.
 *
 * The terms are summed from the side of `observed` away from the mode, where they fall geometrically, relative to
 * the first term (kept in logs), so neither a tail of 1e-300 nor one near 1 loses its digits.
 * Internal: callers pass whole numbers with 0 ≤ successes, draws ≤ population.
 */
export function hypergeometricUpperTail(observed: number, population: number, successes: number, draws: number): number {
  const failures = population - successes;
  const low = Math.max(0, draws - failures);
  const high = Math.min(draws, successes);
  if (observed <= low) return 1;
  if (observed > high) return 0;
  const logPmf = (x: number) =>
    logChoose(successes, x) + logChoose(failures, draws - x) - logChoose(population, draws);
  // The mode of the hypergeometric distribution: floor((draws + 1)(successes + 1) / (population + 2)).
  const mode = Math.floor(((draws + 1) * (successes + 1)) / (population + 2));
  if (observed > mode) {
    // pmf(x + 1) / pmf(x) = (K − x)(n − x) / ((x + 1)(N − K − n + x + 1)), below 1 above the mode.
    let term = 1;
    let sum = 1;
    for (let x = observed; x < high; x++) {
      term *= ((successes - x) * (draws - x)) / ((x + 1) * (failures - draws + x + 1));
      sum += term;
      if (term < sum * 1e-17) break;
    }
    return Math.min(1, Math.exp(logPmf(observed) + Math.log(sum)));
  }
  // At or below the mode the upper tail is not small: 1 − P(X ≤ observed − 1), summed downward.
  let term = 1;
  let sum = 1;
  for (let x = observed - 1; x > low; x--) {
    term *= (x * (failures - draws + x)) / ((successes - x + 1) * (draws - x + 1));
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return Math.max(0, 1 - Math.exp(logPmf(observed - 1) + Math.log(sum)));
}
