import { project } from '../../scenario/project';
import { attribution } from '../../scenario/attribution';
import { formatAmount } from '../../money/formatAmount';
import { formatRate } from '../../money/formatRate';
import { pathsChart } from '../../report/svg/pathsChart';
import { waterfallChart } from '../../report/svg/waterfallChart';
import { htmlReport } from '../../report/analysis/htmlReport';
import { analysisReport } from '../../report/analysis/analysisReport';
import { common, format, parse } from '../args';
import type { Io } from '../io';
import { emit, writeCharts, writeHtml } from '../output';
import { scenarioArg } from '../scenarioArg';
import { UsageError } from '../UsageError';
import { checkAmountUnits, checkPlainRate } from '../unitSlips';
import { parameterTable } from '../../scenario/parameters';

export const help = `tradepath run — project a scenario exactly, year by year

Usage:
  tradepath run <scenario.json | preset:name> [--set param=value ...]

Options:
  --set <param=value>  change a parameter, e.g. --set base.rate=25% --set capacity.capacity=12B (repeatable);
                       rates take a % sign (12%; a plain number is a fraction: 0.12), amounts a unit (12B)
  --format md|csv|json the output (default md)
  --html <file>        also write the scenario's report as one HTML file
  --svg <dir>          also write its charts (path, attribution) as SVG files
`;

export function run(argv: readonly string[], io: Io): void {
  const { values, positionals } = parse('run', argv, { ...common, set: { type: 'string', multiple: true } });
  if (values.help) return io.out(help);
  if (positionals.length > 1) throw new UsageError(`run: one scenario at a time, got ${positionals.length}; use 'tradepath compare' for several`);
  const scenario = scenarioArg('run', positionals[0]);
  const overrides = Object.fromEntries(
    ((values.set as string[] | undefined) ?? []).map((pair) => {
      const at = pair.indexOf('=');
      if (at < 1) throw new UsageError(`run: --set takes param=value, got "${pair}"`);
      const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
      // An unknown name is left to project(), whose error lists the valid ones.
      const kind = parameterTable(scenario).get(name)?.kind;
      if (kind === 'rate') checkPlainRate('run', `--set ${name}`, value);
      if (kind === 'amount') checkAmountUnits('run', [{ name: `--set ${name}=`, text: value }, { name: 'the baseline', text: formatAmount(scenario.baseline.value) }]);
      return [name, value];
    }),
  );
  const p = project(scenario, { overrides });
  const ids = p.drivers.map((d) => d.id);
  const rows = p.years.map((year, i) => ({
    year,
    value: p.values[i],
    rate: i === 0 ? null : p.rates[i - 1],
    ...Object.fromEntries(ids.map((id) => [id, i === 0 ? null : p.contributions[id]![i - 1]])),
  }));
  const t = p.target;
  const lines =
    t === undefined
      ? []
      : [
          `Target ${formatAmount(t.value)} in ${t.year}: ${t.reachedIn === null ? `not reached by ${p.years[p.years.length - 1]}` : `reached in ${t.reachedIn}`}; ` +
            `gap in ${t.year} ${formatAmount(t.gap)}; required growth ${formatRate(t.requiredCagr)} a year.`,
        ];
  emit(
    io,
    format('run', values.format),
    [
      {
        title: p.scenario,
        columns: [
          { key: 'year', label: 'Year', kind: 'year' },
          { key: 'value', label: 'Value', kind: 'amount' },
          { key: 'rate', label: 'Growth', kind: 'rate' },
          ...p.drivers.map((d) => ({ key: d.id, label: d.label ?? d.id, kind: 'amount' as const })),
        ],
        rows,
      },
    ],
    p,
    lines,
  );
  writeCharts(io, values.svg as string | undefined, () => {
    const a = attribution(p);
    return {
      path: pathsChart({ title: p.scenario, series: [{ name: p.scenario, points: p.years.map((year, i) => ({ year, value: p.values[i]! })) }], ...(t ? { target: { year: t.year, value: t.value } } : {}), currency: p.currency }),
      attribution: waterfallChart({
        start: { label: String(a.from.year), value: a.from.value },
        steps: a.drivers.map((d) => ({ label: d.label, value: d.amount })),
        end: { label: String(a.to.year), value: a.to.value },
        ...(a.target ? { target: { label: `Target ${a.target.year}`, value: a.target.value } } : {}),
      }, { title: `${p.scenario}: what each driver adds`, currency: p.currency }),
    };
  });
  writeHtml(io, values.html as string | undefined, () =>
    htmlReport(analysisReport({ scenarios: { [scenario.name]: scenario }, monteCarlo: Object.keys(scenario.uncertainty).length > 0 ? {} : false, sensitivity: scenario.drivers.length >= 2 ? { scenario: scenario.name } : false })),
  );
}
