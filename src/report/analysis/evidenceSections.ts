import type { GrowthFit, OutsideViewResult, TradeSeries, TradeSource } from '../../evidence/types';
import type { Table } from '../table';
import { evidenceChart } from '../svg/evidenceChart';
import { multiplesChart } from '../svg/multiplesChart';
import type { PathSeries } from '../svg/pathsChart';
import type { Evidence } from './evidence';
import type { ReportSection } from './report';
import { pct, say, section } from './question';

// The evidence sections, before any scenario: what happened, the trend, the outside view, earlier targets, scale.
// The CLI's history, fit and outside-view commands write the same tables and lines.

/** "Source: <title>. Cite: <citation>" for a note under a table; with `cited`, a short line that points back to it. */
export function sourceLine(source: TradeSource, cited = false): string {
  if (cited) return `Source: ${source.title} (cited above).`;
  return `Source: ${source.title}${source.url ? ` (${source.url})` : ''}.${source.citation ? ` Cite: ${source.citation}` : ''}`;
}

/** The pair's trade by year, each direction named, from the three series of `bilateral` (gaps as empty cells). */
export function historyTable(history: Evidence['history'], a: string, b: string): Table {
  const byYear = new Map<number, Record<string, unknown>>();
  const put = (s: TradeSeries, key: string) => {
    for (const p of s.points) byYear.set(p.year, { ...(byYear.get(p.year) ?? { year: p.year }), [key]: p.value });
  };
  put(history.exports, 'exports');
  put(history.imports, 'imports');
  put(history.total, 'total');
  const rows = [...byYear.values()].sort((x, y) => (x.year as number) - (y.year as number)).map((r) => ({ exports: null, imports: null, total: null, ...r }));
  return {
    columns: [
      { key: 'year', label: 'Year', kind: 'year' },
      { key: 'exports', label: `${a} exports to ${b}`, kind: 'amount' },
      { key: 'imports', label: `${a} imports from ${b}`, kind: 'amount' },
      { key: 'total', label: 'Total', kind: 'amount' },
    ],
    rows,
  };
}

/** One line that says what a series' record shows: first, peak, last, and its gaps. */
export function historyLine(total: TradeSeries, a: string, b: string): string {
  const points = total.points;
  if (points.length === 0) return `No recorded trade between ${a} and ${b}.`;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const peak = points.reduce((m, p) => (p.value.gt(m.value) ? p : m), first);
  const low = points.reduce((m, p) => (p.value.lt(m.value) ? p : m), first);
  return (
    `${a}–${b} trade as recorded for ${first.year}–${last.year}: ${say(first.value)} in ${first.year}, ` +
    `a high of ${say(peak.value)} (${peak.year}), a low of ${say(low.value)} (${low.year}), ${say(last.value)} in ${last.year}.` +
    (total.gaps.length > 0 ? ` No total for ${total.gaps.join(', ')} (a flow is missing): gaps, not zeros.` : '')
  );
}

/** The fits as a table, with the growth the target requires as the last row. */
export function fitTable(fits: readonly GrowthFit[], required?: { rate: number; label: string }): Table {
  const rows: Record<string, unknown>[] = fits.map((f) => ({
    method: f.method === 'log-linear' ? 'Log-linear trend (Newey–West)' : 'Random walk with drift',
    rate: f.rate,
    interval: `${pct(f.interval.low)} to ${pct(f.interval.high)}`,
    volatility: f.volatility,
    window: `${f.from}–${f.to}`,
    n: f.n,
  }));
  if (required) rows.push({ method: required.label, rate: required.rate, interval: '', volatility: null, window: '', n: null });
  return {
    columns: [
      { key: 'method', label: 'Method' },
      { key: 'rate', label: 'Growth a year', kind: 'rate', format: (v) => pct(v as number) },
      { key: 'interval', label: '95% interval', align: 'right' },
      { key: 'volatility', label: 'Volatility (log)', kind: 'number', format: (v) => (v === null ? '' : (v as number).toFixed(3)) },
      { key: 'window', label: 'Years', align: 'right' },
      { key: 'n', label: 'n', kind: 'number' },
    ],
    rows,
  };
}

