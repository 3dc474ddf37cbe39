import { describe, expect, it } from 'vitest';
import { Decimal, pathsChart } from '../../../src/index';
import { seriesStyle } from '../../../src/report/svg/internal/style';
import { checkChart, checkXml, countClass } from './xml';

const path = (rate: number) => Array.from({ length: 6 }, (_, i) => ({ year: 2024 + i, value: 580e6 * (1 + rate) ** i }));

describe('pathsChart', () => {
  const svg = pathsChart({
    title: 'Paths to the target',
    series: [
      { name: 'Status quo', points: path(0.2) },
      { name: 'Target path', points: path(0.7673) },
      { name: 'Corridor-led', points: path(0.45) },
    ],
    target: { year: 2029, value: new Decimal('1e10') },
  });

  it('is a well-formed, labelled chart with one path per series and the target line and point', () => {
    const chart = checkChart(svg);
    expect(chart.title).toBe('Paths to the target');
    expect(chart.desc).toBe(
      'Line chart of 3 scenario paths, 2024 to 2029. Status quo: $1.44B in 2029. Target path: $10.0B in 2029. Corridor-led: $3.72B in 2029. Target: $10.0B in 2029.',
    );
    expect(countClass(svg, 'tp-series')).toBe(3);
    expect(countClass(svg, 'tp-target')).toBe(1);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('labels the value axis with nice amounts and the year axis with whole years', () => {
    // Reference: the data span [0, 10e9] (zero included) gives 1-2-5 ticks 0, 2B, …, 10B (see ticks.test.ts).
    const { texts } = checkChart(svg);
    expect(texts.filter((t) => /^\$\d+B?$/.test(t))).toEqual(['$0', '$2B', '$4B', '$6B', '$8B', '$10B']);
    expect(texts.filter((t) => /^20\d\d$/.test(t))).toEqual(['2024', '2025', '2026', '2027', '2028', '2029']);
  });

  it('takes a log scale', () => {
    const log = pathsChart({ series: [{ name: 'a', points: path(0.2) }], target: { year: 2029, value: 10e9 }, logScale: true });
    expect(checkChart(log).texts.filter((t) => /^\$\d+[MB]$/.test(t))).toEqual(['$500M', '$1B', '$2B', '$5B', '$10B']);
    expect(() => pathsChart({ series: [{ name: 'a', points: [{ year: 2024, value: 0 }] }], logScale: true })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: pathsChart: logScale needs values > 0, got 0 at series[0].points[0]]`,
    );
  });

  it('escapes a name with markup everywhere it is written', () => {
    const evil = pathsChart({ series: [{ name: '<script>alert("x")</script> & co', points: path(0.1) }], title: '<b>t</b>' });
    expect(evil).not.toContain('<script');
    expect(evil).not.toContain('<b>');
    expect(evil).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(checkChart(evil).title).toBe('<b>t</b>');
  });

  it('never writes NaN for a single point, a flat series, or all zeros', () => {
    for (const series of [
      [{ name: 'one', points: [{ year: 2024, value: 580e6 }] }],
      [{ name: 'flat', points: [{ year: 2024, value: 5 }, { year: 2029, value: 5 }] }],
      [{ name: 'zero', points: [{ year: 2024, value: 0 }, { year: 2025, value: 0 }] }],
      [{ name: 'negative', points: [{ year: 2024, value: -1e6 }, { year: 2025, value: -2e6 }] }],
    ]) {
      checkChart(pathsChart({ series }));
      checkChart(pathsChart({ series, logScale: series[0]!.points[0]!.value > 0 }));
    }
  });

  it('gives different charts different ids, a chosen id its prefix, and two charts on a page no shared id', () => {
    const a = pathsChart({ series: [{ name: 'a', points: path(0.1) }] });
    const b = pathsChart({ series: [{ name: 'b', points: path(0.1) }] });
    expect(checkChart(a).id).toMatch(/^tp-paths-[0-9a-z]+$/);
    expect(checkChart(a).id).not.toBe(checkChart(b).id);
    expect(pathsChart({ series: [{ name: 'a', points: path(0.1) }] })).toBe(a); // pure: same input, same text
    checkXml(`<svg>${a}${b}</svg>`); // no duplicate ids across both
    expect(checkChart(pathsChart({ id: 'fig1', series: [{ name: 'a', points: path(0.1) }] })).id).toBe('fig1');
  });

  it('styles series so that they differ without colour: dash and marker pairs are unique for 12 series', () => {
    const pairs = new Set(Array.from({ length: 12 }, (_, i) => `${seriesStyle(i).dash}|${seriesStyle(i).marker}`));
    expect(pairs.size).toBe(12);
  });

  it('rejects bad input with messages that name the place', () => {
    expect(() => pathsChart({ series: [] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: pathsChart: series must be a non-empty array, got an array of 0]`,
    );
    expect(() => pathsChart({ series: [{ name: 'a', points: [{ year: 2024, value: Number.NaN }] }] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: pathsChart: series[0].points[0].value must be finite, got NaN]`,
    );
    expect(() => pathsChart({ series: [{ name: 'a', points: [{ year: 2024, value: '5' as never }] }] })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: pathsChart: series[0].points[0].value must be a number or a Decimal, got "5"]`,
    );
    expect(() => pathsChart({ series: [{ name: 'a', points: path(0.1) }], width: 50 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: pathsChart: width must be a number from 200 to 4000, got 50]`,
    );
    expect(() => pathsChart({ series: [{ name: 'a', points: path(0.1) }], id: '1 "x"' })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: pathsChart: id must be a letter followed by letters, digits, "_" or "-", got "1 \\"x\\""]`,
    );
  });
});
