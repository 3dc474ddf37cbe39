import { afterEach, describe, expect, it, vi } from 'vitest';
import { Decimal, defineScenario, driverFields, presets, project, registerDriver, sobol, type DriverType, type ScenarioDocument } from '../../src/index';
import { compileKernel, runnerFor } from '../../src/simulation/kernel';
import { describeStep } from '../../src/simulation/step';
import { createRng } from '../../src/uncertainty/rng';
import { rampDriver } from '../../src/scenario/drivers/ramp';
import { shockDriver } from '../../src/scenario/drivers/shock';
import { scheduleDriver } from '../../src/scenario/drivers/schedule';

// The same driver types without their `affine` declaration: the kernel then evaluates them per run through their
// float functions, the path every registered type takes. The affine path must give the same paths.
const plainType = ({ affine: _affine, ...type }: DriverType, name: string): DriverType => ({ ...type, type: name });
registerDriver(plainType(rampDriver, 'test-ramp-plain'));
registerDriver(plainType(shockDriver, 'test-shock-plain'));
registerDriver(plainType(scheduleDriver, 'test-schedule-plain'));
// A base growth driver whose rate reads the value: computed every step, and skipped in a year whose growth drivers
// a replace-mode schedule drops. 10 % · (1 − V / 100,000).
registerDriver({
  type: 'test-momentum',
  description: 'Momentum that fades as turnover nears 100,000',
  base: true,
  fields: { rate: driverFields.rate() },
  parameters: { rate: 'rate' },
  exactRate: (d, _year, previous) => d.rate.times(new Decimal(1).minus(previous.div(100000))),
  floatRate: (d, _year, previous) => d.rate * (1 - previous / 100000),
});

const doc = (plain: boolean): ScenarioDocument => ({
  name: plain ? 'plain' : 'affine',
  baseline: { year: 2024, value: 580 },
  horizon: { endYear: 2034 },
  target: { value: 10000, year: 2029 },
  drivers: [
    { id: 'base', type: 'growth', rate: 0.2 },
    { id: 'drag', type: 'growth', rate: -0.04 },
    { id: 'rail', type: plain ? 'test-ramp-plain' : 'ramp', startYear: 2026, fullYear: 2029, rate: 0.1, level: 0.05, shape: 's-curve' },
    { id: 'bridge', type: plain ? 'test-ramp-plain' : 'ramp', startYear: 2025, fullYear: 2027, level: 0.04 },
    { id: 'sanctions', type: plain ? 'test-shock-plain' : 'shock', year: 2027, size: -0.15, recoveryYears: 3 },
    { id: 'deals', type: plain ? 'test-schedule-plain' : 'schedule', rates: { 2026: 0.03, 2030: -0.02 } },
    { id: 'capacity', type: 'cap', capacity: 8000, mode: 'logistic' },
  ],
});
const names = ['base.rate', 'drag.rate', 'rail.rate', 'rail.level', 'bridge.level', 'sanctions.size', 'deals.rates.2026', 'capacity.capacity'];
const ranges: readonly [number, number][] = [
  [0.1, 0.3],
  [-0.08, 0],
  [0, 0.2],
  [0, 0.1],
  [0, 0.08],
  [-0.3, 0],
  [-0.05, 0.05],
  [5000, 12000],
];

function runKernel(scenario: ReturnType<typeof defineScenario>, params: Float64Array, count: number, uncertain = names) {
  const kernel = compileKernel(scenario, uncertain);
  const out = new Float64Array(count * (kernel.steps + 1));
  const hit = new Int16Array(count);
  // Normals for growth drivers with a volatility (the general loop); the same for both twins.
  const rng = createRng(11);
  const normals = Float64Array.from({ length: count * kernel.normalsPerRun }, () => 2 * rng.next() - 1);
  kernel.run({ count, params, normals, out, stride: count, offset: 0, hit });
  return { out, hit };
}

