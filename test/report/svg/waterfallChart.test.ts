import { describe, expect, it } from 'vitest';
import { Decimal, waterfallChart } from '../../../src/index';
import { checkChart, countClass } from './xml';

const data = {
  start: { label: '2024', value: 580e6 },
  steps: [
    { label: 'Baseline growth', value: 863e6 },
    { label: 'Rasht–Astara railway', value: 1.2e9 },
    { label: 'Sanctions drag', value: -6e8 },
  ],
  end: { label: '2029', value: 2.043e9 },
  target: { label: 'Target', value: 10e9 },
};

describe('waterfallChart', () => {
  const svg = waterfallChart(data, { title: 'Attribution' });

  it('draws start and end totals, one floating bar a step, and the gap to the target', () => {
    const chart = checkChart(svg);
    expect(chart.title).toBe('Attribution');
    expect(countClass(svg, 'tp-total')).toBe(2);
    expect(countClass(svg, 'tp-step')).toBe(3);
    expect(countClass(svg, 'tp-gap')).toBe(1);
    for (const label of ['+$863M', '+$1.20B', '-$600M', '$2.04B', 'Gap $7.96B']) expect(chart.texts).toContain(label);
    expect(chart.desc).toBe(
      'Waterfall from 2024 ($580M) to 2029 ($2.04B) through 3 steps: Baseline growth +$863M, Rasht–Astara railway +$1.20B, Sanctions drag -$600M. Target: $10.0B, a gap of +$7.96B.',
    );
  });

  it('tells falls from rises without colour: falls are hatched', () => {
    const fall = /<g class="tp-step"><title>Sanctions drag[^<]*<\/title><rect [^>]*fill="url\(#([^)]+)\)"/.exec(svg);
    expect(fall?.[1]).toMatch(/-fall$/);
    const rise = /<g class="tp-step"><title>Baseline growth[^<]*<\/title><rect [^>]*fill="(#[0-9a-f]{6})"/.exec(svg);
    expect(rise?.[1]).toBe('#1b7837');
  });

  it('has nice amount ticks from zero to the target', () => {
    expect(checkChart(svg).texts.filter((t) => /^\$\d+B?$/.test(t))).toEqual(['$0', '$2B', '$4B', '$6B', '$8B', '$10B']);
  });

  it('works out the end when not given, and never writes NaN for no steps or all zeros', () => {
    const svg2 = waterfallChart({ start: data.start, steps: data.steps });
    expect(checkChart(svg2).texts).toContain('End');
    checkChart(waterfallChart({ start: { label: 's', value: 0 }, steps: [] }));
    checkChart(waterfallChart({ start: { label: 's', value: new Decimal(5) }, steps: [{ label: 'x', value: 0 }], target: { label: 't', value: 1 } }));
    checkChart(waterfallChart({ start: { label: 's', value: 1e9 }, steps: [{ label: 'collapse', value: -3e9 }] }));
  });

  it('escapes labels and refuses an end that is not start plus steps', () => {
    const evil = waterfallChart({ start: { label: '<script>', value: 1 }, steps: [{ label: 'a"b', value: 1 }] });
    expect(evil).not.toContain('<script');
    expect(() => waterfallChart({ ...data, end: { label: '2029', value: 3e9 } })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: waterfallChart: start plus steps (2043000000) must equal end.value (3000000000)]`,
    );
    expect(() => waterfallChart({ start: { label: 1 as never, value: 1 }, steps: [] })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: waterfallChart: data.start.label must be a string, got 1]`,
    );
  });
});
