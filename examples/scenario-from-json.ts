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

// What if the railway cut trade costs by 5% instead of 2%? Overrides are validated like the document itself.
const cheaper = project(scenario, { overrides: { 'railway.change': '-5%' } });
const at2034 = cheaper.years.indexOf(2034);
console.log(`With the railway cutting trade costs by 5%: ${formatAmount(cheaper.values[at2034]!)} in 2034 (instead of ${formatAmount(p.values[at2034]!)})`);

// A bad document is one error listing every problem by its path.
try {
  defineScenario({ ...document, drivers: [{ ...document.drivers[1], fullYear: 2020 }, { id: 'x', type: 'growth', rate: '-150%' }] });
} catch (error) {
  if (!(error instanceof ScenarioError)) throw error;
  console.log(error.message);
}
// Output:
// Corridor-led: railway, bridges and the Araz corridor: 4 drivers
//   2024  $580M
//   2025  $584M
//   2026  $615M
//   2027  $672M
//   2028  $717M
//   2029  $779M
// Target $10.0B by 2029: gap $9.22B, needs 76.73% a year
// With the railway cutting trade costs by 5%: $953M in 2034 (instead of $816M)
// invalid scenario (2 problems):
//   - drivers[1].rate: must be greater than -100%, got "-150%"
//   - drivers[0].fullYear: must not be before startYear (2028), got 2020
