/**
 * The sensitivity methods on one component (`output: { component }` and `{ component, year }`), against values
 * worked out by hand from the document: exports of $60M in 2024 grow 5 % a year and, once a railway's trade-cost
 * cut of 10 % is complete (2028), are multiplied by 0.9^−θ (θ the trade elasticity); imports do not see the railway.
 */
import { describe, expect, it } from 'vitest';
import { discover, goalSeek, grid, sobol, tornado, type ScenarioDocument } from '../../src/index';

const accounts: ScenarioDocument = {
  name: 'accounts',
  baseline: { year: 2024 },
  horizon: { endYear: 2029 },
  target: { value: '1B', year: 2029 },
  components: [
    { id: 'exports', baseline: { value: '60M' } },
    { id: 'imports', baseline: { value: '520M' } },
  ],
  drivers: [
    { id: 'base', type: 'growth', rate: '5%' },
    { id: 'rail', type: 'tradeCost', scope: 'exports', change: '-10%', elasticity: 5, startYear: 2026, fullYear: 2028 },
    { id: 'imp', type: 'growth', rate: '3%', scope: 'imports' },
    { id: 'ban', type: 'event', year: 2027, probability: 0.5, size: '-20%', scope: 'imports' },
  ],
};

// Exports in year 2024 + i ≥ 2028: 60M · 1.05^i · 0.9^−θ.
const exportsIn = (i: number, theta: number, rate = 0.05) => 60e6 * (1 + rate) ** i * Math.pow(0.9, -theta);

describe('tornado on a component', () => {
  it('measures the component: the railway moves exports, the imports-only rate does not', () => {
    const result = tornado({ scenario: accounts, params: ['rail.elasticity', 'imp.rate'], output: { component: 'exports' } });
    expect(Math.abs(result.base / exportsIn(5, 5) - 1)).toBeLessThan(1e-12);
    const rail = result.bars.find((b) => b.param === 'rail.elasticity')!;
    // ±10 % of θ = 5: 4.5 and 5.5.
    expect(Math.abs(rail.outputLow / exportsIn(5, 4.5) - 1)).toBeLessThan(1e-12);
    expect(Math.abs(rail.outputHigh / exportsIn(5, 5.5) - 1)).toBeLessThan(1e-12);
    expect(result.bars.find((b) => b.param === 'imp.rate')!.swing).toBe(0);
  });

  it('reads { component, year } and the total when no component is named', () => {
    const in2028 = tornado({ scenario: accounts, params: ['rail.elasticity'], output: { component: 'exports', year: 2028 } });
    expect(Math.abs(in2028.base / exportsIn(4, 5) - 1)).toBeLessThan(1e-12);
    // The total: exports + imports 520M · 1.08^5; without draws the event follows its assume (false): no ban.
    const total = tornado({ scenario: accounts, params: ['imp.rate'] });
    expect(Math.abs(total.base / (exportsIn(5, 5) + 520e6 * 1.08 ** 5) - 1)).toBeLessThan(1e-12);
  });

  it('refuses a component the scenario does not have', () => {
    expect(() => tornado({ scenario: accounts, params: ['imp.rate'], output: { component: 'exprts' } })).toThrowErrorMatchingInlineSnapshot(`[RangeError: tornado: unknown component "exprts"; components: exports, imports]`);
  });
});

describe('goalSeek and grid on a component', () => {
  it('finds the trade elasticity that takes exports to $150M in 2029', () => {
    // 60M · 1.05^5 · 0.9^−θ = 150M ⇔ θ = −ln(150 / (60 · 1.05^5)) / ln 0.9.
    const theta = -Math.log(150 / (60 * 1.05 ** 5)) / Math.log(0.9);
    const problem = { scenario: accounts, output: { component: 'exports' } } as const;
    const found = goalSeek(problem, { param: 'rail.elasticity', target: 150e6, bounds: [1, 20] });
    expect(found.found && Math.abs(found.value - theta)).toBeLessThan(1e-9);
    // The same through `year`, which keeps the component.
    const byYear = goalSeek(problem, { param: 'rail.elasticity', target: 150e6, year: 2029, bounds: [1, 20] });
    expect(byYear.found && Math.abs(byYear.value - theta)).toBeLessThan(1e-9);
  });

  it('asks for a target on a component: the scenario’s is on the total', () => {
    expect(() => goalSeek({ scenario: accounts, output: { component: 'exports' } }, { param: 'rail.elasticity' })).toThrowErrorMatchingInlineSnapshot(`[TypeError: goalSeek: target must be a finite number, got undefined]`);
  });

  it('tabulates a component on a two-way grid', () => {
    const table = grid({ scenario: accounts, output: { component: 'exports' } }, { x: 'rail.elasticity', y: 'base.rate', xValues: [4, 6], yValues: [0.02, 0.05] });
    const expected = [0.02, 0.05].map((rate) => [4, 6].map((theta) => exportsIn(5, theta, rate)));
    table.output.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v / expected[i]![j]! - 1)).toBeLessThan(1e-12)));
  });
});

describe('sobol and discover on a component', () => {
  it('sobol: the imports in 2028 owe nothing to the exports-only railway', () => {
    const s = sobol({ scenario: accounts, params: { 'rail.elasticity': [2, 10], 'imp.rate': [0, 0.1] }, output: { component: 'imports', year: 2028 } }, { seed: 1, n: 256 });
    expect(s.first['rail.elasticity']).toBe(0);
    expect(s.total['rail.elasticity']).toBe(0);
  });

  it('discover: the predicate reads the component’s path', () => {
    const seen: number[] = [];
    discover(accounts, {
      uncertain: { 'rail.elasticity': { type: 'uniform', min: 2, max: 10 } },
      runs: 200,
      seed: 1,
      component: 'exports',
      predicate: (path) => {
        seen.push(path[0]!);
        return path[5]! > 130e6;
      },
    });
    // Every run starts from the exports' baseline, $60M.
    expect(new Set(seen)).toEqual(new Set([60e6]));
  });
});
