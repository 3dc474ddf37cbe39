import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/uncertainty/rng';
import { sobolPoints } from '../../../src/uncertainty/samplers/sobol';
import { SOBOL_MAX_DIMS } from '../../../src/uncertainty/samplers/sobolDirections';
import reference from '../../fixtures/uncertainty/reference.json';

/** How many points of one column fall in each of the 2^m intervals [k/2^m, (k+1)/2^m). */
function intervalCounts(points: Float64Array, dims: number, column: number, m: number): number[] {
  const counts = new Array<number>(2 ** m).fill(0);
  for (let i = column; i < points.length; i += dims) counts[Math.floor(points[i]! * 2 ** m)]! += 1;
  return counts;
}

describe('sobolPoints, unscrambled', () => {
  it('starts with the documented points in 3 dimensions', () => {
    // Reference: the first points of the Sobol' sequence (shared/data/README.md; Joe and Kuo 2008).
    expect(Array.from(sobolPoints(8, 3))).toEqual([
      0, 0, 0, 0.5, 0.5, 0.5, 0.75, 0.25, 0.25, 0.25, 0.75, 0.75, 0.375, 0.375, 0.625, 0.875, 0.875, 0.125, 0.625,
      0.125, 0.875, 0.125, 0.625, 0.375,
    ]);
  });

  it('equals SciPy’s unscrambled Sobol’ for 64 points in 10 dimensions', () => {
    // Reference: scipy.stats.qmc.Sobol(d=10, scramble=False).random(64), scripts/gen-uncertainty-fixtures.py.
    expect(Array.from(sobolPoints(64, 10))).toEqual(reference.sobol10x64.flat());
  });

  it('equals SciPy past point 10000 and in the last dimensions of the table', () => {
    // Reference: scipy.stats.qmc.Sobol(d=1111, scramble=False, bits=32) after fast_forward(10000).
    const { skip, dims, points } = reference.sobolFar;
    const ours = sobolPoints(points.length, SOBOL_MAX_DIMS, { skip });
    points.forEach((row, i) => {
      expect(dims.map((d) => ours[i * SOBOL_MAX_DIMS + d])).toEqual(row);
    });
  });

  it('skips as if the skipped points had been drawn', () => {
    const all = sobolPoints(100, 5);
    expect(Array.from(sobolPoints(37, 5, { skip: 63 }))).toEqual(Array.from(all.subarray(63 * 5, 100 * 5)));
  });

  it('is a (0, m, 2)-net in its first two dimensions', () => {
    // Reference: Sobol' dimensions 1–2 form a (0, m, 2)-net: every elementary box of area 2^-m holds one point.
    const m = 8;
    const p = sobolPoints(2 ** m, 2);
    for (let a = 0; a <= m; a++) {
      const seen = new Set<number>();
      for (let i = 0; i < 2 ** m; i++) {
        seen.add(Math.floor(p[2 * i]! * 2 ** a) * 2 ** (m - a) + Math.floor(p[2 * i + 1]! * 2 ** (m - a)));
      }
      expect(seen.size).toBe(2 ** m);
    }
  });

  it('rejects what it cannot make', () => {
    expect(() => sobolPoints(4, 0)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: sobolPoints: dims must be an integer from 1 to 1111, got 0]`,
    );
    expect(() => sobolPoints(4, 1112)).toThrow(RangeError);
    expect(() => sobolPoints(-1, 2)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: sobolPoints: n must be an integer ≥ 0, got -1]`,
    );
    expect(() => sobolPoints(4, 2, { skip: 2 ** 32 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: sobolPoints: skip must be an integer ≥ 0 with skip + n ≤ 2^32, got 4294967296]`,
    );
    expect(sobolPoints(0, 3)).toHaveLength(0);
  });
});

describe('sobolPoints, scrambled', () => {
  it('keeps exactly one point in each of the 2^m intervals of every 1-D projection', () => {
    const m = 10;
    const dims = 40;
    const p = sobolPoints(2 ** m, dims, { scramble: createRng(3) });
    for (let d = 0; d < dims; d++) {
      expect(intervalCounts(p, dims, d, m).every((c) => c === 1)).toBe(true);
    }
  });

  it('stays a (0, m, 2)-net in its first two dimensions', () => {
    const m = 8;
    const p = sobolPoints(2 ** m, 2, { scramble: createRng('net') });
    for (let a = 0; a <= m; a++) {
      const seen = new Set<number>();
      for (let i = 0; i < 2 ** m; i++) {
        seen.add(Math.floor(p[2 * i]! * 2 ** a) * 2 ** (m - a) + Math.floor(p[2 * i + 1]! * 2 ** (m - a)));
      }
      expect(seen.size).toBe(2 ** m);
    }
  });

  it('lies strictly inside (0, 1), differs from the unscrambled points, and is reproducible', () => {
    const a = sobolPoints(256, 7, { scramble: createRng(5) });
    expect(a.every((x) => x > 0 && x < 1)).toBe(true);
    expect(Array.from(a)).toEqual(Array.from(sobolPoints(256, 7, { scramble: createRng(5) })));
    expect(Array.from(a)).not.toEqual(Array.from(sobolPoints(256, 7, { scramble: createRng(6) })));
    const plain = sobolPoints(256, 7);
    let same = 0;
    for (let i = 0; i < a.length; i++) if (Math.abs(a[i]! - plain[i]!) < 1e-9) same++;
    expect(same).toBeLessThan(a.length / 10);
  });

  it('draws 32 words per dimension from the generator', () => {
    const rng = createRng(8);
    sobolPoints(16, 3, { scramble: rng });
    const after = createRng(8);
    for (let i = 0; i < 3 * 32; i++) after.nextUint32();
    expect(rng.state()).toEqual(after.state());
  });

  it('estimates a smooth integral with the error of a randomised QMC rule', () => {
    // Reference: ∫ over [0,1]^5 of Π (1 + (x_j − 1/2)) dx = 1; scrambled Sobol' with 4096 points is far more
    // accurate than the Monte Carlo standard error √(Var/n) = √((13/12)^5 − 1)/64 ≈ 0.011 would allow.
    const dims = 5;
    const n = 4096;
    const p = sobolPoints(n, dims, { scramble: createRng(9) });
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let f = 1;
      for (let d = 0; d < dims; d++) f *= 1 + (p[i * dims + d]! - 0.5);
      sum += f;
    }
    expect(Math.abs(sum / n - 1)).toBeLessThan(1e-3);
  });
});
