import { throwIfAborted, type AbortSignalLike } from '../../internal/abortSignal';
import type { ResolvedProblem } from '../problem';

/** Progress and cancellation, shared by the long-running methods. */
export interface LongRunOptions {
  /** Called after each batch with the runs done so far and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Aborting it stops the call between batches with the signal's reason. */
  readonly signal?: AbortSignalLike;
  /**
   * The most bytes the call may allocate (design, outputs, results); default 2 GiB. A larger estimate is refused
   * with a RangeError, naming it and the budget, before anything is allocated.
   */
  readonly memoryBudget?: number;
}

/** Points per batch: small enough to answer an abort quickly, large enough that the checks cost nothing. */
const BATCH = 4096;

/** Evaluates `n` points in batches, reporting progress and honouring an abort between batches. */
export function runBatches(
  problem: ResolvedProblem,
  points: Float64Array,
  n: number,
  out: Float64Array,
  options: LongRunOptions,
  fnName: string,
): void {
  const { k } = problem;
  const outputs = problem.outputs ?? 1;
  throwIfAborted(options.signal, fnName);
  for (let start = 0; start < n; start += BATCH) {
    const count = Math.min(BATCH, n - start);
    problem.evaluate(
      points.subarray(start * k, (start + count) * k),
      count,
      out.subarray(start * outputs, (start + count) * outputs),
    );
    options.onProgress?.(start + count, n);
    throwIfAborted(options.signal, fnName);
  }
}
