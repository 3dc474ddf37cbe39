import { describe, expect, it } from 'vitest';
import { tradeoffChart } from '../../../src/index';
import { checkChart, countClass } from './xml';

const points = [1, 0.9, 0.8, 0.7, 0.6].map((coverage, i) => ({ coverage, density: 0.3 + i * 0.15 }));

describe('tradeoffChart', () => {
  it('draws one point a box, percent axes, and rings the chosen box', () => {
    const svg = tradeoffChart({ points, chosen: 3 });
    const chart = checkChart(svg);
    expect(countClass(svg, 'tp-point')).toBe(5);
    expect(countClass(svg, 'tp-chosen')).toBe(1);
    expect(chart.texts).toContain('Box 3: coverage 70%, density 75%');
    // Reference: [0, 1] in 1-2-5 steps of 0.2, written as percentages.
    expect(chart.texts.filter((t) => /^\d+%$/.test(t))).toEqual(['0%', '20%', '40%', '60%', '80%', '100%', '0%', '20%', '40%', '60%', '80%', '100%']);
  });

  it('never writes NaN for a single point at a corner', () => {
    checkChart(tradeoffChart({ points: [{ coverage: 1, density: 1 }], chosen: 0 }));
    checkChart(tradeoffChart({ points: [{ coverage: 0, density: 0 }] }));
  });

  it('rejects values outside [0, 1] and a chosen index that is not one', () => {
    expect(() => tradeoffChart({ points: [{ coverage: 1.2, density: 0.5 }] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: tradeoffChart: points[0] coverage and density must be in [0, 1], got 1.2, 0.5]`,
    );
    expect(() => tradeoffChart({ points, chosen: 5 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: tradeoffChart: chosen must be an index of points (0 to 4), got 5]`,
    );
  });
});
