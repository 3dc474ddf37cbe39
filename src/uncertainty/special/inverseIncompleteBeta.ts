import { betaDensity, incompleteBeta } from './incompleteBeta';

/**
 * A first guess for x with I_x(a, b) = p: for a, b ≥ 1 the normal approximation of Abramowitz and Stegun 26.5.22
 * (with the 26.2.22 approximation to the normal quantile), otherwise the leading power-law terms of each tail.
 */
function initialGuess(p: number, a: number, b: number): number {
  if (a >= 1 && b >= 1) {
    const pp = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(pp));
    let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) z = -z;
    const al = (z * z - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (z * Math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    return a / (a + b * Math.exp(2 * w));
  }
  const lna = Math.log(a / (a + b));
  const lnb = Math.log(b / (a + b));
  const t = Math.exp(a * lna) / a;
  const u = Math.exp(b * lnb) / b;
  const w = t + u;
  return p < t / w ? Math.pow(a * w * p, 1 / a) : 1 - Math.pow(b * w * (1 - p), 1 / b);
}

/**
 * The x in [0, 1] with I_x(a, b) = p: Newton steps from a first guess, kept inside a bracket that every evaluation
 * narrows, falling back to bisection when a step would leave it. Accurate to a few ulps of x.
 *
 * Internal: callers pass a, b > 0 and p in [0, 1].
 */
export function inverseIncompleteBeta(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  // Solve on the side of the smaller tail: 1 − p is exact for p > 1/2 (Sterbenz), so x near 1 keeps its precision.
  if (p > 0.5) return 1 - inverseIncompleteBeta(1 - p, b, a);
  let lo = 0;
  let hi = 1;
  let x = initialGuess(p, a, b);
  if (!(x > 0 && x < 1)) x = 0.5;
  for (let iteration = 0; iteration < 200; iteration++) {
    const f = incompleteBeta(x, a, b) - p;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const density = betaDensity(x, a, b);
    let next = density > 0 && Number.isFinite(density) ? x - f / density : Number.NaN;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (Math.abs(next - x) <= 4 * Number.EPSILON * Math.max(x, Number.MIN_VALUE) || hi - lo <= Number.EPSILON * x) {
      return next;
    }
    x = next;
  }
  return x;
}
