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
 * narrows, falling back to bisection when a step would leave it. Far in a tail (p below about 1e-100, or a steep
 * power law), Newton in x creeps (each step only shrinks x by 1 − 1/a); there the root is finished by Newton in
 * ln x on ln I, which a power-law tail makes nearly linear. Accurate to a few ulps of x; a p that cannot be met
 * to 1e-12 relative (a subnormal p) is a RangeError rather than a silently imprecise x.
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
      if (close(next, p, a, b)) return next;
      break;
    }
    x = next;
  }
  if (close(x, p, a, b)) return x;
  return logTail(p, a, b, lo, hi, x);
}

/** Whether I_x(a, b) is p to 1e-12 relative, or x is as close as float64 gets (its neighbours bracket p). */
function close(x: number, p: number, a: number, b: number): boolean {
  const value = incompleteBeta(x, a, b);
  if (Math.abs(value - p) <= 1e-12 * p) return true;
  const step = Math.max(Math.abs(x) * Number.EPSILON, Number.MIN_VALUE);
  // Signs, not a product: two tiny differences would multiply to 0.
  return incompleteBeta(x - step, a, b) <= p && incompleteBeta(x + step, a, b) >= p;
}

/** Newton in t = ln x on ln I_x(a, b) = ln p, inside the bracket (bisected geometrically when a step leaves it). */
function logTail(p: number, a: number, b: number, lo: number, hi: number, start: number): number {
  const lnP = Math.log(p);
  let x = start;
  for (let iteration = 0; iteration < 400; iteration++) {
    const value = incompleteBeta(x, a, b);
    // I_x itself carries about 1e-13 relative error out here: closer than that, x is as good as it gets.
    if (Math.abs(value - p) <= 1e-12 * p) return x;
    if (value < p) lo = x;
    else hi = x;
    // d ln I / d ln x = x·density / I: about a in a power-law tail, so one step nearly lands.
    const slope = value > 0 ? (x * betaDensity(x, a, b)) / value : Number.NaN;
    let next = slope > 0 && Number.isFinite(slope) ? x * Math.exp(-(Math.log(value) - lnP) / slope) : Number.NaN;
    if (!(next > lo && next < hi)) next = lo > 0 ? Math.sqrt(lo * hi) : hi * 1e-8;
    if (Math.abs(next - x) <= 4 * Number.EPSILON * next) {
      if (close(next, p, a, b)) return next;
      break;
    }
    x = next;
  }
  if (close(x, p, a, b)) return x;
  throw new RangeError(`inverseIncompleteBeta: no x in (0, 1) gives I_x(${a}, ${b}) = ${p} to 1e-12 (p is below what float64 resolves there)`);
}
