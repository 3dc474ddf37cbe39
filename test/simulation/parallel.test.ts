/**
 * simulateParallel against simulate. The reference for every result here is `simulate` run in process with the same
 * options and seed: DESIGN.md ("Uncertainty") asks for identical results, so values are compared bit for bit.
 *
 * The worker threads load dist/worker.js (or .cjs): `npm test` builds first (the pretest script).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { setWorkerIdleTimeout, workerPoolStats } from '../../src/simulation/parallel';
import { BLOCK_SIZE } from '../../src/simulation/simulate';
import {
  driverFields,
  lognormal,
  normal,
  presets,
  registerDriver,
  simulate,
  simulateParallel,
  toDocument,
  uniform,
  type ScenarioDocument,
  type Simulation,
} from '../../src/index';

type Library = typeof import('../../src/index');

const TIMEOUT = 60_000;

/** Runs not a multiple of the block size: 3 full blocks and a partial one, so 3 workers get unequal shares. */
const RUNS = 3 * BLOCK_SIZE + 123;

const combined = presets.azerbaijanIran.combined;
/** The preset's own uncertainty and volatility, plus an uncertain 'base.rate' given in the call. */
const options = { uncertain: { 'base.rate': normal({ mean: 0.2, sd: 0.1 }) }, runs: RUNS, seed: 2024 } as const;

/**
 * Two noisy growth drivers, each draw floored at −99 % on its own: their sum is often below −99 % and is floored
 * again and counted, so flooredSteps is summed over workers.
 */
const wild: ScenarioDocument = {
  name: 'wild',
  baseline: { year: 2024, value: 100 },
  horizon: { endYear: 2030 },
  drivers: [
    { id: 'base', type: 'growth', rate: 0, volatility: 0.6 },
    { id: 'more', type: 'growth', rate: 0, volatility: 0.6 },
  ],
};

function bytes(values: Float64Array): Uint8Array {
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
}

/** Every part of two simulations is identical: values bit for bit, hits, inputs, floored steps, summaries. */
function expectIdentical(actual: Simulation, expected: Simulation): void {
  expect(actual.years).toEqual(expected.years);
  for (const year of expected.years) {
    expect(Buffer.compare(bytes(actual.valuesAt(year)), bytes(expected.valuesAt(year))), `values of ${year}`).toBe(0);
  }
  expect(actual.inputNames).toEqual(expected.inputNames);
  for (const name of expected.inputNames) expect(Buffer.compare(bytes(actual.inputsOf(name)), bytes(expected.inputsOf(name)))).toBe(0);
  expect(actual.flooredSteps).toBe(expected.flooredSteps);
  expect(actual.settings).toEqual(expected.settings);
  if (expected.target !== undefined) {
    expect(actual.firstHitIndex()).toEqual(expected.firstHitIndex());
    expect(actual.probabilityByYear()).toEqual(expected.probabilityByYear());
  }
  expect(actual.toJSON()).toEqual(expected.toJSON());
}

