import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { defineScenario, project, simulate, toDocument, tornado, uniform, type ScenarioDocument } from '../../src/index';
import { compileKernel, MIN_COMPILED_RUNS, runnerFor, type Kernel, type RunnerName } from '../../src/simulation/kernel';
import { planKernel, type RunnerKind } from '../../src/simulation/plan';
import { runnerSource } from '../../src/simulation/runners/compiled';
import { describeStep } from '../../src/simulation/step';

import { createRng, fillStandardNormal } from '../../src/uncertainty/rng';

// Both runners (the plain loop that reads a plan's step description, and the code written out from the same
// description) must give the same bits on every plan: the paths, the first hits and the floored steps. The plans
// cover the four plan kinds: constant and affine rates and levels, one and two noisy draws, a year that drops the
// growth drivers, a per-run driver with a drawn year that is checked again, caps. Per-step drivers and per-run
// levels through a registered type's float functions are in affine.test.ts (it registers types).

interface Case {
  readonly name: string;
  readonly doc: ScenarioDocument;
  readonly uncertain: readonly [string, number, number][];
  /** The plan's kind. */
  readonly kind: RunnerKind;
}

const base = { baseline: { year: 2024, value: 580 }, horizon: { endYear: 2034 }, target: { value: 10000, year: 2029 } };
// The combined preset of the previous release (one lane, growth-rate ramps, a shock, a logistic cap): a rich plan
// whose operations the tests below read off, kept fixed so the presets can change (bench/fixtures/README.md).
const combined = JSON.parse(readFileSync(new URL('../fixtures/scenario/combined-one-lane.json', import.meta.url), 'utf8'));
const cases: readonly Case[] = [
  {
    name: 'the status quo with volatility',
    doc: { ...base, name: 'bare', drivers: [{ id: 'base', type: 'growth', rate: 0.2, volatility: 0.6 }] },
    uncertain: [],
    kind: 'bare',
  },
  {
    name: 'one noisy driver beside constant effects and a replaced year',
    doc: {
      ...base,
      name: 'simple',
      drivers: [
        { id: 'base', type: 'growth', rate: 0.2, volatility: 0.6 },
        { id: 'drag', type: 'growth', rate: -0.04 },
        { id: 'rail', type: 'ramp', startYear: 2026, fullYear: 2029, level: 0.05 },
        { id: 'sanctions', type: 'shock', year: 2027, size: -0.15, recoveryYears: 3 },
        { id: 'deals', type: 'schedule', rates: { 2026: 0.03, 2030: -0.5 }, mode: 'replace' },
      ],
    },
    uncertain: [
      ['base.rate', -0.2, 0.4],
      ['baseline.value', 300, 900],
    ],
    kind: 'simple',
  },
  {
    name: 'affine effects and a cap, no volatility',
    doc: {
      ...base,
      name: 'affine',
      drivers: [
        { id: 'base', type: 'growth', rate: 0.2 },
        { id: 'rail', type: 'ramp', startYear: 2026, fullYear: 2029, rate: 0.1, level: 0.05, shape: 's-curve' },
        { id: 'sanctions', type: 'shock', year: 2027, size: -0.15, recoveryYears: 3 },
        { id: 'deals', type: 'schedule', rates: { 2026: 0.03, 2030: -0.02 } },
        { id: 'capacity', type: 'cap', capacity: 8000, mode: 'logistic' },
      ],
    },
    uncertain: [
      ['base.rate', -1.5, 0.6],
      ['rail.rate', 0, 0.2],
      ['rail.level', 0, 0.1],
      ['sanctions.size', -0.3, 0],
      ['deals.rates.2026', -0.05, 0.05],
      ['capacity.capacity', 5000, 12000],
    ],
    kind: 'affine',
  },
  {
    name: 'two noisy drivers, a per-run ramp with a drawn start year, and a cap',
    doc: {
      ...base,
      name: 'general',
      drivers: [
        { id: 'base', type: 'growth', rate: 0.2, volatility: 0.6 },
        { id: 'drag', type: 'growth', rate: -0.04, volatility: 0.02 },
        { id: 'rail', type: 'ramp', startYear: 2026, fullYear: 2030, rate: 0.1 },
        { id: 'capacity', type: 'cap', capacity: 8000, mode: 'logistic' },
      ],
    },
    uncertain: [
      ['rail.startYear', 2025, 2029],
      ['rail.rate', 0, 0.2],
      ['capacity.capacity', 5000, 12000],
    ],
    kind: 'general',
  },
  {
    name: 'the combined preset with its uncertain parameters (noisy growth, affine ramps and shock, a logistic cap)',
    doc: combined,
    uncertain: [
      ['base.rate', 0.1, 0.3],
      ['railway.rate', 0.02, 0.18],
      ['agri_zones.rate', 0, 0.06],
      ['drag.rate', -0.08, 0],
      ['sanctions.size', -0.3, 0],
      ['capacity.capacity', 4e9, 16e9],
    ],
    kind: 'general',
  },
  {
    // tradeCost's level is affine in w = (1 + change)^(−θ) − 1 (DriverType.affineThrough): the runs weight slopes
    // by the transformed draw, including through the wrapper of a driver active only from 2027.
    name: 'trade-cost corridors with drawn changes (affine through their power), one active from 2027, and a shock',
    doc: {
      ...base,
      name: 'tradeCost',
      drivers: [
        { id: 'base', type: 'growth', rate: 0.05 },
        { id: 'rail', type: 'tradeCost', change: -0.02, elasticity: 5, startYear: 2026, fullYear: 2029, shape: 's-curve' },
        { id: 'bridge', type: 'tradeCost', change: -0.01, elasticity: 4, startYear: 2027 },
        { id: 'snap', type: 'tradeCost', change: 0.03, elasticity: 5, startYear: 2025, fullYear: 2026, active: { from: 2027 } },
        { id: 'sanctions', type: 'shock', year: 2027, size: -0.15 },
      ],
    },
    uncertain: [
      ['rail.change', -0.06, 0],
      ['bridge.change', -0.03, 0.01],
      ['snap.change', 0, 0.1],
      ['sanctions.size', -0.3, 0],
    ],
    kind: 'affine',
  },
];

