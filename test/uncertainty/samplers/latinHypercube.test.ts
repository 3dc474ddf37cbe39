import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/uncertainty/rng';
import { latinHypercube } from '../../../src/uncertainty/samplers/latinHypercube';
import { randomPoints } from '../../../src/uncertainty/samplers/randomPoints';
import { randomBelow } from '../../../src/uncertainty/samplers/randomBelow';
import { unitSample } from '../../../src/uncertainty/samplers/unitSample';
import { sobolPoints } from '../../../src/uncertainty/samplers/sobol';

describe('latinHypercube', () => {
  it('puts exactly one point in each of the n strata of every dimension', () => {
    for (const [n, dims] of [[1, 1], [7, 3], [1000, 12]] as const) {
      const x = latinHypercube(n, dims, createRng(n));
      expect(x).toHaveLength(n * dims);
      for (let d = 0; d < dims; d++) {
        const strata = new Set<number>();
        for (let i = 0; i < n; i++) strata.add(Math.floor(x[i * dims + d]! * n));
        expect(strata.size).toBe(n);
      }
      expect(x.every((v) => v > 0 && v < 1)).toBe(true);
    }
  });

  it('is reproducible for a seed, and draws its own permutation per dimension', () => {
    const a = latinHypercube(50, 4, createRng(77));
    expect(Array.from(a)).toEqual(Array.from(latinHypercube(50, 4, createRng(77))));
    const order = (d: number) => Array.from({ length: 50 }, (_, i) => Math.floor(a[i * 4 + d]! * 50));
    expect(order(0)).not.toEqual(order(1));
  });

  it('rejects a bad shape', () => {
    expect(() => latinHypercube(1.5, 2, createRng(1))).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: latinHypercube: n must be an integer ≥ 0, got 1.5]`,
    );
    expect(() => latinHypercube(3, 0, createRng(1))).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: latinHypercube: dims must be an integer ≥ 1, got 0]`,
    );
  });
});

describe('randomBelow', () => {
  it('is uniform over a bound that does not divide 2^32 (chi-square, 0.1 % critical value)', () => {
    // 6 cells, 5 degrees of freedom: chi2.ppf(0.999, 5) = 20.515 (scipy.stats).
    const rng = createRng(12);
    const counts = [0, 0, 0, 0, 0, 0];
    const n = 600_000;
    for (let i = 0; i < n; i++) counts[randomBelow(() => rng.nextUint32(), 6)]! += 1;
    const chi2 = counts.reduce((s, c) => s + (c - n / 6) ** 2 / (n / 6), 0);
    expect(chi2).toBeLessThan(20.515);
  });

  it('rejects the draws above the last full multiple of the bound', () => {
    const draws = [2 ** 32 - 1, 2 ** 32 - 2, 5];
    // With bound 3·2^30, the limit is 3·2^30: both large draws are rejected and 5 is taken.
    expect(randomBelow(() => draws.shift()!, 3 * 2 ** 30)).toBe(5);
  });
});

describe('unitSample', () => {
  it('dispatches to each sampler with the same generator use', () => {
    expect(Array.from(unitSample('random', 10, 3, createRng(4)))).toEqual(Array.from(randomPoints(10, 3, createRng(4))));
    expect(Array.from(unitSample('lhs', 10, 3, createRng(4)))).toEqual(Array.from(latinHypercube(10, 3, createRng(4))));
    expect(Array.from(unitSample('sobol', 10, 3, createRng(4)))).toEqual(
      Array.from(sobolPoints(10, 3, { scramble: createRng(4) })),
    );
  });

  it('gives the first n points of the larger net when n is not a power of two', () => {
    const net = unitSample('sobol', 16, 2, createRng(4));
    expect(Array.from(unitSample('sobol', 10, 2, createRng(4)))).toEqual(Array.from(net.subarray(0, 20)));
  });

  it('randomPoints fills row-major from the generator', () => {
    const rng = createRng(4);
    const x = randomPoints(3, 2, createRng(4));
    for (let i = 0; i < 6; i++) expect(x[i]).toBe(rng.next());
  });

  it('rejects an unknown sampler', () => {
    expect(() => unitSample('halton' as never, 4, 2, createRng(1))).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: unitSample: sampler must be one of 'random', 'lhs', 'sobol', got "halton"]`,
    );
  });
});
