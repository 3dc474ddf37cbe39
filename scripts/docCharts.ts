/**
 * The charts the README shows, made from the presets: the scenario paths against the $10B target, and the
 * Monte Carlo fan of the combined scenario. `npx tsx scripts/write-doc-charts.ts` writes them to docs/charts/;
 * test/examples/docCharts.test.ts checks the committed files are current.
 */
import { fanChart, pathsChart, presets, project, simulate } from '../src/index';

export function docCharts(): Record<string, string> {
  const scenarios = presets.azerbaijanIran;
  const series = Object.values(scenarios).map((scenario) => {
    const p = project(scenario);
    return { name: scenario.name, points: p.years.map((year, i) => ({ year, value: p.values[i]! })) };
  });
  const paths = pathsChart({
    series,
    target: { year: 2029, value: 10e9 },
    logScale: true,
    title: 'Azerbaijan–Iran trade: the presets against the $10B target',
  });

  // The seed and sampler of the analysis report's Monte Carlo, so the README and the report agree.
  const sim = simulate(scenarios.combined, { runs: 20_000, seed: 2024, sampler: 'lhs' });
  const fan = fanChart({
    fan: sim.fan(),
    ...(sim.target === undefined ? {} : { target: sim.target }),
    title: 'The combined scenario: 20,000 simulated paths',
  });
  return { 'scenarios.svg': `${paths}\n`, 'fan.svg': `${fan}\n` };
}
