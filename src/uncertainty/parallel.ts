import type { AbortSignalLike } from '../internal/abortSignal';
import { show } from '../internal/show';
import type { Scenario, ScenarioDocument } from '../scenario/document';
import { capDriver } from '../scenario/drivers/cap';
import { growthDriver } from '../scenario/drivers/growth';
import { rampDriver } from '../scenario/drivers/ramp';
import { scheduleDriver } from '../scenario/drivers/schedule';
import { shockDriver } from '../scenario/drivers/shock';
import { toDocument } from '../scenario/toDocument';
import { compileKernel } from './kernel';
import { BLOCK_SIZE, designOf, planSimulation, settingsOf, targetOf, type SimulateOptions } from './simulate';
import { Simulation } from './Simulation';
import type { WorkerInput, WorkerMessage } from './worker';

/** Options of {@link simulateParallel}: those of `simulate`, and how many worker threads to use. */
export interface SimulateParallelOptions extends SimulateOptions {
  /** Worker threads, 1 to 64; default min(4, the machine's available parallelism). */
  readonly workers?: number;
}

/** The most worker threads one simulation may start. */
export const MAX_WORKERS = 64;

/** Worker threads load the package's own build, which knows only these driver types. */
const BUILT_IN_TYPES: ReadonlySet<string> = new Set([growthDriver, scheduleDriver, rampDriver, shockDriver, capDriver].map((d) => d.type));

type WorkerThreads = typeof import('node:worker_threads');

/**
 * Monte Carlo simulation of a scenario on Node worker threads: the same result as `simulate` with the same options
 * and seed — every value, first hit and floored count identical, whatever the number of workers — because runs are
 * simulated in blocks that each draw from their own stream of the seed, and the parameter design is drawn once here.
 *
 * Everything is checked before any worker starts, with the rules (and messages, named `simulateParallel`) of
 * `simulate`; an error met while running (an amount drawn ≤ 0) is the one `simulate` would throw, from the lowest
 * block. Workers take blocks from a shared counter (the fastest do more) and write into shared memory, so
 * nothing is copied back. `onProgress` is called as blocks finish; `signal` stops the workers at once. Workers
 * that finish cleanly are kept for the next call (unref'd, so they never keep the process alive): only the first
 * call pays for starting them.
 *
 * Node only: `node:worker_threads` is loaded when called, never on import, so the package still runs in a browser,
 * where this rejects (use `simulate`). Workers load `worker.js` / `worker.cjs` beside the package's build, or one
 * folder up (the CLI's chunks); from the sources, `dist/worker.js` (build first). A bundler that merges the package
 * into one file leaves the worker entry behind: copy it beside the bundle. Workers know only the built-in driver
 * types, so a scenario using a type added with `registerDriver` is rejected (use `simulate`).
 *
 * A call returns a promise, so the example below only checks that the function is there; awaiting
 * `simulateParallel(s, { runs: 2000, seed: 42, workers: 2 })` gives what `simulate(s, { runs: 2000, seed: 42 })`
 * gives, e.g. 174 hits by 2034 with `base.rate` ~ Normal(0.2, 0.1) on the status quo.
 *
 * @param scenario - a scenario or a scenario document, using built-in driver types only.
 * @param options - those of `simulate` (`runs`, `seed`, `uncertain`, `sampler`, `onProgress`, `signal`) and
 *   `workers`: a whole number from 1 to 64 (default min(4, available parallelism)); 1 still uses one worker thread.
 * @throws {ScenarioError} (rejects) for an invalid document or an unknown parameter name.
 * @throws {RangeError} (rejects) for runs, sampler or workers out of range, or an amount drawn ≤ 0.
 * @throws {TypeError} (rejects) for a bad seed or a driver type the workers do not know.
 * @throws {Error} (rejects) outside Node, or when the worker build is missing; with the signal's reason on abort.
 * @example
 * const start = () => simulateParallel(presets.azerbaijanIran.statusQuo, { runs: 2000, seed: 42, workers: 2 });
 * typeof simulateParallel; // => 'function'
 */
