import { tornado } from '../../sensitivity/tornado';
import { morris } from '../../sensitivity/morris';
import { sobol } from '../../sensitivity/sobol';
import type { ScenarioOutput } from '../../sensitivity/scenarioProblem';
import { tornadoChart } from '../../report/svg/tornadoChart';
import type { ValueFormat } from '../../report/svg/chartOptions';
import { common, format, parse, wholeNumber } from '../args';
import { progressReporter, type Io } from '../io';
import { emit, writeCharts } from '../output';
import { scenarioArg } from '../scenarioArg';
import { UsageError } from '../UsageError';
import { formatAmount } from '../../money/formatAmount';
import { formatRate } from '../../money/formatRate';
import type { Scenario } from '../../scenario/document';
import { parameterTable } from '../../scenario/parameters';
import { parameterLabel } from '../../report/internal/parameterLabel';

export const help = `tradepath sensitivity — which assumptions matter most

Usage:
  tradepath sensitivity <scenario.json | preset:name> [--method tornado|morris|sobol] [--output final]
                        [--component <id>]

The parameters are the scenario's "uncertainty" section; without one, every rate and amount moves ±10%.

Options:
  --method <name>      tornado (default), morris or sobol
  --output <what>      final (default: the value at the end), a year such as 2029, cagr, or yearReached
  --component <id>     analyse one component (exports, imports, …) instead of the total; with final or a year
  --n <n>              sobol: base sample size (default 1024; runs n·(k+2))
  --trajectories <n>   morris: trajectories (default 100)
  --seed <n>           morris and sobol: the seed (default 1)
  --format md|csv|json the output (default md)
  --svg <dir>          tornado: also write the chart as an SVG file
`;

export function run(argv: readonly string[], io: Io): void {
  const { values, positionals } = parse('sensitivity', argv, {
    ...common,
    method: { type: 'string' },
    output: { type: 'string' },
    n: { type: 'string' },
    trajectories: { type: 'string' },
    seed: { type: 'string' },
    component: { type: 'string' },
  });
  if (values.help) return io.out(help);
  if (positionals.length !== 1) throw new UsageError("sensitivity: name one scenario; see 'tradepath sensitivity --help'");
  if (values.html !== undefined) throw new UsageError('sensitivity: --html is for run, compare and simulate; use --svg for the chart');
  const scenario = scenarioArg('sensitivity', positionals[0]);
  const output = withComponent(outputOf(values.output as string | undefined), values.component as string | undefined);
  const problem = { scenario, output };
  const fmt = format('sensitivity', values.format);
  const seed = wholeNumber('sensitivity', 'seed', values.seed as string | undefined, 1);
  const method = (values.method as string | undefined) ?? 'tornado';
  const onProgress = progressReporter(io, method);
  const progress = onProgress ? { onProgress } : {};
  const view = outputView(scenario, output);
  const parameters = parameterTable(scenario);
  const paramText = (param: string, value: unknown) => {
    const kind = parameters.get(param)?.kind;
    const x = Number(value);
    return kind === 'rate' ? formatRate(x) : kind === 'amount' ? formatAmount(x, { currency: scenario.currency }) : String(Number(x.toPrecision(6)));
  };
  const named = { key: 'param', label: 'Parameter', kind: 'text' as const };
  const label = { key: 'label', label: 'Assumption', kind: 'text' as const };
  const labelled = <T extends { param: string }>(rows: readonly T[]) => rows.map((r) => ({ ...r, label: parameterLabel(scenario, r.param) }));
  if (method === 'tornado') {
    const t = tornado(problem);
    const columns = [
      named,
      label,
      { key: 'low', label: 'Low', align: 'right' as const, format: (v: unknown, row: Readonly<Record<string, unknown>>) => paramText(row.param as string, v) },
      { key: 'high', label: 'High', align: 'right' as const, format: (v: unknown, row: Readonly<Record<string, unknown>>) => paramText(row.param as string, v) },
      { key: 'outputLow', label: `${view.short} at low`, align: 'right' as const, format: (v: unknown) => view.text(Number(v)) },
      { key: 'outputHigh', label: `${view.short} at high`, align: 'right' as const, format: (v: unknown) => view.text(Number(v)) },
      { key: 'swing', label: 'Swing', align: 'right' as const, format: (v: unknown, row: Readonly<Record<string, unknown>>) => view.swing(Number(v), row) },
    ];
    emit(io, fmt, [{ title: `${scenario.name}: tornado of ${view.name} (at the scenario's values: ${view.text(t.base)})`, columns, rows: labelled(t.bars) }], t);
    writeCharts(io, values.svg as string | undefined, () => ({
      tornado: tornadoChart(t, {
        title: `${scenario.name}: what moves ${view.name} most`,
        label: view.axis,
        format: view.chart,
        currency: scenario.currency,
        paramFormat: paramText,
        paramLabel: (param) => parameterLabel(scenario, param),
      }),
    }));
  } else if (method === 'morris') {
    const m = morris(problem, { seed, trajectories: wholeNumber('sensitivity', 'trajectories', values.trajectories as string | undefined, 100), ...progress });
    const rows = labelled(Object.entries(m).map(([param, x]) => ({ param, ...x })).sort((a, b) => b.muStar - a.muStar));
    const effect = (key: string, title: string) => ({ key, label: title, align: 'right' as const, format: (v: unknown) => view.effect(Number(v)) });
    emit(
      io,
      fmt,
      [{ title: `${scenario.name}: Morris elementary effects on ${view.name} (each parameter across its whole range)`, columns: [named, label, effect('muStar', 'Mean |effect| (μ*)'), effect('mu', 'Mean effect (μ)'), effect('sigma', 'Spread (σ)')], rows }],
      m,
    );
  } else if (method === 'sobol') {
    const s = sobol(problem, { seed, n: wholeNumber('sensitivity', 'n', values.n as string | undefined, 1024), bootstrap: 100, ...progress });
    const rows = labelled(Object.keys(s.first).map((param) => ({ param, first: s.first[param], total: s.total[param] })));
    const share = (key: string, title: string) => ({ key, label: title, align: 'right' as const, format: (v: unknown) => Number(v).toFixed(2) });
    emit(
      io,
      fmt,
      [{ title: `${scenario.name}: Sobol' indices of ${view.name} (share of its variance; n = ${s.n}, ${s.runs} runs)`, columns: [named, label, share('first', 'Alone (first order)'), share('total', 'With interactions (total)')], rows }],
      s,
      s.warnings,
    );
  } else {
    throw new UsageError(`sensitivity: --method must be tornado, morris or sobol, got "${method}"`);
  }
}

