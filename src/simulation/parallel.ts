import { throwIfAborted, type AbortSignalLike } from '../internal/abortSignal';
import { show } from '../internal/show';
import type { Scenario, ScenarioDocument } from '../scenario/document';
import { capDriver } from '../scenario/drivers/cap';
import { growthDriver } from '../scenario/drivers/growth';
import { rampDriver } from '../scenario/drivers/ramp';
import { scheduleDriver } from '../scenario/drivers/schedule';
import { shockDriver } from '../scenario/drivers/shock';
import { tradeCostDriver } from '../scenario/drivers/tradeCost';
import { eventDriver } from '../scenario/drivers/event';
import { componentScratchBytes, drawnEventCount } from './components';
import { driverType } from '../scenario/registry';
import { toDocument } from '../scenario/toDocument';
import { compileKernel } from './kernel';
import { BLOCK_SIZE, planSimulation, simulationOf, type SimulateOptions } from './simulate';
import { builtInDistributions, designOf, drawnInOrder, fillUnitRows, unitPoints, unitStream } from './design';
import { Simulation } from './Simulation';
import type { WorkerInput, WorkerMessage } from './worker';
import { CONTROL_WORDS, READY, STOP } from './control';

/** Options of {@link simulateParallel}: those of `simulate`, and how many worker threads to use. */
export interface SimulateParallelOptions extends SimulateOptions {
  /** Worker threads, 1 to 64; default min(4, the machine's available parallelism). */
  readonly workers?: number;
}

/** The most worker threads one simulation may start. */
export const MAX_WORKERS = 64;

/** Worker threads load the package's own build, which knows only these driver types. */
const BUILT_IN_TYPES: ReadonlySet<string> = new Set([growthDriver, scheduleDriver, rampDriver, shockDriver, capDriver, tradeCostDriver, eventDriver].map((d) => d.type));

type WorkerThreads = typeof import('node:worker_threads');

/**
 * Monte Carlo simulation of a scenario on Node worker threads: the same result as `simulate` with the same options
 * and seed — every value, first hit and floored count identical, whatever the number of workers — because runs are
 * simulated in blocks that each draw from their own stream of the seed, and the parameter design is drawn once here.
 *
 * Everything is checked before any worker starts, with the rules (and messages, named `simulateParallel`) of
 * `simulate`; an error met while running (an amount drawn ≤ 0) is the one `simulate` would throw, from the lowest
 * block, named `simulateParallel`. Workers take blocks from a shared counter (the fastest do more) and write into shared memory, so
 * nothing is copied back. `onProgress` is called as blocks finish; `signal` stops the workers at once. All calls
 * share one pool of at most as many threads as the machine has cores (`os.availableParallelism()`): concurrent calls
 * wait for a free worker rather than start more. Workers that finish cleanly are kept for the next call for a
 * second (unref'd, so they never keep the process alive), then ended.
 *
 * Node only: `node:worker_threads` is loaded when called, never on import, so the package still runs in a browser,
 * where this rejects (use `simulate`). Workers load `worker.js` / `worker.cjs` beside the package's build, or one
 * folder up (the CLI's chunks); from the sources, `dist/worker.js` (build first). A bundler that merges the package
 * into one file leaves the worker entry behind: copy it beside the bundle. Workers know only the built-in driver
 * types, so a scenario using a type added with `registerDriver` is rejected (use `simulate`).
 *
 * A call returns a promise, so the example below only checks that the function is there; awaiting
 * `simulateParallel(s, { runs: 2000, seed: 42, workers: 2 })` gives what `simulate(s, { runs: 2000, seed: 42 })`
 * gives, e.g. 192 hits by 2034 with `base.rate` ~ Normal(0.2, 0.1) on the status quo.
 *
 * @param scenario - a scenario or a scenario document, using built-in driver types only.
 * @param options - those of `simulate` (`runs`, `seed`, `uncertain`, `sampler`, `onProgress`, `signal`) and
 *   `workers`: a whole number from 1 to 64 (default min(4, available parallelism), never more than the cores);
 *   1 still uses one worker thread; `memoryBudget` (bytes, default 2 GiB) also counts the workers' copies.
 * @throws {ScenarioError} (rejects) for an invalid document or an unknown parameter name.
 * @throws {RangeError} (rejects) for runs, sampler or workers out of range, or an amount drawn ≤ 0.
 * @throws {TypeError} (rejects) for a bad seed or a driver type the workers do not know.
 * @throws {Error} (rejects) outside Node, or when the worker build is missing; with the signal's reason on abort.
 * @example
 * const start = () => simulateParallel(presets.azerbaijanIran.statusQuo, { runs: 2000, seed: 42, workers: 2 });
 * typeof simulateParallel; // => 'function'
 */
