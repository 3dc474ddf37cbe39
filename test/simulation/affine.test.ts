import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineScenario, presets, project, registerDriver, sobol, type DriverType, type ScenarioDocument } from '../../src/index';
import { compileKernel } from '../../src/simulation/kernel';
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
  const count = 500;
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
    for (const r of [0, 137, 499]) {
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
    for (const r of [0, 250, 499]) {
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
