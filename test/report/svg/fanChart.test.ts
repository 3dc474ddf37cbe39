import { describe, expect, it } from 'vitest';
import { Decimal, fanChart } from '../../../src/index';
import { checkChart, countClass } from './xml';

const row = (year: number, m: number) => ({ year, p5: m * 0.6, p10: m * 0.7, p25: m * 0.85, p50: m, p75: m * 1.2, p90: m * 1.45, p95: m * 1.6 });
const fan = [2024, 2025, 2026, 2027, 2028, 2029].map((year, i) => row(year, 580e6 * 1.2 ** i));

describe('fanChart', () => {
  it('draws three nested bands and the median, with the target marked', () => {
    const svg = fanChart({ fan, target: { year: 2029, value: 10e9 }, title: 'Simulated turnover' });
    const chart = checkChart(svg);
    expect(chart.title).toBe('Simulated turnover');
    expect(chart.desc).toBe(
      'Fan chart of simulated values, 2024 to 2029. In 2029 the median is $1.44B, with 90% of runs between $866M and $2.31B. Target: $10.0B in 2029.',
    );
    expect(countClass(svg, 'tp-band')).toBe(3);
    expect(countClass(svg, 'tp-median')).toBe(1);
    expect(countClass(svg, 'tp-target')).toBe(1);
    // Reference: span [0, 10e9] → 1-2-5 ticks (ticks.test.ts).
    expect(chart.texts.filter((t) => /^\$\d+B?$/.test(t))).toEqual(['$0', '$2B', '$4B', '$6B', '$8B', '$10B']);
    expect(chart.texts).toContain('5–95th percentile');
  });

  it('draws the widest band lightest and first, so narrower bands sit on top', () => {
    const svg = fanChart({ fan });
    const fills = [...svg.matchAll(/<path d="[^"]*" fill="(#[0-9a-f]{6})"[^>]*class="tp-band"/g)].map((m) => m[1]);
    expect(fills).toEqual(['#c6dbef', '#9ecae1', '#6baed6']);
  });

  it('never writes NaN for one year, a flat fan or Decimals', () => {
    checkChart(fanChart({ fan: [row(2029, 1e9)] }));
    checkChart(fanChart({ fan: [row(2024, 0), row(2025, 0)] }));
    const decimals = fan.map((r) => ({ ...r, p50: new Decimal(r.p50.toFixed(2)) }));
    checkChart(fanChart({ fan: decimals, logScale: true }));
  });

  it('escapes the title and rejects a bad fan', () => {
    expect(fanChart({ fan, title: '<script>x</script>' })).not.toContain('<script');
    expect(() => fanChart({ fan: [] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: fanChart: fan must be a non-empty array, got an array of 0]`);
    expect(() => fanChart({ fan: [{ ...row(2024, 1), p90: Number.POSITIVE_INFINITY }] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: fanChart: fan[0].p90 must be finite, got Infinity]`,
    );
  });
});
