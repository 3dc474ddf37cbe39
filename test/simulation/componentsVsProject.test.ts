/**
 * simulate against the exact engine on accounts: with no uncertainty (and events with probability 0 or 1), the
 * total and every component equal `project`'s to 1e-12 relative (DESIGN.md, "Precision, speed and portability"),
 * and the first hits agree with `reachedIn`. The exact engine's components are written on another branch: until
 * `project` returns `components`, these cases are skipped (components.test.ts checks the same rules against paths
 * worked out by hand). Checked once across the branches before the merge: the largest difference was 1.2e-15.
 */
import { describe, expect, it } from 'vitest';
import { project, simulate, type ScenarioDocument } from '../../src/index';

const base: ScenarioDocument = {
  name: 'accounts',
  baseline: { year: 2024 },
  horizon: { endYear: 2032 },
  target: { value: '700M', year: 2029 },
  components: [
    { id: 'exports', baseline: { value: '60M' } },
    { id: 'imports', baseline: { value: '520M' } },
    { id: 'transit', baseline: { value: '33.3M' } },
  ],
  drivers: [
    { id: 'base', type: 'growth', rate: '5%' },
    { id: 'rail', type: 'tradeCost', scope: 'exports', change: '-10%', elasticity: 5, startYear: 2026, fullYear: 2029, shape: 's-curve' },
    { id: 'imp', type: 'growth', rate: '3%', scope: 'imports', active: { from: 2027, until: 2030 } },
    { id: 'sanc', type: 'shock', year: 2026, size: '-15%', recoveryYears: 2, scope: 'imports' },
    { id: 'ev', type: 'event', year: 2028, probability: 1, size: '-20%', assume: true },
    { id: 'ramp', type: 'ramp', startYear: 2025, fullYear: 2027, rate: '4%', scope: 'transit' },
    { id: 'sched', type: 'schedule', rates: { 2026: '2%', 2027: '-3%' }, active: { until: 2027 } },
  ],
};
const shared: ScenarioDocument['drivers'] = [
  { id: 'base', type: 'growth', rate: '5%' },
  { id: 'rail', type: 'tradeCost', change: '-10%', elasticity: 5, startYear: 2026, fullYear: 2029, shape: 's-curve' },
  { id: 'ev', type: 'event', year: 2028, probability: 1, size: '-20%', assume: true },
  { id: 'sched', type: 'schedule', rates: { 2026: '2%', 2027: '-3%' }, active: { until: 2027 } },
];
const series = { 2024: 100, 2025: 101, 2026: 104, 2027: 103, 2028: 108, 2029: 111, 2030: 112, 2031: 115, 2032: 120 };
const variants: Record<string, ScenarioDocument> = {
  'scoped and unscoped drivers, active years, an event that happens': base,
  'a hard total cap': { ...base, drivers: [...base.drivers, { id: 'cap', type: 'cap', capacity: '800M' }] },
  'a logistic total cap': { ...base, drivers: [...base.drivers, { id: 'cap', type: 'cap', capacity: '900M', mode: 'logistic' }] },
  'a scoped cap': { ...base, drivers: [...base.drivers, { id: 'cap', type: 'cap', capacity: '100M', scope: 'exports' }] },
  'real, by an inflation rate': { ...base, basis: 'real', deflator: { rate: '3.5%' } },
  'real, by a series, with a total cap': { ...base, basis: 'real', deflator: { series }, drivers: [...base.drivers, { id: 'cap', type: 'cap', capacity: '800M' }] },
  // No driver scoped: the components move in proportion, and one kernel runs the total (src/simulation/components.ts).
  'components sharing every driver, a logistic total cap': { ...base, drivers: [...shared, { id: 'cap', type: 'cap', capacity: '900M', mode: 'logistic' }] },
  'components sharing every driver, real by a series': { ...base, basis: 'real', deflator: { series }, drivers: shared },
};

type WithComponents = { components?: Record<string, { toNumber(): number }[]> };
const exactHasComponents = (project(base) as unknown as WithComponents).components !== undefined;

describe.skipIf(!exactHasComponents)('simulate equals project on accounts (1e-12)', () => {
  for (const [name, doc] of Object.entries(variants)) {
    it(name, () => {
      const exact = project(doc);
      const parts = (exact as unknown as WithComponents).components!;
      for (const view of [undefined, 'exports', 'imports', 'transit']) {
        const sim = simulate(doc, { runs: 2, seed: 1, component: view });
        const values = view === undefined ? exact.values : parts[view]!;
        sim.years.forEach((year, i) => {
          const x = values[i]!.toNumber();
          for (const v of sim.valuesAt(year)) expect(Math.abs(v - x) / x, `${view ?? 'total'} ${year}`).toBeLessThan(1e-12);
        });
        const reached = exact.target!.reachedIn;
        expect(sim.firstHitIndex()[0]).toBe(reached === null ? -1 : reached - 2024);
      }
    });
  }
});