/** "9 of 22,092 cases (0.04%; 95% Wilson interval 0.02%–0.08%) grew ×17.24 or more in 5 years." and what a case is. */
export function outsideLines(view: OutsideViewResult): string[] {
  const m = view.multiple.toFixed(2);
  return [
    `${view.hits.toLocaleString('en-US')} of ${view.cases.toLocaleString('en-US')} cases grew ×${m} or more in ${view.years} years: ` +
      `${pct(view.rate.estimate, 2)} (95% Wilson interval ${pct(view.rate.low, 2)} to ${pct(view.rate.high, 2)}).`,
    `A case is a pair of countries and a start year from ${view.startYears.from} to ${view.startYears.to} whose total trade was ` +
      `${say(view.band.min)} or more and under ${say(view.band.max)}, with both flows known then and ${view.years} years later` +
      `${view.smoothed ? ' (COW smoothed flows)' : ''}.`,
  ];
}

/** Every hit of the outside view, largest multiple first. */
export function outsideTable(view: OutsideViewResult): Table {
  return {
    columns: [
      { key: 'pair', label: 'Pair' },
      { key: 'startYear', label: 'Start year', kind: 'year' },
      { key: 'start', label: 'Trade then', kind: 'amount' },
      { key: 'end', label: `${view.years} years later`, kind: 'amount' },
      { key: 'multiple', label: 'Multiple', kind: 'number', format: (v) => `×${(v as number).toFixed(1)}` },
    ],
    rows: view.examples.map((e) => ({ pair: `${e.pair.a}–${e.pair.b}`, startYear: e.startYear, start: e.start, end: e.end, multiple: e.multiple })),
  };
}

