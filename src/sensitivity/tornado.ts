import { checkOptionsObject } from '../internal/checkOptionsObject';
import { show } from '../internal/show';
import { checkParamKeys, resolveProblem, type ResolvedProblem } from './problem';
import { perYear, type Problem } from './scenarioProblem';

/** Options of {@link tornado}. */
export interface TornadoOptions {
  /** false runs plain loops, never a loop compiled with `Function` (a scenario's kernel, or the loop that calls a model); same results. Default true. */
  readonly codegen?: boolean;
  /** A scenario only: analyse every projection year from one design; the result is then one entry per year. */
  readonly byYear?: boolean;
  /** Explicit `[low, high]` values for some parameters (low < high); the rest take their default. */
  readonly ranges?: Readonly<Record<string, readonly [number, number]>>;
  /** Moves every parameter without an explicit range by ±this fraction of its base value (0.1 is ±10 %). */
  readonly relative?: number;
}

/** One bar: the output with `param` at its `low` and at its `high` value, every other parameter at its base. */
export interface TornadoBar {
  readonly param: string;
  readonly low: number;
  readonly high: number;
  readonly outputLow: number;
  readonly outputHigh: number;
  /** `|outputHigh − outputLow|`. */
  readonly swing: number;
}

/** The output at the base point and one bar per parameter, largest swing first. */
export interface TornadoResult {
  readonly base: number;
  readonly bars: TornadoBar[];
}

/**
 * One-at-a-time sensitivity for a tornado chart: each parameter moves to a low and a high value while the others
 * stay at their base values (a range's midpoint, a distribution's median).
 *
 * Default ranges: a `[min, max]` parameter moves over `[min, max]`; a distribution from its 10th to its 90th
 * percentile; with `relative`, every parameter without an explicit range moves by ±relative·|base|.
 *
 * @param problem - `{ model, params }`: a function of named parameters and their ranges or distributions.
 * @param options - optional `ranges` (a record keyed by parameter names, each `[low, high]` with finite low < high)
 *   and `relative` (a finite fraction > 0).
 * @returns `{ base, bars }`, bars sorted by swing, largest first (ties keep the order of `params`).
 * @throws {RangeError} for an unknown parameter in `ranges` (listing the valid ones), a bad range or `relative`,
 *   or a relative range around a base of 0.
 * @example
 * const problem = { model: (x) => 2 * x.a + x.b, params: { a: [0, 4], b: [0, 1] } };
 * tornado(problem).bars.map((bar) => [bar.param, bar.swing]); // => [['a', 8], ['b', 1]]
 * tornado(problem, { relative: 0.5 }).bars[0]; // => { param: 'a', low: 1, high: 3, outputLow: 2.5, outputHigh: 6.5, swing: 4 }
 * tornado(problem, { ranges: { c: [0, 1] } }); // => throws RangeError
 */
export function tornado(problem: Problem, options: TornadoOptions & { readonly byYear: true }): (TornadoResult & { readonly year: number })[];
export function tornado(problem: Problem, options?: TornadoOptions): TornadoResult;
export function tornado(problem: Problem, options: TornadoOptions = {}): TornadoResult | (TornadoResult & { readonly year: number })[] {
  if ((options as { byYear?: unknown } | undefined)?.byYear === true) return perYear(problem, 'tornado', (resolved) => tornadoResolved(resolved, options, 'tornado'), options);
  return tornadoResolved(resolveProblem(problem, 'tornado', options), options, 'tornado')[0]!;
}

/**
 * {@link tornado} on a resolved problem: one result per output column.
 * @internal
 */
export function tornadoResolved(problem: ResolvedProblem, options: TornadoOptions, fnName: string): TornadoResult[] {
  checkOptionsObject(options, fnName, 'an object');
  const { ranges = {}, relative } = options;
  if (typeof ranges !== 'object' || ranges === null) {
    throw new TypeError(`${fnName}: ranges must be a record of [low, high] by parameter, got ${show(ranges)}`);
  }
  checkParamKeys(problem, ranges, fnName, 'ranges');
  if (relative !== undefined && !(typeof relative === 'number' && relative > 0 && Number.isFinite(relative))) {
    throw new RangeError(`${fnName}: relative must be a finite fraction > 0 (0.1 is ±10%), got ${show(relative)}`);
  }
  const { k, names, base } = problem;
  const outputs = problem.outputs ?? 1;

  const lows = new Float64Array(k);
  const highs = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const name = names[j]!;
    // Own keys only: a range is never read from Object.prototype.
    const given = Object.hasOwn(ranges, name) ? (ranges as Record<string, unknown>)[name] : undefined;
    let range: readonly [number, number];
    if (given !== undefined) {
      const ok =
        Array.isArray(given) && given.length === 2 && given.every((v) => typeof v === 'number' && Number.isFinite(v));
      if (!ok || !((given as number[])[0]! < (given as number[])[1]!)) {
        const shown = Array.isArray(given) ? `[${given.map(show).join(', ')}]` : show(given);
        throw new RangeError(`${fnName}: ranges.${name} must be [low, high] with finite low < high, got ${shown}`);
      }
      range = given as [number, number];
    } else {
      range = problem.tornadoRange?.(j, relative) ?? fallbackRange(problem, j, relative);
    }
    lows[j] = range[0];
    highs[j] = range[1];
  }

  // Point 0 is the base; points 2j+1 and 2j+2 move parameter j to its low and its high value.
  const n = 2 * k + 1;
  const points = new Float64Array(n * k);
  for (let i = 0; i < n; i++) points.set(base, i * k);
  for (let j = 0; j < k; j++) {
    points[(2 * j + 1) * k + j] = lows[j]!;
    points[(2 * j + 2) * k + j] = highs[j]!;
  }
  const out = new Float64Array(n * outputs);
  problem.evaluate(points, n, out);

  const results: TornadoResult[] = [];
  for (let o = 0; o < outputs; o++) {
    const bars: TornadoBar[] = [];
    for (let j = 0; j < k; j++) {
      const outputLow = out[(2 * j + 1) * outputs + o]!;
      const outputHigh = out[(2 * j + 2) * outputs + o]!;
      bars.push({
        param: names[j]!,
        low: lows[j]!,
        high: highs[j]!,
        outputLow,
        outputHigh,
        swing: Math.abs(outputHigh - outputLow),
      });
    }
    bars.sort((a, b) => b.swing - a.swing);
    results.push({ base: out[o]!, bars });
  }
  return results;
}

function fallbackRange(problem: ResolvedProblem, j: number, relative: number | undefined): readonly [number, number] {
  if (relative === undefined) return [problem.low[j]!, problem.high[j]!];
  const b = problem.base[j]!;
  return [b - Math.abs(b) * relative, b + Math.abs(b) * relative];
}
