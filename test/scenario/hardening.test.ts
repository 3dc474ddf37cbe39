/**
 * Regression tests of issue #14 for the exact engine: contributions that add up to each year's change to the last
 * digit, a registered driver's non-finite steps, names that every object has, and ScenarioError's cap on issues.
 */
import { describe, expect, it } from 'vitest';
import { attribution, defineScenario, presets, project, registerDriver, ScenarioError, type ScenarioDocument } from '../../src/index';
import { D } from '../../src/money/decimal';

describe('contributions add up exactly', () => {
  it('for every preset and year, the drivers\' contributions summed in document order equal the change', () => {
    // Before issue #14, 13 of the then 60 year-sums (six presets) missed the change in the 40th digit; seven presets
    // of ten years each since issue #13 added momentum.
    let years = 0;
    for (const scenario of Object.values(presets.azerbaijanIran)) {
      const p = project(scenario);
      for (let i = 0; i + 1 < p.values.length; i++) {
        let sum = new D(0);
        for (const d of p.drivers) sum = sum.plus(p.contributions[d.id]![i]!);
        expect(sum.toString()).toBe(p.values[i + 1]!.minus(p.values[i]!).toString());
        years++;
      }
    }
    expect(years).toBe(70);
  });

  it('and attribution\'s amounts add up to its change', () => {
    for (const scenario of Object.values(presets.azerbaijanIran)) {
      const a = attribution(project(scenario));
      const sum = a.drivers.reduce((acc, d) => acc.plus(d.amount), new D(0));
      expect(sum.toString()).toBe(a.change.toString());
    }
  });

  it('with rates a 40-digit sum cannot hold: the remainder is settled so the sum is exact, a zero stays zero', () => {
    const doc: ScenarioDocument = {
      name: 'thirds',
      baseline: { year: 2024, value: '1' },
      horizon: { endYear: 2026 },
      drivers: [
        { id: 'a', type: 'growth', rate: '1%' },
        { id: 'b', type: 'shock', year: 2025, size: '-2%' },
        { id: 'c', type: 'growth', rate: '0.3333333333333333333333333333333333333333%' },
      ],
    };
    const p = project(doc);
    for (let i = 0; i < 2; i++) {
      const sum = p.contributions.a![i]!.plus(p.contributions.b![i]!).plus(p.contributions.c![i]!);
      expect(sum.eq(p.values[i + 1]!.minus(p.values[i]!))).toBe(true);
    }
    // The shock acts in 2025 only: its contribution to 2026 stays exactly 0.
    expect(p.contributions.b![1]!.isZero()).toBe(true);
    // Each driver keeps its share to 38 digits: c's rate is a third of a's, and so is its contribution in 2026.
    expect(p.contributions.c![1]!.div(p.contributions.a![1]!).toSignificantDigits(30).toString()).toBe('0.333333333333333333333333333333');
  });
});

describe('user code that returns what it must not', () => {
  registerDriver({ type: 'returns-infinity', description: 'x', fields: {}, exactLevel: () => new D(Infinity), floatLevel: () => Infinity });
  it('project names the driver, the year and the value rather than carry an Infinity', () => {
    const doc = { name: 'inf', baseline: { year: 2024, value: 1 }, horizon: { endYear: 2025 }, drivers: [{ id: 'x', type: 'returns-infinity' }] };
    expect(() => project(doc as never)).toThrowErrorMatchingInlineSnapshot(`[RangeError: project: driver "x" (type "returns-infinity") returned Infinity as its level for 2024; a driver's exact step must return a finite Decimal]`);
  });
});

describe('ScenarioError', () => {
  it('lists 100 issues and counts the rest', () => {
    const issues = Array.from({ length: 250 }, (_, i) => ({ path: `p${i}`, message: 'bad' }));
    const e = new ScenarioError(issues);
    expect([e.issues.length, e.more]).toEqual([100, 150]);
    expect(e.message.split('\n')[0]).toBe('invalid scenario (250 problems):');
    expect(e.message.split('\n').at(-1)).toBe('  - … and 150 more (only the first 100 are listed)');
    expect(new ScenarioError(issues.slice(0, 3)).more).toBe(0);
  });

  it('refuses the reserved names as ids in every driver, and allows names that merely contain them', () => {
    expect(() =>
      defineScenario({ name: 'x', baseline: { year: 2024, value: 1 }, horizon: { endYear: 2025 }, drivers: [{ id: 'toString', type: 'growth', rate: 0.1 }] }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [ScenarioError: invalid scenario (1 problem):
        - drivers[0].id: the id "toString" is a name every JavaScript object already has (like __proto__, constructor, valueOf); choose another]
    `);
    const ok = defineScenario({ name: 'x', baseline: { year: 2024, value: 1 }, horizon: { endYear: 2025 }, drivers: [{ id: 'proto_constructor', type: 'growth', rate: 0.1 }] });
    expect(Object.keys(project(ok).contributions)).toEqual(['proto_constructor']);
  });
});

describe('log shares with a factor that has no logarithm (issue #13)', () => {
  registerDriver({ type: 'test-shutdown', description: 'a cap that closes the border above 150', fields: {}, exactCap: (_d, _p, candidate) => (candidate.gt(150) ? new D(0) : candidate), floatCap: (_d, _p, candidate) => (candidate > 150 ? 0 : candidate) });
  it('gives the whole change to a cap that takes the value to 0, and never a NaN', () => {
    // 100 → 120 (growth) → 144 → 172.8 capped to 0: the cap takes −144, later years do not move.
    const p = project({ name: 'shut', baseline: { year: 2024, value: 100 }, horizon: { endYear: 2028 }, drivers: [{ id: 'g', type: 'growth', rate: '20%' }, { id: 'shut', type: 'test-shutdown' }] });
    expect(p.values.map(String)).toEqual(['100', '120', '144', '0', '0']);
    expect(p.contributions.shut!.map(String)).toEqual(['0', '0', '-144', '0']);
    expect(p.contributions.g!.map(String)).toEqual(['20', '24', '0', '0']);
  });
});
