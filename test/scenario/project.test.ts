import { describe, expect, it } from 'vitest';
import { defineScenario, futureValue, listParameters, project, ScenarioError, type ScenarioDocument } from '../../src/index';

const doc = (over: Partial<ScenarioDocument> = {}): ScenarioDocument => ({
  name: 't',
  baseline: { year: 2024, value: 100 },
  horizon: { endYear: 2026 },
  target: { value: 300, year: 2026 },
  drivers: [{ id: 'g', type: 'growth', rate: '100%' }],
  ...over,
});

describe('project: the target', () => {
  it('finds the first year reached and the fractional crossing', () => {
    // 100 → 200 → 400: reached in 2026; crossing inside 2026 at 2025 + ln(300/200)/ln(400/200) = 2025.5849625007…
    const t = project(doc()).target!;
    expect(t.reachedIn).toBe(2026);
    expect(t.crossing).toBeCloseTo(2025.584962500721, 12); // Reference: Python math.log
    expect(t.gap.toString()).toBe('-100');
    // (300/100)^(1/2) − 1 = √3 − 1 = 0.7320508075688772935274463415058723669428 (Python decimal, 50 digits)
    expect(t.requiredCagr.toFixed(38)).toBe('0.73205080756887729352744634150587236694');
    expect(t.requiredCagrByYear.map((r) => r.toFixed(30))).toEqual([
      '0.732050807568877293527446341506',
      '0.500000000000000000000000000000', // from 200 to 300 in one year
    ]);
  });

  it('is null when the target is not reached, with the shortfall as gap', () => {
    const t = project(doc({ drivers: [{ id: 'g', type: 'growth', rate: '10%' }] })).target!;
    expect([t.reachedIn, t.crossing]).toEqual([null, null]);
    expect(t.gap.toString()).toBe('179'); // 300 − 121
  });

  it('counts a path from a required CAGR written as a JSON number as reaching the target (1e-12 tolerance)', () => {
    const p = project({
      name: 'target path',
      baseline: { year: 2024, value: '$580M' },
      horizon: { endYear: 2029 },
      target: { value: '$10B', year: 2029 },
      drivers: [{ id: 'g', type: 'growth', rate: 0.7673167814300419 }],
    });
    expect(p.values[5]!.lt('1e10')).toBe(true); // the float rate falls a hair short …
    expect(p.target!.reachedIn).toBe(2029); // … and still counts
  });

  it('equals futureValue for a constant growth driver', () => {
    const p = project({ name: 'g', baseline: { year: 2024, value: 100 }, horizon: { endYear: 2034 }, drivers: [{ id: 'g', type: 'growth', rate: '20%' }] });
    expect(p.values[10]!.toString()).toBe(futureValue({ start: 100, rate: '20%', years: 10 }).toString());
  });
});

describe('project: overrides', () => {
  const s = defineScenario(
    doc({
      drivers: [
        { id: 'g', type: 'growth', rate: '10%' },
        { id: 'sched', type: 'schedule', rates: { '2026': '5%' } },
      ],
    }),
  );

  it('sets parameters by address, including nested ones and the baseline', () => {
    const p = project(s, { overrides: { 'g.rate': '20%', 'sched.rates.2026': 0, 'baseline.value': '200' } });
    expect(p.values.map(String)).toEqual(['200', '240', '288']);
    const g = s.drivers[0]!;
    expect(g.type === 'growth' && String(g.rate)).toBe('0.1'); // the scenario itself is unchanged
  });

  it('takes a year as a whole number or its digits, and nothing else', () => {
    const ramp = defineScenario(doc({ horizon: { endYear: 2030 }, target: undefined as never, drivers: [{ id: 'r', type: 'ramp', startYear: 2026, fullYear: 2028, rate: '9%' }] }));
    const asText = project(ramp, { overrides: { 'r.startYear': '2027' } }).values.map(String);
    expect(asText).toEqual(project(ramp, { overrides: { 'r.startYear': 2027 } }).values.map(String));
    expect(() => project(ramp, { overrides: { 'r.startYear': '2027.5' } })).toThrow('project: override "r.startYear" must be a whole number, got "2027.5"');
  });

  it('lists the parameter names', () => {
    expect(listParameters(s).map((p) => p.name)).toEqual(['baseline.value', 'target.value', 'g.rate', 'sched.rates.2026']);
  });

  it('names the valid parameters when one is unknown', () => {
    expect(() => project(s, { overrides: { 'g.rat': 0.1 } })).toThrowErrorMatchingInlineSnapshot(`
      [ScenarioError: project: unknown parameter "g.rat" (1 problem):
        - g.rat: unknown parameter; valid parameters of "t": baseline.value, target.value, g.rate, sched.rates.2026]
    `);
  });

  it('validates override values like the document', () => {
    expect(() => project(s, { overrides: { 'g.rate': '-150%' } })).toThrow(ScenarioError);
    expect(() => project(s, { overrides: { 'g.rate': 'fast' } })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: project: override "g.rate" must be a fraction like 0.2 or a percentage like "20%", got "fast"]`,
    );
    expect(() => project(s, { overrides: 5 as never })).toThrow(TypeError);
  });
});
