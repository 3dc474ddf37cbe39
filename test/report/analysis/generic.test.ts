import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analysisReport, azerbaijanIranAnalysis, defineScenario, presets, renderText, type Evidence, type Report } from '../../../src/index';
import { evidenceFor } from '../../../src/report/analysis/evidenceFor';
import { countries } from '../../../src/history/index';
import outside from '../../fixtures/evidence/outside-view.json';

// analysisReport on a made-up pair, Freedonia–Sylvania: $100M in 2020, a target of $400M by 2028 (×4 in 8 years).
// Every expected number is worked out by hand below, from the scenarios' own definitions.
const common = { currency: 'USD', baseline: { year: 2020, value: '$100M' }, horizon: { endYear: 2030 }, target: { value: '$400M', year: 2028 } } as const;
const steady = defineScenario({ ...common, name: 'Steady', drivers: [{ id: 'base', type: 'growth', rate: '10%' }] });
// 20% a year, +5% on the level once a port opens (2022–2024), a lasting 10% fall in 2025; the rate is uncertain.
const push = defineScenario({
  ...common,
  name: 'Push',
  drivers: [
    { id: 'base', type: 'growth', rate: '20%' },
    { id: 'port', type: 'ramp', startYear: 2022, fullYear: 2024, level: '5%' },
    { id: 'fall', type: 'shock', year: 2025, size: '-10%' },
  ],
  uncertainty: { 'base.rate': { type: 'uniform', min: '10%', max: '30%' } },
});
// A yardstick: a constant 19% (above the 18.92% required), not a forecast.
const path = defineScenario({ ...common, name: 'Path', drivers: [{ id: 'base', type: 'growth', rate: '19%' }] });
const scenarios = { steady, push, path };

const sectionText = (report: Report, id: string): string => {
  const s = report.sections.find((x) => x.id === id);
  if (s === undefined) throw new Error(`no section ${id}`);
  return s.text.join('\n');
};
const column = (report: Report, id: string, key: string): unknown[] => report.sections.find((x) => x.id === id)!.tables[0]!.rows.map((r) => (r as Record<string, unknown>)[key]);

