import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/index';
import { evidenceChart, type EvidenceChartData } from '../../../src/report/svg/evidenceChart';
import { checkChart, unescape } from './xml';

// Azerbaijan–Iran total trade in COW v4.0 for a few years (data/trade-history/README.md: $459M in 1994, $70M in 1999,
// $449M in 2007, $248M in 2014; 2008 and 2013 made up); 2000–2006 and 2009–2012 left out on purpose, to make gaps.
const total = [
  { year: 1994, value: 459e6 },
  { year: 1999, value: 70e6 },
  { year: 2007, value: 449e6 },
  { year: 2008, value: 400e6 },
  { year: 2013, value: 270e6 },
  { year: 2014, value: 248e6 },
];
const data: EvidenceChartData = {
  history: [
    { name: 'Total', points: total },
    { name: 'Azerbaijan exports to Iran', points: [{ year: 2013, value: 0 }, { year: 2014, value: new Decimal('59e6') }] },
  ],
  baseline: { year: 2024, value: 580e6 },
  target: { year: 2029, value: new Decimal('1e10') },
  scenarios: [{ name: 'Momentum', points: [{ year: 2024, value: 580e6 }, { year: 2029, value: 1443225600 }] }],
  sources: ['Correlates of War Project, Trade v4.0', 'AzerNEWS (2025)'],
};
const classCount = (svg: string, name: string) => (svg.match(new RegExp(`class="[^"]*\\b${name}\\b`, 'g')) ?? []).length;
const pathsOf = (svg: string, cls: string) => [...svg.matchAll(new RegExp(`<g class="[^"]*${cls}[^"]*">.*?<path d="([^"]*)"`, 'g'))].map((m) => m[1]!);

describe('evidenceChart', () => {
  const svg = evidenceChart(data, { title: 'Azerbaijan–Iran trade' });
  const chart = checkChart(svg);

  it('is a well-formed chart that says what it shows in its title and description', () => {
    expect(chart.title).toBe('Azerbaijan–Iran trade');
    expect(chart.desc).toBe(
      'Line chart on a log scale, 1994 to 2029. Total: $459M in 1994 to $248M in 2014. Azerbaijan exports to Iran: $59.0M in 2014 to $59.0M in 2014. ' +
        'Momentum: $580M in 2024 to $1.44B in 2029. Baseline: $580M in 2024. Target: $10.0B in 2029. Required growth: 76.73% a year. ' +
        'Sources: Correlates of War Project, Trade v4.0; AzerNEWS (2025).',
    );
    expect([classCount(svg, 'tp-history'), classCount(svg, 'tp-scenario'), classCount(svg, 'tp-required'), classCount(svg, 'tp-target')]).toEqual([2, 1, 1, 1]);
  });

  it('has a log value axis, marked as such in its title, with 1-2-5 ticks from the smallest value to the target', () => {
    expect(chart.texts).toContain('Trade, USD (log scale)');
    // Reference: the data span $59M to $10B; the 1, 2, 5 multiples of powers of ten that cover it are these 8.
    expect(chart.texts.filter((t) => /^\$\d+[MB]$/.test(t))).toEqual(['$50M', '$100M', '$200M', '$500M', '$1B', '$2B', '$5B', '$10B']);
  });

  it('draws the required growth from the baseline to the target, and names it', () => {
    // Reference: (10,000 / 580)^(1/5) − 1 = 0.767316781… (Python decimal, 50 digits), written 76.73%.
    expect(chart.texts).toContain('Required: 76.73% a year');
    const [required] = pathsOf(svg, 'tp-required');
    expect(required).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
  });

  it('writes a growth beyond 1,000% a year as a factor', () => {
    // $1M to $1B in one year: ×1000, which formatRate (at most 1,000%) cannot write as a percent.
    const big = evidenceChart({ history: [{ name: 't', points: total }], baseline: { year: 2024, value: 1e6 }, target: { year: 2025, value: 1e9 }, sources: ['s'] });
    expect(checkChart(big).texts).toContain('Required: ×1000 a year');
  });

  it('breaks a history line at each missing year rather than bridging the gap', () => {
    // 1994 | 1999 | 2007–2008 | 2013–2014: four runs of consecutive years, so four sub-paths.
    const [totalPath] = pathsOf(svg, 'tp-history');
    expect(totalPath!.match(/M/g)).toHaveLength(4);
    expect(totalPath!.match(/L/g)).toHaveLength(2);
  });

  it('puts the sources and the values a log axis cannot show in a caption', () => {
    const caption = chart.texts.slice(chart.texts.findIndex((t) => t.startsWith('Sources:'))).join(' ');
    expect(caption).toBe(
      'Sources: Correlates of War Project, Trade v4.0; AzerNEWS (2025). Values on a log scale: equal slopes are equal growth rates. ' +
        'Not drawn (zero or less, which a log axis cannot show): Azerbaijan exports to Iran 2013.',
    );
  });

  it('escapes names and sources', () => {
    const evil = evidenceChart({ history: [{ name: '<b>x</b> & y', points: total }], sources: ['<script>s</script>'] });
    expect(evil).not.toContain('<script');
    expect(evil).not.toContain('<b>');
    expect(checkChart(evil).texts.map(unescape)).toContain('<b>x</b> & y');
  });

  it('never writes NaN for a single point, or history alone', () => {
    checkChart(evidenceChart({ history: [{ name: 'one', points: [{ year: 2014, value: 248e6 }] }], sources: ['s'] }));
    checkChart(evidenceChart({ history: [], scenarios: [{ name: 'flat', points: [{ year: 2024, value: 5 }, { year: 2029, value: 5 }] }], sources: ['s'] }));
  });

  it('refuses bad data with a message that names the rule and the value', () => {
    expect(() => evidenceChart({ history: [], sources: ['s'] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: evidenceChart: history and scenarios are both empty: nothing to draw]`,
    );
    expect(() => evidenceChart({ history: data.history, sources: [] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: evidenceChart: sources must name at least one source of the figures, got an array of 0]`,
    );
    expect(() => evidenceChart({ history: data.history, sources: [''] })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: evidenceChart: sources[0] must be a non-empty string, got ""]`,
    );
    expect(() => evidenceChart({ history: [{ name: 'z', points: [{ year: 2014, value: 0 }] }], sources: ['s'] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: evidenceChart: no value above zero to draw on a log axis (left out: z 2014)]`,
    );
    expect(() => evidenceChart({ ...data, baseline: { year: 2024, value: 0 } })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: evidenceChart: baseline.value must be > 0 on a log axis, got 0]`,
    );
    expect(() => evidenceChart({ ...data, target: { year: 2029, value: '10B' as unknown as number } })).toThrowErrorMatchingInlineSnapshot(`[TypeError: evidenceChart: target.value must be a number or a Decimal, got "10B"]`);
    expect(() => evidenceChart({ history: [{ name: 'x', points: [] }], sources: ['s'] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: evidenceChart: history[0].points must be a non-empty array, got an array of 0]`);
  });
});