export async function simulateParallel(scenario: Scenario | ScenarioDocument, options: SimulateParallelOptions): Promise<Simulation> {
  const requested = (options as SimulateParallelOptions | undefined)?.workers;
  if (requested !== undefined && (typeof requested !== 'number' || !Number.isInteger(requested) || requested < 1 || requested > MAX_WORKERS)) {
    throw new RangeError(`simulateParallel: workers must be a whole number from 1 to ${MAX_WORKERS}, got ${show(requested)}`);
  }
  // Beyond simulate's arrays: the design's shared copy, and each worker's thread and block of normals.
  const plan = planSimulation(scenario, options, 'simulateParallel', (runs, k, steps, defined) => {
    const workers = Math.min(requested ?? 4, Math.ceil(runs / BLOCK_SIZE));
    const noisy = defined.drivers.filter((d) => driverType(d.type)?.base === true).length;
    return [
      { what: 'shared copy of the inputs', bytes: runs * k * 8 },
      {
        what: `${workers} workers (16 MiB each assumed, and their normals)`,
        bytes:
          workers *
          (WORKER_OVERHEAD +
            BLOCK_SIZE * (steps * noisy + drawnEventCount(defined)) * 8 +
            BLOCK_SIZE * componentScratchBytes(defined, steps, k) +
            (options.keepYears === undefined ? 0 : BLOCK_SIZE * (steps + 1) * 8)),
      },
    ];
  });
  plan.scenario.drivers.forEach((d, index) => {
    if (!BUILT_IN_TYPES.has(d.type)) {
      throw new TypeError(
        `simulateParallel: drivers[${index}] has type "${d.type}", added with registerDriver in this thread; worker threads know only the built-in types (${[...BUILT_IN_TYPES].join(', ')}), so use simulate for this scenario`,
      );
    }
  });
  // Compiling here throws a scenario's fixed-parameter errors before any worker starts; workers compile their own.
  const { years } = compileKernel(plan.scenario, plan.names, { caller: 'simulateParallel', component: plan.component });
  const signal = options.signal;
  throwIfAborted(signal, 'simulateParallel');

  const { Worker } = await loadNode<WorkerThreads>('node:worker_threads');
  const { availableParallelism } = await loadNode<typeof import('node:os')>('node:os');
  const { existsSync } = await loadNode<typeof import('node:fs')>('node:fs');
  const candidates = workerEntries();
  const entry = candidates.find((url) => existsSync(url));
  if (entry === undefined) {
    throw new Error(`simulateParallel: the worker entry is missing (looked for ${candidates.map((url) => url.pathname).join(', ')}); build the package (npm run build)`);
  }
  throwIfAborted(signal, 'simulateParallel');

  const runs = plan.runs;
  // More workers than blocks would have nothing to do; more than the machine's cores would only wait.
  const cores = Math.max(1, Math.min(MAX_WORKERS, availableParallelism()));
  const count = Math.min(requested ?? Math.min(4, cores), Math.ceil(runs / BLOCK_SIZE), cores);
  // Workers start (or are taken from the pool) before the design is drawn: loading their modules takes longer than
  // most designs. With the pool busy with other calls, this call may get fewer (never none): the result is the same.
  const threads = await acquire(Worker, entry, count, cores, signal);
  let healthy = false;
  try {
    // With built-in distributions the workers turn their own blocks' unit points into values (the quantiles are
    // most of a design's cost); otherwise the whole design is drawn here.
    // With the random sampler they start on the first blocks while the parent draws the later ones, in order.
    const documents = builtInDistributions(plan);
    const shared = (length: number) => new Float64Array(new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT));
    const inOrder = documents !== undefined && drawnInOrder(plan);
    const drawn = documents === undefined ? designOf(plan, shared) : undefined;
    const design = drawn !== undefined ? drawn.values : inOrder ? shared(runs * plan.names.length) : unitPoints(plan, shared);
    const blocks = Math.ceil(runs / BLOCK_SIZE);
    const control = new Int32Array(new SharedArrayBuffer(CONTROL_WORDS * Int32Array.BYTES_PER_ELEMENT));
    control[READY] = inOrder ? 0 : blocks;
    const keep = plan.keep;
    const values = new Float64Array(new SharedArrayBuffer(runs * (keep?.length ?? years.length) * Float64Array.BYTES_PER_ELEMENT));
    const hit = plan.scenario.target === undefined ? undefined : new Int16Array(new SharedArrayBuffer(runs * Int16Array.BYTES_PER_ELEMENT));
    const input: WorkerInput = {
      document: toDocument(plan.scenario),
      names: plan.names,
      runs,
      seed: plan.seed,
      values: values.buffer as SharedArrayBuffer,
      hit: hit === undefined ? null : (hit.buffer as SharedArrayBuffer),
      design: design.buffer as SharedArrayBuffer,
      control: control.buffer as SharedArrayBuffer,
      keep: keep === undefined ? null : [...keep],
      codegen: plan.codegen,
      component: plan.component ?? null,
      transform: documents === undefined ? null : { distributions: documents, limits: plan.limits.map((limit) => limit ?? null) },
    };
    const pool = runPool(threads, input, options);
    if (inOrder) {
      try {
        const rng = unitStream(plan);
        for (let b = 0; b < blocks; b++) {
          throwIfAborted(signal, 'simulateParallel');
          fillUnitRows(rng, design, b * BLOCK_SIZE, Math.min(runs, (b + 1) * BLOCK_SIZE), plan.names.length);
          Atomics.store(control, READY, b + 1);
          Atomics.notify(control, READY);
        }
      } catch (error) {
        // Let waiting workers go before the threads are ended.
        Atomics.store(control, STOP, 1);
        Atomics.notify(control, READY);
        await pool.catch(() => undefined);
        throw error;
      }
    }
    const { floored, clamped } = await pool;
    healthy = true;
    return simulationOf(plan, years, { values, hit, flooredSteps: floored, clampedDraws: drawn?.clamped ?? clamped, design });
  } finally {
    // Workers that finished cleanly go back to the pool; after an error or an abort they are ended.
    if (healthy) release(threads);
    else await Promise.all(threads.map((thread) => retire(thread)));
  }
}

