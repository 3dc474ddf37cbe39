import { quantile as ssQuantile, sampleStandardDeviation } from 'simple-statistics';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanSd } from '../../../src/uncertainty/stats/meanSd';
import { quantile, quantileSorted, quantiles } from '../../../src/uncertainty/stats/quantile';
import { select } from '../../../src/uncertainty/stats/select';
import { wilsonInterval } from '../../../src/uncertainty/stats/wilsonInterval';
import { createRng, fillStandardNormal } from '../../../src/uncertainty/rng';
import reference from '../../fixtures/uncertainty/reference.json';

describe('type-7 quantiles', () => {
  it('match numpy’s documented examples', () => {
    // Reference: numpy.quantile docs, a = [[10, 7, 4], [3, 2, 1]]: np.quantile(a, 0.5) = 3.5; and by hand,
    // h = (6 − 1)·0.1 = 0.5 → 1 + 0.5·(2 − 1) = 1.5; h = 5·0.9 = 4.5 → 7 + 0.5·3 = 8.5.
    const a = [10, 7, 4, 3, 2, 1];
    expect(quantile(a, 0.5)).toBe(3.5);
    expect(quantile(a, 0.1)).toBe(1.5);
    expect(quantile(a, 0.9)).toBe(8.5);
    expect(quantile(a, 0)).toBe(1);
    expect(quantile(a, 1)).toBe(10);
    expect(quantile([42], 0.3)).toBe(42);
  });

  describe.each(reference.quantiles)('$name against numpy.quantile', ({ values, ps, expected }) => {
    // Reference: numpy.quantile(values, ps) (method='linear'), scripts/gen-uncertainty-fixtures.py.
    const sample = Float64Array.from(values);
    it.each(ps.map((p, i) => [p, expected[i]!] as const))('p = %d', (p, value) => {
      expect(quantile(sample, p)).toBe(value);
    });
    it('quantiles() gives the same numbers after one sort', () => {
      expect(quantiles(sample, ps)).toEqual(expected);
    });
  });

  it('agrees with simple-statistics’ quantile at the median (its p = 0.5 is also type 7)', () => {
    // Reference: simple-statistics quantile; its other p use a different (non-interpolating) rule.
    const values = [3, 1, 4, 1, 5, 9, 2, 6];
    expect(quantile(values, 0.5)).toBe(ssQuantile(values, 0.5));
  });

  it('selects without sorting and leaves the input alone', () => {
    const x = new Float64Array(10_001);
    fillStandardNormal(createRng(1), x);
    const before = Float64Array.from(x);
    const sorted = Float64Array.from(x).sort();
    for (const p of [0, 0.01, 0.3, 0.5, 0.77, 0.99, 1]) expect(quantile(x, p)).toBe(quantileSorted(sorted, p));
    expect(x).toEqual(before);
  });

  it('select puts the k-th order statistic at k (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 2000 }), fc.nat(), (values, seed) => {
        const a = Float64Array.from(values);
        const k = seed % a.length;
        select(a, k);
        const sorted = Float64Array.from(values).sort();
        expect(a[k]).toBe(sorted[k]);
        for (let i = 0; i < k; i++) expect(a[i]! <= a[k]!).toBe(true);
        for (let i = k + 1; i < a.length; i++) expect(a[i]! >= a[k]!).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects empty samples, NaN and p outside [0, 1]', () => {
    expect(() => quantile([], 0.5)).toThrowErrorMatchingInlineSnapshot(`[RangeError: quantile: values must not be empty]`);
    expect(() => quantile([1, Number.NaN], 0.5)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: quantile: values must not contain NaN, got NaN at index 1]`,
    );
    expect(() => quantile([1, 2], 1.5)).toThrowErrorMatchingInlineSnapshot(`[RangeError: quantile: p must be in [0, 1], got 1.5]`);
    expect(() => quantiles([1, 2], [0.5, -1])).toThrow(RangeError);
    expect(() => quantileSorted([], 0.5)).toThrow(RangeError);
  });
});

describe('wilsonInterval', () => {
  it.each(reference.wilson)('$hits of $n (z = $z) as SciPy', ({ hits, n, z, low, high }) => {
    // Reference: scipy.stats.binomtest(hits, n).proportion_ci(method='wilson'); the 95 % cases 1/29, 15/148 and
    // 81/263 are also Newcombe (1998) Table I, method 3: (0.0061, 0.1718), (0.0624, 0.1605), (0.2553, 0.3662).
    const ci = wilsonInterval(hits, n, z);
    expect(ci.estimate).toBe(hits / n);
    expect(ci.low).toBeCloseTo(low, 14);
    expect(ci.high).toBeCloseTo(high, 14);
  });

  it('gives estimate 0, low 0 and high z²/(n + z²) ≈ 3.84/n with no hits', () => {
    // Reference: the closed form of the Wilson bound at p̂ = 0.
    const z = 1.959963984540054;
    for (const n of [1, 10, 1000, 1_000_000]) {
      const ci = wilsonInterval(0, n);
      expect(ci).toEqual({ estimate: 0, low: 0, high: ci.high });
      expect(ci.high).toBeCloseTo((z * z) / (n + z * z), 15);
    }
    expect(wilsonInterval(0, 1_000_000).high * 1_000_000).toBeCloseTo(3.84144, 5); // z² = 3.84146, less 1e-5 relative
    expect(wilsonInterval(7, 7).high).toBe(1);
  });

  it('rejects impossible counts', () => {
    expect(() => wilsonInterval(5, 4)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: wilsonInterval: hits must be an integer in [0, n] = [0, 4], got 5]`,
    );
    expect(() => wilsonInterval(0, 0)).toThrowErrorMatchingInlineSnapshot(`[RangeError: wilsonInterval: n must be an integer ≥ 1, got 0]`);
    expect(() => wilsonInterval(1, 2, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(0.5, 2)).toThrow(RangeError);
  });
});

describe('meanSd (Welford)', () => {
  it('keeps its precision with a large common offset', () => {
    // Reference: Wikipedia, "Algorithms for calculating variance": (4, 7, 13, 16) + 1e9 has mean 1e9 + 10 and
    // sample variance 30, where the naive sum-of-squares formula loses every digit.
    const r = meanSd(Float64Array.from([4, 7, 13, 16].map((x) => x + 1e9)));
    expect(r.mean).toBe(1e9 + 10);
    expect(r.variance).toBe(30);
    expect(r.sd).toBe(Math.sqrt(30));
    expect(r.n).toBe(4);
  });

  it('agrees with simple-statistics’ two-pass sample standard deviation', () => {
    // Reference: simple-statistics sampleStandardDeviation.
    const x = new Float64Array(1000);
    fillStandardNormal(createRng(2), x);
    expect(meanSd(x).sd).toBeCloseTo(sampleStandardDeviation(Array.from(x)), 13);
  });

  it('gives sd 0 for one value, and rejects empty or non-finite samples', () => {
    expect(meanSd([5])).toEqual({ n: 1, mean: 5, variance: 0, sd: 0 });
    expect(() => meanSd([])).toThrowErrorMatchingInlineSnapshot(`[RangeError: meanSd: values must not be empty]`);
    expect(() => meanSd([1, Infinity])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: meanSd: values must be finite, got Infinity at index 1]`,
    );
  });
});