describe('simulateParallel gives simulate’s result for the same seed', () => {
  const reference = simulate(combined, options);

  it.each([1, 2, 3])('with %i worker(s), on the combined preset with volatility and an uncertain base.rate', async (workers) => {
    expect(reference.inputNames).toContain('base.rate');
    expect(reference.probabilityOfTarget(2034).hits).toBeGreaterThan(0); // the first hits compared are not all −1
    expectIdentical(await simulateParallel(combined, { ...options, workers }), reference);
  }, TIMEOUT);

  it('sums floored steps over workers, for a document with no target', async () => {
    const expected = simulate(wild, { runs: RUNS, seed: 9 });
    expect(expected.flooredSteps).toBeGreaterThan(0);
    expect(expected.target).toBeUndefined();
    expectIdentical(await simulateParallel(wild, { runs: RUNS, seed: 9, workers: 3 }), expected);
  }, TIMEOUT);

  it('with the Latin hypercube and Sobol’ samplers and a string seed', async () => {
    for (const sampler of ['lhs', 'sobol'] as const) {
      const opts = { uncertain: { 'base.rate': uniform({ min: 0.05, max: 0.4 }) }, runs: 2 * BLOCK_SIZE + 1, seed: 'tradepath', sampler };
      expectIdentical(await simulateParallel(combined, { ...opts, workers: 2 }), simulate(combined, opts));
    }
  }, TIMEOUT);

  // The workers turn their own blocks' unit points into values when every distribution is built in; the parent
  // draws the whole design when one is made elsewhere (only this thread can call it), and correlates unit points.
  it('with draws clamped to a field rule (counted over the workers), rank correlations, and a distribution made outside the library', async () => {
    const wide = { uncertain: { 'base.rate': normal({ mean: 0, sd: 2 }), 'railway.change': uniform({ min: -0.06, max: 0 }) }, runs: 2 * BLOCK_SIZE + 5, seed: 5 };
    const expected = simulate(combined, wide);
    expect(expected.clampedDraws).toBeGreaterThan(0);
    const got = await simulateParallel(combined, { ...wide, workers: 2 });
    expectIdentical(got, expected);
    expect(got.clampedDraws).toBe(expected.clampedDraws);
    const correlated = { ...wide, correlations: { 'base.rate': { 'railway.change': -0.6 } } };
    expectIdentical(await simulateParallel(combined, { ...correlated, workers: 2 }), simulate(combined, correlated));
    const own = { ...uniform({ min: 0.05, max: 0.4 }), quantile: (p: number) => 0.05 + 0.35 * p * p };
    const custom = { uncertain: { 'base.rate': own }, runs: BLOCK_SIZE + 7, seed: 6 };
    const reference = simulate(combined, custom);
    expect(reference.inputsOf('base.rate').every((x) => x >= 0.05 && x <= 0.4)).toBe(true);
    expectIdentical(await simulateParallel(combined, { ...custom, workers: 2 }), reference);
  }, TIMEOUT);

  it('with more workers than blocks, and with the default number of workers', async () => {
    const small = { runs: 10, seed: 3 };
    expectIdentical(await simulateParallel(combined, { ...small, workers: 8 }), simulate(combined, small));
    expectIdentical(await simulateParallel(combined, small), simulate(combined, small));
  }, TIMEOUT);
});

describe('the ESM and CJS builds of dist', () => {
  it('give identical results, each with its own worker entry', async () => {
    const esm = (await import(/* @vite-ignore */ new URL('../../dist/index.js', import.meta.url).href)) as Library;
    const cjs = createRequire(import.meta.url)('../../dist/index.cjs') as Library;
    const reference = simulate(combined, options);
    for (const lib of [esm, cjs]) {
      const sim = await lib.simulateParallel(lib.presets.azerbaijanIran.combined, { ...options, uncertain: { 'base.rate': lib.normal({ mean: 0.2, sd: 0.1 }) }, workers: 2 });
      expectIdentical(sim as unknown as Simulation, reference);
    }
  }, TIMEOUT);
});

