import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/uncertainty/rng';
import { isDistribution, type Distribution } from '../../../src/uncertainty/distributions/distribution';
import { fromInterval } from '../../../src/uncertainty/distributions/fromInterval';
import { lognormal } from '../../../src/uncertainty/distributions/lognormal';
import { normal } from '../../../src/uncertainty/distributions/normal';
import { pert } from '../../../src/uncertainty/distributions/pert';
import { triangular } from '../../../src/uncertainty/distributions/triangular';
import { uniform } from '../../../src/uncertainty/distributions/uniform';
import reference from '../../fixtures/uncertainty/reference.json';

const build: Record<string, (params: never) => Distribution> = { normal, lognormal, uniform, triangular, pert, fromInterval };

function relativeError(actual: number, expected: number): number {
  return expected === 0 ? Math.abs(actual) : Math.abs(actual / expected - 1);
}

describe.each(reference.distributions)('$name $params against SciPy', (row) => {
  // Reference: scipy.stats (norm, lognorm, uniform, triang, beta with loc/scale for PERT), from
  // scripts/gen-uncertainty-fixtures.py.
  const d = build[row.name]!(row.params as never);

  it('has SciPy’s mean and standard deviation', () => {
    expect(relativeError(d.mean, row.mean)).toBeLessThan(1e-13);
    expect(relativeError(d.sd, row.sd)).toBeLessThan(1e-13);
  });

  it.each(row.quantile)('quantile(%d)', (p, expected) => {
    expect(relativeError(d.quantile(p!), expected!)).toBeLessThan(1e-13);
  });

  it.each(row.cdf)('cdf(%d)', (x, expected) => {
    expect(Math.abs(d.cdf(x!) - expected!)).toBeLessThan(1e-14);
  });

  it('inverts its own cdf', () => {
    for (const p of [0.01, 0.2, 0.5, 0.8, 0.99]) expect(d.cdf(d.quantile(p))).toBeCloseTo(p, 12);
  });
});

describe('every distribution', () => {
  const all: Distribution[] = [
    normal({ mean: 1, sd: 2 }),
    lognormal({ median: 2, sigma: 0.5 }),
    uniform({ min: -1, max: 3 }),
    triangular({ min: 0, mode: 0, max: 1 }),
    triangular({ min: 0, mode: 1, max: 1 }),
    pert({ min: 0, mode: 1, max: 1 }),
    pert({ min: 1, mode: 2, max: 4, lambda: 2 }),
    fromInterval({ p5: 1, p95: 3 }),
    fromInterval({ p5: -3, p95: 3 }),
  ];

  it.each(all.map((d) => [d.toDocument(), d] as const))('%o samples by inverting one draw each', (_, d) => {
    const a = createRng(11);
    const b = createRng(11);
    for (let i = 0; i < 20; i++) expect(d.sample(a)).toBe(d.quantile(b.next()));
  });

  it.each(all.map((d) => [d.toDocument(), d] as const))('%o has its support at quantile 0 and 1', (_, d) => {
    expect(d.quantile(0)).toBe(d.support[0]);
    expect(d.quantile(1)).toBe(d.support[1]);
    expect(d.cdf(-Infinity)).toBe(0);
    expect(d.cdf(Infinity)).toBe(1);
  });

  it.each(all.map((d) => [d.toDocument(), d] as const))('%o has a sample mean within 5 standard errors', (_, d) => {
    // Reference: the analytic mean; the standard error of a mean of n samples is sd/√n.
    const rng = createRng(101);
    const n = 200_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += d.sample(rng);
    expect(Math.abs(sum / n - d.mean)).toBeLessThan((5 * d.sd) / Math.sqrt(n));
  });

  it.each(all.map((d) => [d.toDocument(), d] as const))('%o is frozen and recognised', (_, d) => {
    expect(Object.isFrozen(d)).toBe(true);
    expect(Object.isFrozen(d.support)).toBe(true);
    expect(isDistribution(d)).toBe(true);
    const doc = d.toDocument();
    (doc as { type: string }).type = 'changed';
    expect(d.toDocument().type).not.toBe('changed');
  });

  it('rejects a probability outside [0, 1] and a NaN point', () => {
    const d = normal({ mean: 0, sd: 1 });
    expect(() => d.quantile(1.5)).toThrowErrorMatchingInlineSnapshot(`[RangeError: normal.quantile: p must be in [0, 1], got 1.5]`);
    expect(() => d.quantile(-0.1)).toThrow(RangeError);
    expect(() => d.quantile(Number.NaN)).toThrow(RangeError);
    expect(() => d.cdf(Number.NaN)).toThrowErrorMatchingInlineSnapshot(`[RangeError: normal.cdf: x must be a number (not NaN), got NaN]`);
  });

  it('is not fooled by look-alikes', () => {
    expect(isDistribution({ type: 'normal' })).toBe(false);
    expect(isDistribution(null)).toBe(false);
    expect(isDistribution([0, 1])).toBe(false);
  });
});

