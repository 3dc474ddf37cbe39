import { describe, expect, it } from 'vitest';
import { defineScenario, project, ScenarioError, toDocument } from '../../src';

const base = { name: 'x', baseline: { year: 2024, value: 100 }, horizon: { endYear: 2028 } } as const;

function issuesOf(doc: unknown): string[] {
  try {
    defineScenario(doc as never);
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  throw new Error('expected a ScenarioError');
}

describe('accounts in documents: components, scope, active, basis, tradeCost, event', () => {
  it('takes the baseline as the components sum, and accepts a given value equal to it', () => {
    const s = defineScenario({ ...base, baseline: { year: 2024 }, components: [{ id: 'exports', baseline: { value: '$44.7M' } }, { id: 'imports', baseline: { value: '$535.3M' } }], drivers: [] });
    expect(s.baseline.value.toString()).toBe('580000000');
    expect(s.basis).toBe('nominal');
    expect(defineScenario(toDocument(s)).components.map((c) => c.id)).toEqual(['exports', 'imports']);
    // A scenario without components writes no `components` key back.
    expect('components' in toDocument(defineScenario({ ...base, drivers: [] }))).toBe(false);
  });

  it('names every bad field by path', () => {
    const issues = issuesOf({
      ...base,
      baseline: { year: 2024, value: 100 },
      basis: 'real',
      components: [{ id: 'exports', baseline: { value: 10 } }, { id: 'imports', baseline: { value: 80 } }],
      drivers: [
        { id: 'g', type: 'growth', rate: 0.1, scope: 'exprts' },
        { id: 'r', type: 'growth', rate: 0.1, active: { from: 2027, until: 2026 } },
        { id: 'e', type: 'event', year: 2026, probability: 1.5, size: '-20%' },
        { id: 'c', type: 'cap', capacity: 1000, active: { from: 2026 } },
      ],
    });
    expect(issues).toMatchInlineSnapshot(`
      [
        "drivers[2].probability: expected a number <= 1, got 1.5",
        "baseline.value: must equal the sum of the components' baselines (exports 10 + imports 80 = 90), got 100",
        "deflator: is required with basis "real": give { rate } (annual inflation) or { series } (index values by year)",
        "drivers[0].scope: unknown component "exprts"; components: exports, imports",
        "drivers[1].active.until: must not be before active.from (2027), got 2026",
        "drivers[3].active: is not available on a cap, which acts on every year; end its effect with the capacity instead",
      ]
    `);
  });

  it('names missing deflator years, a scope without components, and a missing baseline', () => {
    expect(issuesOf({ ...base, basis: 'real', deflator: { series: { 2024: 100, 2025: 103, 2027: 109 } }, drivers: [{ id: 'g', type: 'growth', rate: 0, scope: 'exports' }] })).toEqual([
      'deflator.series: must give an index for every year from 2024 to 2028; missing: 2026, 2028',
      'drivers[0].scope: names component "exports", but the scenario has no components',
    ]);
    expect(issuesOf({ ...base, baseline: { year: 2024 }, drivers: [] })).toEqual(['baseline.value: is required (or give components, whose baselines add up to it)']);
    expect(issuesOf({ ...base, drivers: [{ id: 't', type: 'tradeCost', change: '-10%', elasticity: 0, startYear: 2026 }] })).toEqual([
      'drivers[0].elasticity: expected a trade elasticity above 0, got 0',
    ]);
  });

  it('tradeCost: (1 + change)^(-elasticity) once complete, phased linearly before', () => {
    // 0.9^-5 = 1 / 0.59049 = 1.693508780843028… (hand: 0.9^5 = 0.59049).
    const p = project({ ...base, drivers: [{ id: 't', type: 'tradeCost', change: '-10%', elasticity: 5, startYear: 2026, fullYear: 2027 }] });
    const full = 1 / 0.59049;
    expect(p.values.map((v) => v.toNumber())).toEqual([100, 100, expect.closeTo(100 * (1 + (full - 1) / 2), 12), expect.closeTo(100 * full, 12), expect.closeTo(100 * full, 12)]);
    expect(p.values[4]!.toSignificantDigits(20).toString()).toBe('169.35087808430286711');
  });

  it('active: a rate stops adding outside its years; a level change that happened stays', () => {
    const p = project({
      ...base,
      drivers: [
        { id: 'g', type: 'growth', rate: '10%', active: { from: 2026, until: 2027 } },
        { id: 's', type: 'shock', year: 2025, size: '-50%', recoveryYears: 2, active: { until: 2025 } },
      ],
    });
    // 2025: shock to 50 % (its recovery in 2026 is outside `until`, so the lower level stays); 2026–2027: +10 % a year.
    expect(p.values.map(String)).toEqual(['100', '50', '55', '60.5', '60.5']);
  });

  it('event: applies in project only when assumed', () => {
    const doc = (assume: boolean) => ({ ...base, drivers: [{ id: 'e', type: 'event', year: 2026, probability: 0.3, size: '-20%', assume }] });
    expect(project(doc(false)).values.map(String)).toEqual(['100', '100', '100', '100', '100']);
    expect(project(doc(true)).values.map(String)).toEqual(['100', '100', '80', '80', '80']);
  });

  it('a new baseline.value scales the components pro rata and keeps their sum exact', () => {
    const s = defineScenario({ ...base, baseline: { year: 2024 }, components: [{ id: 'exports', baseline: { value: 1 } }, { id: 'imports', baseline: { value: 2 } }], drivers: [] });
    const p = project(s, { overrides: { 'baseline.value': 100 } });
    expect(p.values[0]!.toString()).toBe('100');
  });
});

describe('overrides of number fields given as text (as --set gives them)', () => {
  it('reads "4" as 4 and names text that is not a number', () => {
    const doc = { ...base, drivers: [{ id: 't', type: 'tradeCost', change: '-10%', elasticity: 5, startYear: 2025 }] } as const;
    // 0.9^-4 = 1 / 0.6561 = 1.5241579027587258 (hand: 0.9^4 = 0.6561).
    expect(project(doc, { overrides: { 't.elasticity': '4' } }).values[1]!.toNumber()).toBeCloseTo(100 / 0.6561, 10);
    expect(() => project(doc, { overrides: { 't.elasticity': 'four' } })).toThrow('project: override "t.elasticity" must be a finite number, got "four"');
  });
});
