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
  // Added to the preset's own uncertainty (the base growth and each project's cut in trade costs): the railway's
  // trade elasticity, whose published estimates run from about 2 to 10 (the preset takes 5).
  uncertain: { 'railway.elasticity': pert({ min: 2, mode: 5, max: 10 }) },
  // The two border projects' cost cuts tend to go together (the same crossings, the same customs): a rank
  // correlation, the distributions kept.
  correlations: { 'astarachay.change': { 'araz_corridor.change': 0.5 } },
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
// Corridor-led: railway, bridges and the Araz corridor: 20000 runs, seed 2024, base.rate, railway.change, astarachay.change, araz_corridor.change, railway.elasticity
// Year      5%     50%     95%
// 2024   $580M   $580M   $580M
// 2025   $253M   $584M   $911M
// 2026   $178M   $582M  $1.19B
// 2027   $136M   $596M  $1.54B
// 2028   $102M   $598M  $1.89B
// 2029  $81.4M   $617M  $2.37B
// 2030  $57.8M   $589M  $2.68B
// 2031  $43.1M   $552M  $2.97B
// 2032  $30.5M   $521M  $3.26B
// 2033  $23.3M   $487M  $3.58B
// 2034  $16.9M   $458M  $3.92B
// P($10B by 2029): 0.00% (95%: 0.00%–0.03%)
// P($10B by 2034): 0.75% (95%: 0.64%–0.88%)
// First year reached: 2029 0.00%, 2030 0.03%, 2031 0.06%, 2032 0.10%, 2033 0.26%, 2034 0.30%, never 99.25%
