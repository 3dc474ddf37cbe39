import { checkOptionsObject } from '../internal/checkOptionsObject';
import { show } from '../internal/show';
import { hypergeometricUpperTail } from './internal/primHypergeometric';
import { PrimBox as BoxState } from './internal/primBox';
import { separation } from './internal/primSeparation';
import { sortedOrder } from './internal/primSort';

/** The points PRIM searches: a row-major matrix of parameter values and whether each row is a case of interest. */
export interface PrimData {
  /** n × k values, row-major: `x[r * k + j]` is parameter j of row r. Finite numbers. */
  readonly x: Float64Array | readonly number[];
  /** Columns (parameters), a whole number ≥ 1; `x.length` must be a multiple of it. */
  readonly k: number;
  /** For each row, whether it is a case of interest: `true`/`1` (a hit) or `false`/`0`. */
  readonly hits: ArrayLike<boolean | number>;
  /** The k parameter names, distinct; default `'x1'` … `'xk'`. */
  readonly names?: readonly string[];
}

/** Options of {@link prim}. */
export interface PrimOptions {
  /** Share of the box's points each peel removes (and each paste may add), in (0, 0.5]. Default 0.05. */
  readonly alpha?: number;
  /** Smallest share of all points a box may hold, in (0, 1). Default 0.05. */
  readonly minMass?: number;
  /** Smallest coverage the chosen box may have, in [0, 1]. Default 0.5. */
  readonly threshold?: number;
  /**
   * Whether to widen the chosen box: paste it while its density does not fall, then drop each side of a
   * restriction whose removal costs less than one standard error of density. Default true.
   */
  readonly paste?: boolean;
}

/** One restricted dimension of a box, with the significance of the restriction. */
export interface PrimRestriction {
  readonly param: string;
  readonly min: number;
  readonly max: number;
  /**
   * One-sided hypergeometric p-value: the chance that, with the restriction dropped, the box's points drawn at
   * random from the wider box would hold at least as many hits as they do. Small: the restriction matters.
   */
  readonly pValue: number;
}

/** A box in parameter space and how well it captures the cases of interest. */
export interface PrimBoxResult {
  /** Every parameter's interval; an unrestricted one spans the sampled minimum to maximum. */
  readonly limits: Record<string, { readonly min: number; readonly max: number }>;
  /** Share of all hits that lie in the box. */
  readonly coverage: number;
  /** Share of the box's points that are hits. */
  readonly density: number;
  /** Share of all points that lie in the box. */
  readonly mass: number;
  /** Points and hits in the box. */
  readonly count: number;
  readonly hits: number;
  /** The dimensions that leave any point out, in parameter order. */
  readonly restricted: readonly PrimRestriction[];
  /** True for the chosen box when pasting, or dropping a restriction that gained only noise, widened it. */
  readonly widened: boolean;
}

/** How strongly a parameter on its own separates hits from misses. */
export interface PrimFeature {
  readonly param: string;
  /** The two-sample Kolmogorov–Smirnov statistic between the parameter's values in hits and in misses, in [0, 1]. */
  readonly score: number;
  /** Whether hits lie at higher or lower values of it (`'none'` with no hits, no misses or no difference). */
  readonly direction: 'higher' | 'lower' | 'none';
}

/** The result of {@link prim}. */
export interface PrimResult {
  /** The peeling trajectory: box 0 holds every point, box i + 1 is box i after one more peel. */
  readonly boxes: readonly PrimBoxResult[];
  /** Coverage, density and mass of each box of `boxes`, for the trade-off chart. */
  readonly tradeoff: readonly { readonly coverage: number; readonly density: number; readonly mass: number }[];
  /** Index in `boxes` of the chosen box. */
  readonly chosen: number;
  /** Share of all points that are hits. */
  readonly hitRate: number;
  /** Points (runs) and hits in all. */
  readonly runs: number;
  readonly hits: number;
  /** Every parameter's score, highest first. */
  readonly features: readonly PrimFeature[];
  /** Every parameter's sampled minimum and maximum. */
  readonly ranges: Record<string, { readonly min: number; readonly max: number }>;
  /** Why the chosen box was chosen, or why there was nothing to find. */
  readonly explanation: string;
}