const COUNT = 300;

function inputs(c: Case) {
  const scenario = defineScenario(c.doc);
  const names = c.uncertain.map(([name]) => name);
  const rng = createRng(2026);
  const params = new Float64Array(COUNT * names.length);
  for (let r = 0; r < COUNT; r++) c.uncertain.forEach(([, lo, hi], j) => (params[r * names.length + j] = lo + (hi - lo) * rng.next()));
  const normals = new Float64Array(COUNT * planKernel(scenario, names).normalsPerRun);
  fillStandardNormal(rng, normals);
  return { scenario, names, params, normals };
}

function runWith(name: RunnerName, c: Case) {
  const { scenario, names, params, normals } = inputs(c);
  const steps = scenario.horizon.endYear - scenario.baseline.year;
  // Written at an offset into a wider buffer, as simulate's blocks are.
  const offset = 7;
  const stride = COUNT + offset;
  const out = new Float64Array(stride * (steps + 1));
  const hit = new Int16Array(stride);
  const floored = runnerFor(name, scenario, names)({ count: COUNT, params, normals, out, stride, offset, hit });
  return { out, hit, floored };
}

/** Runs `count` runs of a kernel (parameters 0.01, normals sin(i)): a call large enough to have it compiled. */
function callWith(kernel: Kernel, count = MIN_COMPILED_RUNS) {
  const out = new Float64Array(count * (kernel.steps + 1));
  const normals = Float64Array.from({ length: count * kernel.normalsPerRun }, (_, i) => Math.sin(i));
  kernel.run({ count, params: new Float64Array(count * kernel.names.length).fill(0.01), normals, out, stride: count, offset: 0, hit: undefined });
  return out;
}

