import type { Scenario } from '../../scenario/document';
import { simulate } from '../../simulation/simulate';
import type { SamplerName } from '../../uncertainty/samplers/unitSample';
import { boundText, percentText } from '../../uncertainty/stats/formatProbability';
import { fanChart } from '../svg/fanChart';
import type { ReportSection } from './report';
import { parameterLabel } from '../internal/parameterLabel';
import { fmt, pct, say, section, type Question } from './question';

// The Monte Carlo section: the fan and the probability of the target under the scenario's stated uncertainty.

export interface MonteCarlo {
  readonly name: string;
  readonly runs: number;
  readonly byTarget: string;
  readonly byEnd: string;
  readonly section: ReportSection;
}

/** "12.3% (95% interval 11.9%–12.8%)", or with no hit "none (below 0.02%)": the bound, never a plain 0. */
function probabilityText(p: { estimate: number; low: number; high: number; upperBoundOnly: boolean }): string {
  if (p.upperBoundOnly) return `none (below ${boundText(p.high)})`;
  return `${percentText(p.estimate, 1)} (95% interval ${percentText(p.low, 1)}–${percentText(p.high, 1)})`;
}

export function monteCarlo(s: Scenario, runs: number, seed: number | string, q: Question, sampler: SamplerName = 'lhs'): MonteCarlo {
  const sim = simulate(s, { runs, seed, sampler });
  const byTarget = sim.probabilityOfTarget(q.targetYear);
  const byEnd = sim.probabilityOfTarget(q.endYear);
  const fan = sim.fan();
  const rows = fan.filter((r) => r.year > q.startYear && r.year <= q.targetYear);
  const assumptions = Object.entries(sim.settings.uncertain).map(([name, doc]) => `${parameterLabel(s, name)}: ${describeDistribution(doc as Record<string, unknown>)}`);
  return {
    name: s.name,
    runs,
    byTarget: probabilityText(byTarget),
    byEnd: probabilityText(byEnd),
    section: section('monteCarlo', `How uncertain: ${runs.toLocaleString('en-US')} simulated paths of "${s.name}"`, {
      text: [
        `Probability of ${say(q.target)} by ${q.targetYear}: ${chance(byTarget, runs)}; by ${q.endYear}: ${chance(byEnd, runs)}.`,
      ],
      tables: [
        {
          title: 'Turnover: percentiles of the simulated paths',
          columns: [
            { key: 'year', label: 'Year', kind: 'year' },
            { key: 'p5', label: '5%', kind: 'amount' },
            { key: 'p25', label: '25%', kind: 'amount' },
            { key: 'p50', label: 'Median', kind: 'amount' },
            { key: 'p75', label: '75%', kind: 'amount' },
            { key: 'p95', label: '95%', kind: 'amount' },
          ],
          rows,
        },
      ],
      notes: [
        `Uncertainty as the scenario states it (each range's source or assumption is in the scenario): ${assumptions.join('; ')}.`,
        `${SAMPLERS[sampler]}, seed ${String(seed)}; each year's growth also varies with the volatility the scenario gives.`,
      ],
      charts: () => [fanChart({ title: `"${s.name}": 5–95% of simulated paths`, fan, target: { year: q.targetYear, value: q.target }, currency: q.currency, logScale: true })],
    }),
  };
}

const SAMPLERS: Record<SamplerName, string> = { random: 'Random sample', lhs: 'Latin hypercube sample', sobol: "Sobol' sample" };

/** For the section's own sentence: no hit reads "below 0.02% (none of the 20,000 runs reached it)". */
function chance(p: { estimate: number; low: number; high: number; upperBoundOnly: boolean }, runs: number): string {
  return p.upperBoundOnly ? `below ${boundText(p.high)} (none of the ${runs.toLocaleString('en-US')} runs reached it)` : probabilityText(p);
}

function describeDistribution(doc: Record<string, unknown>): string {
  const v = (key: string) => {
    const x = doc[key] as number;
    if (Math.abs(x) >= 1000) return fmt(x);
    // Two significant digits: a calibrated 0.64 % must not read as 1 %.
    const digits = x === 0 ? 0 : Math.max(0, 1 - Math.floor(Math.log10(Math.abs(x) * 100)));
    return pct(x, digits);
  };
  switch (doc.type) {
    case 'normal':
      return `normal, mean ${v('mean')}, sd ${v('sd')}`;
    case 'uniform':
      return `uniform ${v('min')} to ${v('max')}`;
    case 'triangular':
      return `triangular ${v('min')} to ${v('max')}, most likely ${v('mode')}`;
    case 'pert':
      return `PERT ${v('min')} to ${v('max')}, most likely ${v('mode')}`;
    case 'lognormal':
      return `lognormal, median ${v('median')}, sigma ${String(doc.sigma)}`;
    default:
      return `${String(doc.type)} ${JSON.stringify(doc)}`;
  }
}
