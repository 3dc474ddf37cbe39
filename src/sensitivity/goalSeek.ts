import { checkOptionsObject } from '../internal/checkOptionsObject';
import { show } from '../internal/show';
import { findRoot } from './brent';
import { paramIndex, resolveProblem, type ResolvedProblem } from './problem';
import { defineScenario } from '../scenario/defineScenario';
import { asProblem, codegenIn, isScenarioProblem, resolveScenarioProblem, type Problem } from './scenarioProblem';

/** Options of {@link goalSeek}. */
export interface GoalSeekOptions {
  /** false runs plain loops, never a loop compiled with `Function` (a scenario's kernel, or the loop that calls a model); same results. Default true. */
  readonly codegen?: boolean;
  /** The parameter to solve for; the others stay at their base values. */
  readonly param: string;
  /** The output to reach. Required for a model; a scenario defaults to its own target. */
  readonly target?: number;
  /** A scenario only: the year whose value must reach the target; default the target year (else the horizon's end). */
  readonly year?: number;
  /** Where to look, `[lo, hi]`. Without it the search starts on the parameter's range and widens outward. */
  readonly bounds?: readonly [number, number];
  /** Absolute tolerance on the parameter value. Default 1e-12. */
  readonly tolerance?: number;
  /** Brent iterations allowed. Default 200. */
  readonly maxIterations?: number;
}

/** The parameter value that reaches the target, or why none does. Never NaN. */
export type GoalSeekResult =
  | { readonly found: true; readonly value: number; readonly iterations: number }
  | { readonly found: false; readonly reason: string };

/** Points scanned for a change of sign before giving up on an interval (a model need not be monotone). */
const SCAN_POINTS = 64;
/** Widening steps without bounds: each moves one end out by 1.6 widths, so 10 reach about 2,000 start widths. */
const MAX_EXPANSIONS = 10;

/**
 * Finds the value of one parameter at which the output reaches a target (like Excel's Goal Seek), by bracketed
 * root finding (Brent 1973).
 *
 * @param problem - `{ model, params }`: a function of named parameters and their ranges or distributions; or a
 *   scenario (or `{ scenario, params?, output? }`), where the lever is any scenario parameter and the output is the
 *   value in `year` (default the target year), the target the scenario's own; with `output: { component }` the
 *   component's value (then give `target`: the scenario's is on the total).
 * @param options - `param` (a name of `params`), `target` (finite), optional `bounds` `[lo, hi]` with lo < hi,
 *   `tolerance` > 0, `maxIterations` ≥ 1.
 * @returns `{ found: true, value, iterations }`, or `{ found: false, reason }` when no value in the bounds reaches
 *   the target; the reason gives the outputs seen.
 * @throws {RangeError} for an unknown parameter (listing the valid ones) or component, bad bounds or tolerance.
 * @throws {TypeError} for a missing target or a malformed problem.
 * @example
 * const problem = { model: (x) => x.price * x.volume, params: { price: [1, 3], volume: [50, 150] } };
 * goalSeek(problem, { param: 'price', target: 250 }).value; // => ≈ 2.5
 * goalSeek(problem, { param: 'price', target: 1e6, bounds: [0, 10] }).found; // => false
 * goalSeek(problem, { param: 'cost', target: 1 }); // => throws RangeError
 * // The base growth that takes $580M to $10B by 2029 is the required CAGR, 76.73 %:
 * goalSeek(presets.azerbaijanIran.momentum, { param: 'base.rate' }).value; // => ≈ 0.7673168
 */
export function goalSeek(problem: Problem, options: GoalSeekOptions): GoalSeekResult {
  if (isScenarioProblem(problem)) {
    // The value in the year asked for (default: the target year) is what must reach the target; only the lever moves.
    const p = asProblem(problem);
    const scenario = defineScenario(p.scenario);
    const year = options?.year ?? (p.output === undefined ? (scenario.target?.year ?? scenario.horizon.endYear) : undefined);
    const params = p.params ?? [options?.param];
    // A year asked for keeps the problem's component, if it names one.
    const component = typeof p.output === 'object' && p.output !== null && 'component' in p.output ? p.output.component : undefined;
    const output = year === undefined ? undefined : component === undefined ? { year } : { year, component };
    const resolved = resolveScenarioProblem({ scenario, params, ...(p.output === undefined ? {} : { output: p.output }) }, 'goalSeek', { codegen: codegenIn(options), ...(output === undefined ? {} : { output }) });
    return goalSeekResolved(resolved, options, 'goalSeek');
  }
  return goalSeekResolved(resolveProblem(problem, 'goalSeek', options), options, 'goalSeek');
}

