import { describe, expect, it } from 'vitest';
import { defineScenario } from '../../src/index';
import { effectiveType } from '../../src/scenario/effectiveType';
import { floatDrivers } from '../../src/simulation/plan';
import { registerDriver } from '../../src/scenario/registry';

// The fast paths a driver type may give the Monte Carlo. `floatLevels` (one call per run for a driver whose level
// changes with the run) must give the numbers of `floatLevel` year by year, bit for bit: for tradeCost's linear and
// S-curve phasing, before, during and after the phase-in, and through the wrapper that `active` puts around a type.
// `affineThrough` (the effects are affine in a transform of a field) must name fields and give inverse functions;
// the runs it enables are checked against the exact engine in test/simulation/runners.test.ts.

const doc = (drivers: unknown[]) =>
  defineScenario({ name: 't', baseline: { year: 2024, value: 100 }, horizon: { endYear: 2040 }, drivers: [{ id: 'base', type: 'growth', rate: 0.02 }, ...drivers] } as never);

const cases = {
  'linear, two years': { id: 'a', type: 'tradeCost', change: -0.03, elasticity: 5, startYear: 2026, fullYear: 2027 },
  'S-curve, four years': { id: 'a', type: 'tradeCost', change: -0.04, elasticity: 4.2, startYear: 2026, fullYear: 2029, shape: 's-curve' },
  'all at once': { id: 'a', type: 'tradeCost', change: 0.1, elasticity: 2, startYear: 2030 },
  'active from 2027 until 2033': { id: 'a', type: 'tradeCost', change: -0.05, elasticity: 5, startYear: 2025, fullYear: 2030, shape: 's-curve', active: { from: 2027, until: 2033 } },
};

describe('floatLevels', () => {
  it.each(Object.entries(cases))('%s: the bits of floatLevel, year by year', (_, driver) => {
    const scenario = doc([driver]);
    const d = floatDrivers(scenario)[1]!;
    const type = effectiveType(scenario.drivers[1]!);
    expect(type.floatLevels).toBeTypeOf('function');
    // Twice, and after another phasing, so that kept tables are read as well as made.
    for (let round = 0; round < 2; round++) {
      const out = new Float64Array(17);
      type.floatLevels!(d.fields as never, 2024, out);
      for (let i = 0; i < out.length; i++) expect(Object.is(out[i], type.floatLevel!(d.fields as never, 2024 + i))).toBe(true);
      floatDrivers(doc([cases['S-curve, four years']]))[1]!.type.floatLevels!(floatDrivers(doc([cases['S-curve, four years']]))[1]!.fields as never, 2020, new Float64Array(3));
    }
  });

  it('changes with the fields between calls (a run draws a new change)', () => {
    const scenario = doc([cases['linear, two years']]);
    const d = floatDrivers(scenario)[1]!;
    const out = new Float64Array(4);
    d.type.floatLevels!(d.fields as never, 2025, out);
    expect(out[3]).toBeCloseTo(0.97 ** -5, 14);
    (d.fields as { change: number }).change = -0.06;
    d.type.floatLevels!(d.fields as never, 2025, out);
    expect(out[3]).toBeCloseTo(0.94 ** -5, 14);
    expect(out[0]).toBe(1);
  });

  it('registerDriver refuses a floatLevels without floatLevel, or one that is not a function', () => {
    const base = { type: 'levels-check', description: 'x', fields: {}, exactRate: () => 0 as never, floatRate: () => 0 };
    expect(() => registerDriver({ ...base, floatLevels: () => undefined } as never)).toThrowErrorMatchingInlineSnapshot(`[TypeError: registerDriver: floatLevels must be a function beside floatLevel; "levels-check" has no floatLevel]`);
    expect(() => registerDriver({ ...base, type: 'levels-check-2', exactLevel: () => 1 as never, floatLevel: () => 1, floatLevels: 3 } as never)).toThrowErrorMatchingInlineSnapshot(`[TypeError: registerDriver: floatLevels must be a function beside floatLevel; "levels-check-2" has a floatLevels that is not a function]`);
  });
});

describe('affineThrough', () => {
  it('registerDriver refuses one that names no field of the type, or lacks to or from', () => {
    const base = { description: 'x', fields: {}, exactRate: () => 0 as never, floatRate: () => 0 };
    expect(() => registerDriver({ ...base, type: 'through-check', affineThrough: { rate: { to: (_: unknown, x: number) => x, from: (_: unknown, w: number) => w } } } as never)).toThrowErrorMatchingInlineSnapshot(`[TypeError: registerDriver: affineThrough must map fields of "through-check" to { to, from } functions, got "rate"]`);
  });

  it('tradeCost: to and from are inverses, and 1 + to(change)·φ is the level', () => {
    const scenario = doc([cases['S-curve, four years']]);
    const d = floatDrivers(scenario)[1]!;
    const through = d.type.affineThrough!.change!;
    for (const change of [-0.3, -0.04, 0, 0.02, 0.5]) {
      const w = through.to(d.fields as never, change);
      expect(w).toBeCloseTo((1 + change) ** -4.2 - 1, 14);
      expect(through.from(d.fields as never, w)).toBeCloseTo(change, 14);
    }
    expect(Math.abs(through.from(d.fields as never, 0))).toBe(0);
  });
});
