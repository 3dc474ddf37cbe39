import { describe, expect, it } from 'vitest';
import { findRoot } from '../../src/sensitivity/brent';

describe('findRoot (Brent)', () => {
  it.each([
    // Reference: √2 = 1.4142135623730951 (the float64 nearest).
    ['x² − 2', (x: number) => x * x - 2, 0, 2, Math.SQRT2],
    // Reference: the Dottie number, the fixed point of cos, 0.739085133215160641655…
    ['cos x − x', (x: number) => Math.cos(x) - x, 0, 1, 0.7390851332151607],
    // Reference: Wallis's cubic x³ − 2x − 5, root 2.09455148154232659148… (Brent 1973, ch. 4 test problems).
    ['x³ − 2x − 5', (x: number) => x ** 3 - 2 * x - 5, 2, 3, 2.0945514815423265],
    // Reference: ln 10 = 2.302585092994046.
    ['eˣ − 10', (x: number) => Math.exp(x) - 10, 0, 5, Math.LN10],
  ])('finds the root of %s', (_name, f, lo, hi, root) => {
    const result = findRoot(f, lo, hi);
    expect(result.found).toBe(true);
    if (!result.found) return;
    expect(result.value).toBeCloseTo(root, 12);
    // Superlinear: far fewer steps than the ~40 of bisection to 1e-12.
    expect(result.iterations).toBeLessThan(15);
  });

  it('returns an exact zero at an end at once', () => {
    expect(findRoot((x) => x - 1, 1, 3)).toEqual({ found: true, value: 1, iterations: 0 });
  });

  it('handles a root that bisection must reach (a step function)', () => {
    const result = findRoot((x) => (x < 0.3 ? -1 : 1), 0, 1, { tolerance: 1e-10 });
    expect(result.found).toBe(true);
    if (result.found) expect(result.value).toBeCloseTo(0.3, 9);
  });

  it('widens a bracket within limits', () => {
    const result = findRoot((x) => x - 100, 0, 1, { expandWithin: [-Infinity, Infinity] });
    expect(result.found).toBe(true);
    if (result.found) expect(result.value).toBeCloseTo(100, 10);
    const limited = findRoot((x) => x - 100, 0, 1, { expandWithin: [0, 50] });
    expect(limited).toMatchObject({ found: false, why: 'no-bracket', lo: 0, hi: 50, minF: -100, maxF: -50 });
  });

  it('reports no bracket, never NaN, when the function keeps its sign', () => {
    expect(findRoot((x) => x * x + 1, -1, 2)).toEqual({ found: false, why: 'no-bracket', lo: -1, hi: 2, minF: 2, maxF: 5 });
  });

  it('reports running out of iterations', () => {
    const result = findRoot((x) => x - Math.PI, 0, 100, { maxIterations: 2 });
    expect(result).toMatchObject({ found: false, why: 'no-convergence' });
  });
});