describe('the kernel on effects affine in their parameters', () => {
  // Enough runs in one call for the kernel to write the plan out (MIN_COMPILED_RUNS), so both runners are compared.
  const count = 2100;
  const rng = createRng(7);
  const params = new Float64Array(count * names.length);
  for (let r = 0; r < count; r++) ranges.forEach(([lo, hi], j) => (params[r * names.length + j] = lo + (hi - lo) * rng.next()));

  it('gives the paths that evaluating the drivers per run gives', () => {
    const affine = runKernel(defineScenario(doc(false)), params, count);
    const plain = runKernel(defineScenario(doc(true)), params, count);
    expect(Array.from(affine.hit)).toEqual(Array.from(plain.hit));
    let worst = 0;
    for (let i = 0; i < affine.out.length; i++) worst = Math.max(worst, Math.abs(affine.out[i]! / plain.out[i]! - 1));
    expect(worst).toBeLessThan(1e-13);
  });

  it('gives them in the general loop too, beside a growth rate with volatility', () => {
    const noisy = (plain: boolean) => {
      const d = doc(plain);
      return defineScenario({ ...d, drivers: d.drivers.map((x) => (x.id === 'drag' ? { ...x, volatility: 0.05 } : x)) });
    };
    const affine = runKernel(noisy(false), params, count);
    const plain = runKernel(noisy(true), params, count);
    let worst = 0;
    for (let i = 0; i < affine.out.length; i++) worst = Math.max(worst, Math.abs(affine.out[i]! / plain.out[i]! - 1));
    expect(worst).toBeLessThan(1e-13);
  });

  it('agrees with the exact projection at the drawn points', () => {
    const scenario = defineScenario(doc(false));
    const { out } = runKernel(scenario, params, count);
    for (const r of [0, 137, 2099]) {
      const overrides = Object.fromEntries(names.map((name, j) => [name, params[r * names.length + j]!]));
      const exact = project(scenario, { overrides }).values;
      exact.forEach((value, i) => expect(out[i * count + r]! / value.toNumber()).toBeCloseTo(1, 12));
    }
  });

  describe('where Function is not allowed (a Content-Security-Policy without unsafe-eval)', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('runs the same loop uncompiled, to the same bits', () => {
      const scenario = defineScenario(doc(false));
      const compiled = runKernel(scenario, params, count);
      vi.stubGlobal('Function', function blocked() {
        throw new EvalError('Refused to evaluate a string as JavaScript');
      });
      const interpreted = runKernel(scenario, params, count);
      expect(Array.from(interpreted.out)).toEqual(Array.from(compiled.out));
      expect(Array.from(interpreted.hit)).toEqual(Array.from(compiled.hit));
    });
  });

  it('sets the baseline, the target and every cap a run reads, in both loops', () => {
    const d = doc(false);
    const scenario = defineScenario({ ...d, drivers: [...d.drivers, { id: 'hard', type: 'cap', capacity: 6000, mode: 'hard' }] });
    const more = [...names, 'baseline.value', 'target.value', 'hard.capacity'];
    const points = new Float64Array(count * more.length);
    for (let r = 0; r < count; r++) {
      more.forEach((_, j) => {
        const [lo, hi] = j < names.length ? ranges[j]! : ([[400, 800], [500, 1500], [4000, 9000]] as const)[j - names.length]!;
        points[r * more.length + j] = lo + ((hi - lo) * ((r * 7 + j * 13) % 97)) / 96;
      });
    }
    const compiled = runKernel(scenario, points, count, more);
    for (const r of [0, 250, 2099]) {
      const overrides = Object.fromEntries(more.map((name, j) => [name, points[r * more.length + j]!]));
      const exact = project(scenario, { overrides });
      exact.values.forEach((value, i) => expect(compiled.out[i * count + r]! / value.toNumber()).toBeCloseTo(1, 12));
      const reached = exact.target!.reachedIn;
      expect(compiled.hit[r]).toBe(reached === null ? -1 : reached - 2024);
    }
    vi.stubGlobal('Function', function blocked() {
      throw new EvalError('Refused to evaluate a string as JavaScript');
    });
    const interpreted = runKernel(scenario, points, count, more);
    vi.unstubAllGlobals();
    expect(Array.from(interpreted.out)).toEqual(Array.from(compiled.out));
    expect(Array.from(interpreted.hit)).toEqual(Array.from(compiled.hit));
  });

  it('names the driver and year when a drawn level falls to zero or below', () => {
    const scenario = defineScenario(doc(false));
    const bad = params.slice(0, names.length);
    bad[names.indexOf('sanctions.size')] = -1.25;
    expect(() => runKernel(scenario, bad, 1)).toThrow('simulate: driver "sanctions" gives a level of -0.25 in 2027; it must stay above 0');
  });

  it('says when a run leaves float64', () => {
    const scenario = defineScenario({ ...doc(false), drivers: doc(false).drivers.filter((d) => d.id !== 'capacity') });
    const uncapped = names.filter((name) => name !== 'capacity.capacity');
    const huge = Float64Array.from(uncapped, (name) => (name === 'base.rate' ? 1e300 : 0));
    expect(() => runKernel(scenario, huge, 1, uncapped)).toThrow(/simulate: a run's value grows beyond what float64 holds \(about 1e308\) by 2034/);
  });
});

