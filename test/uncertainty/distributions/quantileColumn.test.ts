import { describe, expect, it } from 'vitest';
import { fromInterval, lognormal, normal, pert, triangular, uniform, type Distribution } from '../../../src/index';
import { quantileColumnOf } from '../../../src/uncertainty/distributions/distribution';

// The parameter designs of simulate and of the sensitivity methods turn whole columns of probabilities into values
// with each distribution's own column loop; it must give the bits of `quantile` one value at a time, touch only its
// column, and fall back to `quantile` for a distribution made outside the library.

const built: readonly [string, Distribution][] = [
  ['normal', normal({ mean: 0.2, sd: 0.05 })],
  ['lognormal', lognormal({ median: 8e9, sigma: 0.3 })],
  ['uniform', uniform({ min: -0.3, max: 0 })],
  ['triangular', triangular({ min: 0.02, mode: 0.1, max: 0.18 })],
  ['triangular, mode at min', triangular({ min: 0, mode: 0, max: 2 })],
  ['pert', pert({ min: 0.05, mode: 0.2, max: 0.6 })],
  ['fromInterval (lognormal)', fromInterval({ p5: 300e6, p95: 1200e6 })],
  ['fromInterval (normal)', fromInterval({ p5: -0.3, p95: 0.1 })],
];

// Central and tail probabilities of Φ⁻¹ (|p − ½| ≤ 0.425 and beyond), the ends, and values near them.
const probabilities = [0, 1e-300, 1e-20, 2 ** -53, 0.001, 0.074, 0.075, 0.0751, 0.25, 0.5, 0.6, 0.925, 0.9249, 0.999, 1 - 2 ** -53, 1];

describe('a distribution’s column loop', () => {
  it.each(built)('%s: gives the bits of quantile, in its column only', (_, d) => {
    const k = 3;
    const a = new Float64Array(probabilities.length * k).fill(0.5);
    probabilities.forEach((p, r) => {
      a[r * k + 1] = p;
    });
    quantileColumnOf(d)(a, 1, a.length, k);
    probabilities.forEach((p, r) => {
      expect(Object.is(a[r * k + 1], d.quantile(p))).toBe(true);
      expect(a[r * k]).toBe(0.5);
      expect(a[r * k + 2]).toBe(0.5);
    });
  });

  it('of a distribution made elsewhere calls its quantile', () => {
    const own: Distribution = { ...normal({ mean: 0, sd: 1 }), quantile: (p: number) => 10 * p };
    const a = Float64Array.from([0.1, 0.2, 0.3, 0.4]);
    quantileColumnOf(own)(a, 0, 4, 2);
    expect([...a]).toEqual([1, 0.2, 3, 0.4]);
  });
});
