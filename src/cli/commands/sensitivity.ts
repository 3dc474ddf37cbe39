import { tornado } from '../../sensitivity/tornado';
import { morris } from '../../sensitivity/morris';
import { sobol } from '../../sensitivity/sobol';
import type { ScenarioOutput } from '../../sensitivity/scenarioProblem';
import { tornadoChart } from '../../report/svg/tornadoChart';
import { common, format, parse, wholeNumber } from '../args';
import { progressReporter, type Io } from '../io';
import { emit, writeCharts } from '../output';
import { scenarioArg } from '../scenarioArg';
import { UsageError } from '../UsageError';

export const help = `tradepath sensitivity — which assumptions matter most

Usage:
  tradepath sensitivity <scenario.json | preset:name> [--method tornado|morris|sobol] [--output final]

The parameters are the scenario's "uncertainty" section; without one, every rate and amount moves ±10%.

Options:
  --method <name>      tornado (default), morris or sobol
  --output <what>      final (default: the value at the end), a year such as 2029, cagr, or yearReached
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
  });
  if (values.help) return io.out(help);
  if (positionals.length !== 1) throw new UsageError("sensitivity: name one scenario; see 'tradepath sensitivity --help'");
  if (values.html !== undefined) throw new UsageError('sensitivity: --html is for run, compare and simulate; use --svg for the chart');
  const scenario = scenarioArg('sensitivity', positionals[0]);
  const output = outputOf(values.output as string | undefined);
  const problem = { scenario, output };
  const fmt = format('sensitivity', values.format);
  const seed = wholeNumber('sensitivity', 'seed', values.seed as string | undefined, 1);
  const method = (values.method as string | undefined) ?? 'tornado';
  const onProgress = progressReporter(io, method);
  const progress = onProgress ? { onProgress } : {};
  if (method === 'tornado') {
    const t = tornado(problem);
    emit(io, fmt, [{ title: `${scenario.name}: tornado (base ${t.base.toPrecision(6)})`, columns: cols(['param', 'low', 'high', 'outputLow', 'outputHigh', 'swing']), rows: t.bars }], t);
    writeCharts(io, values.svg as string | undefined, () => ({ tornado: tornadoChart(t, { title: `${scenario.name}: tornado` }) }));
  } else if (method === 'morris') {
    const m = morris(problem, { seed, trajectories: wholeNumber('sensitivity', 'trajectories', values.trajectories as string | undefined, 100), ...progress });
    const rows = Object.entries(m).map(([param, x]) => ({ param, ...x })).sort((a, b) => b.muStar - a.muStar);
    emit(io, fmt, [{ title: `${scenario.name}: Morris elementary effects`, columns: cols(['param', 'muStar', 'mu', 'sigma']), rows }], m);
  } else if (method === 'sobol') {
    const s = sobol(problem, { seed, n: wholeNumber('sensitivity', 'n', values.n as string | undefined, 1024), bootstrap: 100, ...progress });
    const rows = Object.keys(s.first).map((param) => ({ param, first: s.first[param], total: s.total[param] }));
    emit(io, fmt, [{ title: `${scenario.name}: Sobol' indices (n = ${s.n}, ${s.runs} runs)`, columns: cols(['param', 'first', 'total']), rows }], s, s.warnings);
  } else {
    throw new UsageError(`sensitivity: --method must be tornado, morris or sobol, got "${method}"`);
  }
}

function cols(keys: readonly string[]) {
  return keys.map((key) => ({ key, label: key, ...(key === 'param' ? {} : { kind: 'number' as const }) }));
}

function outputOf(value: string | undefined): ScenarioOutput {
  if (value === undefined || value === 'final') return 'final';
  if (value === 'cagr' || value === 'yearReached') return value;
  if (/^\d{4}$/.test(value)) return { year: Number(value) };
  throw new UsageError(`sensitivity: --output must be final, a year such as 2029, cagr or yearReached, got "${value}"`);
}
