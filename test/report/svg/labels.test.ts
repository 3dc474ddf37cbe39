import { describe, expect, it } from 'vitest';
import { defineScenario, presets } from '../../../src/index';
import { parameterLabel } from '../../../src/report/internal/parameterLabel';
import { fanChart } from '../../../src/report/svg/fanChart';
import { textWidth, titleText, wrapLines } from '../../../src/report/svg/internal/frame';
import { tornadoChart } from '../../../src/report/svg/tornadoChart';
import { waterfallChart } from '../../../src/report/svg/waterfallChart';

// Issue #15: chart titles ended in "…", waterfall names were cut and its value labels ran together, charts showed
// internal names (base.rate) where a driver's label exists, and log axes were not marked.

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe('titles and names are whole', () => {
  it('a long title takes two lines instead of an ellipsis', () => {
    const title = '"Combined: corridors, agriculture, sanctions, capacity": 5–95% of simulated paths, with the target';
    const svg = titleText(title, 400);
    const lines = texts(svg);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe(title.replace(/"/g, '&quot;'));
    expect(texts(titleText('Short', 400))).toEqual(['Short']);
  });

  it('wrapLines breaks at spaces and cuts only what its last line cannot hold', () => {
    const name = 'Khudaferin and Qiz-Qalasy hydro (irrigation)';
    const lines = wrapLines(name, 120, 12, 3);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.join(' ')).toBe(name);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(120);
    expect(wrapLines('a b c d e f g h i j k l m n o p', 20, 12, 2).at(-1)!.endsWith('…')).toBe(true);
  });

  it('a waterfall of twelve drivers writes every name and value whole, 72 px a bar', () => {
    const steps = Array.from({ length: 12 }, (_, i) => ({ label: `Driver number ${i} with a long name`, value: (i % 3 === 0 ? -1 : 1) * (1e7 + i * 1e6) }));
    const svg = waterfallChart({ start: { label: '2024', value: 580e6 }, steps });
    expect(svg).toMatch(/width="1118"/); // 110 + 72 · 14 bars (start, 12 steps, end)
    expect(texts(svg).filter((t) => t.includes('…'))).toEqual([]);
    for (const step of steps) expect(svg).toContain(step.label);
  });

  it('tornado bars are named by paramLabel', () => {
    const svg = tornadoChart(
      { base: 1.44e9, bars: [{ param: 'railway.rate', low: 0.05, high: 0.15, outputLow: 1.3e9, outputHigh: 1.6e9, swing: 0.3e9 }] },
      { paramLabel: () => 'Rasht–Astara railway (INSTC)', label: 'Turnover in 2029' },
    );
    expect(texts(svg)).toContain('Rasht–Astara railway (INSTC)');
    expect(texts(svg)).not.toContain('railway.rate');
    expect(texts(svg)).toContain('Turnover in 2029');
  });

  it('a log axis says so; a linear one does not', () => {
    const fan = [2024, 2025, 2026].map((year, i) => ({ year, p5: 5e8 * 1.1 ** i, p10: 5.5e8 * 1.1 ** i, p25: 6e8 * 1.1 ** i, p50: 6.5e8 * 1.1 ** i, p75: 7e8 * 1.1 ** i, p90: 7.5e8 * 1.1 ** i, p95: 8e8 * 1.1 ** i }));
    expect(fanChart({ fan, logScale: true })).toContain('class="tp-log-note"');
    expect(fanChart({ fan, logScale: true, yLabel: 'Turnover' })).toContain('Turnover (log scale)');
    expect(fanChart({ fan })).not.toContain('tp-log-note');
  });
});

describe('parameterLabel', () => {
  const s = presets.azerbaijanIran.combined;
  it("names a parameter by its driver's label, with the field when it is not the driver's one effect", () => {
    const params = ['base.rate', 'base.volatility', 'railway.change', 'railway.startYear', 'railway.elasticity', 'escalation.size', 'escalation.probability', 'baseline.value', 'target.value'];
    expect(params.map((p) => parameterLabel(s, p))).toEqual([
      'History continues',
      'History continues: volatility',
      'Rasht–Astara railway (INSTC)',
      'Rasht–Astara railway (INSTC): start year',
      'Rasht–Astara railway (INSTC): elasticity',
      'Escalation (war or wider sanctions)',
      'Escalation (war or wider sanctions): probability',
      'Baseline',
      'Target',
    ]);
  });

  it('keeps the address for a driver without a label, a ramp with both effects names each, a schedule its year', () => {
    const d = defineScenario({
      name: 'x', baseline: { year: 2024, value: '$1M' }, horizon: { endYear: 2027 },
      drivers: [
        { id: 'g', type: 'growth', rate: '5%' },
        { id: 'r', type: 'ramp', label: 'Bridge', startYear: 2025, fullYear: 2026, rate: '1%', level: '2%' },
        { id: 's', type: 'schedule', label: 'Plan', rates: { '2026': '3%' } },
      ],
    });
    expect(['g.rate', 'r.rate', 'r.level', 's.rates.2026', 'nope.rate'].map((p) => parameterLabel(d, p))).toEqual(['g.rate', 'Bridge: growth', 'Bridge: level', 'Plan: rates 2026', 'nope.rate']);
  });
});
