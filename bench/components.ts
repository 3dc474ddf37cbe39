/**
 * Monte Carlo on accounts (issue #13): `simulate` on a two-component scenario (exports and imports: a noisy
 * unscoped growth driver, and a trade-cost cut scoped to exports) against the same drivers on one component
 * holding the whole baseline. 1,000,000 runs × 5 years each. Target: the two-component time at most 2.2 × the
 * one-component time. The scenario without components (the plain kernel) is measured too, for reference.
 */
import { simulate, type ScenarioDocument } from '../src/index';
import { measure, row, type BenchRow } from './harness';

const RUNS = 1_000_000;

const drivers: ScenarioDocument['drivers'] = [
  { id: 'base', type: 'growth', rate: '20%', volatility: 0.05 },
  { id: 'rail', type: 'tradeCost', scope: 'exports', change: '-10%', elasticity: 5, startYear: 2026, fullYear: 2028 },
];

const two: ScenarioDocument = {
  name: 'two components',
  baseline: { year: 2024 },
  horizon: { endYear: 2029 },
  target: { value: '$10B', year: 2029 },
  components: [
    { id: 'exports', baseline: { value: '$60M' } },
    { id: 'imports', baseline: { value: '$520M' } },
  ],
  drivers,
};

const one: ScenarioDocument = { ...two, name: 'one component', components: [{ id: 'exports', baseline: { value: '$580M' } }] };

const { components: _none, ...plainBase } = one;
const plain: ScenarioDocument = {
  ...plainBase,
  name: 'no components',
  baseline: { year: 2024, value: '$580M' },
  drivers: drivers.map((d) => {
    const { scope: _scope, ...rest } = d as Record<string, unknown>;
    return rest as ScenarioDocument['drivers'][number];
  }),
};

export function run(): BenchRow[] {
  const options = { minSamples: 7, minTimeMs: 0, warmupMs: 0, batchUs: 1 };
  const sim = (doc: ScenarioDocument) => () => simulate(doc, { runs: RUNS, seed: 1 });
  // Alternated, so that a change in the machine's load falls on both sides.
  const one1 = measure('simulate, one component (noisy growth + scoped tradeCost), 1M runs × 5 years', sim(one), options);
  const two1 = measure('simulate, two components (exports, imports), same drivers, 1M runs × 5 years (target: ≤ 2.2× one component)', sim(two), options);
  const one2 = measure('simulate, one component (again)', sim(one), options);
  const two2 = measure('simulate, two components (again; target ≤ 2.2× the row above)', sim(two), options);
  const none = measure('simulate, no components (the plain kernel), same drivers, 1M runs × 5 years', sim(plain), options);
  return [
    row('components', one1),
    row('components', two1, { baseline: one1, targetNs: one1.medianNs * 2.2 }),
    row('components', one2),
    row('components', two2, { baseline: one2, targetNs: one2.medianNs * 2.2 }),
    row('components', none, { baseline: one2 }),
  ];
}
