import { describe, expect, it } from 'vitest';
import { multiplesChart } from '../../../src/report/svg/multiplesChart';
import { checkChart } from './xml';

const target = 10e9 / 580e6; // 17.2413…: $580M → $10B
const multiples = Float64Array.of(0, 0.005, 0.5, 1, 1.2, 2, 20, target);
const bins = (svg: string) =>
  [...svg.matchAll(/<g class="(tp-bin(?: tp-hit)?)"><title>([\d,]+) cases?, ×([\d.]+) to ×([\d.]+)<\/title>/g)].map((m) => ({
    hit: m[1] === 'tp-bin tp-hit',
    count: Number(m[2]!.replace(/,/g, '')),
    from: Number(m[3]),
    to: Number(m[4]),
  }));

describe('multiplesChart', () => {
  const svg = multiplesChart({ multiples, target, years: 5, sources: ['COW Dyadic Trade v4.0'] });
  const chart = checkChart(svg);

  it('states the share of cases at or beyond the target multiple, counting a case exactly at it as a hit', () => {
    // By hand: 20 and the target itself are ≥ 17.24…, so 2 of 8 cases, 25%.
    expect(chart.texts).toContain("2 of 8 cases (25.00%) grew ×17.24 or more, the target's multiple.");
    expect(chart.title).toBe('How often trade grew ×17.24 in 5 years');
    expect(chart.desc).toBe(
      'Histogram of the 5-year growth multiples of 8 cases on a log axis, from ×0.008641 to ×21.71. 2 of 8 cases (25.00%) grew ×17.24 or more. Sources: COW Dyadic Trade v4.0.',
    );
  });

  it('bins on a log axis with one edge on the target: the bars right of the line hold the hits, and the counts add up', () => {
    const found = bins(svg);
    expect(found.reduce((s, b) => s + b.count, 0)).toBe(8);
    // Bins are a factor 10^0.1 wide, anchored at 17.24…: both hits fall in [17.24, 21.71) (20 / 17.24 = 1.16 < 1.259).
    expect(found.filter((b) => b.hit)).toEqual([{ hit: true, count: 2, from: 17.24, to: 21.71 }]);
    // 0 and 0.005 are under the ×0.01 floor: counted in the first bar, which the caption says.
    expect(found[0]).toEqual({ hit: false, count: 2, from: 0.008641, to: 0.01088 });
    expect(chart.texts.join(' ')).toContain('The first bar also holds 2 cases below ×0.01 (1 with no trade at the end).');
    // Reference: log ticks over [0.0086, 21.7] span 13 of the 1-2-5 steps, more than 10, so whole decades.
    expect(chart.texts.filter((t) => t.startsWith('×') && !t.includes(' '))).toEqual(['×0.001', '×0.01', '×0.1', '×1', '×10', '×100']);
    expect(chart.texts).toContain('Growth multiple over 5 years, end value / start value (log scale)');
    expect(chart.texts).toContain('Target ×17.24');
  });

  it('counts every hit when many cases sit exactly on the target', () => {
    const on = Float64Array.from({ length: 1000 }, (_, i) => (i < 3 ? target : 1 + i / 1000));
    expect(bins(multiplesChart({ multiples: on, target, years: 5, sources: ['s'] })).filter((b) => b.hit).map((b) => b.count)).toEqual([3]);
  });

  it('refuses bad data, naming the rule and the value', () => {
    const base = { multiples, target, years: 5, sources: ['s'] };
    expect(() => multiplesChart({ ...base, multiples: [] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: multiplesChart: multiples must hold at least one case, got none]`);
    expect(() => multiplesChart({ ...base, multiples: [1, -1] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: multiplesChart: multiples[1] must be finite and ≥ 0, got -1]`);
    expect(() => multiplesChart({ ...base, multiples: [1, NaN] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: multiplesChart: multiples[1] must be finite and ≥ 0, got NaN]`);
    expect(() => multiplesChart({ ...base, target: 0 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: multiplesChart: target must be a multiple > 0, got 0]`);
    expect(() => multiplesChart({ ...base, years: 0 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: multiplesChart: years must be a whole number ≥ 1, got 0]`);
    expect(() => multiplesChart({ ...base, sources: [] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: multiplesChart: sources must name at least one source of the cases, got an array of 0]`);
    expect(() => multiplesChart(base, { binsPerDecade: 1 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: multiplesChart: binsPerDecade must be a whole number from 2 to 40, got 1]`);
  });
});
