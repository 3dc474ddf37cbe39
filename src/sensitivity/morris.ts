import { checkOptionsObject } from '../internal/checkOptionsObject';
import { checkMemoryBudget } from '../internal/memoryBudget';
import { show } from '../internal/show';
import { createRng } from '../uncertainty/rng';
import { resolveProblem, type ResolvedProblem } from './problem';
import { perYear, type Problem } from './scenarioProblem';
import { checkSeed } from '../internal/checkSeed';
import { runBatches, type LongRunOptions } from './internal/runBatches';

/** Options of {@link morris}. */
export interface MorrisOptions extends LongRunOptions {
  /** false runs plain loops, never a loop compiled with `Function` (a scenario's kernel, or the loop that calls a model); same results. Default true. */
  readonly codegen?: boolean;
  /** A scenario only: analyse every projection year from one design; the result is then one entry per year. */
  readonly byYear?: boolean;
  /** Trajectories r, an integer ≥ 2; the model runs r·(k + 1) times. Default 100. */
  readonly trajectories?: number;
  /** Grid levels p, an even integer ≥ 2; each step moves a parameter p/(2(p − 1)) of its range. Default 4. */
  readonly levels?: number;
  /** Seed of the trajectories: the same seed gives the same result. */
  readonly seed: number | string;
}

/** Morris statistics of one parameter's elementary effects (output change per whole range of the parameter). */
export interface MorrisIndex {
  /** Mean effect: its sign tells the direction, but effects of opposite sign cancel. */
  readonly mu: number;
  /** Mean absolute effect, the ranking measure (Campolongo, Cariboni and Saltelli 2007). */
  readonly muStar: number;
  /** Standard deviation of the effects: large when the parameter interacts or acts non-linearly. */
  readonly sigma: number;
}

/** Morris indices by parameter name. */
export type MorrisResult = Record<string, MorrisIndex>;

/**
 * Elementary-effects screening (Morris 1991, with μ* of Campolongo et al. 2007): r random one-at-a-time
 * trajectories on a p-level grid, each moving every parameter once.
 *
 * An elementary effect is the output change divided by the step as a fraction of the parameter's range, so a
 * linear term b·x over [lo, hi] has μ* = |b|·(hi − lo) and σ = 0. A `[min, max]` parameter's grid spans
 * `[min, max]`; a distribution's spans its 5th to 95th percentile in equal steps of probability.
 *
 * @param problem - `{ model, params }`: a function of named parameters and their ranges or distributions.
 * @param options - `seed` (a safe integer or a string), `trajectories` (an integer ≥ 2), `levels` (an even
 *   integer ≥ 2), `onProgress`, `signal`.
 * @throws {RangeError} for bad trajectories, levels or seed. Aborting `signal` throws its reason.
 * @throws {RangeError} when the call would allocate more than `memoryBudget` (bytes, default 2 GiB), naming the
 *   estimate and the budget, before anything is allocated.
 * @example
 * const problem = { model: (x) => 3 * x.a - x.b, params: { a: [0, 2], b: [0, 1], c: [0, 1] } };
 * const result = morris(problem, { trajectories: 10, seed: 1 });
 * result.a.muStar; // => ≈ 6
 * result.b.mu; // => ≈ -1
 * result.c.muStar; // => 0
 * morris(problem, { levels: 3, seed: 1 }); // => throws RangeError
 */
export function morris(problem: Problem, options: MorrisOptions & { readonly byYear: true }): (MorrisResult & { readonly year: number })[];
export function morris(problem: Problem, options: MorrisOptions): MorrisResult;
export function morris(problem: Problem, options: MorrisOptions): MorrisResult | (MorrisResult & { readonly year: number })[] {
  if ((options as { byYear?: unknown } | undefined)?.byYear === true) return perYear(problem, 'morris', (resolved) => morrisResolved(resolved, options, 'morris'), options);
  return morrisResolved(resolveProblem(problem, 'morris', options), options, 'morris')[0]!;
}

/**
 * {@link morris} on a resolved problem: one result per output column, all from one design.
 * @internal
 */
