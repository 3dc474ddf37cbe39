import { describe, expect, it } from 'vitest';
import { defineScenario, discover, discoverySummary, presets, prim, simulate, uniform } from '../../src/index';

// The 20%-a-year variant (no uncertainty of its own): the cases below put their own range on base.rate.
const statusQuo = presets.azerbaijanIran.momentum;
const baseRate = (min: number, max: number) => ({ 'base.rate': uniform({ min, max }) });
// Reference (analytic): $580M growing at r for n years reaches $10B when r ≥ (10000/580)^(1/n) − 1.
const threshold = (years: number, target = 10_000) => (target / 580) ** (1 / years) - 1;

describe('discover on the status quo with uncertain base growth', () => {
  const runs = 2000;
  const result = discover(statusQuo, { uncertain: baseRate(0.1, 1), runs, seed: 11 });

  it('finds the analytic threshold for $10B by 2029', () => {
    const box = result.boxes[result.chosen]!;
    // Reference: 0.76731678… (DESIGN.md's required CAGR). A Latin hypercube puts one run in each stratum of width
    // 0.9 / 2000 = 0.00045, so the limit, halfway between the last miss and the first hit, is within two strata.
    expect(threshold(5)).toBeCloseTo(0.76731678, 8);
    expect(Math.abs(box.limits['base.rate']!.min - threshold(5))).toBeLessThan(0.0009);
    expect(box.limits['base.rate']!.max).toBe(result.ranges['base.rate']!.max);
    expect(box).toMatchObject({ density: 1, coverage: 1 });
    // Reference: P(r ≥ 0.7673) = (1 − 0.7673) / 0.9 for r ~ U(0.1, 1); a Latin hypercube hits it to within one run.
    expect(Math.abs(result.hitRate - (1 - threshold(5)) / 0.9)).toBeLessThanOrEqual(1 / runs);
    expect(result.features).toEqual([{ param: 'base.rate', score: 1, direction: 'higher' }]);
    expect(result.question).toBe('reach $10.0B by 2029');
    expect(result.target).toEqual({ value: 10e9, year: 2029 });
    expect(result.kinds).toEqual({ 'base.rate': 'rate' });
    expect(result.settings).toEqual({ runs, seed: 11, sampler: 'lhs', uncertain: { 'base.rate': { type: 'uniform', min: 0.1, max: 1 } } });
  });

  it('finds the analytic threshold for $10B by 2034', () => {
    const later = discover(statusQuo, { uncertain: baseRate(0.1, 1), runs, seed: 11, year: 2034 });
    // Reference: (10000/580)^(1/10) − 1 = 0.3293… .
    expect(Math.abs(later.boxes[later.chosen]!.limits['base.rate']!.min - threshold(10))).toBeLessThan(0.0009);
    expect(later.question).toBe('reach $10.0B by 2034');
  });

  it('marks hits by a predicate on the path and on the inputs', () => {
    const byPath = discover(statusQuo, {
      uncertain: baseRate(0.1, 1),
      runs,
      seed: 11,
      predicate: (path) => path[5]! >= 5e9,
      label: 'reach $5B in 2029',
    });
    // Reference: (5000/580)^(1/5) − 1, the growth that takes $580M to $5B in five years.
    expect(Math.abs(byPath.boxes[byPath.chosen]!.limits['base.rate']!.min - threshold(5, 5000))).toBeLessThan(0.0009);
    expect(byPath.question).toBe('reach $5B in 2029');
    expect(byPath.target).toBeNull();

    const byInputs = discover(statusQuo, { uncertain: baseRate(0.1, 1), runs, seed: 11, predicate: (_, inputs) => inputs['base.rate']! < 0.4 });
    const box = byInputs.boxes[byInputs.chosen]!;
    expect(Math.abs(box.limits['base.rate']!.max - 0.4)).toBeLessThan(0.0009);
    expect(box.limits['base.rate']!.min).toBe(byInputs.ranges['base.rate']!.min);
    expect(byInputs.features[0]!.direction).toBe('lower');
  });

  it('is the same for the same seed and the same as PRIM on the simulated runs', () => {
    const again = discover(statusQuo, { uncertain: baseRate(0.1, 1), runs, seed: 11 });
    expect(again).toEqual(result);
    // The same as PRIM on the simulation's own inputs and first hits.
    const sim = simulate(statusQuo, { uncertain: baseRate(0.1, 1), runs, seed: 11, sampler: 'lhs' });
    const first = sim.firstHitIndex();
    const hits = Array.from(first, (i) => i >= 0 && sim.years[i]! <= 2029);
    const direct = prim({ x: sim.inputsOf('base.rate'), k: 1, hits, names: ['base.rate'] });
    expect(result.boxes).toEqual(direct.boxes);
    expect(result.features).toEqual(direct.features);
    const other = discover(statusQuo, { uncertain: baseRate(0.1, 1), runs, seed: 12 });
    expect(other.boxes[other.chosen]!.limits).not.toEqual(result.boxes[result.chosen]!.limits);
  });

  it('writes what would have to be true', () => {
    expect(discoverySummary(result)).toMatchInlineSnapshot(`
      "base.rate ≥ 76.7%: in this box 100% of runs reach $10.0B by 2029 (coverage 100% of all hits).
      Across all 2,000 runs, 26% reach $10.0B by 2029 (Momentum: 20% a year).
        base.rate ≥ 76.7% (sampled 10.0% to 100.0%; p < 1e-300)
      Separation of hits from misses (Kolmogorov–Smirnov): base.rate 1.00, hits higher."
    `);
    expect(discoverySummary(result, { format: 'markdown' })).toMatchInlineSnapshot(`
      "**base.rate ≥ 76.7%: in this box 100% of runs reach $10.0B by 2029 (coverage 100% of all hits).** Across all 2,000 runs, 26% reach $10.0B by 2029 (Momentum: 20% a year).

      | Condition         | Sampled         | Significance |
      | :---------------- | :-------------- | :----------- |
      | base.rate ≥ 76.7% | 10.0% to 100.0% | p \\< 1e-300  |

      | Parameter | Kolmogorov–Smirnov | Hits lie |
      | :-------- | -----------------: | :------- |
      | base.rate |               1.00 | higher   |"
    `);
  });
});

