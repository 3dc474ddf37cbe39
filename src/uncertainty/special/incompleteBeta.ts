import { logBeta } from './logGamma';

const TINY = 1e-300;
const EPS = 1e-16;
const MAX_TERMS = 1000;

/**
 * The continued fraction of I_x(a, b) (Abramowitz and Stegun 26.5.8), by the modified Lentz method; it converges
 * fast for x < (a + 1)/(a + b + 2).
 */
function betaFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_TERMS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < EPS) return h;
  }
  return h;
}

/**
 * The regularised incomplete beta function I_x(a, b) = P(X ≤ x) for X ~ Beta(a, b).
 *
 * Internal: callers pass a, b > 0 and x in [0, 1] (values outside are clamped to 0 or 1).
 */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  // x^a (1−x)^b / B(a, b), in logs so that large a and b do not overflow.
  const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  // I_x(a, b) = 1 − I_{1−x}(b, a): the fraction converges on this side.
  return 1 - (front * betaFraction(1 - x, b, a)) / b;
}

/** The Beta(a, b) density at x in (0, 1). */
export function betaDensity(x: number, a: number, b: number): number {
  if (x <= 0 || x >= 1) {
    if (x === 0 && a === 1) return b;
    if (x === 1 && b === 1) return a;
    return x === 0 ? (a < 1 ? Infinity : 0) : x === 1 ? (b < 1 ? Infinity : 0) : 0;
  }
  return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta(a, b));
}
