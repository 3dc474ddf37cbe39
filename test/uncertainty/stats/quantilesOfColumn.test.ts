import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/uncertainty/rng';
import { quantileSorted } from '../../../src/uncertainty/stats/quantile';
import { quantilesOfColumn } from '../../../src/uncertainty/stats/quantilesOfColumn';
import fixture from '../../fixtures/uncertainty/quantilesColumn.json';

const FAN = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95];

/** The columns of scripts/gen-quantile-column-fixtures.py, from the same exactly rounded operations. */
function column(shape: string, n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => {
    const a = (i * 7919) % 10007;
    const v = 580e6 * (1 + a / 10007);
    if (shape === 'ties') return Math.floor(v / 1e8) * 1e8;
    if (shape === 'heavy tail') return i % 997 === 0 ? v * 1e6 : v;
    if (shape === 'signed') return v - 1e9;
    if (shape === 'mostly one value') return i % 50 === 0 ? v : 580e6;
    return v;
  });
}

describe('quantilesOfColumn', () => {
  it("equals numpy's np.percentile (method='linear') on large columns of five shapes (scripts/gen-quantile-column-fixtures.py)", () => {
    expect(fixture.cases).toHaveLength(15);
    for (const { n, shape, levels, quantiles } of fixture.cases) {
      const values = column(shape, n);
      const got = quantilesOfColumn(values, 0, n, levels);
      // numpy interpolates from the nearer end as `lerp` does; h = (n − 1)·p may round differently: 4 ulps at most.
      for (let j = 0; j < levels.length; j++) {
        expect(Math.abs(got[j]! - quantiles[j]!), `${shape}, n = ${n}, p = ${levels[j]}`).toBeLessThanOrEqual(4 * Number.EPSILON * Math.abs(quantiles[j]!));
      }
    }
  });

  it('gives bit for bit what a full sort and type-7 interpolation give, and leaves the column as it was', () => {
    const rng = createRng(29);
    const ps = [...FAN, 0, 1, 0.5, 0.999, 0.001].reverse();
    for (const n of [1, 2, 8191, 8192, 8193, 100_003]) {
      const lognormal = Float64Array.from({ length: n }, () => 580e6 * Math.exp(0.4 * (rng.next() + rng.next() - 1)));
      const fewValues = Float64Array.from({ length: n }, () => Math.floor(rng.next() * 3) * 1.5e6 + 5e8);
      const sortedRuns = lognormal.slice().sort();
      const outliers = Float64Array.from(lognormal, (v, i) => (i % 1000 === 0 ? v * 1e12 : i % 1001 === 0 ? -v * 1e12 : v));
      const infinite = Float64Array.from(lognormal, (v, i) => (i % 4000 === 0 ? Infinity : i % 4001 === 0 ? -Infinity : v));
      for (const values of [lognormal, fewValues, sortedRuns, sortedRuns.slice().reverse(), outliers, infinite, new Float64Array(n).fill(7)]) {
        const before = values.slice();
        const sorted = values.slice().sort();
        expect(quantilesOfColumn(values, 0, n, ps)).toEqual(ps.map((p) => quantileSorted(sorted, p)));
        let changed = 0;
        for (let i = 0; i < n; i++) if (!Object.is(values[i], before[i])) changed++;
        expect(changed).toBe(0);
      }
    }
  });

  it('reads only values[from..to): a year in the middle of a simulation-like layout', () => {
    const runs = 20_000;
    const years = Float64Array.from({ length: 3 * runs }, (_, i) => (Math.floor(i / runs) + 1) * 1e9 + ((i * 7919) % 10007));
    const middle = years.slice(runs, 2 * runs).sort();
    // By hand: year 2 holds 2e9 + (i·7919 mod 10007) for i = 20,000..39,999; the median is the mean of the two middle ones.
    expect(quantilesOfColumn(years, runs, 2 * runs, [0, 0.5, 1])).toEqual([middle[0], (middle[9999]! + middle[10000]!) / 2, middle[runs - 1]]);
    expect(quantilesOfColumn(years, runs, 2 * runs, [0])[0]).toBeGreaterThanOrEqual(2e9);
    expect(quantilesOfColumn(years, runs, 2 * runs, [1])[0]).toBeLessThan(2e9 + 10007);
  });

  it('names the function, the rule and the value when a level or the column is wrong', () => {
    expect(() => quantilesOfColumn(new Float64Array(3), 0, 3, [1.5])).toThrowErrorMatchingInlineSnapshot(`[RangeError: quantilesOfColumn: p must be in [0, 1], got 1.5]`);
    expect(() => quantilesOfColumn(new Float64Array(3), 2, 2, [0.5])).toThrowErrorMatchingInlineSnapshot(`[RangeError: quantilesOfColumn: the column must not be empty, got 2..2]`);
  });
});