describe('the package core stays free of Node modules', () => {
  it('loads node:worker_threads only when simulateParallel is called, never by importing the build', () => {
    // Reference: DESIGN.md "Precision, speed and portability" — node: modules only in the CLI and the worker pool.
    const here = new URL('../../dist/', import.meta.url);
    for (const file of ['index.js', 'index.cjs']) {
      const text = readFileSync(new URL(file, here), 'utf8');
      expect(text).not.toMatch(/^import [^;]*from ['"](node:)?(worker_threads|os|fs)['"]/m);
      expect(text).not.toMatch(/require\(['"](node:)?(worker_threads|os|fs)['"]\)/);
      expect(text).toContain('loadNode("node:worker_threads")');
    }
  });
});

describe('simulateParallel: progress', () => {
  it('reports every block once, ending at (runs, runs)', async () => {
    const calls: [number, number][] = [];
    await simulateParallel(combined, { ...options, workers: 2, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toHaveLength(Math.ceil(RUNS / BLOCK_SIZE));
    expect(calls.at(-1)).toEqual([RUNS, RUNS]);
    expect(calls.every(([done], i) => i === 0 || done > calls[i - 1]![0])).toBe(true);
  }, TIMEOUT);

  it('rejects with what onProgress throws', async () => {
    const oops = new Error('progress bar gone');
    await expect(simulateParallel(combined, { ...options, workers: 2, onProgress: () => { throw oops; } })).rejects.toBe(oops);
  }, TIMEOUT);
});

describe('simulateParallel: abort', () => {
  it('rejects with the signal’s reason when aborted while running, and ends its workers', async () => {
    // Work done, not time taken: aborted after the first of 489 blocks, the call reports no block after the abort
    // and leaves no worker of its own running the rest (idle workers end at once here, so the pool must be empty).
    const old = setWorkerIdleTimeout(0);
    try {
      const controller = new AbortController();
      const reason = new Error('user cancelled');
      let doneAtAbort = 0;
      let lateCalls = 0;
      const run = simulateParallel(wild, {
        runs: 4_000_000, seed: 1, workers: 2, signal: controller.signal,
        onProgress: (done) => {
          if (controller.signal.aborted) lateCalls += 1;
          else if (done >= BLOCK_SIZE) {
            doneAtAbort = done;
            controller.abort(reason);
          }
        },
      });
      await expect(run).rejects.toBe(reason);
      // Counted turns of the event loop, for any block message already on its way.
      for (let turn = 0; turn < 100; turn++) await new Promise((resolve) => setImmediate(resolve));
      expect(doneAtAbort).toBe(BLOCK_SIZE);
      expect(lateCalls).toBe(0);
      expect(workerPoolStats().live).toBe(0);
    } finally {
      setWorkerIdleTimeout(old);
    }
  }, TIMEOUT);

  it('rejects before starting when the signal is already aborted', async () => {
    const reason = new Error('never mind');
    await expect(simulateParallel(combined, { ...options, signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });
});

describe('simulateParallel: bad input rejects before any worker starts, as simulate throws', () => {
  const bad: Parameters<typeof simulate>[1][] = [
    { runs: 0, seed: 1 },
    { runs: 10, seed: 1.5 },
    { runs: 10, seed: 1, sampler: 'halton' as never },
    { runs: 10, seed: 1, uncertain: { 'base.rat': normal({ mean: 0, sd: 1 }) } },
    { runs: 10, seed: 1, uncertain: { 'base.rate': { type: 'normal', mean: 0, sd: -1 } } },
  ];

  it.each(bad.map((o, i) => [i, o] as const))('case %i: same class and message, named simulateParallel', async (_, opts) => {
    let expected: Error | undefined;
    try {
      simulate(combined, opts);
    } catch (error) {
      expected = error as Error;
    }
    expect(expected).toBeInstanceOf(Error);
    const rejected = await simulateParallel(combined, { ...opts, workers: 2 }).then(() => undefined, (error: Error) => error);
    expect(rejected?.constructor).toBe(expected!.constructor);
    expect(rejected?.message).toBe(expected!.message.replace(/^simulate:/, 'simulateParallel:'));
  });

  it('an invalid document rejects with the ScenarioError of simulate', async () => {
    const doc = { ...toDocument(combined), horizon: { endYear: 2000 } };
    await expect(simulateParallel(doc, { runs: 10, seed: 1 })).rejects.toThrowErrorMatchingInlineSnapshot(`
      [ScenarioError: invalid scenario (2 problems):
        - horizon.endYear: must be after the baseline year 2024, got 2000
        - target.year: must be within the horizon (up to 2000), got 2029]
    `);
  });

  it('rejects a bad number of workers', async () => {
    await expect(simulateParallel(combined, { runs: 10, seed: 1, workers: 0 })).rejects.toThrowErrorMatchingInlineSnapshot(
      `[RangeError: simulateParallel: workers must be a whole number from 1 to 64, got 0]`,
    );
    await expect(simulateParallel(combined, { runs: 10, seed: 1, workers: 2.5 })).rejects.toThrow(RangeError);
    await expect(simulateParallel(combined, { runs: 10, seed: 1, workers: 65 })).rejects.toThrow(RangeError);
    await expect(simulateParallel(combined, { runs: 10, seed: 1, workers: '2' as never })).rejects.toThrowErrorMatchingInlineSnapshot(
      `[RangeError: simulateParallel: workers must be a whole number from 1 to 64, got "2"]`,
    );
  });

  it('an amount drawn ≤ 0 in a worker rejects with simulate’s error, from the lowest block, named simulateParallel', async () => {
    // A baseline that is negative in about a third of the runs: every block fails, in whichever order the workers
    // meet them; simulate fails at the first such run of block 0, and so must the pool.
    const opts = { uncertain: { 'baseline.value': normal({ mean: 4e8, sd: 1e9 }) }, runs: 4 * BLOCK_SIZE, seed: 5 };
    expect(() => simulate(combined, opts)).toThrow(RangeError);
    let expected = '';
    try {
      simulate(combined, opts);
    } catch (error) {
      expected = (error as Error).message;
    }
    for (const workers of [2, 3]) {
      const rejected = await simulateParallel(combined, { ...opts, workers }).then(() => undefined, (error: Error) => error);
      expect(rejected).toBeInstanceOf(RangeError);
      // On purpose: the message is simulate's, naming the function the caller called.
      expect(expected.startsWith('simulate: ')).toBe(true);
      expect(rejected!.message).toBe(expected.replace(/^simulate:/, 'simulateParallel:'));
    }
  }, TIMEOUT);
});

describe('simulateParallel: driver types registered with registerDriver', () => {
  registerDriver({
    type: 'parallel-test-boost',
    description: 'A fixed boost to growth, registered in this thread only',
    fields: { rate: driverFields.rate() },
    parameters: { rate: 'rate' },
    exactRate: (d: { rate: InstanceType<Library['Decimal']> }) => d.rate,
    floatRate: (d: { rate: number }) => d.rate,
  } as never);
  const custom: ScenarioDocument = {
    name: 'custom',
    baseline: { year: 2024, value: '$580M' },
    horizon: { endYear: 2029 },
    drivers: [
      { id: 'base', type: 'growth', rate: '20%' },
      { id: 'boost', type: 'parallel-test-boost', rate: '5%' },
    ],
  };

  it('rejects clearly (the workers do not know the type), while simulate runs it', async () => {
    expect(simulate(custom, { runs: 10, seed: 1 }).years).toHaveLength(6);
    await expect(simulateParallel(custom, { runs: 10, seed: 1 })).rejects.toThrowErrorMatchingInlineSnapshot(`[TypeError: simulateParallel: drivers[1] has type "parallel-test-boost", added with registerDriver in this thread; worker threads know only the built-in types (growth, schedule, ramp, shock, cap, tradeCost, event), so use simulate for this scenario]`);
  });
});

describe('simulateParallel: the design is drawn once by the parent', () => {
  it('accepts a distribution object of the user’s own, which no document could rebuild in a worker', async () => {
    const base = lognormal({ median: 0.2, sigma: 0.3 });
    const own = { ...base, type: 'mine', toDocument: () => ({ type: 'mine' }) as never };
    const opts = { uncertain: { 'base.rate': own }, runs: BLOCK_SIZE + 5, seed: 77 };
    expectIdentical(await simulateParallel(combined, { ...opts, workers: 2 }), simulate(combined, opts));
  }, TIMEOUT);
});

describe('simulateParallel: the pool of workers kept between calls', () => {
  it('serves later calls with simulate’s result, also after a call that was aborted', async () => {
    const expected = simulate(combined, options).valuesAt(2034);
    expect((await simulateParallel(combined, { ...options, workers: 2 })).valuesAt(2034)).toEqual(expected);
    const controller = new AbortController();
    const aborted = simulateParallel(combined, { ...options, runs: 400_000, workers: 2, signal: controller.signal, onProgress: () => controller.abort(new Error('stop')) });
    await expect(aborted).rejects.toThrow('stop');
    // The aborted call's workers were ended, not pooled; the next call starts fresh ones or takes healthy ones.
    expect((await simulateParallel(combined, { ...options, workers: 3 })).valuesAt(2034)).toEqual(expected);
    expect((await simulateParallel(combined, { ...options, workers: 2 })).valuesAt(2034)).toEqual(expected);
  }, TIMEOUT);
});