describe('discover with several parameters', () => {
  it('finds the corridor conditions for $10B by 2034 and reports every parameter', () => {
    const result = discover(presets.azerbaijanIran.corridorLed, {
      uncertain: { 'base.rate': uniform({ min: 0, max: 0.6 }), 'railway.change': uniform({ min: -0.3, max: 0 }) },
      runs: 4000,
      seed: 3,
      year: 2034,
    });
    const box = result.boxes[result.chosen]!;
    expect(Object.keys(box.limits).sort()).toEqual(['araz_corridor.change', 'astarachay.change', 'base.rate', 'railway.change']);
    expect(result.features).toHaveLength(4);
    // Base growth matters most; the box asks for more of it than 2024's 20 %.
    expect(result.features[0]!.param).toBe('base.rate');
    expect(box.limits['base.rate']!.min).toBeGreaterThan(0.2);
    expect(box.density).toBeGreaterThan(0.8);
    expect(box.coverage).toBeGreaterThanOrEqual(0.5);
    for (const r of box.restricted) expect(r.pValue).toBeLessThan(0.01);
    expect(discoverySummary(result).split('\n')[0]).toMatch(/^base\.rate ≥ \d+\.\d%.*: in this box \d+% of runs reach \$10\.0B by 2034/);
  });
});

describe('discover with nothing to find', () => {
  it('explains a target no run reaches', () => {
    const result = discover(statusQuo, { uncertain: baseRate(0, 0.3), runs: 200, seed: 1 });
    expect(result).toMatchObject({ hitRate: 0, hits: 0, chosen: 0, tradeoff: [{ coverage: 0, density: 0, mass: 1 }] });
    expect(discoverySummary(result)).toMatchInlineSnapshot(`
      "None of the 200 runs reach $10.0B by 2029: there is no box to find; widen the ranges or ease the condition.
      Across all 200 runs (Momentum: 20% a year), none reach $10.0B by 2029: the chance is below 2% (95% upper bound)."
    `);
    // Reference: the Wilson bound with no hit is z²/(n + z²) = 3.8415/203.84 = 1.885%, rounded up to "2%".
  });

  it('explains a target every run reaches', () => {
    const result = discover(statusQuo, { uncertain: baseRate(0.8, 1), runs: 200, seed: 1 });
    expect(result).toMatchObject({ hitRate: 1, chosen: 0, tradeoff: [{ coverage: 1, density: 1, mass: 1 }] });
    expect(result.boxes[0]!.restricted).toEqual([]);
    expect(discoverySummary(result, { format: 'markdown' })).toMatch(/^All 200 runs reach \$10\.0B by 2029: every assumption/);
  });
});