export async function simulateParallel(scenario: Scenario | ScenarioDocument, options: SimulateParallelOptions): Promise<Simulation> {
  const plan = planSimulation(scenario, options, 'simulateParallel');
  const requested = options.workers;
  if (requested !== undefined && (typeof requested !== 'number' || !Number.isInteger(requested) || requested < 1 || requested > MAX_WORKERS)) {
    throw new RangeError(`simulateParallel: workers must be a whole number from 1 to ${MAX_WORKERS}, got ${show(requested)}`);
  }
  plan.scenario.drivers.forEach((d, index) => {
    if (!BUILT_IN_TYPES.has(d.type)) {
      throw new TypeError(
        `simulateParallel: drivers[${index}] has type "${d.type}", added with registerDriver in this thread; worker threads know only the built-in types (${[...BUILT_IN_TYPES].join(', ')}), so use simulate for this scenario`,
      );
    }
  });
  // Compiling here throws a scenario's fixed-parameter errors before any worker starts; workers compile their own.
  const { years } = compileKernel(plan.scenario, plan.names);
  const signal = options.signal;
  throwIfAborted(signal);

  const { Worker } = await loadNode<WorkerThreads>('node:worker_threads');
  const { availableParallelism } = await loadNode<typeof import('node:os')>('node:os');
  const { existsSync } = await loadNode<typeof import('node:fs')>('node:fs');
  const candidates = workerEntries();
  const entry = candidates.find((url) => existsSync(url));
  if (entry === undefined) {
    throw new Error(`simulateParallel: the worker entry is missing (looked for ${candidates.map((url) => url.pathname).join(', ')}); build the package (npm run build)`);
  }
  throwIfAborted(signal);

  const runs = plan.runs;
  // More workers than blocks would have nothing to do.
  const count = Math.min(requested ?? Math.min(4, availableParallelism()), Math.ceil(runs / BLOCK_SIZE));
  // Workers start (or are taken from the pool) before the design is drawn: loading their modules takes longer than
  // most designs.
  const threads = acquire(Worker, entry, count);
  let healthy = false;
  try {
    const design = toShared(designOf(plan));
    const values = new Float64Array(new SharedArrayBuffer(runs * years.length * Float64Array.BYTES_PER_ELEMENT));
    const hit = plan.scenario.target === undefined ? undefined : new Int16Array(new SharedArrayBuffer(runs * Int16Array.BYTES_PER_ELEMENT));
    const input: WorkerInput = {
      document: toDocument(plan.scenario),
      names: plan.names,
      runs,
      seed: plan.seed,
      values: values.buffer as SharedArrayBuffer,
      hit: hit === undefined ? null : (hit.buffer as SharedArrayBuffer),
      design: design.buffer as SharedArrayBuffer,
      control: new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT),
    };
    const flooredSteps = await runPool(threads, input, options);
    healthy = true;
    return new Simulation({ years, settings: settingsOf(plan), target: targetOf(plan.scenario), values, hit, flooredSteps, design, inputNames: plan.names });
  } finally {
    // Workers that finished cleanly wait for the next call; after an error or an abort they are ended.
    if (healthy) release(entry, threads);
    else await Promise.all(threads.map((thread) => thread.terminate()));
  }
}

/**
 * Idle workers kept between calls, by entry file, so that only the first call pays for starting threads and
 * loading the library in them. They are unref'd while idle: they never keep a process alive.
 */
const idle = new Map<string, WorkerThread[]>();

function acquire(Worker: WorkerThreads['Worker'], entry: URL, count: number): WorkerThread[] {
  const pool = idle.get(entry.href) ?? [];
  const threads = pool.splice(0, count);
  while (threads.length < count) threads.push(new Worker(entry));
  for (const thread of threads) {
    thread.removeAllListeners('exit');
    thread.ref();
  }
  return threads;
}