/** How the output of the analysis reads: its name, a short column header, its values, effects and swings. */
interface OutputView {
  readonly name: string;
  readonly short: string;
  readonly axis: string;
  readonly text: (x: number) => string;
  /** How the chart's axis and labels write it: as amounts or rates with ticks to fit, or with `text`. */
  readonly chart: ValueFormat;
  readonly effect: (x: number) => string;
  readonly swing: (x: number, row: Readonly<Record<string, unknown>>) => string;
}

function outputView(scenario: Scenario, output: ScenarioOutput): OutputView {
  const end = scenario.horizon.endYear;
  const money = (x: number) => formatAmount(x, { currency: scenario.currency });
  const points = (x: number) => `${(x * 100).toFixed(2)} points`;
  if (output === 'cagr') {
    return { name: `the growth a year to ${end}`, short: 'Growth', axis: `Growth a year, ${scenario.baseline.year}–${end}`, text: (x) => formatRate(x), chart: 'rate', effect: points, swing: points };
  }
  if (output === 'yearReached') {
    const target = scenario.target === undefined ? 'the target' : formatAmount(scenario.target.value, { currency: scenario.currency });
    // A run that never reaches the target counts as endYear + 1 (see ScenarioOutput): it reads "not by <end>".
    const year = (x: number) => (x > end ? `not by ${end}` : String(Math.round(x)));
    const years = (x: number) => `${Number(x.toFixed(2))} year${x === 1 ? '' : 's'}`;
    return {
      name: `the year ${target} is reached`,
      short: 'Reached',
      axis: `Year ${target} is reached`,
      text: year,
      chart: year,
      effect: years,
      swing: (x, row) => (x === 0 ? 'none' : Number(row.outputLow) > end || Number(row.outputHigh) > end ? `at least ${years(x)}` : years(x)),
    };
  }
  const at = typeof output === 'object' && output.year !== undefined ? output.year : end;
  const of = typeof output === 'object' && output.component !== undefined ? ` of ${output.component}` : '';
  return { name: `the value${of} in ${at}`, short: String(at), axis: `Value${of} in ${at}`, text: money, chart: 'amount', effect: money, swing: (x) => money(x) };
}

/** The output for one component (`--component`): the final value or a year's; the id is checked by the analysis. */
function withComponent(output: ScenarioOutput, component: string | undefined): ScenarioOutput {
  if (component === undefined) return output;
  if (output === 'final') return { component };
  if (typeof output === 'object') return { ...output, component };
  throw new UsageError(`sensitivity: --component works with --output final or a year, got --output ${String(output)}`);
}

function outputOf(value: string | undefined): Exclude<ScenarioOutput, Function> {
  if (value === undefined || value === 'final') return 'final';
  if (value === 'cagr' || value === 'yearReached') return value;
  if (/^\d{4}$/.test(value)) return { year: Number(value) };
  throw new UsageError(`sensitivity: --output must be final, a year such as 2029, cagr or yearReached, got "${value}"`);
}
