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
  tradepath run <scenario.json | preset:name> [--set param=value ...] [--component <id>]

Options:
  --set <param=value>  change a parameter, e.g. --set base.rate=25% --set railway.change=-4% (repeatable);
                       rates take a % sign (12%; a plain number is a fraction: 0.12), amounts a unit (12B)
  --component <id>     one component's path and what each driver adds to it (exports, imports, …); without it,
                       the total, with a column per component (and the balance, for exports and imports)
  --format md|csv|json the output (default md)
  --html <file>        also write the scenario's report as one HTML file
  --svg <dir>          also write its charts (path, attribution) as SVG files
`;

export function run(argv: readonly string[], io: Io): void {
  const { values, positionals } = parse('run', argv, { ...common, set: { type: 'string', multiple: true }, component: { type: 'string' } });
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
  const component = values.component as string | undefined;
  const parts = Object.keys(p.components ?? {});
  if (component !== undefined && !parts.includes(component)) {
    throw new UsageError(`run: unknown component "${component}"; ${parts.length === 0 ? 'the scenario has no components' : `components: ${parts.join(', ')}`}`);
  }
  // The path shown: the total, or one component with what each driver adds to it.
  const path = component === undefined ? p.values : p.components![component]!;
  const added = component === undefined ? p.contributions : p.componentContributions![component]!;
  const split = component === undefined ? [...parts, ...(p.balance === undefined ? [] : ['balance'])] : [];
  const rows = p.years.map((year, i) => ({
    year,
    value: path[i],
    rate: i === 0 ? null : path[i]!.div(path[i - 1]!).minus(1),
    ...Object.fromEntries(split.map((id) => [`part:${id}`, id === 'balance' ? p.balance![i] : p.components![id]![i]])),
    ...Object.fromEntries(ids.map((id) => [id, i === 0 ? null : (added[id]?.[i - 1] ?? null)])),
  }));
  const t = p.target;
  const lines =
    t === undefined
      ? []
      : [
          `${component === undefined ? '' : 'The total: '}Target ${formatAmount(t.value)} in ${t.year}: ${t.reachedIn === null ? `not reached by ${p.years[p.years.length - 1]}` : `reached in ${t.reachedIn}`}; ` +
            `gap in ${t.year} ${formatAmount(t.gap)}; required growth ${formatRate(t.requiredCagr)} a year.`,
        ];
  emit(
    io,
    format('run', values.format),
    [
      {
        title: component === undefined ? p.scenario : `${p.scenario}: ${component}`,
        columns: [
          { key: 'year', label: 'Year', kind: 'year' },
          { key: 'value', label: component === undefined ? 'Value' : component, kind: 'amount' },
          { key: 'rate', label: 'Growth', kind: 'rate' },
          ...split.map((id) => ({ key: `part:${id}`, label: id === 'balance' ? 'Balance' : id, kind: 'amount' as const })),
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