describe('discover progress, cancellation and checks', () => {
  it('reports progress and stops when aborted', () => {
    const seen: number[] = [];
    discover(statusQuo, { uncertain: baseRate(0.1, 1), runs: 100, seed: 1, onProgress: (done) => seen.push(done) });
    expect(seen.at(-1)).toBe(100);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    expect(() => discover(statusQuo, { uncertain: baseRate(0.1, 1), runs: 100, seed: 1, signal: controller.signal })).toThrow('stop');
  });

  it('names the rule and the value', () => {
    const options = { uncertain: baseRate(0.1, 1), runs: 100, seed: 1 };
    expect(() => discover(statusQuo, { ...options, runs: 5 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: discover: runs must be a whole number from 10 to 5,000,000 (PRIM needs points to peel), got 5]`);
    expect(() => discover(statusQuo, { ...options, runs: 100.5 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: discover: runs must be a whole number from 10 to 5,000,000 (PRIM needs points to peel), got 100.5]`);
    expect(() => discover(statusQuo, { ...options, seed: 1.5 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: discover: seed must be a safe integer or a string, got 1.5]`);
    // @ts-expect-error: not a sampler
    expect(() => discover(statusQuo, { ...options, sampler: 'grid' })).toThrowErrorMatchingInlineSnapshot(`[RangeError: discover: sampler must be 'random', 'lhs' or 'sobol', got "grid"]`);
    expect(() => discover(statusQuo, { ...options, label: '' })).toThrowErrorMatchingInlineSnapshot(`[TypeError: discover: label must be a non-empty string, got ""]`);
    expect(() => discover(statusQuo, { ...options, year: 2050 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: discover: year must be one of 2024..2034, got 2050]`);
    expect(() => discover(statusQuo, { ...options, year: 2030, predicate: () => true })).toThrowErrorMatchingInlineSnapshot(`[RangeError: discover: give year or predicate, not both (got year 2030 and a predicate)]`);
    // @ts-expect-error: not a function
    expect(() => discover(statusQuo, { ...options, predicate: 'high' })).toThrowErrorMatchingInlineSnapshot(`[TypeError: discover: predicate must be a function (path, inputs) => boolean, got "high"]`);
    expect(() => discover(statusQuo, { runs: 100, seed: 1 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: discover: needs at least one uncertain parameter (in options.uncertain or the scenario's uncertainty), got none]`);
    expect(() => discover(statusQuo, { ...options, alpha: 0.9 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: discover: alpha must be in (0, 0.5], got 0.9]`);
    expect(() => discover(statusQuo, { ...options, uncertain: { 'base.growth': uniform({ min: 0, max: 1 }) } })).toThrowErrorMatchingInlineSnapshot(`
      [ScenarioError: discover: unknown parameter "base.growth" (1 problem):
        - uncertain["base.growth"]: unknown parameter; valid parameters of "Momentum: 20% a year": baseline.value, target.value, base.rate]
    `);
    const noTarget = defineScenario({ name: 'no target', baseline: { year: 2024, value: '$580M' }, horizon: { endYear: 2030 }, drivers: [{ id: 'base', type: 'growth', rate: '20%' }] });
    expect(() => discover(noTarget, options)).toThrowErrorMatchingInlineSnapshot(`[RangeError: discover: the scenario "no target" has no target; give it one or pass a predicate]`);
  });
});

describe('discoverySummary', () => {
  it('reads a result of prim with plain numbers', () => {
    const x = Array.from({ length: 100 }, (_, i) => i / 100);
    const text = discoverySummary(prim({ x, k: 1, hits: x.map((v) => v >= 0.37), names: ['share'] }));
    expect(text).toMatchInlineSnapshot(`
      "share ≥ 0.365: in this box 100% of runs are cases of interest (coverage 100% of all hits).
      Across all 100 runs, 63% are cases of interest.
        share ≥ 0.365 (sampled 0 to 0.99; p = 2.9e-28)
      Separation of hits from misses (Kolmogorov–Smirnov): share 1.00, hits higher."
    `);
  });

  it('checks its options', () => {
    const x = [0, 1, 2, 3];
    const result = prim({ x, k: 1, hits: [false, false, true, true] });
    expect(() => discoverySummary(result, { features: -1 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: discoverySummary: features must be a whole number ≥ 0, got -1]`);
    // @ts-expect-error: not a result
    expect(() => discoverySummary({})).toThrowErrorMatchingInlineSnapshot(`[TypeError: discoverySummary: result must be the result of discover or prim, got an object]`);
  });
});
