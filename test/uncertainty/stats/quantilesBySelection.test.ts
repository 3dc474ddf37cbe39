import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/uncertainty/rng';
import { quantileSorted } from '../../../src/uncertainty/stats/quantile';
import { quantilesBySelection } from '../../../src/uncertainty/stats/quantilesBySelection';
import fixture from '../../fixtures/uncertainty/quantiles.json';

const FAN = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95];

describe('quantilesBySelection', () => {
  it("equals numpy's np.percentile (method='linear') on samples with ties (scripts/gen-quantile-selection-fixtures.py)", () => {
    for (const { values, levels, quantiles } of fixture.cases) {
      const got = quantilesBySelection(Float64Array.from(values), levels);
      // numpy interpolates from the nearer end as `lerp` does; h = (n − 1)·p may round differently: 4 ulps at most.
      for (let j = 0; j < levels.length; j++) expect(Math.abs(got[j]! - quantiles[j]!)).toBeLessThanOrEqual(4 * Number.EPSILON * quantiles[j]!);
    }
  });

  it('gives bit for bit what a full sort and type-7 interpolation give, for any order of levels and many ties', () => {
    const rng = createRng(17);
    for (const n of [1, 2, 3, 5, 8, 13, 100, 601, 602, 5000, 65_536, 100_001]) {
      for (const distinct of [2, 50, 1e9]) {
        const values = Float64Array.from({ length: n }, () => Math.floor(rng.next() * distinct) * 1.5e6 + 5e8);
        const sorted = values.slice().sort();
        const ps = [...FAN, 0, 1, 0.5, 0.999, 0.001].reverse();
        expect(quantilesBySelection(values.slice(), ps)).toEqual(ps.map((p) => quantileSorted(sorted, p)));
      }
    }
  });

  it('gives the sorted values also on large samples in awkward orders (sorted, reversed, periodic blocks, a heavy tail)', () => {
    const rng = createRng(23);
    const n = 300_000;
    const random = Float64Array.from({ length: n }, () => 580e6 * Math.exp(0.3 * (rng.next() - 0.5)));
    const ascending = random.slice().sort();
    const descending = ascending.slice().reverse();
    const blocks = Float64Array.from({ length: n }, (_, i) => (i % 73 === 0 ? 1 : 2 + (i % 5)));
    const heavyTail = Float64Array.from(random, (v, i) => (i % 1000 === 0 ? v * 1e6 : v));
    const ps = [...FAN, 0, 1];
    for (const values of [random, ascending, descending, blocks, heavyTail]) {
      const sorted = values.slice().sort();
      expect(quantilesBySelection(values.slice(), ps)).toEqual(ps.map((p) => quantileSorted(sorted, p)));
    }
  });

  it('names the function, the rule and the value when a level or the values are wrong', () => {
    expect(() => quantilesBySelection(new Float64Array(3), [1.5])).toThrowErrorMatchingInlineSnapshot(`[RangeError: quantilesBySelection: p must be in [0, 1], got 1.5]`);
    expect(() => quantilesBySelection(new Float64Array(0), [0.5])).toThrowErrorMatchingInlineSnapshot(`[RangeError: quantilesBySelection: values must not be empty]`);
  });
});
