import { sampleRankCorrelation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { imposeRankCorrelation } from '../../src/uncertainty/correlate';
import { lognormal } from '../../src/uncertainty/distributions/lognormal';
import { createRng } from '../../src/uncertainty/rng';
import { latinHypercube } from '../../src/uncertainty/samplers/latinHypercube';
import { randomPoints } from '../../src/uncertainty/samplers/randomPoints';

function column(points: Float64Array, dims: number, d: number): number[] {
  return Array.from({ length: points.length / dims }, (_, i) => points[i * dims + d]!);
}

const target = [
  [1, 0.6, -0.4, 0],
  [0.6, 1, -0.2, 0.3],
  [-0.4, -0.2, 1, 0],
  [0, 0.3, 0, 1],
];

describe('imposeRankCorrelation', () => {
  const n = 5000;
  const dims = 4;
  // Skewed marginals: a lognormal, two uniforms and a sample with ties.
  const unit = latinHypercube(n, dims, createRng(1));
  const skewed = lognormal({ median: 580e6, sigma: 0.5 });
  const points = unit.map((u, i) => (i % dims === 0 ? skewed.quantile(u) : i % dims === 3 ? Math.round(u * 20) : u));
  const before = Float64Array.from(points);
  const result = imposeRankCorrelation(points, n, dims, target, createRng(2));

  it('keeps every marginal: each column is a permutation of the input column', () => {
    for (let d = 0; d < dims; d++) {
      expect(column(result, dims, d).sort((a, b) => a - b)).toEqual(column(points, dims, d).sort((a, b) => a - b));
    }
    expect(points).toEqual(before);
  });

  it('reaches the target Spearman correlation within three standard errors', () => {
    // Reference: simple-statistics sampleRankCorrelation; the standard error of a Spearman coefficient is about
    // (1 − ρ²)/√(n − 3) (Fieller, Hartley and Pearson 1957, for normal data) — the method does at least as well.
    for (let a = 0; a < dims; a++) {
      for (let b = 0; b < a; b++) {
        const rho = target[a]![b]!;
        const spearman = sampleRankCorrelation(column(result, dims, a), column(result, dims, b));
        expect(Math.abs(spearman - rho)).toBeLessThan((3 * (1 - rho * rho)) / Math.sqrt(n - 3));
      }
    }
  });

  it('is reproducible for a seed', () => {
    expect(imposeRankCorrelation(points, n, dims, target, createRng(2))).toEqual(result);
  });

  it('hits a strong correlation near its sampling limit, with the Pearson→Spearman adjustment', () => {
    // Without the 2·sin(πρ/6) adjustment the Spearman of 0.9-correlated normal scores would be
    // (6/π)·asin(0.45) ≈ 0.893, seven standard errors low at n = 20,000.
    const m = 20_000;
    const x = imposeRankCorrelation(randomPoints(m, 2, createRng(3)), m, 2, [[1, 0.9], [0.9, 1]], createRng(4));
    const spearman = sampleRankCorrelation(column(x, 2, 0), column(x, 2, 1));
    expect(Math.abs(spearman - 0.9)).toBeLessThan((3 * (1 - 0.81)) / Math.sqrt(m - 3));
  });

  it('returns a copy for one dimension', () => {
    const x = randomPoints(10, 1, createRng(5));
    const y = imposeRankCorrelation(x, 10, 1, [[1]], createRng(6));
    expect(y).toEqual(x);
    expect(y).not.toBe(x);
  });

  it('names the entry that breaks a rule', () => {
    const x = randomPoints(10, 2, createRng(5));
    const rng = createRng(1);
    expect(() => imposeRankCorrelation(x, 10, 2, [[1, 0.5], [0.4, 1]], rng)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: imposeRankCorrelation: correlation must be symmetric, got correlation[1][0] = 0.4 and correlation[0][1] = 0.5]`,
    );
    expect(() => imposeRankCorrelation(x, 10, 2, [[1, 1.5], [1.5, 1]], rng)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: imposeRankCorrelation: correlation[0][1] must be a number in [-1, 1], got 1.5]`,
    );
    expect(() => imposeRankCorrelation(x, 10, 2, [[0.9, 0], [0, 1]], rng)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: imposeRankCorrelation: correlation[0][0] must be 1 (the diagonal), got 0.9]`,
    );
    expect(() => imposeRankCorrelation(x, 10, 2, [[1, Number.NaN], [Number.NaN, 1]], rng)).toThrow(RangeError);
    expect(() => imposeRankCorrelation(x, 10, 2, [[1, 0]], rng)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: imposeRankCorrelation: correlation must be a 2×2 matrix (one row per dimension), got an array of 1]`,
    );
    expect(() => imposeRankCorrelation(x, 10, 2, [[1, 0, 0], [0, 1]], rng)).toThrow(RangeError);
    const y = randomPoints(10, 3, createRng(5));
    // Pairwise fine, jointly impossible: a ≈ b, b ≈ c but a ≈ −c.
    const impossible = [
      [1, 0.9, -0.9],
      [0.9, 1, 0.9],
      [-0.9, 0.9, 1],
    ];
    expect(() => imposeRankCorrelation(y, 10, 3, impossible, rng)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: imposeRankCorrelation: correlation must be positive definite (no set of variables can have these correlations); it fails at row 2]`,
    );
    expect(() => imposeRankCorrelation(x, 2, 2, [[1, 0], [0, 1]], rng)).toThrow(RangeError);
    expect(() => imposeRankCorrelation(x, 10, 3, [[1, 0], [0, 1]], rng)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: imposeRankCorrelation: points must be a Float64Array of n·dims = 30 numbers, got 20]`,
    );
  });
});
