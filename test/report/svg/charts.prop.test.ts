import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fanChart, heatmap, pathsChart, tornadoChart, waterfallChart } from '../../../src/index';
import { niceTicks } from '../../../src/report/svg/internal/ticks';
import { checkChart } from './xml';

// Values over many magnitudes, zero and tiny ones included; names from any Unicode, markup characters likely.
const value = fc.oneof(fc.double({ min: -1e13, max: 1e13, noNaN: true }), fc.constantFrom(0, 1e-9, 580e6, 1e10));
const name = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('<script>alert(1)</script>', 'a & "b"', "'", '\u0000\uE000'));
const year = fc.integer({ min: 1990, max: 2100 });

describe('charts (property): well-formed, escaped, never NaN, whatever the data', () => {
  it('pathsChart', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name, points: fc.array(fc.record({ year, value }), { minLength: 1, maxLength: 8 }) }), { minLength: 1, maxLength: 8 }), (series) => {
        checkChart(pathsChart({ series, title: series[0]!.name }));
      }),
      { numRuns: 60 },
    );
  });

  it('pathsChart on a log scale', () => {
    const positive = fc.oneof(fc.double({ min: 5e-324, max: 1e15, noNaN: true }), fc.constantFrom(1e-300, 1, 580e6));
    fc.assert(
      fc.property(fc.array(fc.record({ name, points: fc.array(fc.record({ year, value: positive }), { minLength: 1, maxLength: 8 }) }), { minLength: 1, maxLength: 4 }), (series) => {
        checkChart(pathsChart({ series, logScale: true }));
      }),
      { numRuns: 60 },
    );
  });

  it('fanChart', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(year, fc.array(value, { minLength: 7, maxLength: 7 })), { minLength: 1, maxLength: 10 }), (rows) => {
        const fan = rows.map(([y, v]) => {
          const [p5, p10, p25, p50, p75, p90, p95] = [...v].sort((a, b) => a - b) as [number, number, number, number, number, number, number];
          return { year: y, p5, p10, p25, p50, p75, p90, p95 };
        });
        checkChart(fanChart({ fan }));
      }),
      { numRuns: 60 },
    );
  });

  it('tornadoChart', () => {
    const bar = fc.record({ param: name, low: value, high: value, outputLow: value, outputHigh: value, swing: value });
    fc.assert(
      fc.property(value, fc.array(bar, { maxLength: 10 }), (base, bars) => {
        checkChart(tornadoChart({ base, bars }));
      }),
      { numRuns: 60 },
    );
  });

  it('heatmap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), value, fc.array(value, { minLength: 144, maxLength: 144 }), (nx, ny, threshold, pool) => {
        const output = Array.from({ length: ny }, (_, i) => pool.slice(i * nx, i * nx + nx));
        const xs = Array.from({ length: nx }, (_, j) => pool[j]!);
        const ys = Array.from({ length: ny }, (_, i) => pool[143 - i]!);
        checkChart(heatmap({ x: { param: 'x<', values: xs }, y: { param: 'y&', values: ys }, output }, { threshold }));
      }),
      { numRuns: 60 },
    );
  });

  it('waterfallChart', () => {
    const item = fc.record({ label: name, value });
    fc.assert(
      fc.property(item, fc.array(item, { maxLength: 10 }), fc.option(item, { nil: undefined }), (start, steps, target) => {
        checkChart(waterfallChart(target === undefined ? { start, steps } : { start, steps, target }));
      }),
      { numRuns: 60 },
    );
  });
});

describe('niceTicks (property)', () => {
  it('covers the span with evenly spaced 1-2-5 steps, 2 to 2·count+1 ticks', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.double({ min: 1e-6, max: 1e12, noNaN: true }), fc.integer({ min: 2, max: 10 }), (lo, span, count) => {
        const hi = lo + span;
        fc.pre(hi > lo);
        const { ticks } = niceTicks(lo, hi, count);
        const step = ticks[1]! - ticks[0]!;
        // Covered to within 1/10,000 of a step (far below a pixel), give or take a few ulps of the values themselves.
        const tol = step * 1e-4 + 16 * Math.max(Math.abs(lo), Math.abs(hi)) * Number.EPSILON;
        expect(ticks[0]!).toBeLessThanOrEqual(lo + tol);
        expect(ticks[ticks.length - 1]!).toBeGreaterThanOrEqual(hi - tol);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(2 * count + 1);
        // The step, measured as a difference of two large floats, carries their rounding (a few ulps of the tick).
        const mantissa = step / 10 ** Math.floor(Math.log10(step));
        const slack = 1e-6 + (8 * Math.abs(ticks[0]!) * Number.EPSILON) / step;
        expect([1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < slack * m)).toBe(true);
      }),
    );
  });
});
