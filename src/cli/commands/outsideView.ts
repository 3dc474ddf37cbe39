import { caseMultiples } from '../../evidence/caseMultiples';
import { bundledDyadicPanel } from '../../evidence/bundledHistory';
import { outsideView } from '../../evidence/outsideView';
import { outsideLines, outsideTable, sourceLine } from '../../report/analysis/evidenceSections';
import { multiplesChart } from '../../report/svg/multiplesChart';
import { format, parse } from '../args';
import type { Io } from '../io';
import { emit, writeCharts } from '../output';
import { UsageError } from '../UsageError';

export const help = `tradepath outside-view — how often pairs of countries of a similar size grew that fast

Usage:
  tradepath outside-view --from 580M --to 10B --years 5 [--band 300M-1B] [--start-years 1990-2009] [--smoothed]

Counts, in the Correlates of War dyadic trade panel (1870–2014), every pair and start year whose total trade was
in the band and known again --years later, and how many of them grew by --to / --from or more.

Options:
  --from <amount>          today's trade of the pair ($580M, 580e6, "580 million")
  --to <amount>            the target
  --years <n>              years to reach it (a whole number)
  --band <min>-<max>       start values that count as a similar size, [min, max); default [from/2, 2·from)
  --start-years <a>-<b>    start years to count, inclusive (or one year); default all the panel allows
  --smoothed               COW's smoothed flows instead of the raw ones
  --format md|csv|json     the output (default md; csv: the cases that grew that fast)
  --svg <dir>              write multiples.svg, the histogram of every case's multiple
`;

export async function run(argv: readonly string[], io: Io): Promise<void> {
  const { values, positionals } = parse('outside-view', argv, {
    from: { type: 'string' },
    to: { type: 'string' },
    years: { type: 'string' },
    band: { type: 'string' },
    'start-years': { type: 'string' },
    smoothed: { type: 'boolean' },
    format: { type: 'string' },
    svg: { type: 'string' },
  });
  if (values.help) return io.out(help);
  if (positionals.length > 0) throw new UsageError(`outside-view: unexpected argument "${positionals[0]}"; see 'tradepath outside-view --help'`);
  const fmt = format('outside-view', values.format);
  if (values.from === undefined || values.to === undefined || values.years === undefined) {
    throw new UsageError('outside-view: give --from, --to and --years, e.g. --from 580M --to 10B --years 5');
  }
  if (!/^\d+$/.test(values.years)) throw new UsageError(`outside-view: --years must be a whole number, got "${values.years}"`);
  const years = Number(values.years);
  const band = values.band === undefined ? undefined : bandOf(values.band);
  const span = values['start-years'] === undefined ? undefined : startYearsOf(values['start-years']);
  const args = {
    start: values.from,
    target: values.to,
    years,
    ...(band ? { band } : {}),
    ...(span ? span : {}),
    smoothed: values.smoothed === true,
  };
  const view = await outsideView(args);
  const lines = [...outsideLines(view), '', sourceLine(view.source)];
  const table = { ...outsideTable(view), title: `Outside view: ${view.hits} of ${view.cases.toLocaleString('en-US')} cases grew ×${view.multiple.toFixed(2)} or more in ${years} years` };
  if (fmt === 'md') {
    io.out(`${lines.slice(0, 2).join('\n')}\n\n`);
    emit(io, fmt, view.examples.length > 0 ? [table] : [], view, lines.slice(3));
  } else {
    emit(io, fmt, [table], view);
  }
  if (values.svg !== undefined) {
    // The same cases as outsideView: its band and start years, on the same panel.
    const multiples = caseMultiples({ start: values.from, years, band: view.band, from: view.startYears.from, to: view.startYears.to, smoothed: view.smoothed, panel: await bundledDyadicPanel() });
    writeCharts(io, values.svg, () => ({ multiples: multiplesChart({ multiples, target: view.multiple, years, sources: [view.source.title] }) }));
  }
}

/** `300M-1B` → { min: '300M', max: '1B' }: amounts hold no hyphen, so the one hyphen splits them. */
function bandOf(text: string): { min: string; max: string } {
  const m = /^([^-]+)-([^-]+)$/.exec(text.trim());
  if (!m) throw new UsageError(`outside-view: --band must be <min>-<max>, e.g. 300M-1B, got "${text}"`);
  return { min: m[1]!.trim(), max: m[2]!.trim() };
}

/** `1990-2009` → { from: 1990, to: 2009 }; `1995` → { from: 1995, to: 1995 }. */
function startYearsOf(text: string): { from: number; to: number } {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(text.trim());
  if (!m) throw new UsageError(`outside-view: --start-years must be <first>-<last>, e.g. 1990-2009, got "${text}"`);
  return { from: Number(m[1]), to: Number(m[2] ?? m[1]) };
}
