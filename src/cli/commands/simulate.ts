import { formatAmount } from '../../money/formatAmount';
import { boundText, formatProbability } from '../../uncertainty/stats/formatProbability';
import { simulate } from '../../simulation/simulate';
import { fanChart } from '../../report/svg/fanChart';
import { htmlReport } from '../../report/analysis/htmlReport';
import { analysisReport } from '../../report/analysis/analysisReport';
import type { SamplerName } from '../../uncertainty/samplers/unitSample';
import { common, format, parse, wholeNumber } from '../args';
import { progressReporter, type Io } from '../io';
import { emit, writeCharts, writeHtml } from '../output';
import { scenarioArg } from '../scenarioArg';
import { UsageError } from '../UsageError';
import { help } from './simulateHelp';

export { help };

export function run(argv: readonly string[], io: Io): void {
  const { values, positionals } = parse('simulate', argv, {
    ...common,
    runs: { type: 'string' },
    seed: { type: 'string' },
    sampler: { type: 'string' },
    component: { type: 'string' },
  });
  if (values.help) return io.out(help);
  if (positionals.length !== 1) throw new UsageError("simulate: name one scenario; see 'tradepath simulate --help'");
  const scenario = scenarioArg('simulate', positionals[0]);
  const runs = wholeNumber('simulate', 'runs', values.runs as string | undefined, 20_000);
  const seedText = (values.seed as string | undefined) ?? '1';
  const seed = /^\d+$/.test(seedText) ? Number(seedText) : seedText;
  const onProgress = progressReporter(io, 'simulating');
  const sampler = samplerOf(values.sampler as string | undefined);
  const component = values.component as string | undefined;
  const sim = simulate(scenario, { runs, seed, sampler, component, ...(onProgress ? { onProgress } : {}) });
  const lines: string[] = [];
  if (sim.target !== undefined) {
    for (const year of [...new Set([sim.target.year, sim.years[sim.years.length - 1]!])]) {
      const p = sim.probabilityOfTarget(year);
      lines.push(
        `P(${formatAmount(sim.target.value)} by ${year}) = ` +
          (p.upperBoundOnly ? `below ${boundText(p.high)} (none of the ${runs.toLocaleString('en-US')} runs reached it; 95% upper bound)` : formatProbability(p)),
      );
    }
  }
  lines.push(`${runs} runs, seed ${String(seed)}, sampler ${sim.settings.sampler}; uncertain: ${sim.inputNames.join(', ') || 'none (volatility only)'}.`);
  if (component !== undefined) lines.push(`Percentiles of the component "${component}"; the probabilities of the target are the total's.`);
  if (scenario.basis === 'real') lines.push('Values in real terms: divided by the scenario\'s deflator (1 in the baseline year).');
  const of = component === undefined ? '' : ` (${component})`;
  const amount = 'amount' as const;
  emit(
    io,
    format('simulate', values.format),
    [
      {
        title: `${scenario.name}${of}: percentiles of ${runs} simulated paths`,
        columns: [
          { key: 'year', label: 'Year', kind: 'year' },
          ...(['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'] as const).map((key) => ({ key, label: key === 'p50' ? 'Median' : `${key.slice(1)}%`, kind: amount })),
        ],
        rows: sim.fan(),
      },
    ],
    sim,
    lines,
  );
  writeCharts(io, values.svg as string | undefined, () => ({
    // A component's fan is drawn without the total's target line.
    fan: fanChart({ title: `${scenario.name}${of}: 5–95% of simulated paths`, fan: sim.fan(), ...(sim.target && component === undefined ? { target: sim.target } : {}), currency: scenario.currency }),
  }));
  writeHtml(io, values.html as string | undefined, () =>
    // The same runs, seed and sampler as the lines above, so the report shows the same probabilities.
    htmlReport(analysisReport({ scenarios: { [scenario.name]: scenario }, monteCarlo: { runs, seed, sampler }, sensitivity: false })),
  );
}

function samplerOf(value: string | undefined): SamplerName {
  if (value === undefined) return 'random';
  if (value === 'random' || value === 'lhs' || value === 'sobol') return value;
  throw new UsageError(`simulate: --sampler must be random, lhs or sobol, got "${value}"`);
}
