import { cumulativeStdNormalProbability, probit } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { incompleteBeta } from '../../src/uncertainty/special/incompleteBeta';
import { inverseIncompleteBeta } from '../../src/uncertainty/special/inverseIncompleteBeta';
import { inverseNormalCdf } from '../../src/uncertainty/special/inverseNormalCdf';
import { logGamma } from '../../src/uncertainty/special/logGamma';
import { normalCdf } from '../../src/uncertainty/special/normalCdf';
import reference from '../fixtures/uncertainty/reference.json';

/** Relative error, or absolute error where the reference is 0. */
function relativeError(actual: number, expected: number): number {
  return expected === 0 ? Math.abs(actual) : Math.abs(actual / expected - 1);
}

describe('normalCdf (Cody)', () => {
  it.each(reference.normalCdf)('Φ(%d) to 1e-15 relative', (x, expected) => {
    // Reference: mpmath.ncdf at 50 digits, scripts/gen-uncertainty-fixtures.py. Below 1e-300 (x < −37.5) Cody's
    // algorithm returns 0, as R's pnorm does: only the absolute error is meaningful there.
    if (expected! < 1e-300) expect(normalCdf(x!)).toBeLessThan(1e-300);
    else expect(relativeError(normalCdf(x!), expected!)).toBeLessThan(1e-15);
  });

  it('saturates at 0 and 1 and passes NaN through', () => {
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-40)).toBe(0);
    expect(Number.isNaN(normalCdf(Number.NaN))).toBe(true);
  });

  it('agrees with simple-statistics’ 4-digit table (a loose cross-check)', () => {
    // Reference: simple-statistics cumulativeStdNormalProbability, a table rounded to 4 decimals.
    for (const z of [-2.5, -1, 0, 0.5, 1.96, 3]) {
      expect(normalCdf(z)).toBeCloseTo(cumulativeStdNormalProbability(z), 3);
    }
  });
});

describe('inverseNormalCdf (AS241)', () => {
  it.each(reference.normalQuantile)('Φ⁻¹(%d) to 1e-15 relative', (p, expected) => {
    // Reference: mpmath root of ncdf(z) = p at 50 digits, scripts/gen-uncertainty-fixtures.py.
    const tolerance = expected === 0 ? 1e-300 : 1e-15;
    expect(relativeError(inverseNormalCdf(p!), expected!)).toBeLessThanOrEqual(tolerance);
  });

  it('gives ∓Infinity at 0 and 1 and NaN outside [0, 1]', () => {
    expect(inverseNormalCdf(0)).toBe(-Infinity);
    expect(inverseNormalCdf(1)).toBe(Infinity);
    expect(Number.isNaN(inverseNormalCdf(1.5))).toBe(true);
    expect(Number.isNaN(inverseNormalCdf(-0.1))).toBe(true);
    expect(Number.isNaN(inverseNormalCdf(Number.NaN))).toBe(true);
  });

  it('inverts normalCdf, up to the conditioning of Φ near 1', () => {
    // Φ(z) carries an absolute error of about one ulp of 1 (2.2e-16), which moves z by 2.2e-16 / φ(z).
    for (let z = -8; z <= 8; z += 0.37) {
      const density = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
      const tolerance = 1e-14 * Math.max(1, Math.abs(z)) + (z > 0 ? 2.3e-16 / density : 0);
      expect(Math.abs(inverseNormalCdf(normalCdf(z)) - z)).toBeLessThan(tolerance);
    }
  });

  it('agrees with simple-statistics’ probit table (a loose cross-check)', () => {
    // Reference: simple-statistics probit, from a 4-digit table.
    for (const p of [0.025, 0.3, 0.5, 0.9]) expect(inverseNormalCdf(p)).toBeCloseTo(probit(p), 2);
  });
});

describe('logGamma (Lanczos)', () => {
  it.each(reference.logGamma)('ln Γ(%d)', (x, expected) => {
    // Reference: mpmath.loggamma; near the zeros at 1 and 2 the error is absolute.
    expect(Math.abs(logGamma(x!) - expected!)).toBeLessThan(2e-14 * Math.max(1, Math.abs(expected!)));
  });
});

describe('incompleteBeta', () => {
  it.each(reference.incompleteBeta)('I_x(%d, %d) at %d to 1e-14 relative', (a, b, x, expected) => {
    // Reference: mpmath.betainc(regularized=True) at 50 digits.
    expect(relativeError(incompleteBeta(x!, a!, b!), expected!)).toBeLessThan(1e-14);
  });

  it('is 0 and 1 at the ends', () => {
    expect(incompleteBeta(0, 2, 3)).toBe(0);
    expect(incompleteBeta(1, 2, 3)).toBe(1);
  });

  it.each(reference.inverseIncompleteBeta)('inverts I_x(%d, %d) = %d to 2e-14 relative', (a, b, p, expected) => {
    // Reference: mpmath bisection on betainc at 45 digits.
    expect(relativeError(inverseIncompleteBeta(p!, a!, b!), expected!)).toBeLessThan(2e-14);
  });

  it('round-trips across the whole range', () => {
    for (const [a, b] of [[1, 5], [3, 3], [5, 1], [1.8, 4.2]] as const) {
      for (let p = 0.001; p < 1; p += 0.0499) {
        expect(incompleteBeta(inverseIncompleteBeta(p, a, b), a, b)).toBeCloseTo(p, 13);
      }
    }
  });
});
