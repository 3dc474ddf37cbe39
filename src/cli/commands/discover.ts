import { discover } from '../../sensitivity/discover';
import { discoverySummary } from '../../report/discoverySummary';
import { plausibility } from '../../sensitivity/plausibility';
import { simulate } from '../../simulation/simulate';
import { tradeoffChart } from '../../report/svg/tradeoffChart';
import { boxScatterChart } from '../../report/svg/boxScatterChart';
import type { DistributionDocumentInput } from '../../uncertainty/distributions/document';
import { common, format, parse, wholeNumber } from '../args';
import { progressReporter, type Io } from '../io';
import { emit, writeCharts } from '../output';
import { scenarioArg } from '../scenarioArg';
import { UsageError } from '../UsageError';
import { parameterLabel } from '../../report/internal/parameterLabel';
import { baseDriver } from '../../scenario/baseDriver';

export const help = `tradepath discover — under which assumptions is the target reached (PRIM scenario discovery)

Usage:
  tradepath discover <scenario.json | preset:name> [--runs 10000] [--seed 1] [--year 2029]

Runs a Latin hypercube over the scenario's uncertain parameters, marks the runs that reach the target by the year,
and finds the box of assumptions inside which most runs reach it: "what would have to be true".

Options:
  --runs <n>           runs of the experiment (default 10000)
  --seed <n>           the seed (default 1)
  --year <year>        reach the target by this year (default the target year)
  --format md|csv|json the output (default md; csv: the coverage–density trade-off)
  --svg <dir>          also write the trade-off curve and the runs over the two most telling parameters
`;

export function run(argv: readonly string[], io: Io): void {
  const { values, positionals } = parse('discover', argv, { ...common, runs: { type: 'string' }, seed: { type: 'string' }, year: { type: 'string' } });
  if (values.help) return io.out(help);
  if (positionals.length !== 1) throw new UsageError("discover: name one scenario; see 'tradepath discover --help'");
  if (values.html !== undefined) throw new UsageError('discover: --html is not available here; use --svg for the charts');
  const scenario = scenarioArg('discover', positionals[0]);
  if (scenario.target === undefined) throw new UsageError(`discover: "${scenario.name}" has no target to reach`);
  if (Object.keys(scenario.uncertainty).length === 0) throw new UsageError(`discover: "${scenario.name}" has no uncertainty section: nothing to discover over`);
  const runs = wholeNumber('discover', 'runs', values.runs as string | undefined, 10_000);
  const seed = wholeNumber('discover', 'seed', values.seed as string | undefined, 1);
  const year = values.year === undefined ? scenario.target.year : wholeNumber('discover', 'year', values.year as string, 0);
  const onProgress = progressReporter(io, 'discovering');
  const result = discover(scenario, { runs, seed, year, ...(onProgress ? { onProgress } : {}) });
  const fmt = format('discover', values.format);
  const base = baseDriver(scenario);
  const check =
    base === undefined
      ? undefined
      : plausibility({
          start: scenario.baseline.value,
          target: scenario.target.value,
          baselineYear: scenario.baseline.year,
          targetYear: year,
          episodes: [{ label: `the scenario's base growth ("${base.driver.label ?? base.driver.id}")`, rate: base.rate }],
        });
  if (fmt === 'md') {
    io.out(`${discoverySummary(result, { format: 'markdown' })}\n${check === undefined ? '' : `\n**Plausibility.** ${check.verdict}\n`}`);
  } else {
    const rows = result.tradeoff.map((t, i) => ({ box: i, chosen: i === result.chosen, ...t }));
    emit(io, fmt, [{ columns: ['box', 'chosen', 'coverage', 'density', 'mass'].map((key) => ({ key })), rows }], { ...result, plausibility: check });
  }
  // With no hit (or only hits) there is no box: PRIM's one "box" is everything sampled, and its trade-off curve is
  // a single point. Neither is drawn; the runs are, with the question answered in the title.
  const boxFound = result.hits > 0 && result.hits < result.runs;
  if (values.svg !== undefined && !boxFound) {
    io.err(`tradepath: discover: ${result.hits === 0 ? 'none of the runs' : 'all the runs'} ${result.question}, so there is no box and no trade-off chart; writing the runs only\n`);
  }
  writeCharts(io, values.svg as string | undefined, () => {
    const charts: Record<string, string> = boxFound ? { tradeoff: tradeoffChart({ points: result.tradeoff, chosen: result.chosen }, { title: `${scenario.name}: ${result.question}` }) } : {};
    const [a, b] = result.features;
    if (a !== undefined && b !== undefined) {
      // The same seed, sampler and distributions give the very runs discover looked at.
      const sim = simulate(scenario, { runs, seed, sampler: result.settings.sampler, uncertain: result.settings.uncertain as Record<string, DistributionDocumentInput> });
      const yearIndex = year - scenario.baseline.year;
      const hits = Array.from(sim.firstHitIndex(), (h) => (h >= 0 && h <= yearIndex ? 1 : 0));
      const box = result.boxes[result.chosen]!.limits;
      const axis = (param: string) => ({ param, label: parameterLabel(scenario, param), values: sim.inputsOf(param), format: result.kinds[param] === 'rate' ? ('rate' as const) : result.kinds[param] === 'amount' ? ('amount' as const) : ('number' as const) });
      charts.box = boxScatterChart(
        { x: axis(a.param), y: axis(b.param), hits, ...(boxFound ? { box: { ...(box[a.param] ? { x: box[a.param] } : {}), ...(box[b.param] ? { y: box[b.param] } : {}) } } : {}) },
        { title: boxFound ? `${scenario.name}: runs that ${result.question}` : `${scenario.name}: ${result.hits === 0 ? 'none of the runs' : 'all the runs'} ${result.question}` },
      );
    }
    return charts;
  });
}