describe('both runners on the same plans give the same bits', () => {
  describe.each(cases)('$name', (c) => {
    it(`is a ${c.kind} plan, written out as code by default`, () => {
      const { scenario, names } = inputs(c);
      const kernel = compileKernel(scenario, names);
      expect(kernel.plan.runner).toBe(c.kind);
      // A call of a few runs stays in the plain loop; the first large one writes the plan out.
      callWith(kernel, 10);
      expect(kernel.runner).toBe('plain');
      callWith(kernel);
      expect(kernel.runner).toBe('compiled');
    });

    it('the compiled runner matches the plain one', () => {
      const plain = runWith('plain', c);
      const compiled = runWith('compiled', c);
      expect(Buffer.from(compiled.out.buffer).equals(Buffer.from(plain.out.buffer))).toBe(true);
      expect(Array.from(compiled.hit)).toEqual(Array.from(plain.hit));
      expect(compiled.floored).toBe(plain.floored);
      // Every run was written: no value left at the buffer's 0 past the offset.
      expect(plain.out.subarray(7).every((x, i) => (i + 7) % (COUNT + 7) < 7 || x > 0)).toBe(true);
    });
  });

  it('the plans exercise the −99 % floor of the combined rate (some steps are floored)', () => {
    expect(runWith('plain', cases[2]!).floored).toBeGreaterThan(0);
    expect(runWith('plain', cases[1]!).floored).toBeGreaterThan(0);
  });

  it('with no volatility, the paths are the exact projection with the run’s parameters (to 1e-12)', () => {
    const c = cases[2]!;
    const { scenario, names, params } = inputs(c);
    const got = runWith('compiled', c);
    // Runs whose drawn base rate is one the document accepts (the exact engine checks the fields; the kernel floors).
    const rows = Array.from({ length: COUNT }, (_, r) => r).filter((r) => params[r * names.length]! > -0.9);
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) {
      const overrides = Object.fromEntries(names.map((name, j) => [name, params[r * names.length + j]!]));
      const exact = project(scenario, { overrides });
      exact.values.forEach((value, i) => expect(got.out[i * (COUNT + 7) + 7 + r]! / value.toNumber()).toBeCloseTo(1, 12));
    }
  });

  it('trade-cost changes drawn per run give the exact projection with the run’s changes (to 1e-12)', () => {
    const c = cases[5]!;
    const { scenario, names, params } = inputs(c);
    const plan = planKernel(scenario, names);
    expect(plan.affine.levels.map((level) => level.terms.some((term) => term.transform !== undefined))).toEqual([true, true, true, false]);
    const got = runWith('compiled', c);
    for (let r = 0; r < COUNT; r++) {
      const overrides = Object.fromEntries(names.map((name, j) => [name, params[r * names.length + j]!]));
      const exact = project(scenario, { overrides });
      exact.values.forEach((value, i) => expect(got.out[i * (COUNT + 7) + 7 + r]! / value.toNumber()).toBeCloseTo(1, 12));
    }
  });

  it('a plan with one fixed growth rate is the compound path v·(1 + g)^i (worked by hand: 100 · 1.1^3 = 133.1)', () => {
    const scenario = defineScenario({ name: 'hand', baseline: { year: 2024, value: 100 }, horizon: { endYear: 2027 }, drivers: [{ id: 'base', type: 'growth', rate: 0.1 }] });
    for (const codegen of [true, false]) {
      const out = new Float64Array(4);
      compileKernel(scenario, [], { codegen }).run({ count: 1, params: new Float64Array(0), normals: new Float64Array(0), out, stride: 1, offset: 0, hit: undefined });
      expect(Array.from(out, (x) => Number(x.toFixed(9)))).toEqual([100, 110, 121, 133.1]);
    }
  });
});

