import { checkOptionsObject } from '../internal/checkOptionsObject';
import { checkMemoryBudget } from '../internal/memoryBudget';
import { show } from '../internal/show';
import { paramIndex, resolveProblem, type ResolvedProblem } from './problem';
import type { Problem } from './scenarioProblem';

/** Options of {@link grid}. */
export interface GridOptions {
  /** false runs plain loops, never a loop compiled with `Function` (a scenario's kernel, or the loop that calls a model); same results. Default true. */
  readonly codegen?: boolean;
  /**
   * The most bytes the call may allocate (design, outputs, results); default 2 GiB. A larger estimate is refused
   * with a RangeError, naming it and the budget, before anything is allocated.
   */
  readonly memoryBudget?: number;
  /** The parameter across the columns. */
  readonly x: string;
  /** The parameter down the rows. */
  readonly y: string;
  /** The column values; default `steps` values across x's range. */
  readonly xValues?: readonly number[];
  /** The row values; default `steps` values across y's range. */
  readonly yValues?: readonly number[];
  /** Values per axis when they are not given, an integer ≥ 2. Default 11. */
  readonly steps?: number;
}

/** A two-way table: `output[i][j]` is the output at `y.values[i]` and `x.values[j]`. */
export interface GridResult {
  readonly x: { readonly param: string; readonly values: number[] };
  readonly y: { readonly param: string; readonly values: number[] };
  readonly output: number[][];
}

/**
 * A two-way table of the output over two parameters, the others at their base values (like a spreadsheet's
 * two-variable data table).
 *
 * Default axis values step evenly across a `[min, max]` range, or through a distribution's 5th to 95th percentile
 * in equal steps of probability.
 *
 * @param problem - `{ model, params }`: a function of named parameters and their ranges or distributions.
 * @param options - `x` and `y`: two different parameter names; optional `xValues`/`yValues` (non-empty arrays of
 *   finite numbers) and `steps` (an integer ≥ 2, default 11).
 * @throws {RangeError} for an unknown parameter (listing the valid ones), x equal to y, empty or non-finite values,
 *   or bad `steps`.
 * @throws {RangeError} when the call would allocate more than `memoryBudget` (bytes, default 2 GiB), naming the
 *   estimate and the budget, before anything is allocated.
 * @example
 * const problem = { model: (x) => x.price * x.volume, params: { price: [1, 2], volume: [10, 20] } };
 * grid(problem, { x: 'price', y: 'volume', steps: 2 }).output; // => [[10, 20], [20, 40]]
 * grid(problem, { x: 'price', y: 'volume', xValues: [3], yValues: [5, 6] }).output; // => [[15], [18]]
 * grid(problem, { x: 'price', y: 'price' }); // => throws RangeError
 */
export function grid(problem: Problem, options: GridOptions): GridResult {
  return gridResolved(resolveProblem(problem, 'grid', options), options, 'grid')[0]!;
}

/**
 * {@link grid} on a resolved problem: one table per output column.
 * @internal
 */
export function gridResolved(problem: ResolvedProblem, options: GridOptions, fnName: string): GridResult[] {
  checkOptionsObject(options, fnName, '{ x, y, xValues?, yValues?, steps? }');
  const jx = paramIndex(problem, options.x, fnName, 'x');
  const jy = paramIndex(problem, options.y, fnName, 'y');
  if (jx === jy) throw new RangeError(`${fnName}: x and y must be different parameters, got ${show(options.x)} twice`);
  const steps = options.steps ?? 11;
  if (!Number.isInteger(steps) || steps < 2) {
    throw new RangeError(`${fnName}: steps must be an integer ≥ 2, got ${show(options.steps)}`);
  }
  const { k, base } = problem;
  const outputs = problem.outputs ?? 1;
  // Counted before the axes are built: a huge `steps` must not build them.
  const columns = Array.isArray(options.xValues) ? options.xValues.length : steps;
  const rows = Array.isArray(options.yValues) ? options.yValues.length : steps;
  const n = columns * rows;
  checkMemoryBudget(
    fnName,
    [
      { what: 'points', bytes: n * k * 8 },
      { what: 'outputs', bytes: n * outputs * 8 },
      { what: 'result tables', bytes: n * outputs * 8 + (columns + rows) * 8 },
    ],
    options.memoryBudget,
    'use fewer steps or values',
  );
  const xs = axisValues(problem, jx, options.xValues, steps, fnName, 'xValues');
  const ys = axisValues(problem, jy, options.yValues, steps, fnName, 'yValues');
  const points = new Float64Array(n * k);
  for (let r = 0; r < ys.length; r++) {
    for (let c = 0; c < xs.length; c++) {
      const row = (r * xs.length + c) * k;
      points.set(base, row);
      points[row + jx] = xs[c]!;
      points[row + jy] = ys[r]!;
    }
  }
  const out = new Float64Array(n * outputs);
  problem.evaluate(points, n, out);

  const results: GridResult[] = [];
  for (let o = 0; o < outputs; o++) {
    const output: number[][] = [];
    for (let r = 0; r < ys.length; r++) {
      const line: number[] = [];
      for (let c = 0; c < xs.length; c++) line.push(out[(r * xs.length + c) * outputs + o]!);
      output.push(line);
    }
    results.push({
      x: { param: problem.names[jx]!, values: xs.slice() },
      y: { param: problem.names[jy]!, values: ys.slice() },
      output,
    });
  }
  return results;
}

function axisValues(
  problem: ResolvedProblem,
  j: number,
  given: readonly number[] | undefined,
  steps: number,
  fnName: string,
  what: string,
): number[] {
  if (given === undefined) {
    const values: number[] = [];
    for (let s = 0; s < steps; s++) values.push(problem.sweep(j, s / (steps - 1)));
    return values;
  }
  if (!Array.isArray(given) || given.length === 0) {
    throw new RangeError(`${fnName}: ${what} must be a non-empty array of finite numbers, got ${show(given)}`);
  }
  given.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new RangeError(`${fnName}: ${what}[${i}] must be a finite number, got ${show(v)}`);
    }
  });
  return given.slice();
}