/** The process's worker pool. */
interface PoolState {
  /** Every live worker (idle or busy), at most the machine's cores. */
  readonly live: Set<WorkerThread>;
  /** Idle workers by entry file, waiting for the next call. */
  readonly idle: Map<string, WorkerThread[]>;
  /** Calls waiting for a worker while every core's worker is busy. */
  readonly waiting: (() => void)[];
  /** The timer that ends the idle workers once no call has wanted them for `idleTimeout` ms. */
  timer: ReturnType<typeof setTimeout> | undefined;
  idleTimeout: number;
  /** Threads started since the process began (a reused worker is not counted again). */
  started: number;
}

/** Extra memory a worker thread holds (its isolate, the library, the kernel): an assumption measured at ~16 MiB. */
const WORKER_OVERHEAD = 16 * 2 ** 20;

/** How long idle workers are kept for the next call before they are ended (ms). */
const IDLE_TIMEOUT = 1000;

/**
 * One pool for the process, bounded by the machine's cores: calls share it, so concurrent calls never start more
 * threads than there are cores, and a worker that no call has wanted for a second is ended.
 */
const pool: PoolState = { live: new Set(), idle: new Map(), waiting: [], timer: undefined, idleTimeout: IDLE_TIMEOUT, started: 0 };

const entries = new WeakMap<WorkerThread, string>();

/**
 * The worker pool's state, for tests and diagnostics: live threads, of those the idle ones, calls waiting for a
 * worker, and threads started so far.
 * @internal
 */
export function workerPoolStats(): { live: number; idle: number; waiting: number; started: number } {
  let idle = 0;
  for (const list of pool.idle.values()) idle += list.length;
  return { live: pool.live.size, idle, waiting: pool.waiting.length, started: pool.started };
}

/**
 * Sets how long idle workers are kept (ms, ≥ 0; 0 ends them as soon as no call holds them); returns the old value.
 * @internal
 */
export function setWorkerIdleTimeout(ms: number): number {
  if (typeof ms !== 'number' || !(ms >= 0) || !Number.isFinite(ms)) throw new RangeError(`setWorkerIdleTimeout: ms must be a finite number ≥ 0, got ${show(ms)}`);
  const old = pool.idleTimeout;
  pool.idleTimeout = ms;
  // Idle workers already waiting follow the new timeout.
  if (workerPoolStats().idle > 0) scheduleIdleEnd();
  return old;
}

/** Takes up to `count` workers (at least one): idle ones first, new ones while the pool is below `cores`. */
async function acquire(Worker: WorkerThreads['Worker'], entry: URL, count: number, cores: number, signal: AbortSignalLike | undefined): Promise<WorkerThread[]> {
  for (;;) {
    throwIfAborted(signal, 'simulateParallel');
    const idle = pool.idle.get(entry.href) ?? [];
    const threads = idle.splice(0, count);
    // Idle workers of another entry file (ESM beside CJS) give their place to this call's.
    while (threads.length < count && pool.live.size >= cores && endOneIdle()) {
      /* a place freed */
    }
    while (threads.length < count && pool.live.size < cores) threads.push(start(Worker, entry));
    if (threads.length > 0) {
      for (const thread of threads) {
        thread.removeAllListeners('exit');
        thread.once('exit', () => pool.live.delete(thread));
        thread.ref();
      }
      return threads;
    }
    // Wait for a worker to be released — or for the signal, which then throws at the top of the loop.
    await new Promise<void>((resolve) => {
      const wake = (): void => {
        const at = pool.waiting.indexOf(wake);
        if (at >= 0) pool.waiting.splice(at, 1);
        signal?.removeEventListener?.('abort', wake);
        resolve();
      };
      pool.waiting.push(wake);
      signal?.addEventListener?.('abort', wake, { once: true });
    });
  }
}

