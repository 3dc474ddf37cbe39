/**
 * Accounts in the exact engine (issue #13): `project()` of a two-component scenario — 7 % growth on both, a
 * trade-cost cut phased in on exports, a sanctions shock on both, 10 years — beside the same path written by hand
 * in bare decimal.js (the library's settings: 40 digits, half-even), with no library code in the baseline. The
 * target: at most 1.5× the hand-written arithmetic it needs. The same for one component, so the per-component cost
 * can be read off; and the first read of the order-free contributions (log shares), which is lazy.
 */
import { Decimal } from 'decimal.js';
import { defineScenario, project, type ScenarioDocument } from '../src/index';
import { measure, paired, row, type BenchRow } from './harness';

const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });

const doc: ScenarioDocument = {
  name: 'Two components',
  baseline: { year: 2024 },
  horizon: { endYear: 2034 },
  components: [
    { id: 'exports', baseline: { value: '44.7e6' } },
    { id: 'imports', baseline: { value: '535.3e6' } },
  ],
  drivers: [
    { id: 'base', type: 'growth', rate: '7%' },
    { id: 'railway', type: 'tradeCost', change: '-10%', elasticity: 5, startYear: 2026, fullYear: 2028, scope: 'exports' },
    { id: 'sanctions', type: 'shock', year: 2027, size: '-15%' },
  ],
};

// Constants of the hand-written path, hoisted out of the timed loop.
const GROWTH = new Dec('1.07');
const FULL = new Dec('0.9').pow(-5);
const L1 = new Dec(1).plus(FULL.minus(1).div(3));
const L2 = new Dec(1).plus(FULL.minus(1).times(2).div(3));
const SHOCK = new Dec('0.85');

/**
 * The same path by hand: each component × 1.07 a year; exports × L(y)/L(y−1) while the trade cost phases in
 * (L = 1 + φ(0.9^−5 − 1), φ = 1/3, 2/3, 1 in 2026–2028), both × 0.85 in 2027. Its constants are worked out once,
 * as a spreadsheet keeps them in cells (the library likewise keeps a driver's level steps).
 */
function path(growth: Decimal, steps: Map<number, [Decimal, Decimal | null]>, shock: Decimal, components: 1 | 2) {
  const exports: Decimal[] = [new Dec('44.7e6')];
  const imports: Decimal[] = [new Dec('535.3e6')];
  for (let year = 2025; year <= 2034; year++) {
    let e = exports[exports.length - 1]!.times(growth);
    const step = steps.get(year);
    if (step !== undefined) e = step[1] === null ? e.times(step[0]) : e.times(step[0]).div(step[1]);
    if (year === 2027) e = e.times(shock);
    exports.push(e);
    if (components === 2) {
      let m = imports[imports.length - 1]!.times(growth);
      if (year === 2027) m = m.times(shock);
      imports.push(m);
    }
  }
  return { exports, imports };
}

const STEPS = new Map<number, [Decimal, Decimal | null]>([
  [2026, [L1, null]],
  [2027, [L2, L1]],
  [2028, [FULL, L2]],
]);

/** The timed baseline: the path, plus the total with two components. */
function bare(components: 1 | 2): Decimal[] {
  const { exports, imports } = path(GROWTH, STEPS, SHOCK, components);
  return components === 1 ? exports : exports.map((e, i) => e.plus(imports[i]!));
}

export function run(): BenchRow[] {
  const two = defineScenario(doc);
  const one = defineScenario({ ...doc, components: [doc.components![0]!] });
  // The hand-written path is the library's, digit for digit: checked before timing.
  const check = path(GROWTH, STEPS, SHOCK, 2);
  const p = project(two);
  for (let i = 0; i <= 10; i++) {
    if (!p.components!.exports![i]!.eq(check.exports[i]!) || !p.components!.imports![i]!.eq(check.imports[i]!)) {
      throw new Error(`bench accounts: project and the hand-written path differ in year ${2024 + i}`);
    }
  }
  const two2 = paired('accounts', 'baseline: the two-component path by hand in bare decimal.js (+ the total)', () => bare(2), 'project(two components: growth, a scoped tradeCost, a shock; 10 years), exact', () => project(two), { targetRatio: 1.5 });
  const one1 = paired('accounts', 'baseline: one component (exports) by hand in bare decimal.js', () => bare(1), 'project(the same drivers on one component), exact', () => project(one), { targetRatio: 1.5 });
  const exact2 = measure('project(two components), exact (measured alone)', () => project(two), { minTimeMs: 1000 });
  const contributions = measure('project(two components) + read of componentContributions (log shares; ln caches warm)', () => project(two).componentContributions, { minTimeMs: 1000 });
  return [...two2, ...one1, row('accounts', contributions, { baseline: exact2 })];
}

