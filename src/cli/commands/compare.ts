import { compare } from '../../scenario/compare';
import { project } from '../../scenario/project';
import { pathsChart } from '../../report/svg/pathsChart';
import { htmlReport } from '../../report/analysis/htmlReport';
import { analysisReport } from '../../report/analysis/analysisReport';
import type { Scenario } from '../../scenario/document';
import { common, format, parse } from '../args';
import type { Io } from '../io';
import { emit, writeCharts, writeHtml } from '../output';
import { scenarioArg } from '../scenarioArg';
import { UsageError } from '../UsageError';

export const help = `tradepath compare — several scenarios side by side

Usage:
  tradepath compare <a.json> <b.json> ... [--year 2029]
  tradepath compare preset:statusQuo preset:corridorLed

Options:
  --year <year>        compare in this year (default each scenario's target year)
  --format md|csv|json the output (default md)
  --html <file>        also write the analysis of these scenarios as one HTML file
  --svg <dir>          also write the chart of their paths as an SVG file
`;

export function run(argv: readonly string[], io: Io): void {
  const { values, positionals } = parse('compare', argv, { ...common, year: { type: 'string' } });
  if (values.help) return io.out(help);
  if (positionals.length === 0) throw new UsageError("compare: name the scenarios to compare; see 'tradepath compare --help'");
  const scenarios: Scenario[] = positionals.map((arg) => scenarioArg('compare', arg));
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !Number.isInteger(year)) throw new UsageError(`compare: --year must be a year like 2029, got "${String(values.year)}"`);
  const rows = compare(scenarios, year === undefined ? {} : { year });
  emit(
    io,
    format('compare', values.format),
    [
      {
        columns: [
          { key: 'scenario', label: 'Scenario' },
          { key: 'year', label: 'Year', kind: 'year' },
          { key: 'value', label: 'Value', kind: 'amount' },
          { key: 'cagr', label: 'Growth a year', kind: 'rate' },
          { key: 'target', label: 'Target', kind: 'amount' },
          { key: 'reachedIn', label: 'Reached in', kind: 'year' },
          { key: 'gap', label: 'Gap', kind: 'amount' },
          { key: 'finalValue', label: 'At the end', kind: 'amount' },
        ],
        rows,
      },
    ],
    rows,
  );
  const byName = Object.fromEntries(scenarios.map((s) => [s.name, s]));
  writeCharts(io, values.svg as string | undefined, () => ({
    paths: pathsChart({
      title: 'Scenarios compared',
      series: scenarios.map((s) => {
        const p = project(s);
        return { name: s.name, points: p.years.map((y, i) => ({ year: y, value: p.values[i]! })) };
      }),
      ...(scenarios[0]?.target ? { target: { year: scenarios[0].target.year, value: scenarios[0].target.value } } : {}),
      logScale: true,
    }),
  }));
  writeHtml(io, values.html as string | undefined, () => htmlReport(analysisReport({ scenarios: byName })));
}
