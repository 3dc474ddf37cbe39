/**
 * The worker-thread entry of `simulateParallel`, built to dist/worker.js and dist/worker.cjs. Never imported by the
 * package's index: it is the one file besides parallel.ts that may use `node:` modules.
 *
 * A worker waits for its input (one message), rebuilds the scenario from its JSON document, compiles the kernel
 * for the uncertain names it is given, and takes blocks from a shared counter until none is left, writing each
 * block's paths straight into the shared arrays. Which worker runs which block does not matter: block b always
 * draws from stream b + 1 of the seed and reads the design rows the parent drew (turning them from unit points into
 * values first, when the parent left that to the workers), so the result equals `simulate`'s whatever the schedule.
 */
import { parentPort } from 'node:worker_threads';
import type { ScenarioDocument } from '../scenario/document';
import { defineScenario } from '../scenario/defineScenario';
import { compileKernel } from './kernel';
import { BLOCK_SIZE, keepRows, runBlock } from './simulate';
import { transformRows } from './design';
import { NEXT, READY, STOP } from './control';
import { quantileColumnOf, type DistributionDocument } from '../uncertainty/distributions/distribution';
import { distributionFromDocument } from '../uncertainty/distributions/document';

/** What the parent hands each worker (every buffer is shared, so nothing is copied back). */
export interface WorkerInput {
  readonly document: ScenarioDocument;
  readonly names: readonly string[];
  readonly runs: number;
  readonly seed: number | string;
  /** runs × years values, year-major: `values[i · runs + r]`. */
  readonly values: SharedArrayBuffer;
  /** runs Int16 first-hit indices, or null when the scenario has no target. */
  readonly hit: SharedArrayBuffer | null;
  /** runs × k parameter values (row-major), drawn once by the parent; unit points when `transform` is given. */
  readonly design: SharedArrayBuffer;
  /** The control words (see control.ts): the next block to take, the stop flag, the blocks whose design rows are drawn. */
  readonly control: SharedArrayBuffer;
  /** The year indices kept (`values` holds runs × these), or null for every year. */
  readonly keep: readonly number[] | null;
  /** Whether the kernel may write its runner out as code (`SimulateOptions.codegen`). */
  readonly codegen: boolean;
  /** The component whose paths are written, or null for the total (`SimulateOptions.component`). */
  readonly component: string | null;
  /**
   * When the design holds unit points: the distributions (built in, as documents) and the field rules that turn a
   * block's rows into values before the block runs; null when the parent drew the values.
   */
  readonly transform: { readonly distributions: readonly DistributionDocument[]; readonly limits: readonly (readonly [number, number] | null)[] } | null;
}

/** What a worker reports: a finished block, its total when it has no more to do, or the first error it met. */
export type WorkerMessage =
  | { readonly kind: 'block'; readonly runs: number }
  | { readonly kind: 'done'; readonly floored: number; readonly clamped: number }
  | { readonly kind: 'error'; readonly block: number; readonly name: string; readonly message: string };


/** Runs blocks until the shared counter passes the last one or the stop flag is set; reports through `post`. */
export function runShare(input: WorkerInput, post: (message: WorkerMessage) => void): void {
  const control = new Int32Array(input.control);
  let block = -1;
  try {
    const kernel = compileKernel(defineScenario(input.document), input.names, { codegen: input.codegen, caller: 'simulateParallel', component: input.component ?? undefined });
    const k = input.names.length;
    const runs = input.runs;
    const values = new Float64Array(input.values);
    const hit = input.hit === null ? undefined : new Int16Array(input.hit);
    const design = new Float64Array(input.design);
    const normals = new Float64Array(BLOCK_SIZE * kernel.normalsPerRun);
    const keep = input.keep;
    const scratch = keep === null ? undefined : new Float64Array(BLOCK_SIZE * kernel.years.length);
    const blocks = Math.ceil(runs / BLOCK_SIZE);
    const transform = input.transform;
    const columns = transform?.distributions.map((d) => quantileColumnOf(distributionFromDocument(d)));
    let floored = 0;
    let clamped = 0;
    while (Atomics.load(control, STOP) === 0) {
      block = Atomics.add(control, NEXT, 1);
      if (block >= blocks) break;
      if (!awaitRows(control, block)) break;
      const offset = block * BLOCK_SIZE;
      const count = Math.min(BLOCK_SIZE, runs - offset);
      if (transform !== null) clamped += transformRows(design, columns!, transform.limits, offset, offset + count, k);
      const params = design.subarray(offset * k, (offset + count) * k);
      if (scratch === undefined) floored += runBlock(kernel, block, count, offset, input.seed, params, normals, values, runs, hit);
      else {
        floored += runBlock(kernel, block, count, 0, input.seed, params, normals, scratch, count, hit?.subarray(offset, offset + count));
        keepRows(scratch, count, keep!, values, runs, offset);
      }
      post({ kind: 'block', runs: count });
    }
    post({ kind: 'done', floored, clamped });
  } catch (error) {
    // Let the others stop at their current block; the parent keeps the error of the lowest block
    // (simulate's, named simulateParallel).
    Atomics.store(control, STOP, 1);
    const e = error instanceof Error ? error : new Error(String(error));
    post({ kind: 'error', block: Math.max(block, 0), name: e.name, message: e.message });
  }
}

/** Waits until the parent has drawn block `block`'s design rows; false when the stop flag is set first. */
function awaitRows(control: Int32Array, block: number): boolean {
  for (;;) {
    const ready = Atomics.load(control, READY);
    if (ready > block) return true;
    if (Atomics.load(control, STOP) !== 0) return false;
    Atomics.wait(control, READY, ready);
  }
}

// The input comes as a message, not as workerData: the parent starts the workers before it has drawn the design,
// and keeps them for later calls, each of which sends its own input.
if (parentPort !== null) {
  const port = parentPort;
  port.on('message', (input: WorkerInput) => runShare(input, (message) => port.postMessage(message)));
}
