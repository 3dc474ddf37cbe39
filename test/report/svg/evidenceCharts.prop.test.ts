import fc from 'fast-check';
import { describe, it } from 'vitest';
import { evidenceChart, multiplesChart } from '../../../src/index';
import { checkChart } from './xml';

// As charts.prop.test.ts: any values a caller may pass (zero, tiny, huge), names from any Unicode with markup likely.
const name = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('<script>alert(1)</script>', 'a & "b"', '\u0000\uE000'));
const year = fc.integer({ min: 1870, max: 2100 });
const amount = fc.oneof(fc.double({ min: 0, max: 1e15, noNaN: true }), fc.constantFrom(0, 1e-300, 580e6, 10e9));
const positive = fc.oneof(fc.double({ min: 1e-300, max: 1e15, noNaN: true }), fc.constantFrom(1, 580e6, 10e9));

describe('evidence charts (property): well-formed, escaped, never NaN, whatever the data', () => {
  it('evidenceChart', () => {
    const series = fc.record({ name, points: fc.array(fc.record({ year, value: amount }), { minLength: 1, maxLength: 12 }) });
    fc.assert(
      fc.property(
        fc.array(series, { minLength: 1, maxLength: 4 }),
        fc.option(fc.record({ year, value: positive }), { nil: undefined }),
        fc.option(fc.record({ year, value: positive }), { nil: undefined }),
        fc.array(name.filter((s) => s.trim() !== ''), { minLength: 1, maxLength: 3 }),
        (history, baseline, target, sources) => {
          // Data with no positive value cannot sit on a log axis: that is refused (tested elsewhere), not drawn.
          if (!history.some((s) => s.points.some((p) => p.value > 0))) return;
          checkChart(evidenceChart({ history, sources, ...(baseline ? { baseline } : {}), ...(target ? { target } : {}) }));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('multiplesChart', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constantFrom(0, 1, 17.24)), { minLength: 1, maxLength: 300 }),
        fc.oneof(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.constant(10e9 / 580e6)),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 2, max: 40 }),
        (multiples, target, years, binsPerDecade) => {
          checkChart(multiplesChart({ multiples, target, years, sources: ['s'] }, { binsPerDecade }));
        },
      ),
      { numRuns: 60 },
    );
  });
});
