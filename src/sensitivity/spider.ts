import { checkOptionsObject } from '../internal/checkOptionsObject';
import { checkMemoryBudget } from '../internal/memoryBudget';
import { show } from '../internal/show';
import { resolveProblem, type ResolvedProblem } from './problem';
import type { Problem } from './scenarioProblem';

/** Options of {@link spider}. */
export interface SpiderOptions {
  /** false runs plain loops, never a loop compiled with `Function` (a scenario's kernel, or the loop that calls a model); same results. Default true. */
  readonly codegen?: boolean;
  /**
   * The most bytes the call may allocate (design, outputs, results); default 2 GiB. A larger estimate is refused
   * with a RangeError, naming it and the budget, before anything is allocated.
   */
  readonly memoryBudget?: number;
  /** Points per line, an integer ≥ 2. Default 11. */
  readonly steps?: number;
  /**
   * Sweep each parameter over base·(1 − span) … base·(1 + span) instead of its range (0.2 is ±20 %), the classic
   * spider plot of output against percentage change.
   */
  readonly span?: number;
}

/** One parameter's line: the output at each of its swept values, the other parameters at their base values. */
export interface SpiderLine {
  readonly param: string;
  /** The parameter values, ascending. */
  readonly values: number[];
  /**
   * Where each value sits: in `'range'` mode its position across the parameter's range (0 to 1); in `'relative'`
   * mode its change from the base value as a fraction (−span to +span). One x-axis serves every line.
   */
  readonly offsets: number[];
  readonly outputs: number[];
  /** The largest output less the smallest, to rank the lines. */
  readonly swing: number;
}

/** The output at the base point and one line per parameter, in the order of `params`. */
export interface SpiderResult {
  readonly base: number;
  readonly mode: 'range' | 'relative';
  readonly lines: SpiderLine[];
}

/**
 * Sweeps each parameter in turn across its range (or ±span around its base value) for a spider plot.
 *
 * The range of a `[min, max]` parameter is `[min, max]`; of a distribution, its 5th to 95th percentile, stepped in
 * equal steps of probability (so its points are quantiles).
 *
 * @param problem - `{ model, params }`: a function of named parameters and their ranges or distributions.
 * @param options - `steps`: an integer ≥ 2 (default 11); `span`: a finite fraction > 0 for relative mode.
 * @throws {RangeError} for bad `steps` or `span`, or `span` with a parameter whose base value is 0.
 * @throws {RangeError} when the call would allocate more than `memoryBudget` (bytes, default 2 GiB), naming the
 *   estimate and the budget, before anything is allocated.
 * @example
 * const problem = { model: (x) => x.a * x.b, params: { a: [1, 3], b: [0, 10] } };
 * spider(problem, { steps: 3 }).lines[0]; // => { param: 'a', values: [1, 2, 3], offsets: [0, 0.5, 1], outputs: [5, 10, 15], swing: 10 }
 * spider(problem, { steps: 3, span: 0.5 }).lines[1].values; // => [2.5, 5, 7.5]
 * spider(problem, { steps: 1 }); // => throws RangeError
 */
export function spider(problem: Problem, options: SpiderOptions = {}): SpiderResult {
  return spiderResolved(resolveProblem(problem, 'spider', options), options, 'spider')[0]!;
}

/**
 * {@link spider} on a resolved problem: one result per output column.
 * @internal
 */
export function spiderResolved(problem: ResolvedProblem, options: SpiderOptions, fnName: string): SpiderResult[] {
  checkOptionsObject(options, fnName, 'an object');
  const { steps = 11, span } = options;
  if (!Number.isInteger(steps) || steps < 2) {
    throw new RangeError(`${fnName}: steps must be an integer ≥ 2, got ${show(steps)}`);
  }
  if (span !== undefined && !(typeof span === 'number' && span > 0 && Number.isFinite(span))) {
    throw new RangeError(`${fnName}: span must be a finite fraction > 0 (0.2 is ±20%), got ${show(span)}`);
  }
  const { k, names, base } = problem;
  const outputs = problem.outputs ?? 1;
  const n = 1 + k * steps;
  checkMemoryBudget(
    fnName,
    [
      { what: 'swept values', bytes: (k + 1) * steps * 16 },
      { what: 'points', bytes: n * k * 8 },
      { what: 'outputs', bytes: n * outputs * 8 },
      { what: 'result lines', bytes: outputs * k * steps * 3 * 8 },
    ],
    options.memoryBudget,
    'use fewer steps',
  );

  const offsets: number[] = [];
  for (let s = 0; s < steps; s++) {
    const t = s / (steps - 1);
    offsets.push(span === undefined ? t : span * (2 * t - 1));
  }
  const values: number[][] = [];
  for (let j = 0; j < k; j++) {
    const b = base[j]!;
    if (span !== undefined && b === 0) {
      throw new RangeError(
        `${fnName}: span needs a non-zero base value, but ${names[j]} has base 0; sweep its range without span`,
      );
    }
    values.push(offsets.map((offset, s) => (span === undefined ? problem.sweep(j, s / (steps - 1)) : b + Math.abs(b) * offset)));
  }

  // Point 0 is the base; then `steps` points for each parameter in turn.
  const points = new Float64Array(n * k);
  for (let i = 0; i < n; i++) points.set(base, i * k);
  for (let j = 0; j < k; j++) {
    for (let s = 0; s < steps; s++) points[(1 + j * steps + s) * k + j] = values[j]![s]!;
  }
  const out = new Float64Array(n * outputs);
  problem.evaluate(points, n, out);

  const results: SpiderResult[] = [];
  for (let o = 0; o < outputs; o++) {
    const lines: SpiderLine[] = [];
    for (let j = 0; j < k; j++) {
      const line: number[] = [];
      // A loop, not Math.max(...line): spreading millions of steps into a call overflows the stack.
      let lowest = Infinity;
      let highest = -Infinity;
      for (let s = 0; s < steps; s++) {
        const y = out[(1 + j * steps + s) * outputs + o]!;
        line.push(y);
        if (y < lowest) lowest = y;
        if (y > highest) highest = y;
      }
      lines.push({ param: names[j]!, values: values[j]!, offsets, outputs: line, swing: highest - lowest });
    }
    results.push({ base: out[o]!, mode: span === undefined ? 'range' : 'relative', lines });
  }
  return results;
}
