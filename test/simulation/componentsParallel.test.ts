/**
 * simulateParallel on a scenario with components, a real basis and a drawn event: with 1 and 2 workers it gives
 * the bits `simulate` gives in process (DESIGN.md, "Uncertainty": identical results for the same seed), for the
 * total and for a component. The worker threads load dist/worker.js: `npm test` builds first.
 */
import { describe, expect, it } from 'vitest';
import { BLOCK_SIZE } from '../../src/simulation/simulate';
import { normal, simulate, simulateParallel, type ScenarioDocument, type Simulation } from '../../src/index';

const doc: ScenarioDocument = {
  name: 'accounts',
  baseline: { year: 2024 },
  horizon: { endYear: 2030 },
  target: { value: '1B', year: 2030 },
  basis: 'real',
  deflator: { rate: '2.5%' },
  components: [
    { id: 'exports', baseline: { value: '60M' } },
    { id: 'imports', baseline: { value: '520M' } },
  ],
  drivers: [
    { id: 'base', type: 'growth', rate: '5%', volatility: '15%' },
    { id: 'expGrowth', type: 'growth', rate: '2%', volatility: '10%', scope: 'exports' },
    { id: 'rail', type: 'tradeCost', scope: 'exports', change: '-10%', elasticity: 5, startYear: 2026, fullYear: 2028, shape: 's-curve' },
    { id: 'sanctions', type: 'event', year: 2027, probability: 0.4, size: '-30%' },
    { id: 'ceiling', type: 'cap', capacity: '2B' },
  ],
  uncertainty: { 'rail.elasticity': { type: 'uniform', min: 2, max: 10 } },
};
const options = { uncertain: { 'base.rate': normal({ mean: 0.05, sd: 0.05 }) }, runs: 2 * BLOCK_SIZE + 77, seed: 31 } as const;

const bytes = (v: Float64Array) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);

function expectIdentical(actual: Simulation, expected: Simulation): void {
  for (const year of expected.years) expect(bytes(actual.valuesAt(year)).equals(bytes(expected.valuesAt(year))), `values of ${year}`).toBe(true);
  expect(actual.firstHitIndex()).toEqual(expected.firstHitIndex());
  expect(actual.flooredSteps).toBe(expected.flooredSteps);
  expect(actual.settings).toEqual(expected.settings);
}

describe('simulateParallel on components gives simulate’s bits', () => {
  for (const component of [undefined, 'exports'] as const) {
    it(`for ${component ?? 'the total'}, with 1 and 2 workers`, async () => {
      const reference = simulate(doc, { ...options, component });
      // The draws matter: the paths vary (runs at the 2B cap share one value, so not every value is distinct).
      expect(new Set(reference.valuesAt(2030)).size).toBeGreaterThan(options.runs / 2);
      for (const workers of [1, 2]) expectIdentical(await simulateParallel(doc, { ...options, component, workers }), reference);
    }, 60_000);
  }
});
