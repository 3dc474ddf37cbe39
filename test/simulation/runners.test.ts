import { describe, expect, it, vi } from 'vitest';
import { defineScenario, project, simulate, tornado, uniform, type ScenarioDocument } from '../../src/index';
import { compileKernel, runnerFor, type RunnerName } from '../../src/simulation/kernel';
import { planKernel } from '../../src/simulation/plan';

import { createRng, fillStandardNormal } from '../../src/uncertainty/rng';

// Every runner that can run a plan must give the same bits: the paths, the first hits and the floored steps. The
// plans cover the four runner kinds; each is run by every runner that accepts it, on the same parameters and normals.

interface Case {
  readonly name: string;
  readonly doc: ScenarioDocument;
  readonly uncertain: readonly [string, number, number][];
  /** The runner the kernel picks, and the others that can run the plan. */
  readonly kind: RunnerName;
  readonly runners: readonly RunnerName[];
}

const base = { baseline: { year: 2024, value: 580 }, horizon: { endYear: 2034 }, target: { value: 10000, year: 2029 } };
const cases: readonly Case[] = [
  {
    name: 'the status quo with volatility',
    doc: { ...base, name: 'bare', drivers: [{ id: 'base', type: 'growth', rate: 0.2, volatility: 0.6 }] },
    uncertain: [],
    kind: 'bare',
    runners: ['bare', 'simple', 'generic'],
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
    runners: ['simple', 'generic'],
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
    kind: 'compiled affine',
    runners: ['affine', 'compiled affine', 'generic'],
  },
  {
    name: 'volatility, a per-run ramp with a drawn start year, and a cap',
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
    kind: 'generic',
    runners: ['generic'],
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

describe('every runner on the same plans gives the same bits', () => {
  describe.each(cases)('$name', (c) => {
    it(`is run by the ${c.kind} runner`, () => {
      const { scenario, names } = inputs(c);
      expect(compileKernel(scenario, names).runner).toBe(c.kind);
    });

    const reference = runWith('generic', c);
    it.each(c.runners.filter((name) => name !== 'generic'))('%s matches the generic runner', (name) => {
      const got = runWith(name, c);
      expect(Buffer.from(got.out.buffer).equals(Buffer.from(reference.out.buffer))).toBe(true);
      expect(Array.from(got.hit)).toEqual(Array.from(reference.hit));
      expect(got.floored).toBe(reference.floored);
    });
  });

  it('the plans exercise the −99 % floor of the combined rate (some steps are floored)', () => {
    expect(runWith('generic', cases[2]!).floored).toBeGreaterThan(0);
    expect(runWith('generic', cases[1]!).floored).toBeGreaterThan(0);
  });

  it('with no volatility, the paths are the exact projection with the run’s parameters (to 1e-12)', () => {
    const c = cases[2]!;
    const { scenario, names, params } = inputs(c);
    const got = runWith('compiled affine', c);
    // Runs whose drawn base rate is one the document accepts (the exact engine checks the fields; the kernel floors).
    const rows = Array.from({ length: COUNT }, (_, r) => r).filter((r) => params[r * names.length]! > -0.9);
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) {
      const overrides = Object.fromEntries(names.map((name, j) => [name, params[r * names.length + j]!]));
      const exact = project(scenario, { overrides });
      exact.values.forEach((value, i) => expect(got.out[i * (COUNT + 7) + 7 + r]! / value.toNumber()).toBeCloseTo(1, 12));
    }
  });

  it('a plan with one fixed growth rate is the compound path v·(1 + g)^i (worked by hand: 100 · 1.1^3 = 133.1)', () => {
    const scenario = defineScenario({ name: 'hand', baseline: { year: 2024, value: 100 }, horizon: { endYear: 2027 }, drivers: [{ id: 'base', type: 'growth', rate: 0.1 }] });
    const out = new Float64Array(4);
    compileKernel(scenario, []).run({ count: 1, params: new Float64Array(0), normals: new Float64Array(0), out, stride: 1, offset: 0, hit: undefined });
    expect(Array.from(out, (x) => Number(x.toFixed(9)))).toEqual([100, 110, 121, 133.1]);
  });
});

describe('codegen', () => {
  const c = cases[2]!;
  it('false keeps the affine plan to the plain loop', () => {
    const { scenario, names } = inputs(c);
    expect(compileKernel(scenario, names, { codegen: false }).runner).toBe('affine');
  });

  it('false gives simulate the same bits (an affine plan: compiled by default)', () => {
    const uncertain = { 'rail.rate': uniform({ min: 0, max: 0.2 }), 'sanctions.size': uniform({ min: -0.3, max: 0 }) };
    const compiled = simulate(c.doc, { uncertain, runs: 500, seed: 3 });
    const plain = simulate(c.doc, { uncertain, runs: 500, seed: 3, codegen: false });
    for (const year of [2025, 2029, 2034]) expect(Buffer.from(plain.valuesAt(year).buffer).equals(Buffer.from(compiled.valuesAt(year).buffer))).toBe(true);
    expect(() => simulate(c.doc, { runs: 1, seed: 1, codegen: 1 as never })).toThrowErrorMatchingInlineSnapshot(`[TypeError: simulate: codegen must be true or false, got 1]`);
  });

  it('falls back to the plain loop when Function is refused (EvalError), and throws any other error', () => {
    const { scenario, names } = inputs(c);
    vi.stubGlobal('Function', function refused() {
      throw new EvalError('Refused to evaluate a string as JavaScript');
    });
    try {
      expect(compileKernel(scenario, names).runner).toBe('affine');
      vi.stubGlobal('Function', function broken() {
        throw new SyntaxError('Unexpected token');
      });
      expect(() => compileKernel(scenario, names)).toThrowErrorMatchingInlineSnapshot(`[SyntaxError: Unexpected token]`);
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

  it('and simulate: under simulate (the default caller)', () => {
    const { scenario, names, params } = inputs(c);
    const bad = params.slice(0, names.length);
    bad[names.indexOf('sanctions.size')] = -1.25;
    const out = new Float64Array(12);
    const run = () => compileKernel(scenario, names).run({ count: 1, params: bad, normals: new Float64Array(0), out, stride: 1, offset: 0, hit: undefined });
    expect(run).toThrowErrorMatchingInlineSnapshot(`[RangeError: simulate: driver "sanctions" gives a level of -0.25 in 2027; it must stay above 0]`);
  });

  it('runnerFor refuses a runner that cannot run the plan', () => {
    const { scenario, names } = inputs(cases[3]!);
    expect(() => runnerFor('affine', scenario, names)).toThrowErrorMatchingInlineSnapshot(`[RangeError: runnerFor: the affine runner cannot run a general plan]`);
  });
});
