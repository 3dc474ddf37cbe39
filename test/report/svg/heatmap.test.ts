import { describe, expect, it } from 'vitest';
import { Decimal, heatmap } from '../../../src/index';
import { checkChart, countClass } from './xml';

const rates = [0.1, 0.3, 0.5, 0.7];
const baselines = [5e8, 5.8e8, 7e8];
// output[i][j] at y.values[i] (baseline), x.values[j] (rate): five years of growth.
const output = baselines.map((b) => rates.map((r) => b * (1 + r) ** 5));
const data = { x: { param: 'base.rate', values: rates }, y: { param: 'baseline.value', values: baselines }, output };

describe('heatmap', () => {
  const svg = heatmap(data, { threshold: 5e9, xFormat: 'rate', yFormat: 'amount' });

  it('draws one cell a pair, marks the cells at or above the threshold, and fences them off', () => {
    const chart = checkChart(svg);
    expect(countClass(svg, 'tp-cell')).toBe(12);
    // Reference: b·1.7^5 = b·14.199: 7.10B, 8.24B, 9.94B ≥ 5B; b·1.5^5 = b·7.594: 5.32B (7e8 only) → 4 cells.
    expect(countClass(svg, 'tp-hit')).toBe(4);
    expect(countClass(svg, 'tp-fence')).toBe(1);
    expect(chart.desc).toBe(
      'Heat map of the output over base.rate (10% to 70%) and baseline.value ($500M to $700M): from $805M to $9.94B. 4 of 12 cells are at or above the target ($5.00B).',
    );
    expect(chart.texts).toContain('$9.94B'); // values printed where they fit
    expect(chart.texts).toContain('30%');
    expect(chart.texts).toContain('$580M');
  });

  it('shades with a lightness ramp: the lowest cell lightest, the highest darkest', () => {
    const cells = [...svg.matchAll(/<g class="tp-cell"><title>[^<]*<\/title><rect [^>]*fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]!);
    expect(cells).toHaveLength(12); // in output order
    expect(cells[0]).toBe('#f7fbff'); // output[0][0], the minimum
    expect(cells[11]).toBe('#08306b'); // output[2][3], the maximum
  });

  it('labels the colour legend with nice ticks inside the data range', () => {
    // Reference: [805M, 9.94B] → 1-2-5 step 2e9 → 2B, 4B, 6B, 8B inside the range.
    const ticks = checkChart(svg).texts.filter((t) => /^\$\dB$/.test(t));
    expect(ticks).toEqual(['$2B', '$4B', '$6B', '$8B']);
  });

  it('never writes NaN for a 1×1 grid, equal values, or Decimals', () => {
    checkChart(heatmap({ x: { param: 'x', values: [1] }, y: { param: 'y', values: [2] }, output: [[5]] }, { threshold: 5 }));
    checkChart(heatmap({ x: { param: 'x', values: [1, 2] }, y: { param: 'y', values: [2, 3] }, output: [[0, 0], [0, 0]] }));
    checkChart(heatmap({ ...data, output: output.map((row) => row.map((v) => new Decimal(v.toFixed(0)))) }));
  });

  it('escapes parameter names and rejects a mis-shaped output', () => {
    const evil = heatmap({ ...data, x: { param: '<script>', values: rates } });
    expect(evil).not.toContain('<script');
    expect(() => heatmap({ ...data, output: output.slice(1) })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: heatmap: data.output must have one row per y value (3), got an array of 2]`,
    );
    expect(() => heatmap({ ...data, output: [output[0]!, output[1]!, [1, 2]] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: heatmap: data.output[2] must have one value per x value (4), got an array of 2]`,
    );
  });
});
