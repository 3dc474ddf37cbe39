import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedOrder } from '../../src/sensitivity/internal/primSort';

/** Reference: the built-in sort with a comparator, ties by row index. */
function reference(x: Float64Array, k: number, j: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a * k + j]! - x[b * k + j]! || a - b);
}

describe('sortedOrder', () => {
  it('orders a column like the built-in sort, ties by row', () => {
    const values = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -3, max: 3 }));
    fc.assert(
      fc.property(fc.array(values, { minLength: 2, maxLength: 400 }), fc.integer({ min: 1, max: 2 }), (flat, k) => {
        const n = Math.floor(flat.length / k);
        const x = Float64Array.from(flat.slice(0, n * k));
        for (let j = 0; j < k; j++) expect(Array.from(sortedOrder(x, k, j, n))).toEqual(reference(x, k, j, n));
      }),
      { seed: 8, numRuns: 300 },
    );
  });

  it('handles sorted, reversed and constant columns of 5,000', () => {
    const n = 5000;
    const up = Float64Array.from({ length: n }, (_, i) => i);
    const down = Float64Array.from({ length: n }, (_, i) => n - i);
    const flat = new Float64Array(n).fill(1);
    expect(Array.from(sortedOrder(up, 1, 0, n))).toEqual(reference(up, 1, 0, n));
    expect(Array.from(sortedOrder(down, 1, 0, n))).toEqual(reference(down, 1, 0, n));
    expect(Array.from(sortedOrder(flat, 1, 0, n))).toEqual(reference(flat, 1, 0, n));
  });
});
