/** Settings for {@link findRoot}. */
export interface FindRootOptions {
  /** Absolute tolerance on the root, added to a relative 2·ε·|x|. Default 1e-12. */
  readonly tolerance?: number;
  /** Iterations allowed after bracketing. Default 200 (Brent's method needs far fewer). */
  readonly maxIterations?: number;
  /** When `f(lo)` and `f(hi)` share a sign, widen the bracket geometrically, but never beyond these limits. */
  readonly expandWithin?: readonly [number, number];
  /** Widening steps allowed. Default 60. */
  readonly maxExpansions?: number;
}

/** A root, or the evidence that none was bracketed. */
export type FindRootResult =
  | { readonly found: true; readonly value: number; readonly iterations: number }
  | {
      readonly found: false;
      /** `'no-bracket'`: f kept one sign over `lo..hi`; `'no-convergence'`: iterations ran out. */
      readonly why: 'no-bracket' | 'no-convergence';
      readonly lo: number;
      readonly hi: number;
      /** The smallest and largest f seen, to say how close the search came. */
      readonly minF: number;
      readonly maxF: number;
    };

const EPS = Number.EPSILON;
/** Each widening step moves the end with the smaller |f| out by this factor of the width (Numerical Recipes' zbrac). */
const GROW = 1.6;

/**
 * A root of `f` in `lo..hi` by Brent's method, widening the bracket first when asked.
 *
 * Brent, "Algorithms for Minimization without Derivatives" (1973), ch. 4: inverse quadratic interpolation and
 * secant steps, falling back to bisection whenever they do not shrink the bracket fast enough.
 * `f` must be finite wherever it is called; a non-finite value is the caller's error to raise.
 */
export function findRoot(f: (x: number) => number, lo: number, hi: number, options: FindRootOptions = {}): FindRootResult {
  const tolerance = options.tolerance ?? 1e-12;
  const maxIterations = options.maxIterations ?? 200;
  let a = lo;
  let b = hi;
  let fa = f(a);
  let fb = f(b);
  let minF = Math.min(fa, fb);
  let maxF = Math.max(fa, fb);
  if (fa === 0) return { found: true, value: a, iterations: 0 };
  if (fb === 0) return { found: true, value: b, iterations: 0 };

  if (fa * fb > 0 && options.expandWithin !== undefined) {
    const [limitLo, limitHi] = options.expandWithin;
    const steps = options.maxExpansions ?? 60;
    for (let step = 0; step < steps && fa * fb > 0; step++) {
      const width = b - a;
      const moveLo = (Math.abs(fa) < Math.abs(fb) && a > limitLo) || b >= limitHi;
      if (moveLo) {
        if (a <= limitLo) break;
        a = Math.max(limitLo, a - GROW * width);
        fa = f(a);
      } else {
        b = Math.min(limitHi, b + GROW * width);
        fb = f(b);
      }
      minF = Math.min(minF, fa, fb);
      maxF = Math.max(maxF, fa, fb);
      if (fa === 0) return { found: true, value: a, iterations: 0 };
      if (fb === 0) return { found: true, value: b, iterations: 0 };
    }
  }
  if (fa * fb > 0) return { found: false, why: 'no-bracket', lo: a, hi: b, minF, maxF };

  // c is the far end of the bracket [b, c]; b is the best estimate so far; a the previous b.
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = e = b - a;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * EPS * Math.abs(b) + 0.5 * tolerance;
    const half = 0.5 * (c - b);
    if (Math.abs(half) <= tol || fb === 0) return { found: true, value: b, iterations: iteration };
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * half * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * half * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * half * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = half;
        e = d;
      }
    } else {
      d = half;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : half > 0 ? tol : -tol;
    fb = f(b);
    minF = Math.min(minF, fb);
    maxF = Math.max(maxF, fb);
  }
  return { found: false, why: 'no-convergence', lo: Math.min(b, c), hi: Math.max(b, c), minF, maxF };
}