function release(entry: URL, threads: readonly WorkerThread[]): void {
  const pool = idle.get(entry.href) ?? [];
  idle.set(entry.href, pool);
  for (const thread of threads) {
    thread.removeAllListeners('message');
    thread.removeAllListeners('error');
    thread.removeAllListeners('exit');
    // A worker that ends while idle leaves the pool, so that no call is handed a dead one.
    thread.once('exit', () => {
      const at = pool.indexOf(thread);
      if (at >= 0) pool.splice(at, 1);
    });
    thread.unref();
    pool.push(thread);
  }
}

type WorkerThread = InstanceType<WorkerThreads['Worker']>;

/** Hands the input to the started workers; settles when all have finished, one fails, or the signal aborts. */
async function runPool(threads: readonly WorkerThread[], input: WorkerInput, options: SimulateParallelOptions): Promise<number> {
  const { signal, onProgress } = options;
  let onAbort: (() => void) | undefined;
  try {
    return await new Promise<number>((resolveOnce, rejectOnce) => {
      // Messages already queued may still arrive while the workers are being terminated: ignore them.
      let settled = false;
      const resolve = (floored: number) => {
        settled = true;
        resolveOnce(floored);
      };
      const reject = (error: unknown) => {
        settled = true;
        rejectOnce(error);
      };
      let finished = 0;
      let floored = 0;
      let done = 0;
      let failure: { block: number; error: Error } | undefined;
      onAbort = () => reject(signal?.reason ?? new Error('simulateParallel: aborted'));
      if (signal?.aborted) onAbort();
      signal?.addEventListener?.('abort', onAbort, { once: true });
      const onMessage = (message: WorkerMessage) => {
        if (settled) return;
        if (message.kind === 'block') {
          done += message.runs;
          try {
            onProgress?.(done, input.runs);
          } catch (error) {
            reject(error);
          }
          return;
        }
        if (message.kind === 'done') floored += message.floored;
        else if (failure === undefined || message.block < failure.block) failure = { block: message.block, error: rebuildError(message) };
        finished += 1;
        if (finished === threads.length) {
          if (failure === undefined) resolve(floored);
          else reject(failure.error);
        }
      };
      for (const thread of threads) {
        thread.on('message', onMessage);
        thread.on('error', (error) => reject(new Error(`simulateParallel: a worker thread failed: ${error.message}`, { cause: error })));
        thread.on('exit', (code) => {
          if (code !== 0) reject(new Error(`simulateParallel: a worker thread exited with code ${code}`));
        });
        thread.postMessage(input);
      }
    });
  } finally {
    if (onAbort !== undefined) signal?.removeEventListener?.('abort', onAbort);
  }
}

/**
 * Where the worker entry may be, first found wins: beside this module's build (worker.js for ESM, worker.cjs for
 * CJS), or one folder up (a chunk of the CLI's build in dist/cli/).
 */
function workerEntries(): URL[] {
  const here = import.meta.url;
  // Run from the sources (vitest, tsx), this file is src/uncertainty/parallel.ts: use the package's ESM build.
  if (/\.[cm]?tsx?$/.test(new URL(here).pathname)) return [new URL('../../dist/worker.js', here)];
  const file = here.endsWith('.cjs') ? 'worker.cjs' : 'worker.js';
  return [new URL(`./${file}`, here), new URL(`../${file}`, here)];
}

/** Loads a Node built-in by a name bundlers do not follow, so that a browser bundle of the package never holds it. */
async function loadNode<T>(name: string): Promise<T> {
  try {
    return (await import(/* webpackIgnore: true */ /* @vite-ignore */ name)) as T;
  } catch (error) {
    throw new Error(`simulateParallel: worker threads need Node.js (${(error as Error).message}); use simulate, which runs anywhere`, { cause: error });
  }
}

function throwIfAborted(signal: AbortSignalLike | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new Error('simulateParallel: aborted');
}

function toShared(array: Float64Array): Float64Array {
  const shared = new Float64Array(new SharedArrayBuffer(array.byteLength));
  shared.set(array);
  return shared;
}

/** The worker's error as the same class with the same message (structured cloning would not keep custom classes). */
function rebuildError(message: { name: string; message: string }): Error {
  if (message.name === 'RangeError') return new RangeError(message.message);
  if (message.name === 'TypeError') return new TypeError(message.message);
  return new Error(message.message);
}