/**
 * PRIM, the Patient Rule Induction Method (Friedman and Fisher 1999, "Bump hunting in high-dimensional data"): finds
 * a box of parameter values inside which the cases of interest (hits) are dense.
 *
 * - Peeling: from the box that holds every point, each step tries removing `alpha` of the box's points from each
 *   dimension's lower and upper side and keeps the peel that leaves the highest density (the smallest peel on a
 *   tie). It stops when the box is all hits, when no peel keeps the density from falling, or when every peel would
 *   leave less than `minMass` of all points. The boxes along the way are the coverage–density trade-off.
 * - Choice: among boxes with coverage ≥ `threshold`, take the highest density d* (of a box with m points); then
 *   choose the box with the largest coverage whose density is at least d* − √(d*(1 − d*)/m), one binomial
 *   standard error below it (the one-standard-error rule of Breiman et al. 1984), so that a peel that gained only
 *   noise is not preferred to a wider box.
 * - Pasting: the chosen box is widened, `alpha` of its points at a time, along the side and by the amount that
 *   gives the highest density, while the density does not fall. Then each side of a restriction whose removal
 *   keeps the density within one standard error is dropped (largest density first), so that peels that gained
 *   only noise do not show as conditions.
 * - Significance: for each restricted dimension, the one-sided hypergeometric p-value of the box's hits among the
 *   points of the box with that restriction dropped (Bryant and Lempert 2010's quasi-p-value).
 * - Features: each parameter's two-sample Kolmogorov–Smirnov statistic between hits and misses.
 *
 * Limits lie halfway between the last point left out and the first kept; tied values stay together. No hits or
 * no misses gives one box of everything and an explanation. Work is in typed arrays: each dimension is sorted once.
 *
 * @param data - `{ x, k, hits, names? }`: n × k finite values (row-major), k ≥ 1, n hit flags, k distinct names.
 * @param options - `alpha` in (0, 0.5], `minMass` in (0, 1), `threshold` in [0, 1], `paste`.
 * @throws {TypeError} when `x`, `hits` or `names` is not an array, or an option is not a number.
 * @throws {RangeError} for sizes that do not match, a value that is not finite, repeated names, or an option out of
 *   range.
 * @example
 * const x = [];
 * const hits = [];
 * for (let i = 0; i < 20; i++) for (let j = 0; j < 20; j++) {
 *   x.push(i / 19, j / 19);
 *   hits.push(i / 19 > 0.5);
 * }
 * const result = prim({ x, k: 2, hits, names: ['a', 'b'] });
 * result.boxes[result.chosen].limits.a.min; // => ≈ 0.5
 * result.boxes[result.chosen].density; // => 1
 * result.boxes[result.chosen].restricted.map((r) => r.param); // => ['a']
 * result.features[0]; // => { param: 'a', score: 1, direction: 'higher' }
 * prim({ x, k: 2, hits, names: ['a', 'b'] }, { alpha: 0.7 }); // => throws RangeError
 */
export function prim(data: PrimData, options: PrimOptions = {}): PrimResult {
  const { x, k, y, names } = checkData(data, 'prim');
  const { alpha, minMass, threshold, paste } = checkOptions(options, 'prim');
  return primChecked(x, k, y, names, { alpha, minMass, threshold, paste });
}

/** @internal {@link prim} on checked inputs (also used by `discover`). */
export function primChecked(
  x: Float64Array,
  k: number,
  y: Uint8Array,
  names: readonly string[],
  options: Required<PrimOptions>,
  question = 'are cases of interest',
): PrimResult {
  const n = y.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += y[i]!;
  const order = names.map((_, j) => sortedOrder(x, k, j, n));
  const ranges: Record<string, { min: number; max: number }> = {};
  names.forEach((name, j) => {
    ranges[name] = { min: x[order[j]![0]! * k + j]!, max: x[order[j]![n - 1]! * k + j]! };
  });
  const features = names
    .map((param, j) => ({ param, ...separation(x, k, j, order[j]!, y, total) }))
    .sort((a, b) => b.score - a.score);
  const base = { hitRate: total / n, runs: n, hits: total, features, ranges };

  const describe = (state: BoxState, widened: boolean): PrimBoxResult => describeBox(state, names, total, widened);
  const state = new BoxState(x, k, y, order, total);
  if (total === 0 || total === n) {
    const box = describe(state, false);
    const runs = n.toLocaleString('en-US');
    const explanation =
      total === 0
        ? `None of the ${runs} runs ${question}: there is no box to find; widen the ranges or ease the condition.`
        : `All ${runs} runs ${question}: every assumption sampled is enough, so no box narrows it.`;
    return { boxes: [box], tradeoff: [tradeoffPoint(box)], chosen: 0, ...base, explanation };
  }

  const minCount = Math.max(1, Math.ceil(minMassCount(options.minMass, n)));
  const steps: { j: number; upper: boolean; to: number }[] = [];
  const boxes: PrimBoxResult[] = [describe(state, false)];
  while (state.hits < state.count) {
    const r = Math.max(1, Math.floor(options.alpha * state.count));
    let best: { j: number; upper: boolean; to: number } | undefined;
    let bestDensity = -1;
    let bestRemoved = Infinity;
    for (let j = 0; j < k; j++) {
      for (const upper of [false, true]) {
        const c = state.peelCandidate(j, upper, r);
        const left = state.count - c.removed;
        if (left < minCount) continue;
        const density = (state.hits - c.removedHits) / left;
        if (density > bestDensity || (density === bestDensity && c.removed < bestRemoved)) {
          best = { j, upper, to: c.to };
          bestDensity = density;
          bestRemoved = c.removed;
        }
      }
    }
    if (best === undefined || bestDensity < state.hits / state.count) break;
    state.peel(best.j, best.upper, best.to);
    steps.push(best);
    boxes.push(describe(state, false));
  }

  const { chosen, reason } = chooseBox(boxes, options.threshold);
  if (options.paste) {
    const again = new BoxState(x, k, y, order, total);
    for (const s of steps.slice(0, chosen)) again.peel(s.j, s.upper, s.to);
    const pasted = pasteBox(again, options.alpha);
    if (dropWeakSides(again) || pasted) boxes[chosen] = describe(again, true);
  }
  return { boxes, tradeoff: boxes.map(tradeoffPoint), chosen, ...base, explanation: reason };
}