describe('analytic values', () => {
  it('normal: the 97.5 % quantile is mean + 1.959964·sd', () => {
    // Reference: Φ⁻¹(0.975) = 1.959963984540054 (Abramowitz and Stegun table 26.5).
    expect(normal({ mean: 0.2, sd: 0.05 }).quantile(0.975)).toBeCloseTo(0.2 + 0.05 * 1.959963984540054, 15);
  });

  it('lognormal: median, mean e^(σ²/2) and sd', () => {
    // Reference: lognormal moments, mean = e^(μ+σ²/2), var = (e^(σ²) − 1)e^(2μ+σ²).
    const d = lognormal({ median: 1, sigma: 1 });
    expect(d.quantile(0.5)).toBe(1);
    expect(d.mean).toBeCloseTo(Math.exp(0.5), 15);
    expect(d.sd).toBeCloseTo(Math.sqrt((Math.E - 1) * Math.E), 14);
    expect(d.cdf(0)).toBe(0);
    expect(d.cdf(-5)).toBe(0);
  });

  it('uniform: mean, sd = width/√12 and exact ends', () => {
    // Reference: moments of U(a, b).
    const d = uniform({ min: 0.1, max: 0.3 });
    expect(d.mean).toBeCloseTo(0.2, 16);
    expect(d.sd).toBeCloseTo(0.2 / Math.sqrt(12), 16);
    expect(d.quantile(0)).toBe(0.1);
    expect(d.quantile(1)).toBe(0.3);
  });

  it('triangular: the cdf at the mode is (mode − min)/(max − min)', () => {
    // Reference: the triangular CDF, F(c) = (c − a)/(b − a).
    const d = triangular({ min: 0, mode: 1, max: 4 });
    expect(d.cdf(1)).toBeCloseTo(0.25, 15);
    expect(d.quantile(0.25)).toBeCloseTo(1, 15);
    expect(d.sd).toBeCloseTo(Math.sqrt((0 + 1 + 16 - 0 - 0 - 4) / 18), 15);
  });

  it('pert: symmetric PERT has its median at the mode; λ sets the mean', () => {
    // Reference: PERT mean (min + λ·mode + max)/(λ + 2); Beta(3, 3) is symmetric.
    expect(pert({ min: 0, mode: 0.5, max: 1 }).quantile(0.5)).toBeCloseTo(0.5, 14);
    expect(pert({ min: 0, mode: 0.25, max: 1, lambda: 2 }).mean).toBeCloseTo((0 + 0.5 + 1) / 4, 15);
    expect(pert({ min: 0, mode: 0.5, max: 1 }).sd).toBeCloseTo(Math.sqrt(9 / (36 * 7)), 15);
  });

  it('fromInterval: its 5th and 95th percentiles are p5 and p95, in both families', () => {
    // Reference: the definition of the interval.
    for (const [p5, p95] of [[300e6, 1200e6], [-0.3, 0.1], [0, 1]] as const) {
      const d = fromInterval({ p5, p95 });
      expect(relativeError(d.quantile(0.05), p5) + Math.abs(p5 === 0 ? d.quantile(0.05) : 0)).toBeLessThan(1e-14);
      expect(relativeError(d.quantile(0.95), p95)).toBeLessThan(1e-14);
    }
    expect(fromInterval({ p5: 0, p95: 1 }).family).toBe('normal');
    expect(fromInterval({ p5: 0.5, p95: 1 }).family).toBe('lognormal');
  });
});

describe('bad parameters', () => {
  it('name the function, the rule and the value', () => {
    expect(() => normal({ mean: 0, sd: 0 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: normal: sd must be > 0, got 0]`);
    expect(() => normal({ mean: Number.NaN, sd: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: normal: mean must be a finite number, got NaN]`,
    );
    expect(() => lognormal({ median: 0, sigma: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: lognormal: median must be > 0, got 0]`,
    );
    expect(() => lognormal({ median: 1, sigma: -1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: lognormal: sigma must be > 0, got -1]`,
    );
    expect(() => uniform({ min: 2, max: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: uniform: min must be < max, got min 2 and max 1]`,
    );
    expect(() => triangular({ min: 0, mode: 2, max: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: triangular: mode must be in [min, max] = [0, 1], got 2]`,
    );
    expect(() => pert({ min: 0, mode: 0.5, max: 1, lambda: -1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: pert: lambda must be a finite number > 0, got -1]`,
    );
    expect(() => pert({ min: 1, mode: 1, max: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: pert: min must be < max, got min 1 and max 1]`,
    );
    expect(() => fromInterval({ p5: 1, p95: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: fromInterval: p5 must be < p95, got p5 1 and p95 1]`,
    );
    expect(() => fromInterval({ p5: 1, p95: Infinity })).toThrow(RangeError);
    expect(() => normal({ mean: '20%', sd: 1 } as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: normal: mean must be a number, got "20%"]`,
    );
    expect(() => normal(undefined as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: normal: expected an object { mean, sd }, got undefined]`,
    );
  });
});