/** The evidence as report sections, in reading order; `scenarios` adds their paths, up to the target year, to the history chart. */
export function evidenceSections(ev: Evidence, scenarios: readonly PathSeries[] = []): ReportSection[] {
  const { a, b } = ev.pair;
  const q = ev.question;
  const years = q.targetYear - q.startYear;
  const cow = ev.history.total.source;
  const statements = ev.reported.filter((s) => s.value !== null);
  const history = section('history', `What ${a}–${b} trade has done`, {
    text: [
      historyLine(ev.history.total, a, b),
      `${q.startYear}: ${say(q.start)} (${q.startSource}). The target, ${say(q.target)} by ${q.targetYear}, is ` +
        `${(q.target / q.start).toFixed(2)} times that, and ${(q.target / Math.max(...ev.history.total.points.map((p) => p.value.toNumber()))).toFixed(1)} times the highest total on record.`,
    ],
    tables: [
      { ...historyTable(ev.history, a, b), title: `${a}–${b} trade by year, USD (Correlates of War)` },
      ...(statements.length > 0
        ? [
            {
              title: `After ${ev.history.total.points.at(-1)?.year ?? 'the record'}: figures officials stated (coverage and calendars differ: not one series)`,
              columns: [
                { key: 'period', label: 'Period' },
                { key: 'value', label: 'Stated', kind: 'amount' as const },
                { key: 'what', label: 'What' },
                { key: 'reportedBy', label: 'Reported by' },
              ],
              rows: statements,
            },
          ]
        : []),
    ],
    notes: [sourceLine(cow), ...(statements.length > 0 ? [`Statements: press reports of officials; each row's URL is in the JSON output.`] : [])],
    charts: () => [
      evidenceChart(
        {
          history: [
            { name: 'Total', points: ev.history.total.points },
            { name: `${a} exports to ${b}`, points: ev.history.exports.points },
            { name: `${a} imports from ${b}`, points: ev.history.imports.points },
            ...(statements.length > 0 ? [{ name: 'Stated by officials', points: statements.flatMap((s) => statementPoint(s)) }] : []),
          ].filter((s) => s.points.length > 0),
          baseline: { year: q.startYear, value: q.start },
          target: { year: q.targetYear, value: q.target },
          scenarios: scenarios.map((p) => ({ name: p.name, points: p.points.filter((point) => point.year <= q.targetYear) })),
          sources: [cow.title, ...(statements.length > 0 ? ['officials quoted in the press (table below)'] : []), `${q.startYear}: ${q.startSource}`],
        },
        { title: `${a}–${b} trade: the record, the required path${scenarios.length > 0 ? ' and the scenarios' : ''}` },
      ),
    ],
  });

  const { logLinear, drift } = ev.fits;
  const above = (Math.log1p(q.required) - Math.log1p(logLinear.rate)) / logLinear.se;
  const trend = section('trend', `The trend against the ${pct(q.required, 2)} a year the target requires`, {
    text: [
      `Fitted to the total over ${logLinear.from}–${logLinear.to}, trade grew ${pct(logLinear.rate)} a year ` +
        `(95% interval ${pct(logLinear.interval.low)} to ${pct(logLinear.interval.high)}); as a random walk with drift, ${pct(drift.rate)} ` +
        `(${pct(drift.interval.low)} to ${pct(drift.interval.high)}).`,
      `Reaching ${say(q.target)} by ${q.targetYear} takes ${pct(q.required, 2)} a year for ${years} years` +
        (Number.isFinite(above) && above > 0 ? `: ${above.toFixed(1)} standard errors above the fitted trend.` : '.'),
    ],
    tables: [fitTable([logLinear, drift], { rate: q.required, label: `Required: ${say(q.start)} → ${say(q.target)}, ${q.startYear}–${q.targetYear}` })],
    notes: [
      'Log-linear: OLS of ln(value) on year, Newey–West standard error; drift: mean of year-on-year log changes over consecutive years. Volatility is on the log scale.',
      sourceLine(cow, true),
    ],
  });

  const view = ev.outside;
  const outside = section('outside', `The outside view: how often has trade grown ×${view.multiple.toFixed(2)} in ${view.years} years?`, {
    text: outsideLines(view),
    tables: view.examples.length > 0 ? [{ ...outsideTable(view), title: `The ${view.hits} cases that did` }] : [],
    notes: [sourceLine(view.source, view.source.title === cow.title)],
    charts: () => [
      multiplesChart(
        { multiples: ev.multiples, target: view.multiple, years: view.years, sources: [`${view.source.title}; cases as in the text`] },
        { title: `${view.years}-year growth multiples of pairs trading ${say(view.band.min)}–${say(view.band.max)}` },
      ),
    ],
  });

  const targets = section('targets', 'Earlier official targets, and what became of them', {
    tables: [
      {
        columns: [
          { key: 'pair', label: 'Pair' },
          { key: 'announced', label: 'Set' },
          { key: 'target', label: 'Target', kind: 'amount' },
          { key: 'by', label: 'By', align: 'right' },
          { key: 'then', label: 'Trade then', align: 'right' },
          { key: 'required', label: 'Growth it needed', align: 'right' },
          { key: 'outcome', label: 'What happened', align: 'right' },
          { key: 'achieved', label: 'Growth achieved', align: 'right' },
        ],
        rows: ev.targets.map((t) => ({
          pair: t.pair,
          announced: t.announced,
          target: t.target,
          by: t.byYear === null ? 'no year' : String(t.byYear),
          then: `${say(t.whenSet.value)} (${t.whenSet.year})`,
          required: t.requiredGrowth === null ? '' : `${pct(t.requiredGrowth)} a year`,
          outcome:
            t.outcome === null
              ? 'not known'
              : `${say(t.outcome.value)} (${t.outcome.year}${t.outcome.kind === 'statement' ? ', stated' : ''})${t.shareOfTarget === null ? '' : `, ${pct(t.shareOfTarget, 0)} of it`}`,
          achieved: t.achievedGrowth === null ? '' : `${pct(t.achievedGrowth)} a year`,
        })),
      },
    ],
    notes: [
      ...ev.targets.map((t) => `${t.pair}, ${t.announced}: ${t.note}`),
      'Targets: press reports of official statements (each source in the JSON output); "stated": an official\'s figure, not a recorded one.',
    ],
  });

  const s = ev.scale;
  const scale = section('scale', `How big ${say(q.target)} is`, {
    text: [
      `In ${s.year}, ${say(q.target)} would have been ${pct(s.importer.share, 0)} of ${s.importer.name}'s total imports (${say(s.importer.total)}) ` +
        `and ${pct(s.exporter.share, 0)} of ${s.exporter.name}'s total exports (${say(s.exporter.total)}).`,
    ],
    notes: [sourceLine(s.source, s.source.title === cow.title)],
  });
  return [history, trend, outside, targets, scale];
}

/** A statement as a point in the middle year of its period, when it has a value. */
function statementPoint(s: { period: string; value: number | null }): { year: number; value: number }[] {
  const years = [...s.period.matchAll(/\b(\d{4})\b/g)].map((m) => Number(m[1]));
  if (s.value === null || years.length === 0) return [];
  return [{ year: Math.round((Math.min(...years) + Math.max(...years)) / 2), value: s.value }];
}