/**
 * {@link goalSeek} on a resolved problem; `output` picks the column when the problem has several outputs.
 * @internal
 */
export function goalSeekResolved(
  problem: ResolvedProblem,
  options: GoalSeekOptions & { readonly output?: number },
  fnName: string,
): GoalSeekResult {
  checkOptionsObject(options, fnName, '{ param, target, bounds? }');
  const j = paramIndex(problem, options.param, fnName, 'param');
  const target = options.target ?? problem.defaultTarget;
  if (typeof target !== 'number' || !Number.isFinite(target)) {
    throw new TypeError(`${fnName}: target must be a finite number, got ${show(target)}`);
  }
  const tolerance = options.tolerance ?? 1e-12;
  if (!(tolerance > 0) || !Number.isFinite(tolerance)) {
    throw new RangeError(`${fnName}: tolerance must be a finite number > 0, got ${show(options.tolerance)}`);
  }
  const maxIterations = options.maxIterations ?? 200;
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new RangeError(`${fnName}: maxIterations must be an integer ≥ 1, got ${show(options.maxIterations)}`);
  }
  const { bounds } = options;
  if (bounds !== undefined) {
    const ok = Array.isArray(bounds) && bounds.length === 2 && bounds.every((v) => Number.isFinite(v));
    if (!ok || !(bounds[0] < bounds[1])) {
      throw new RangeError(`${fnName}: bounds must be [lo, hi] with finite lo < hi, got ${describeBounds(bounds)}`);
    }
  }

  const outputs = problem.outputs ?? 1;
  const column = options.output ?? 0;
  const point = Float64Array.from(problem.base);
  const out = new Float64Array(outputs);
  const f = (v: number): number => {
    point[j] = v;
    problem.evaluate(point, 1, out);
    return out[column]! - target;
  };
  const settings = { tolerance, maxIterations };
  const name = problem.names[j]!;

  const [lo, hi] = bounds ?? [problem.low[j]!, problem.high[j]!];
  const scanned = scan(f, lo, hi);
  let minF = scanned.minF;
  let maxF = scanned.maxF;
  let searched: readonly [number, number] = [lo, hi];
  if (scanned.bracket !== undefined) {
    const [a, b] = scanned.bracket;
    const result = findRoot(f, a, b, settings);
    if (result.found) return result;
    return { found: false, reason: `${fnName}: ${name} did not converge within ${maxIterations} iterations` };
  }
  if (bounds === undefined) {
    const limits = problem.seekLimits?.(j) ?? [-Infinity, Infinity];
    const result = findRoot(f, lo, hi, { ...settings, expandWithin: limits, maxExpansions: MAX_EXPANSIONS });
    if (result.found) return result;
    if (result.why === 'no-convergence') {
      return { found: false, reason: `${fnName}: ${name} did not converge within ${maxIterations} iterations` };
    }
    minF = Math.min(minF, result.minF);
    maxF = Math.max(maxF, result.maxF);
    searched = [result.lo, result.hi];
  }
  return {
    found: false,
    reason:
      `${fnName}: no value of ${name} in [${short(searched[0])}, ${short(searched[1])}] reaches ${short(target)}: ` +
      `the output ranges from ${short(minF + target)} to ${short(maxF + target)} there`,
  };
}

/**
 * A sub-interval of `lo..hi` over which f changes sign (the whole interval when its ends differ), and the extremes
 * of f seen on the way.
 */
function scan(f: (x: number) => number, lo: number, hi: number) {
  const fLo = f(lo);
  const fHi = f(hi);
  let minF = Math.min(fLo, fHi);
  let maxF = Math.max(fLo, fHi);
  if (fLo === 0 || fHi === 0 || fLo > 0 !== fHi > 0) return { bracket: [lo, hi] as const, minF, maxF };
  let previousX = lo;
  let previous = fLo;
  for (let i = 1; i < SCAN_POINTS; i++) {
    const x = lo + ((hi - lo) * i) / SCAN_POINTS;
    const fx = f(x);
    minF = Math.min(minF, fx);
    maxF = Math.max(maxF, fx);
    if (fx === 0 || fx > 0 !== previous > 0) return { bracket: [previousX, x] as const, minF, maxF };
    previousX = x;
    previous = fx;
  }
  return { bracket: undefined, minF, maxF };
}

function short(x: number): string {
  return String(Number(x.toPrecision(10)));
}

function describeBounds(bounds: unknown): string {
  return Array.isArray(bounds) ? `[${bounds.map(show).join(', ')}]` : show(bounds);
}
