import { describe, expect, it } from 'vitest';
import { tornadoChart } from '../../../src/index';
import { checkChart, countClass } from './xml';

const data = {
  base: 1.443e9,
  bars: [
    { param: 'base.rate', low: 0.18, high: 0.22, outputLow: 1.32e9, outputHigh: 1.57e9, swing: 0.25e9 },
    { param: 'baseline.value', low: 522e6, high: 638e6, outputLow: 1.3e9, outputHigh: 1.59e9, swing: 0.29e9 },
    { param: 'sanctions.level', low: -0.3, high: -0.1, outputLow: 1.5e9, outputHigh: 1.2e9, swing: 0.3e9 },
  ],
};

describe('tornadoChart', () => {
  const svg = tornadoChart(data, { label: 'Turnover in 2029' });

  it('draws one bar a parameter, largest swing on top, names and low/high values written', () => {
    const chart = checkChart(svg);
    expect(countClass(svg, 'tp-bar')).toBe(3);
    const names = chart.texts.filter((t) => ['base.rate', 'baseline.value', 'sanctions.level'].includes(t));
    expect(names).toEqual(['sanctions.level', 'baseline.value', 'base.rate']);
    for (const label of ['0.18', '0.22', '522M', '638M', '-0.3', '-0.1', 'Base $1.44B', 'Turnover in 2029']) {
      expect(chart.texts).toContain(label);
    }
    expect(chart.desc).toBe(
      'Tornado chart of 3 parameters around a base of $1.44B. Largest swing: sanctions.level, from $1.50B at -0.3 to $1.20B at -0.1.',
    );
  });

  it('has nice amount ticks on the output axis', () => {
    // Reference: outputs span [1.2e9, 1.59e9], padded by 20% each side → [1.122e9, 1.668e9]; 1-2-5 step 1e8.
    const ticks = checkChart(svg).texts.filter((t) => /^\$[\d.]+B$/.test(t));
    expect(ticks).toEqual(['$1.1B', '$1.2B', '$1.3B', '$1.4B', '$1.5B', '$1.6B', '$1.7B']);
  });

  it('handles no bars, zero swings and a paramFormat, never writing NaN', () => {
    checkChart(tornadoChart({ base: 5, bars: [] }));
    const flat = tornadoChart({ base: 5, bars: [{ param: 'x', low: 1, high: 2, outputLow: 5, outputHigh: 5, swing: 0 }] });
    checkChart(flat);
    const pct = tornadoChart(data, { paramFormat: (_param, v) => `${Math.round(v * 100)}%` });
    expect(checkChart(pct).texts).toContain('18%');
  });

  it('escapes parameter names and rejects bad bars', () => {
    const evil = tornadoChart({ base: 1, bars: [{ param: '<script>x</script>', low: 0, high: 1, outputLow: 0, outputHigh: 2, swing: 2 }] });
    expect(evil).not.toContain('<script');
    expect(checkChart(evil).texts).toContain('<script>x</script>');
    expect(() => tornadoChart({ base: 1, bars: [{ param: 3 as never, low: 0, high: 1, outputLow: 0, outputHigh: 2, swing: 2 }] })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: tornadoChart: bars[0].param must be a string, got 3]`,
    );
    expect(() => tornadoChart({ base: Number.NaN, bars: [] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: tornadoChart: data.base must be finite, got NaN]`,
    );
  });
});