describe('analysisReport on a made-up pair', () => {
  const report = analysisReport({
    scenarios,
    benchmarks: ['path'],
    title: 'Freedonia–Sylvania: $400M by 2028?',
    context: ['A made-up pair, for the test.'],
    monteCarlo: { runs: 1000 },
  });

  it('takes its title, context and yardsticks from the options', () => {
    expect(report.title).toBe('Freedonia–Sylvania: $400M by 2028?');
    const summary = sectionText(report, 'summary').split('\n');
    expect(summary[0]).toBe('A made-up pair, for the test.');
    // 100M·1.1^8 = $214M misses; Push reaches it (below); the yardstick is left out of the count.
    expect(summary).toContain('1 of 2 scenarios reach it by 2028.');
    // Counted, the yardstick reaches it too: 100M·1.19^8 = 100M·4.0214 ≥ $400M.
    expect(sectionText(analysisReport({ scenarios, monteCarlo: false, sensitivity: false }), 'summary')).toContain('2 of 3 scenarios reach it by 2028.');
    // Without a title: the question, from the scenario with a target.
    expect(analysisReport({ scenarios, monteCarlo: false, sensitivity: false }).title).toBe('Can $100M become $400M by 2028?');
  });

  it('works out the growth sections from the question (hand computations)', () => {
    // 4^(1/8) − 1 = 0.189207; over the 10% of the first growth driver: 1.9 times.
    expect(sectionText(report, 'summary')).toContain('Reaching $400M by 2028 takes 18.92% growth a year for 8 years: 1.9 times the 10% of 2020.');
    // 4^(1/7) − 1 = 0.219014, 4^(1/9) − 1 = 0.166529, 4^(1/10) − 1 = 0.148698 (Python floats).
    expect(column(report, 'required', 'rate').map((r) => Number(r).toFixed(5))).toEqual(['0.21901', '0.18921', '0.16653', '0.14870']);
    // 100M·1.1^8 = 214.358881M: 53.6% of $400M, a gap of $185.6M.
    expect(sectionText(report, 'pace')).toBe('By 2028 turnover reaches $214M, 53.6% of the $400M target (a gap of $186M).');
    // ln 4 / ln 1.1 = 14.545, ln 4 / ln 1.15 = 9.919, ln 4 / ln 1.25 = 6.213 years.
    expect(column(report, 'years', 'years')).toEqual([14.5, 9.9, 6.2]);
    expect(column(report, 'years', 'first')).toEqual([2035, 2030, 2027]);
    // 100M / 1.1 = 90.909M.
    expect(sectionText(report, 'previous')).toBe('$100M in 2020 after +10% implies $90.91M in 2019 ($100M / 1.1).');
  });

  it('runs the Monte Carlo and the sensitivity on the scenario with the most uncertainty and 3+ drivers', () => {
    // Push in 2028 is 100M·(1+r)^8·1.05·0.9; it reaches $400M when (1+r)^8 ≥ 4/0.945, r ≥ 0.19764, and by 2030 when
    // r ≥ (4/0.945)^(1/10) − 1 = 0.15521. With r uniform on [10%, 30%]: P = 0.5118 and 0.7240 (LHS of 1,000 is
    // stratified: the estimate is within a run of it).
    expect(sectionText(report, 'monteCarlo')).toMatch(/^Probability of \$400M by 2028: 51\.2% .*; by 2030: 72\.4% /);
    // Tornado: the 10th and 90th percentiles of U(10%, 30%) are 12% and 28%: 100M·1.12^8·0.945 = $234M,
    // 100M·1.28^8·0.945 = $681M.
    const tornado = report.sections.find((s) => s.id === 'tornado')!;
    expect(tornado.heading).toBe('Which assumptions matter most for "Push" in 2028');
    expect(tornado.tables[0]!.rows[0]).toMatchObject({ param: 'base.rate', low: '12.0%', high: '28.0%' });
    const bar = tornado.tables[0]!.rows[0] as Record<string, unknown>;
    expect(Number(bar.outputLow)).toBeCloseTo(100e6 * 1.12 ** 8 * 0.945, 0);
    expect(Number(bar.outputHigh)).toBeCloseTo(100e6 * 1.28 ** 8 * 0.945, 0);
    // Levers: r = (4/0.945)^(1/8) − 1 = 19.8%; the fall may deepen to 1 − 400/(100·1.2^8·1.05) = 11.4%.
    expect(column(report, 'levers', 'needed')).toEqual(['19.8%', '-11.4%']);
  });

  it('leaves out the sections it has no scenario for, and uses no default wording', () => {
    // No scenario is uncertain or has 3+ drivers: no Monte Carlo, no tornado, no levers.
    const plain = analysisReport({ scenarios: { steady, path } });
    expect(plain.sections.map((s) => s.id)).toEqual(['summary', 'required', 'years', 'previous', 'pace', 'scenarios', 'drivers']);
    const text = renderText(report);
    for (const word of ['Azerbaijan', 'Iran', 'AzerNEWS', 'Status quo', 'targetPath', 'corridorLed', 'combined']) expect(text).not.toContain(word);
  });

  it('names the option and the valid scenarios when one does not exist', () => {
    expect(() => analysisReport({ scenarios, monteCarlo: { scenario: 'nope' } })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: analysisReport: monteCarlo.scenario must be one of steady, push, path, got "nope"]`,
    );
    expect(() => analysisReport({ scenarios, monteCarlo: false, sensitivity: { scenario: 'combined' } })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: analysisReport: sensitivity.scenario must be one of steady, push, path, got "combined"]`,
    );
    expect(() => analysisReport({ scenarios, monteCarlo: false, benchmarks: ['targetPath'] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: analysisReport: benchmarks must name scenarios (steady, push, path), got "targetPath"]`);
    const { target: _, ...untargeted } = common;
    const none = defineScenario({ ...untargeted, name: 'No target', drivers: [{ id: 'base', type: 'growth', rate: '10%' }] });
    expect(() => analysisReport({ scenarios: { none } })).toThrowErrorMatchingInlineSnapshot(`[RangeError: analysisReport: at least one scenario needs a target]`);
  });
});

describe('the default analysis comes from src/presets/', () => {
  it('is analysisReport() itself: the preset passed as options gives the same report', () => {
    const quick = { monteCarlo: false, sensitivity: false } as const;
    expect(renderText(analysisReport({ ...azerbaijanIranAnalysis.report, ...quick }))).toBe(renderText(analysisReport(quick)));
    expect(analysisReport(quick).title).toBe(azerbaijanIranAnalysis.report.title);
  });

  it('keeps its Monte Carlo and sensitivity scenarios when only runs or seed are given', () => {
    const report = analysisReport({ monteCarlo: { runs: 200, seed: 1 } });
    expect(report.sections.find((s) => s.id === 'monteCarlo')!.heading).toBe(`How uncertain: 200 simulated paths of "${presets.azerbaijanIran.combined.name}"`);
    expect(report.sections.find((s) => s.id === 'tornado')!.heading).toContain(`"${presets.azerbaijanIran.corridorLed.name}"`);
  });
});

describe('evidenceFor another pair', () => {
  let turkey: Evidence;
  beforeAll(async () => {
    // COW has zeros for Turkey–Iran before 1990 in places: the fit starts there.
    turkey = await evidenceFor({ a: 'TUR', b: 'IRN', start: '$15B', startYear: 2014, target: '$30B', targetYear: 2020, fit: { from: 1990 } });
  }, 30_000);

  it('gathers the pair asked for, with no statement of the default pair and `a` as the importer', () => {
    expect(turkey.pair).toEqual({ a: 'Turkey', b: 'Iran' });
    // Reference: pair totals of the COW CSV (test/fixtures/evidence/outside-view.json, plain Python).
    expect(turkey.history.total.points.at(-1)!.value.toNumber()).toBe(outside.pairTotals['IRN-TUR']['2014']);
    expect(turkey.reported).toEqual([]);
    expect(turkey.question.startSource).toBe('source not stated');
    // 2^(1/6) − 1.
    expect(turkey.question.required).toBeCloseTo(0.122462048309373, 14);
    expect([turkey.scale.importer.name, turkey.scale.exporter.name]).toEqual(['Turkey', 'Iran']);
  });

  it('keeps the default pair its statements and importer in either order, and takes statements given', async () => {
    const reversed = await evidenceFor({ a: 'IRN', b: 'AZE' });
    expect(reversed.reported.length).toBe(7);
    expect(reversed.scale.importer.name).toBe('Azerbaijan');
    const said = [{ period: '2019', value: 20e9, what: 'made up, for the test', reportedBy: 'nobody', source: 'this test' }];
    const withSaid = await evidenceFor({ a: 'TUR', b: 'IRN', start: '$15B', startYear: 2014, target: '$30B', targetYear: 2020, fit: { from: 1990 }, statements: async () => said });
    expect(withSaid.reported).toEqual(said);
    const report = analysisReport({ scenarios, monteCarlo: false, sensitivity: false, evidence: withSaid });
    expect(report.sections.find((s) => s.id === 'history')!.tables[1]!.rows).toEqual(said);
  });

  it('refuses statements that are neither a list nor a function', async () => {
    await expect(evidenceFor({ statements: 'none' as never })).rejects.toThrowErrorMatchingInlineSnapshot(
      `[TypeError: evidenceFor: statements must be an array of statements or a function that loads them, got "none"]`,
    );
  });
});

describe('src/report/ names no pair', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    });
  const reportDir = join(__dirname, '..', '..', '..', 'src', 'report');

  const forbidden = (): RegExp => {
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const names = [...countries().map((c) => c.name), ...Object.keys(presets.azerbaijanIran), ...Object.keys(presets), 'AzerNEWS'];
    // Codes collide with words of the code ("SVG" is El Salvador's ISO3, "BAR" Barbados' COW code): only as strings.
    const codes = countries().flatMap((c) => [c.iso3, c.cowAbb].filter((w): w is string => typeof w === 'string' && w !== ''));
    const pattern = new RegExp(`\\b(${[...new Set(names)].map(escape).join('|')})\\b|['"\`](${[...new Set(codes)].map(escape).join('|')})['"\`]`);
    return pattern;
  };

  it('has no country name or code, no preset key, no preset source', () => {
    const pattern = forbidden();
    const found = files(reportDir).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (pattern.test(line) ? [`${file.slice(reportDir.length + 1)}:${i + 1}: ${line.match(pattern)![0]}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('would find one (the check is not vacuous)', () => {
    const pattern = forbidden();
    for (const line of ["const a = 'AZE';", '// the Azerbaijan–Iran analysis', "sensitivity: 'corridorLed'", 'Turnover (AzerNEWS, 2025)', 'Trade with Turkey']) expect(pattern.test(line), line).toBe(true);
    for (const line of ['an SVG chart', 'const BAR = 4;', 'pairs of countries', 'Iranian']) expect(pattern.test(line), line).toBe(false);
  });
});