function start(Worker: WorkerThreads['Worker'], entry: URL): WorkerThread {
  const thread = new Worker(entry);
  entries.set(thread, entry.href);
  pool.live.add(thread);
  pool.started += 1;
  return thread;
}

/** Ends one idle worker of any entry file; false when none is idle. */
function endOneIdle(): boolean {
  for (const list of pool.idle.values()) {
    const thread = list.shift();
    if (thread !== undefined) {
      void retire(thread);
      return true;
    }
  }
  return false;
}

/** Ends a worker and takes it out of the pool at once (its exit comes later). */
async function retire(thread: WorkerThread): Promise<void> {
  pool.live.delete(thread);
  for (const list of pool.idle.values()) {
    const at = list.indexOf(thread);
    if (at >= 0) list.splice(at, 1);
  }
  await thread.terminate();
  wakeOne();
}

function wakeOne(): void {
  pool.waiting.shift()?.();
}

function release(threads: readonly WorkerThread[]): void {
  for (const thread of threads) {
    thread.removeAllListeners('message');
    thread.removeAllListeners('error');
    thread.removeAllListeners('exit');
    // A worker that ends while idle leaves the pool, so that no call is handed a dead one.
    thread.once('exit', () => {
      pool.live.delete(thread);
      const list = pool.idle.get(entries.get(thread) ?? '');
      const at = list?.indexOf(thread) ?? -1;
      if (at >= 0) list!.splice(at, 1);
    });
    thread.unref();
    const href = entries.get(thread) ?? '';
    const list = pool.idle.get(href) ?? [];
    pool.idle.set(href, list);
    list.push(thread);
  }
  // Calls waiting for a worker go first; otherwise the idle ones are ended after the timeout.
  for (let i = 0; i < threads.length; i++) wakeOne();
  scheduleIdleEnd();
}

function scheduleIdleEnd(): void {
  if (pool.timer !== undefined) clearTimeout(pool.timer);
  const end = (): void => {
    pool.timer = undefined;
    for (const list of pool.idle.values()) for (const thread of list.splice(0)) void retire(thread);
  };
  if (pool.idleTimeout === 0) {
    // Waiting calls take their workers in a microtask: end only what is still idle after them.
    queueMicrotask(() => queueMicrotask(end));
    return;
  }
  pool.timer = setTimeout(end, pool.idleTimeout);
  pool.timer.unref?.();
}

type WorkerThread = InstanceType<WorkerThreads['Worker']>;

/** Hands the input to the started workers; settles when all have finished, one fails, or the signal aborts. */
async function runPool(threads: readonly WorkerThread[], input: WorkerInput, options: SimulateParallelOptions): Promise<{ floored: number; clamped: number }> {
  const { signal, onProgress } = options;
  let onAbort: (() => void) | undefined;
  try {
    return await new Promise<{ floored: number; clamped: number }>((resolveOnce, rejectOnce) => {
      // Messages already queued may still arrive while the workers are being terminated: ignore them.
      let settled = false;
      const resolve = (totals: { floored: number; clamped: number }) => {
        settled = true;
        resolveOnce(totals);
      };
      const reject = (error: unknown) => {
        settled = true;
        rejectOnce(error);
      };
      let finished = 0;
      let floored = 0;
      let clamped = 0;
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
        if (message.kind === 'done') {
          floored += message.floored;
          clamped += message.clamped;
        } else if (failure === undefined || message.block < failure.block) failure = { block: message.block, error: rebuildError(message) };
        finished += 1;
        if (finished === threads.length) {
          if (failure === undefined) resolve({ floored, clamped });
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
  // Run from the sources (vitest, tsx), this file is src/simulation/parallel.ts: use the package's ESM build.
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

/** The worker's error as the same class with the same message (structured cloning would not keep custom classes). */
function rebuildError(message: { name: string; message: string }): Error {
  if (message.name === 'RangeError') return new RangeError(message.message);
  if (message.name === 'TypeError') return new TypeError(message.message);
  return new Error(message.message);
}
