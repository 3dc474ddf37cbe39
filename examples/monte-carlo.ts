/**
 * Monte Carlo on the corridor-led preset: its own stated uncertainty plus one more assumption, 20,000 seeded runs,
 * the fan of outcomes and the chance of reaching $10B.
 *
 *   npx tsx examples/monte-carlo.ts
 */
import { formatAmount, formatRate, pert, presets, simulate } from 'tradepath';

const scenario = presets.azerbaijanIran.corridorLed;
const sim = simulate(scenario, {
  runs: 20_000,
  seed: 2024,
  sampler: 'lhs',
  // Added to the preset's own uncertainty (momentum, railway, Nakhchivan): the bridge's effect on the level.
  uncertain: { 'agband_kalala.level': pert({ min: 0, mode: 0.04, max: 0.12 }) },
  // A faster railway tends to come with more momentum: a rank correlation, the distributions kept.
  correlations: { 'base.rate': { 'railway.rate': 0.4 } },
});

console.log(`${scenario.name}: ${sim.settings.runs} runs, seed ${sim.settings.seed}, ${sim.inputNames.join(', ')}`);
console.log('Year      5%     50%     95%');
for (const row of sim.fan()) {
  console.log(`${row.year}  ${[row.p5, row.p50, row.p95].map((v) => formatAmount(v).padStart(6)).join('  ')}`);
}

const by = (p: ReturnType<typeof sim.probabilityOfTarget>) =>
  p.upperBoundOnly ? `below ${formatRate(p.high)} (no run)` : `${formatRate(p.estimate)} (95%: ${formatRate(p.low)}–${formatRate(p.high)})`;
console.log(`P($10B by 2029): ${by(sim.probabilityOfTarget(2029))}`);
console.log(`P($10B by 2034): ${by(sim.probabilityOfTarget(2034))}`);

const reached = sim.firstReached().filter((r) => r.runs > 0);
console.log(`First year reached: ${reached.map((r) => `${r.year ?? 'never'} ${formatRate(r.share, { digits: 2 })}`).join(', ')}`);
// Output:
// Corridor-led: railway and bridges: 20000 runs, seed 2024, base.rate, railway.rate, nakhchivan.rate, agband_kalala.level
// Year      5%     50%     95%
// 2024   $580M   $580M   $580M
// 2025   $662M   $712M   $763M
// 2026   $782M   $906M  $1.04B
// 2027   $906M  $1.13B  $1.39B
// 2028  $1.08B  $1.47B  $1.96B
// 2029  $1.30B  $1.93B  $2.80B
// 2030  $1.58B  $2.58B  $4.08B
// 2031  $1.94B  $3.46B  $5.95B
// 2032  $2.37B  $4.64B  $8.69B
// 2033  $2.90B  $6.23B  $12.7B
// 2034  $3.54B  $8.35B  $18.6B
// P($10B by 2029): below 0.02% (no run)
// P($10B by 2034): 35.78% (95%: 35.11%–36.44%)
// First year reached: 2031 0.04%, 2032 1.96%, 2033 11.88%, 2034 21.90%, never 64.22%
