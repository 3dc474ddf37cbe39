import { readFileSync } from 'node:fs';
import { fitGrowth } from '../../evidence/fitGrowth';
import { parseTradeCsv } from '../../evidence/parseTradeCsv';
import type { FitMethod, GrowthFit, TradeSeries } from '../../evidence/types';
import { formatRate } from '../../money/formatRate';
import { sourceLine } from '../../report/analysis/evidenceSections';
import { evidenceChart } from '../../report/svg/evidenceChart';
import { format, parse } from '../args';
import type { Io } from '../io';
import { emit, writeCharts } from '../output';
import { UsageError } from '../UsageError';

export const help = `tradepath fit — the growth a year fitted to each trade series of a CSV file

Usage:
  tradepath fit <file.csv> [--layout long|comtrade|cow-dyadic] [--method log-linear|drift] [--from 1992] [--to 2014]

Layouts: long (year,value[,reporter,partner,flow]), comtrade (UN Comtrade's CSV download columns), cow-dyadic (the
Correlates of War layout); detected from the header when left out. Values are read as USD.

Options:
  --method log-linear|drift  OLS of ln(value) on year with Newey–West errors (default), or a random walk with drift
  --from <year>, --to <year> the years to fit, inclusive (default all)
  --format md|csv|json       the output (default md)
  --svg <dir>                write fit.svg: the series on a log scale, each named with its fitted growth
`;

const LAYOUTS = ['long', 'comtrade', 'cow-dyadic'] as const;
const METHODS: readonly FitMethod[] = ['log-linear', 'drift'];

export function run(argv: readonly string[], io: Io): void {
  const { values, positionals } = parse('fit', argv, {
    layout: { type: 'string' },
    method: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    format: { type: 'string' },
    svg: { type: 'string' },
  });
  if (values.help) return io.out(help);
  const fmt = format('fit', values.format);
  if (positionals.length !== 1) throw new UsageError(`fit: give one CSV file, got ${positionals.length}; see 'tradepath fit --help'`);
  const file = positionals[0]!;
  const layout = values.layout;
  if (layout !== undefined && !(LAYOUTS as readonly string[]).includes(layout)) {
    throw new UsageError(`fit: --layout must be long, comtrade or cow-dyadic, got "${layout}"`);
  }
  const method = (values.method ?? 'log-linear') as FitMethod;
  if (!METHODS.includes(method)) throw new UsageError(`fit: --method must be log-linear or drift, got "${values.method}"`);
  const from = year('from', values.from);
  const to = year('to', values.to);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}`);
  }
  const series = parseTradeCsv(text, layout === undefined ? {} : { layout: layout as (typeof LAYOUTS)[number] });
  const results = series.map((s) => {
    try {
      return { series: s, fit: fitGrowth(s, { method, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) }) as GrowthFit, error: null };
    } catch (error) {
      if (error instanceof RangeError) return { series: s, fit: null, error: error.message };
      throw error;
    }
  });
  if (results.length > 0 && results.every((r) => r.fit === null)) throw new UsageError(`fit: no series of ${file} could be fitted: ${results[0]!.error}`);
  const rows = results.map(({ series: s, fit, error }) => ({
    series: nameOf(s),
    rate: fit?.rate ?? null,
    low: fit?.interval.low ?? null,
    high: fit?.interval.high ?? null,
    volatility: fit?.volatility ?? null,
    se: fit?.se ?? null,
    from: fit?.from ?? null,
    to: fit?.to ?? null,
    n: fit?.n ?? null,
    gaps: s.gaps.length,
    note: error ?? '',
  }));
  const rate = (v: unknown) => (v === null ? '' : formatRate(v as number));
  const table = {
    title: `Growth fitted to ${file} (${method === 'drift' ? 'random walk with drift' : 'log-linear trend, Newey–West standard errors'})`,
    columns: [
      { key: 'series', label: 'Series' },
      { key: 'rate', label: 'Growth a year', kind: 'rate' as const, format: rate },
      { key: 'low', label: '95% low', kind: 'rate' as const, format: rate },
      { key: 'high', label: '95% high', kind: 'rate' as const, format: rate },
      { key: 'volatility', label: 'Volatility (log)', kind: 'number' as const, format: (v: unknown) => (v === null ? '' : (v as number).toFixed(4)) },
      { key: 'from', label: 'From', kind: 'year' as const },
      { key: 'to', label: 'To', kind: 'year' as const },
      { key: 'n', label: 'n', kind: 'number' as const },
      { key: 'gaps', label: 'Gaps', kind: 'number' as const },
      ...(rows.some((r) => r.note !== '') ? [{ key: 'note', label: 'Not fitted' }] : []),
    ],
    rows,
  };
  const sources = [...new Set(series.map((s) => sourceLine(s.source)))];
  emit(io, fmt, [table], results.map((r) => ({ series: { reporter: r.series.reporter, partner: r.series.partner ?? null, flow: r.series.flow, source: r.series.source, gaps: r.series.gaps }, fit: r.fit, error: r.error })), sources);
  writeCharts(io, values.svg, () => ({
    fit: evidenceChart(
      {
        history: results
          .filter((r) => r.series.points.some((p) => p.value.gt(0)))
          .map((r) => ({ name: `${nameOf(r.series)}${r.fit ? `: ${formatRate(r.fit.rate)} a year fitted` : ''}`, points: r.series.points })),
        sources: [...new Set(series.map((s) => s.source.title))],
      },
      { title: `Trade series of ${file.split(/[\\/]/).at(-1)} and their fitted growth` },
    ),
  }));
}

function nameOf(s: TradeSeries): string {
  return `${s.reporter}${s.partner ? `–${s.partner}` : ''} ${s.flow}`;
}

function year(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw new UsageError(`fit: --${name} must be a year like 1992, got "${value}"`);
  return Number(value);
}
