/**
 * A scenario from a JSON document: validate it, project it, ask "what if", and see what a bad document reports.
 *
 *   npx tsx examples/scenario-from-json.ts
 */
import { readFileSync } from 'node:fs';
import { defineScenario, formatAmount, formatRate, project, ScenarioError } from 'tradepath';

const file = new URL('./scenarios/corridorLed.json', import.meta.url);
const document = JSON.parse(readFileSync(file, 'utf8'));
const scenario = defineScenario(document);

const p = project(scenario);
console.log(`${scenario.name}: ${scenario.drivers.length} drivers`);
for (const [i, year] of p.years.entries()) {
  if (year <= 2029) console.log(`  ${year}  ${formatAmount(p.values[i]!)}`);
}
console.log(`Target ${formatAmount(p.target!.value)} by ${p.target!.year}: gap ${formatAmount(p.target!.gap)}, needs ${formatRate(p.target!.requiredCagr)} a year`);

// What if the railway added 20 points instead of 10? Overrides are validated like the document itself.
const faster = project(scenario, { overrides: { 'railway.rate': '20%' } });
const at2029 = faster.years.indexOf(2029);
console.log(`With the railway at +20 points: ${formatAmount(faster.values[at2029]!)} in 2029`);

// A bad document is one error listing every problem by its path.
try {
  defineScenario({ ...document, drivers: [{ ...document.drivers[1], fullYear: 2020 }, { id: 'x', type: 'growth', rate: '-150%' }] });
} catch (error) {
  if (!(error instanceof ScenarioError)) throw error;
  console.log(error.message);
}
// Output:
// Corridor-led: railway and bridges: 5 drivers
//   2024  $580M
//   2025  $710M
//   2026  $900M
//   2027  $1.12B
//   2028  $1.46B
//   2029  $1.93B
// Target $10.0B by 2029: gap $8.07B, needs 76.73% a year
// With the railway at +20 points: $2.33B in 2029
// invalid scenario (2 problems):
//   - drivers[1].rate: must be greater than -100%, got "-150%"
//   - drivers[0].fullYear: must not be before startYear (2026), got 2020