describe('both runners on registered types: per-step and per-run effects', () => {
  // The registered twins of the built-ins (no affine declaration): their drawn rates and levels are evaluated per
  // run through their float functions; a base driver whose rate reads the value (per step), a replace-mode schedule that drops the growth drivers in 2026 and 2030, noisy
  // growth, and two caps in document order.
  const perStep = (volatility: number): ScenarioDocument => {
    const d = doc(true);
    return {
      ...d,
      drivers: [
        ...d.drivers.map((x) => (x.id === 'drag' && volatility > 0 ? { ...x, volatility } : x)),
        { id: 'momentum', type: 'test-momentum', rate: 0.1 },
        { id: 'replaced', type: 'test-schedule-plain', rates: { 2026: 0.03, 2030: -0.5 }, mode: 'replace' },
        { id: 'hard', type: 'cap', capacity: 9000 },
      ],
    };
  };
  const more = [...names, 'momentum.rate', 'hard.capacity'];
  const count = 300;
  const rng = createRng(5);
  const params = new Float64Array(count * more.length);
  for (let r = 0; r < count; r++) {
    more.forEach((_, j) => {
      const [lo, hi] = j < names.length ? ranges[j]! : ([[0, 0.2], [3000, 12000]] as const)[j - names.length]!;
      params[r * more.length + j] = lo + (hi - lo) * rng.next();
    });
  }
  const run = (name: 'plain' | 'compiled', scenario: ReturnType<typeof defineScenario>) => {
    const runner = runnerFor(name, scenario, more);
    const out = new Float64Array(count * 11);
    const hit = new Int16Array(count);
    // Stand-ins for normals, the same for both runners: sin(i) spans [−1, 1].
    const normals = Float64Array.from({ length: count * 10 }, (_, i) => Math.sin(i));
    const floored = runner({ count, params, normals, out, stride: count, offset: 0, hit });
    return { out, hit, floored };
  };

  it('the plan has every kind of operation', () => {
    const step = describeStep(compileKernel(defineScenario(perStep(0.05)), more).plan);
    expect(new Set(step.run.map((op) => op.op))).toEqual(new Set(['set', 'read noisy', 'affine', 'per run']));
    expect(step.year).toEqual([
      { op: 'const rate' },
      { op: 'run rate' },
      { op: 'noisy', q: 0, driver: 1 },
      { op: 'per step', q: 0, driver: 7, base: true },
      { op: 'floor' },
      { op: 'level', run: true },
      { op: 'cap', q: 0, driver: 6, form: 'logistic' },
      { op: 'cap', q: 1, driver: 9, form: 'hard' },
      { op: 'store' },
      { op: 'hit' },
    ]);
    // The registered ramps, shock and schedule with drawn fields (their dependsOnValue: false kept): per run; the
    // replacing schedule has none drawn, so it folds into the constants.
    expect(step.run.filter((op) => op.op === 'per run').map((op) => (op as { driver: number }).driver)).toEqual([2, 3, 4, 5]);
  });

  it('the compiled runner gives the plain one’s bits', () => {
    const scenario = defineScenario(perStep(0.05));
    const plain = run('plain', scenario);
    const compiled = run('compiled', scenario);
    expect(Buffer.from(compiled.out.buffer).equals(Buffer.from(plain.out.buffer))).toBe(true);
    expect(Array.from(compiled.hit)).toEqual(Array.from(plain.hit));
    expect(compiled.floored).toBe(plain.floored);
  });

  it('without volatility, both follow the exact projection at the drawn points (to 1e-12)', () => {
    const scenario = defineScenario(perStep(0));
    for (const name of ['plain', 'compiled'] as const) {
      const { out } = run(name, scenario);
      for (const r of [0, 99, 299]) {
        const overrides = Object.fromEntries(more.map((m, j) => [m, params[r * more.length + j]!]));
        project(scenario, { overrides }).values.forEach((value, i) => expect(out[i * count + r]! / value.toNumber()).toBeCloseTo(1, 12));
      }
    }
  });

  it.each(['plain', 'compiled'] as const)('a level drawn to 0 through a float function names the driver and year (%s)', (name) => {
    // bridge.level −1: the ramp's level 1 + (−1) · φ reaches 0 in 2027, its full year.
    const bad = params.slice(0, more.length);
    bad[more.indexOf('bridge.level')] = -1;
    const runner = runnerFor(name, defineScenario(perStep(0.05)), more);
    const go = () => runner({ count: 1, params: bad, normals: new Float64Array(10), out: new Float64Array(11), stride: 1, offset: 0, hit: undefined });
    expect(go).toThrowErrorMatchingInlineSnapshot(`[RangeError: simulate: driver "bridge" gives a level of 0 in 2027; it must stay above 0]`);
  });
});

