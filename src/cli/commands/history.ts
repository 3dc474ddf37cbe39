import { loadHistory } from '../../internal/loadHistory';
import { historyLine, historyTable, sourceLine } from '../../report/analysis/evidenceSections';
import { evidenceChart } from '../../report/svg/evidenceChart';
import { format, parse } from '../args';
import type { Io } from '../io';
import { emit, writeCharts } from '../output';
import { UsageError } from '../UsageError';

export const help = `tradepath history — the recorded trade of two countries, each direction and the total

Usage:
  tradepath history AZE IRN [--format md|csv|json] [--svg <dir>]

Countries by ISO3 code (first), Correlates of War code (373) or English name ("Azerbaijan"). The data are the
Correlates of War dyadic trade panel v4.0 (1870–2014), in current US dollars; a year with a flow missing is a gap.

Options:
  --format md|csv|json   the output (default md)
  --svg <dir>            write history.svg, the chart of the pair's trade on a log scale
`;

export async function run(argv: readonly string[], io: Io): Promise<void> {
  const { values, positionals } = parse('history', argv, { format: { type: 'string' }, svg: { type: 'string' } });
  if (values.help) return io.out(help);
  const fmt = format('history', values.format);
  if (positionals.length !== 2) throw new UsageError(`history: give two countries, e.g. tradepath history AZE IRN; got ${positionals.length}`);
  const [qa, qb] = positionals.map((p) => (/^\d+$/.test(p) ? Number(p) : p)) as [string | number, string | number];
  // The bundled data load only here, when the command runs, through the package's own 'tradepath/history' entry.
  const history = await loadHistory();
  const a = history.findCountry(qa);
  const b = history.findCountry(qb);
  const trade = await history.bilateral(qa, qb);
  const table = { ...historyTable(trade, a.name, b.name), title: `${a.name}–${b.name} trade by year, current USD` };
  const isSeed = new Set([a.iso3, b.iso3]).size === 2 && [a.iso3, b.iso3].includes('AZE') && [a.iso3, b.iso3].includes('IRN');
  const statements = isSeed ? history.reportedStatements() : [];
  const source = trade.total.source;
  const lines = [historyLine(trade.total, a.name, b.name), '', sourceLine(source)];
  if (statements.length > 0) {
    lines.push(
      '',
      `After ${trade.total.points.at(-1)?.year}, only officials' statements exist (coverage and calendars differ; not one series):`,
      ...statements.map((s) => `- ${s.period}: ${s.value === null ? 'no figure' : `$${(s.value / 1e6).toLocaleString('en-US')}M`}, ${s.what} (${s.reportedBy}; ${s.source})`),
    );
  }
  emit(io, fmt, [table], { a, b, total: trade.total, exports: trade.exports, imports: trade.imports, reported: statements }, lines);
  writeCharts(io, values.svg, () => ({
    history: evidenceChart(
      {
        history: [
          { name: 'Total', points: trade.total.points },
          { name: `${a.name} exports to ${b.name}`, points: trade.exports.points },
          { name: `${a.name} imports from ${b.name}`, points: trade.imports.points },
        ].filter((s) => s.points.length > 0),
        sources: [source.title],
      },
      { title: `${a.name}–${b.name} trade, as recorded` },
    ),
  }));
}
