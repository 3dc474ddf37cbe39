import { describe, expect, it } from 'vitest';
import { boxScatterChart } from '../../../src/index';

describe('boxScatterChart', () => {
  it('draws every hit even when misses are thinned, and the box in data coordinates', () => {
    const n = 10_000;
    const x = Array.from({ length: n }, (_, i) => (i % 100) / 100);
    const y = Array.from({ length: n }, (_, i) => Math.floor(i / 100) / 100);
    const hits = x.map((v, i) => (v > 0.9 && y[i]! < 0.05 ? 1 : 0));
    const svg = boxScatterChart({ x: { param: 'x1', values: x }, y: { param: 'x2', values: y }, hits, box: { x: { min: 0.9, max: 1 }, y: { min: 0, max: 0.05 } } });
    expect(svg.match(/class="tp-hit"/g)!.length).toBe(hits.filter(Boolean).length); // 45 hits, all drawn
    expect(svg.match(/class="tp-miss"/g)!.length).toBeLessThanOrEqual(3000);
    expect(svg).toContain('class="tp-box"');
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('rejects arrays of different lengths and non-finite values', () => {
    expect(() => boxScatterChart({ x: { param: 'a', values: [1, 2] }, y: { param: 'b', values: [1] }, hits: [0, 1] })).toThrow(RangeError);
    expect(() => boxScatterChart({ x: { param: 'a', values: [1, NaN] }, y: { param: 'b', values: [1, 2] }, hits: [0, 1] })).toThrow('boxScatterChart: x.values[1] must be finite, got NaN');
  });
});