/** The box with the largest coverage ≥ threshold whose density is within one standard error of the best. */
function chooseBox(boxes: readonly PrimBoxResult[], threshold: number): { chosen: number; reason: string } {
  let best = 0;
  boxes.forEach((box, i) => {
    if (box.coverage >= threshold && box.density > boxes[best]!.density) best = i;
  });
  const d = boxes[best]!.density;
  const se = Math.sqrt((d * (1 - d)) / boxes[best]!.count);
  let chosen = best;
  boxes.forEach((box, i) => {
    if (box.coverage >= threshold && box.density >= d - se && box.coverage > boxes[chosen]!.coverage) chosen = i;
  });
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  const reason =
    `Box ${chosen} of ${boxes.length} on the peeling trajectory: the widest box covering at least ${pct(threshold)} of the hits ` +
    `whose density is within one standard error (${pct(se)}) of the densest such box (box ${best}, ${pct(d)}).`;
  return { chosen, reason };
}

/** Widens the box while its density does not fall; true when it moved. */
function pasteBox(state: BoxState, alpha: number): boolean {
  let moved = false;
  for (;;) {
    const r = Math.max(1, Math.floor(alpha * state.count));
    const current = state.hits / state.count;
    let best: { j: number; upper: boolean; to: number } | undefined;
    let bestDensity = -1;
    let bestAdded = 0;
    for (let j = 0; j < state.k; j++) {
      for (const upper of [false, true]) {
        const c = state.pasteCandidate(j, upper, r);
        if (c.added === 0) continue;
        const density = (state.hits + c.addedHits) / (state.count + c.added);
        if (density < current) continue;
        if (density > bestDensity || (density === bestDensity && c.added > bestAdded)) {
          best = { j, upper, to: c.to };
          bestDensity = density;
          bestAdded = c.added;
        }
      }
    }
    if (best === undefined) return moved;
    state.paste(best.j, best.upper, best.to);
    moved = true;
  }
}

/**
 * Drops each side of a restriction whose removal keeps the density within one binomial standard error of the
 * box's: the greedy peels that gained only noise (the one-standard-error rule again). True when any side went.
 */
function dropWeakSides(state: BoxState): boolean {
  const d = state.hits / state.count;
  const floor = d - Math.sqrt((d * (1 - d)) / state.count);
  let dropped = false;
  for (;;) {
    let best: { j: number; upper: boolean } | undefined;
    let bestDensity = -1;
    for (let j = 0; j < state.k; j++) {
      for (const upper of [false, true]) {
        if (upper ? state.hi[j] === state.n - 1 : state.lo[j] === 0) continue;
        const c = state.dropCandidate(j, upper);
        const density = (state.hits + c.addedHits) / (state.count + c.added);
        if (density >= floor && density > bestDensity) {
          best = { j, upper };
          bestDensity = density;
        }
      }
    }
    if (best === undefined) return dropped;
    state.paste(best.j, best.upper, best.upper ? state.n - 1 : 0);
    dropped = true;
  }
}