describe('the step description', () => {
  it('lists the operations of the combined preset’s runs, read off its document', () => {
    // base: noisy (volatility 8 %); railway, agri_zones, drag, sanctions: uncertain and affine; the other ramps fixed
    // (folded into the constants); capacity: the one cap, its capacity set per run with base.rate.
    const c = cases[4]!;
    const { scenario, names } = inputs(c);
    const step = describeStep(planKernel(scenario, names));
    expect(step.run.map((op) => op.op)).toEqual(['set', 'read noisy', 'affine']);
    expect(step.year.map((op) => op.op)).toEqual(['const rate', 'run rate', 'noisy', 'floor', 'level', 'cap', 'store', 'hit']);
  });

  it('the written-out source holds numbers and fixed names only, nothing from the document', () => {
    const c = cases[4]!;
    const { scenario, names } = inputs(c);
    const plan = planKernel(scenario, names);
    const source = runnerSource(plan, describeStep(plan));
    // (The cap's id, `capacity`, is also the built-in cap type's field name, which the source reads: a fixed name.)
    for (const word of ['railway', 'agri_zones', 'drag', 'sanctions', 'nakhchivan', 'Momentum', 'Border']) expect(source).not.toContain(word);
    // Only the operations the plan has: ten years, each with one draw, one cap and one store; no level step of 1
    // multiplied in (the preset's fixed levels change only in 2025–2027, and the drawn shock only in 2026).
    expect(source.match(/normals\[/g)).toHaveLength(10);
    // The built-in logistic cap is written out in place (its rule from src/scenario/drivers/cap.ts), not called.
    expect(source.match(/if \(!\(next <= v\)\)/g)).toHaveLength(10);
    expect(source).not.toMatch(/cap0\(/);
    expect(source.match(/^out\[/gm)).toHaveLength(11);
    expect(source.match(/^next = v \* \(1 \+ rate\);$/gm)).toHaveLength(7);
  });

  it('a horizon past 64 years runs in the plain loop (unrolled, it would be too long to optimize)', () => {
    const doc = { ...cases[0]!.doc, horizon: { endYear: 2024 + 65 }, target: { value: 10000, year: 2029 } };
    const kernel = compileKernel(defineScenario(doc), []);
    callWith(kernel);
    expect(kernel.runner).toBe('plain');
    expect(() => runnerFor('compiled', defineScenario(doc), [])).toThrowErrorMatchingInlineSnapshot(`[RangeError: runnerFor: this plan cannot be compiled]`);
  });
});

describe('codegen', () => {
  const c = cases[2]!;
  it('false keeps the plan to the plain loop', () => {
    const { scenario, names } = inputs(c);
    const kernel = compileKernel(scenario, names, { codegen: false });
    callWith(kernel);
    expect(kernel.runner).toBe('plain');
  });

  it('false gives simulate the same bits (compiled by default)', () => {
    const uncertain = { 'rail.rate': uniform({ min: 0, max: 0.2 }), 'sanctions.size': uniform({ min: -0.3, max: 0 }) };
    const compiled = simulate(c.doc, { uncertain, runs: 3000, seed: 3 });
    const plain = simulate(c.doc, { uncertain, runs: 3000, seed: 3, codegen: false });
    for (const year of [2025, 2029, 2034]) expect(Buffer.from(plain.valuesAt(year).buffer).equals(Buffer.from(compiled.valuesAt(year).buffer))).toBe(true);
    expect(() => simulate(c.doc, { runs: 1, seed: 1, codegen: 1 as never })).toThrowErrorMatchingInlineSnapshot(`[TypeError: simulate: codegen must be true or false, got 1]`);
  });

  // Compiled factories are kept by source, so these tests use plans compiled nowhere else: a fixed rate of their own
  // (a literal in the source; the noisy driver's rate is read from its fields, so it is not).
  const fresh = (rate: number) =>
    defineScenario({
      ...base,
      name: 'fresh',
      drivers: [
        { id: 'base', type: 'growth', rate: 0.2, volatility: 0.1 },
        { id: 'drag', type: 'growth', rate },
        { id: 'cap', type: 'cap', capacity: 9000 },
      ],
    });

  it('falls back to the plain loop when Function is refused (EvalError), and throws any other error', () => {
    vi.stubGlobal('Function', function refused() {
      throw new EvalError('Refused to evaluate a string as JavaScript');
    });
    try {
      const kernel = compileKernel(fresh(0.0101), []);
      callWith(kernel);
      expect(kernel.runner).toBe('plain');
      vi.stubGlobal('Function', function broken() {
        throw new SyntaxError('Unexpected token');
      });
      expect(() => callWith(compileKernel(fresh(0.0102), []))).toThrowErrorMatchingInlineSnapshot(`[SyntaxError: Unexpected token]`);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('compiles a plan’s source once: a second kernel of the same plan reuses it', () => {
    const RealFunction = Function;
    let compiled = 0;
    vi.stubGlobal('Function', function counting(...args: string[]) {
      compiled++;
      return new RealFunction(...args);
    });
    try {
      const first = compileKernel(fresh(0.0103), []);
      // Another scenario with the same plan (only the noisy rate differs) shares the source too.
      const again = compileKernel(defineScenario({ ...toDocument(fresh(0.0103)), drivers: [{ id: 'base', type: 'growth', rate: 0.3, volatility: 0.1 }, ...toDocument(fresh(0.0103)).drivers.slice(1)] }), []);
      const outs = [first, again].map((kernel) => callWith(kernel));
      expect(compiled).toBe(1);
      callWith(compileKernel(fresh(0.0104), []));
      expect(compiled).toBe(2);
      expect(first.runner).toBe('compiled');
      expect(again.runner).toBe('compiled');
      // The runners are separate: each reads its own scenario's fields. By hand, the first year of run 0 (normal
      // sin 0 = 0): 580 · (1 + 0.2 + 0.0103) and 580 · (1 + 0.3 + 0.0103).
      expect(outs[0]![MIN_COMPILED_RUNS]).toBeCloseTo(580 * 1.2103, 9);
      expect(outs[1]![MIN_COMPILED_RUNS]).toBeCloseTo(580 * 1.3103, 9);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('must be a boolean', () => {
    expect(() => tornado(c.doc, { codegen: 'no' as never })).toThrowErrorMatchingInlineSnapshot(`[TypeError: tornado: codegen must be true or false, got "no"]`);
  });
});

describe('errors name the calling function', () => {
  const c = cases[2]!;
  it('a level that falls to 0 says tornado: under tornado', () => {
    // sanctions.size −1.25 gives a level of 1 − 1.25 = −0.25 in 2027 (the shock's year).
    const problem = { scenario: c.doc, params: { 'sanctions.size': [-1.25, 0] as const } };
    expect(() => tornado(problem)).toThrowErrorMatchingInlineSnapshot(`[RangeError: tornado: driver "sanctions" gives a level of -0.25 in 2027; it must stay above 0]`);
  });

  it.each([true, false])('and simulate: under simulate (the default caller; compiled %s)', (codegen) => {
    const { scenario, names, params } = inputs(c);
    const bad = params.slice(0, names.length);
    bad[names.indexOf('sanctions.size')] = -1.25;
    const out = new Float64Array(12);
    const run = () => runnerFor(codegen ? 'compiled' : 'plain', scenario, names)({ count: 1, params: bad, normals: new Float64Array(0), out, stride: 1, offset: 0, hit: undefined });
    expect(run).toThrowErrorMatchingInlineSnapshot(`[RangeError: simulate: driver "sanctions" gives a level of -0.25 in 2027; it must stay above 0]`);
  });

  // The compiled runner reads a built-in cap's drawn capacity from the design row itself (no setter): it still
  // refuses an amount at or below 0 with the setter's words, before anything else of the run.
  it.each([true, false])('a capacity drawn at or below 0 is refused the same way (compiled %s)', (codegen) => {
    const { scenario, names, params } = inputs(cases[4]!);
    const bad = params.slice(0, names.length);
    bad[names.indexOf('capacity.capacity')] = -1;
    const normals = new Float64Array(planKernel(scenario, names).normalsPerRun);
    const run = () => runnerFor(codegen ? 'compiled' : 'plain', scenario, names)({ count: 1, params: bad, normals, out: new Float64Array(11), stride: 1, offset: 0, hit: undefined });
    expect(run).toThrowErrorMatchingInlineSnapshot(`[RangeError: simulate: capacity.capacity drew -1, but an amount must stay above 0; use a distribution that stays positive (lognormal, say)]`);
  });
});