export function morrisResolved(problem: ResolvedProblem, options: MorrisOptions, fnName: string): MorrisResult[] {
  checkOptionsObject(options, fnName, '{ seed, trajectories?, levels? }');
  const { trajectories = 100, levels = 4 } = options;
  if (!Number.isInteger(trajectories) || trajectories < 2) {
    throw new RangeError(`${fnName}: trajectories must be an integer ≥ 2, got ${show(trajectories)}`);
  }
  if (!Number.isInteger(levels) || levels < 2 || levels % 2 !== 0) {
    throw new RangeError(`${fnName}: levels must be an even integer ≥ 2, got ${show(levels)}`);
  }
  checkSeed(options.seed, fnName);
  const rng = createRng(options.seed);
  const { k } = problem;
  const outputs = problem.outputs ?? 1;
  const r = trajectories;
  const perTrajectory = k + 1;
  const n = r * perTrajectory;
  checkMemoryBudget(
    fnName,
    [
      { what: 'points', bytes: n * k * 8 },
      { what: 'trajectory steps', bytes: r * k * 12 },
      { what: 'outputs', bytes: n * outputs * 8 },
    ],
    options.memoryBudget,
    'use fewer trajectories',
  );

  // Morris's step Δ = p/(2(p − 1)) is half the levels: a start below the middle moves up, above it moves down,
  // so every level is equally likely and every point stays on the grid.
  const half = levels / 2;
  const delta = half / (levels - 1);
  const points = new Float64Array(n * k);
  const moved = new Int32Array(r * k);
  const steps = new Float64Array(r * k);
  const level = new Int32Array(k);
  const order = new Int32Array(k);
  for (let t = 0; t < r; t++) {
    for (let j = 0; j < k; j++) {
      level[j] = Math.floor(rng.next() * levels);
      order[j] = j;
    }
    for (let j = k - 1; j > 0; j--) {
      const swap = Math.floor(rng.next() * (j + 1));
      const kept = order[j]!;
      order[j] = order[swap]!;
      order[swap] = kept;
    }
    let row = t * perTrajectory * k;
    for (let j = 0; j < k; j++) points[row + j] = problem.sweep(j, level[j]! / (levels - 1));
    for (let m = 0; m < k; m++) {
      const j = order[m]!;
      const up = level[j]! < half;
      const step = up ? delta : -delta;
      points.copyWithin(row + k, row, row + k);
      row += k;
      level[j] = level[j]! + (up ? half : -half);
      points[row + j] = problem.sweep(j, level[j]! / (levels - 1));
      moved[t * k + m] = j;
      steps[t * k + m] = step;
    }
  }

  const out = new Float64Array(n * outputs);
  runBatches(problem, points, n, out, options, fnName);

  const results: MorrisResult[] = [];
  const mean = new Float64Array(k);
  const meanAbs = new Float64Array(k);
  const m2 = new Float64Array(k);
  for (let o = 0; o < outputs; o++) {
    mean.fill(0);
    meanAbs.fill(0);
    m2.fill(0);
    for (let t = 0; t < r; t++) {
      const count = t + 1;
      for (let m = 0; m < k; m++) {
        const i = t * perTrajectory + m;
        const effect = (out[(i + 1) * outputs + o]! - out[i * outputs + o]!) / steps[t * k + m]!;
        const j = moved[t * k + m]!;
        // Welford's update: every parameter has one effect per trajectory, so its count is t + 1.
        const before = mean[j]!;
        mean[j] = before + (effect - before) / count;
        m2[j] = m2[j]! + (effect - before) * (effect - mean[j]!);
        meanAbs[j] = meanAbs[j]! + (Math.abs(effect) - meanAbs[j]!) / count;
      }
    }
    const result: MorrisResult = {};
    problem.names.forEach((name, j) => {
      result[name] = { mu: mean[j]!, muStar: meanAbs[j]!, sigma: Math.sqrt(Math.max(0, m2[j]!) / (r - 1)) };
    });
    results.push(result);
  }
  return results;
}