function describeBox(state: BoxState, names: readonly string[], total: number, widened: boolean): PrimBoxResult {
  const limits: Record<string, { min: number; max: number }> = {};
  const restricted: PrimRestriction[] = [];
  const gained = state.outsideOnlyOn();
  names.forEach((param, j) => {
    const interval = state.limits(j);
    limits[param] = interval;
    if (!state.restricts(j)) return;
    // The box's points as a draw from the box without this restriction: how surprising are its hits?
    const pValue = hypergeometricUpperTail(
      state.hits,
      state.count + gained.points[j]!,
      state.hits + gained.hits[j]!,
      state.count,
    );
    restricted.push({ param, min: interval.min, max: interval.max, pValue });
  });
  return {
    limits,
    coverage: total === 0 ? 0 : state.hits / total,
    density: state.hits / state.count,
    mass: state.count / state.n,
    count: state.count,
    hits: state.hits,
    restricted,
    widened,
  };
}

function tradeoffPoint(box: PrimBoxResult) {
  return { coverage: box.coverage, density: box.density, mass: box.mass };
}

/** minMass × n, without a float product such as 0.05 × 100 = 5.000000000000001 costing a point. */
function minMassCount(minMass: number, n: number): number {
  return Math.round(minMass * n * 1e9) / 1e9;
}

/** @internal Checks and converts {@link PrimData}. */
export function checkData(data: PrimData, fn: string): { x: Float64Array; k: number; y: Uint8Array; names: string[] } {
  if (typeof data !== 'object' || data === null) {
    throw new TypeError(`${fn}: data must be { x, k, hits, names? }, got ${show(data)}`);
  }
  const { k } = data;
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1) throw new RangeError(`${fn}: k must be a whole number ≥ 1, got ${show(k)}`);
  if (!(data.x instanceof Float64Array) && !Array.isArray(data.x)) {
    throw new TypeError(`${fn}: x must be a Float64Array or an array of numbers, got ${show(data.x)}`);
  }
  const x = data.x instanceof Float64Array ? data.x : Float64Array.from(data.x as readonly number[]);
  if (x.length === 0 || x.length % k !== 0) {
    throw new RangeError(`${fn}: x must hold n × k values with n ≥ 1 (k = ${k}), got ${x.length} values`);
  }
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i]!)) throw new RangeError(`${fn}: x must hold finite numbers, got ${show(x[i])} at index ${i}`);
  }
  const n = x.length / k;
  const hits = data.hits;
  if (typeof hits !== 'object' || hits === null || typeof hits.length !== 'number') {
    throw new TypeError(`${fn}: hits must be an array of booleans or 0/1, got ${show(hits)}`);
  }
  if (hits.length !== n) throw new RangeError(`${fn}: hits must have one entry per row (${n}), got ${hits.length}`);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) y[i] = hits[i] ? 1 : 0;
  const names = data.names === undefined ? Array.from({ length: k }, (_, j) => `x${j + 1}`) : data.names;
  if (!Array.isArray(names)) throw new TypeError(`${fn}: names must be an array of ${k} strings, got ${show(names)}`);
  if (names.length !== k) throw new RangeError(`${fn}: names must have k = ${k} entries, got ${names.length}`);
  if (new Set(names).size !== k) throw new RangeError(`${fn}: names must be distinct, got ${names.join(', ')}`);
  return { x, k, y, names: [...names] };
}

/** @internal Checks {@link PrimOptions} and fills in the defaults. */
export function checkOptions(options: PrimOptions, fn: string): Required<PrimOptions> {
  checkOptionsObject(options, fn, 'an object like { alpha: 0.05 }');
  const { alpha = 0.05, minMass = 0.05, threshold = 0.5, paste = true } = options;
  const number = (value: unknown, name: string) => {
    if (typeof value !== 'number') throw new TypeError(`${fn}: ${name} must be a number, got ${show(value)}`);
  };
  number(alpha, 'alpha');
  number(minMass, 'minMass');
  number(threshold, 'threshold');
  if (!(alpha > 0 && alpha <= 0.5)) throw new RangeError(`${fn}: alpha must be in (0, 0.5], got ${show(alpha)}`);
  if (!(minMass > 0 && minMass < 1)) throw new RangeError(`${fn}: minMass must be in (0, 1), got ${show(minMass)}`);
  if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`${fn}: threshold must be in [0, 1], got ${show(threshold)}`);
  if (typeof paste !== 'boolean') throw new TypeError(`${fn}: paste must be true or false, got ${show(paste)}`);
  return { alpha, minMass, threshold, paste };
}