describe('sensitivity on a value in one year', () => {
  it('stops the paths at that year and gives the indices that the whole path gives', () => {
    const scenario = presets.azerbaijanIran.combined;
    const inYear = sobol({ scenario, output: { year: 2029 } }, { n: 512, seed: 3 });
    const fromPath = sobol({ scenario, output: (path) => path[5]! }, { n: 512, seed: 3 });
    expect(inYear.first).toEqual(fromPath.first);
    expect(inYear.total).toEqual(fromPath.total);
  });
});

describe('registerDriver: affine', () => {
  it('must list fields of the type', () => {
    // @ts-expect-error 'speed' is not a field of a ramp: TypeScript says so too
    expect(() => registerDriver({ ...rampDriver, type: 'test-ramp-bad', affine: ['speed'] })).toThrow(
      `registerDriver: affine must list fields of "test-ramp-bad" ('rate', 'rates.*'), got "speed"`,
    );
    expect(() => registerDriver({ ...rampDriver, type: 'test-ramp-bad', affine: 'rate' as never })).toThrow(/affine must list fields/);
  });
});

// A rate affine in a transform of its field (DriverType.affineThrough): φ(year) · ln(1 + x), with φ = ½ in the
// first year and 1 after. Registered twice, with and without the declaration: the second is evaluated per run.
const logRate = (name: string, through: boolean): DriverType =>
  ({
    type: name,
    description: 'A rate of ln(1 + x), half in its first year',
    fields: { x: driverFields.rate(), from: driverFields.year() },
    parameters: { x: 'rate' },
    dependsOnValue: false,
    ...(through ? { affineThrough: { x: { to: (_: unknown, x: number) => Math.log1p(x), from: (_: unknown, w: number) => Math.expm1(w) } } } : {}),
    exactRate: (d: { x: Decimal; from: number }, year: number) => (year < d.from ? new Decimal(0) : new Decimal(1).plus(d.x).ln().times(year === d.from ? 0.5 : 1)),
    floatRate: (d: { x: number; from: number }, year: number) => (year < d.from ? 0 : Math.log1p(d.x) * (year === d.from ? 0.5 : 1)),
  }) as unknown as DriverType;
registerDriver(logRate('test-log-rate', true));
registerDriver(logRate('test-log-rate-per-run', false));

describe('a rate affine through a transform of its field', () => {
  const count = 2100;
  const scenario = (type: string) =>
    defineScenario({
      name: 'log',
      baseline: { year: 2024, value: 580 },
      horizon: { endYear: 2032 },
      drivers: [
        { id: 'base', type: 'growth', rate: 0.05 },
        { id: 'log', type, x: 0.1, from: 2026 },
      ],
    } as never);
  const uncertain = ['log.x', 'base.rate'];
  const rng = createRng(9);
  const params = Float64Array.from({ length: count * 2 }, (_, i) => (i % 2 === 0 ? 0.3 * rng.next() : 0.02 + 0.06 * rng.next()));

  it('weights its slope by the transform, in both runners to the same bits', () => {
    const through = scenario('test-log-rate');
    expect(compileKernel(through, uncertain).plan.affine.rateTransforms.filter((t) => t !== undefined)).toHaveLength(1);
    const run = (name: 'plain' | 'compiled') => {
      const out = new Float64Array(count * 9);
      runnerFor(name, through, uncertain)({ count, params, normals: new Float64Array(0), out, stride: count, offset: 0, hit: undefined });
      return out;
    };
    const compiled = run('compiled');
    expect(Buffer.from(compiled.buffer).equals(Buffer.from(run('plain').buffer))).toBe(true);
    // The same paths as the driver evaluated per run, and as the exact projection at the drawn points.
    const perRun = runKernel(scenario('test-log-rate-per-run'), params, count, uncertain).out;
    for (let i = 0; i < compiled.length; i++) expect(Math.abs(compiled[i]! / perRun[i]! - 1)).toBeLessThan(1e-13);
    for (const r of [0, 999, 2099]) {
      const exact = project(through, { overrides: { 'log.x': params[2 * r]!, 'base.rate': params[2 * r + 1]! } }).values;
      exact.forEach((value, i) => expect(compiled[i * count + r]! / value.toNumber()).toBeCloseTo(1, 12));
    }
  });
});
