import { checkOptionsObject } from '../internal/checkOptionsObject';
import { checkMemoryBudget } from '../internal/memoryBudget';
import { show } from '../internal/show';
import { createRng, type Rng } from '../uncertainty/rng';
import { SOBOL_MAX_DIMS } from '../uncertainty/samplers/sobolDirections';
import { unitSample } from '../uncertainty/samplers/unitSample';
import { inverseNormalCdf } from '../uncertainty/special/inverseNormalCdf';
import { resolveProblem, type ResolvedProblem } from './problem';
import { perYear, type Problem } from './scenarioProblem';
import { checkSampler } from '../internal/checkSampler';
import { checkSeed } from '../internal/checkSeed';
import { throwIfAborted } from '../internal/abortSignal';
import type { LongRunOptions } from './internal/runBatches';
import { giveBackScratch, takeScratch } from './internal/scratch';

/** Options of {@link sobol}. */
export interface SobolOptions extends LongRunOptions {
  /** false runs plain loops, never a loop compiled with `Function` (a scenario's kernel, or the loop that calls a model); same results. Default true. */
  readonly codegen?: boolean;
  /** A scenario only: analyse every projection year from one design; the result is then one entry per year. */
  readonly byYear?: boolean;
  /** Base sample size N, an integer ≥ 2; with the Sobol' sampler rounded up to a power of two. */
  readonly n: number;
  /** Seed of the sample and of the bootstrap: the same seed gives the same result. */
  readonly seed: number | string;
  /** Also estimate second-order indices (Saltelli 2002); runs become N·(2k + 2). Default false. */
  readonly secondOrder?: boolean;
  /** Bootstrap resamples for confidence intervals, an integer ≥ 0; 0 (the default) gives none. */
  readonly bootstrap?: number;
  /** Confidence level of the intervals, in (0, 1). Default 0.95. */
  readonly confidence?: number;
  /** How the unit sample is drawn: a scrambled Sobol' sequence (default), plain random, or Latin hypercube. */
  readonly sampler?: 'sobol' | 'random' | 'lhs';
}

/** A confidence interval. */
export interface SobolInterval {
  readonly low: number;
  readonly high: number;
}

/** Variance-based sensitivity indices and how far to trust them. */
export interface SobolResult {
  /** First-order index S_i: the share of output variance that parameter i explains alone. */
  readonly first: Record<string, number>;
  /** Total-order index ST_i: its share including every interaction. */
  readonly total: Record<string, number>;
  /** Second-order indices S_ij, symmetric: `second[a][b] === second[b][a]`. Only with `secondOrder`. */
  readonly second?: Record<string, Record<string, number>>;
  /** Bootstrap percentile intervals. Only with `bootstrap` > 0. */
  readonly intervals?: {
    readonly confidence: number;
    readonly first: Record<string, SobolInterval>;
    readonly total: Record<string, SobolInterval>;
    readonly second?: Record<string, Record<string, SobolInterval>>;
  };
  /**
   * Asymptotic standard errors of the first- and total-order estimates (the spread of the per-row estimator terms
   * over √N, as for independent rows; conservative for a Sobol' sample).
   */
  readonly standardErrors: { readonly first: Record<string, number>; readonly total: Record<string, number> };
  /** The base sample size used (after rounding up to a power of two for the Sobol' sampler). */
  readonly n: number;
  /** Model evaluations: N·(k + 2), or N·(2k + 2) with second order. */
  readonly runs: number;
  /** The output variance the indices divide. */
  readonly variance: number;
  /** Plain-language warnings, e.g. when an interval is wider than 0.1: the sample is too small to trust the ranking. */
  readonly warnings: string[];
}

/** An interval (or ±z·SE band) wider than this says the indices are not yet trustworthy. */
const MAX_TRUSTED_WIDTH = 0.1;

/**
 * Variance-based global sensitivity (Sobol' indices): first order by Saltelli et al. (2010), total order by Jansen
 * (1999), second order by Saltelli (2002), from matrices A and B that are the two halves of one 2k-dimensional
 * unit sample (Saltelli et al., "Global Sensitivity Analysis: The Primer", 2008, ch. 4).
 *
 * Sampling and analysis happen in one call. A `[min, max]` parameter is uniform over its range; a distribution is
 * sampled through its quantile function.
 *
 * @param problem - `{ model, params }`: a function of named parameters and their ranges or distributions.
 * @param options - `n` (an integer ≥ 2), `seed` (a safe integer or a string), `secondOrder`, `bootstrap` (an
 *   integer ≥ 0), `confidence` in (0, 1), `sampler` ('sobol' | 'random' | 'lhs'), `onProgress`, `signal`.
 * @returns `{ first, total, second?, intervals?, standardErrors, n, runs, variance, warnings }`.
 * @throws {RangeError} for a bad `n`, `bootstrap`, `confidence`, `sampler` or seed. Aborting `signal` throws its
 *   reason.
 * @throws {RangeError} when the call would allocate more than `memoryBudget` (bytes, default 2 GiB), naming the
 *   estimate and the budget, before anything is allocated.
 * @example
 * const problem = { model: (x) => x.a + 2 * x.b, params: { a: [0, 1], b: [0, 1] } };
 * const result = sobol(problem, { n: 1024, seed: 7 });
 * result.first.b; // => ≈ 0.8
 * result.total.a; // => ≈ 0.2
 * result.runs; // => 4096
 * sobol(problem, { n: 1, seed: 7 }); // => throws RangeError
 */
export function sobol(problem: Problem, options: SobolOptions & { readonly byYear: true }): (SobolResult & { readonly year: number })[];
export function sobol(problem: Problem, options: SobolOptions): SobolResult;
export function sobol(problem: Problem, options: SobolOptions): SobolResult | (SobolResult & { readonly year: number })[] {
  if ((options as { byYear?: unknown } | undefined)?.byYear === true) return perYear(problem, 'sobol', (resolved) => sobolResolved(resolved, options, 'sobol'), options);
  return sobolResolved(resolveProblem(problem, 'sobol', options), options, 'sobol')[0]!;
}

/**
 * {@link sobol} on a resolved problem: one result per output column, all from one design.
 * @internal
 */
export function sobolResolved(problem: ResolvedProblem, options: SobolOptions, fnName: string): SobolResult[] {
  checkOptionsObject(options, fnName, '{ n, seed, ... }');
  const { secondOrder = false, bootstrap = 0, confidence = 0.95 } = options;
  if (!Number.isInteger(options.n) || options.n < 2) {
    throw new RangeError(`${fnName}: n must be an integer ≥ 2 (the base sample size), got ${show(options.n)}`);
  }
  if (!Number.isInteger(bootstrap) || bootstrap < 0) {
    throw new RangeError(`${fnName}: bootstrap must be an integer ≥ 0 (resamples; 0 = none), got ${show(bootstrap)}`);
  }
  if (!(typeof confidence === 'number' && confidence > 0 && confidence < 1)) {
    throw new RangeError(`${fnName}: confidence must be a number in (0, 1), got ${show(confidence)}`);
  }
  const sampler = checkSampler(options.sampler, fnName, 'sobol');
  checkSeed(options.seed, fnName);
  const rng = createRng(options.seed);
  const { k } = problem;
  if (sampler === 'sobol' && 2 * k > SOBOL_MAX_DIMS) {
    throw new RangeError(
      `${fnName}: the Sobol' sampler has ${SOBOL_MAX_DIMS} dimensions, enough for ${SOBOL_MAX_DIMS >> 1} parameters, got ${k}; use sampler 'random' or 'lhs'`,
    );
  }
  const outputs = problem.outputs ?? 1;
  const n = sampler === 'sobol' ? 2 ** Math.ceil(Math.log2(options.n)) : options.n;
  const blocks = secondOrder ? 2 * k + 2 : k + 2;
  const runs = n * blocks;
  const pairs = secondOrder ? (k * (k - 1)) / 2 : 0;
  checkMemoryBudget(
    fnName,
    [
      { what: 'unit sample', bytes: n * 2 * k * 8 },
      { what: 'points', bytes: 2 * n * k * 8 },
      { what: 'outputs', bytes: runs * outputs * 8 + (outputs > 1 ? runs * 8 : 0) },
      { what: 'bootstrap', bytes: n * 4 + bootstrap * (2 * k + pairs + 1) * 8 },
    ],
    options.memoryBudget,
    'use a smaller n or fewer bootstrap resamples',
  );

  // Blocks of N rows: A, B, then AB_i (A with column i from B), then BA_i (B with column i from A). Only A and B are
  // laid out: each AB_i and BA_i is A or B with one column swapped between them (see evaluateDesign).
  const unitMemory = takeScratch(n * 2 * k);
  const unit = unitSample(sampler, n, 2 * k, rng, unitMemory);
  // A, B and the outputs are working memory kept between calls (internal/scratch.ts); every element is written
  // before it is read.
  const a = takeScratch(n * k);
  const b = takeScratch(n * k);
  // Column by column, a block of rows at a time (so the block stays in cache): each parameter's units turned into
  // values straight into its column of A or B.
  for (let r0 = 0; r0 < n; r0 += LAYOUT_ROWS) {
    const rows = Math.min(LAYOUT_ROWS, n - r0);
    for (let c = 0; c < 2 * k; c++) problem.toValues(c % k, rows, unit, r0 * 2 * k + c, 2 * k, c < k ? a : b, r0 * k + (c % k), k);
  }
  giveBackScratch(unitMemory);
  const out = takeScratch(runs * outputs);
  try {
    evaluateDesign(problem, a, b, n, blocks, out, options, fnName);
    return analyseOutputs(problem, out, n, runs, outputs, secondOrder, bootstrap, confidence, options, fnName);
  } finally {
    giveBackScratch(a, b, out);
  }
}

/** Every output column's indices, from the outputs of the design. */
function analyseOutputs(
  problem: ResolvedProblem,
  out: Float64Array,
  n: number,
  runs: number,
  outputs: number,
  secondOrder: boolean,
  bootstrap: number,
  confidence: number,
  options: SobolOptions,
  fnName: string,
): SobolResult[] {
  const results: SobolResult[] = [];
  // One output is analysed where it lies; several are copied out one at a time.
  const y = outputs === 1 ? out : new Float64Array(runs);
  for (let o = 0; o < outputs; o++) {
    if (outputs > 1) for (let r = 0; r < runs; r++) y[r] = out[r * outputs + o]!;
    throwIfAborted(options.signal, fnName);
    results.push(analyse(problem, y, n, secondOrder, bootstrap, confidence, () => createRng(`${String(options.seed)}/bootstrap/${o}`), runs));
  }
  return results;
}

/** Rows of the design turned from units into values at a time. */
const LAYOUT_ROWS = 256;

/** Rows per evaluated batch: small enough to answer an abort quickly and to stay in cache, large enough to cost nothing. */
const BATCH = 4096;

/**
 * Evaluates the design's blocks into `out` (block-major, `outputs` per run) without laying out AB_i or BA_i: swapping
 * column i between A and B turns A into AB_i (A with column i from B) and B into BA_i (B with column i from A), both
 * evaluated where they lie; swapping it again restores A and B. Reports progress and honours an abort between
 * batches, as `runBatches` does. (A and B are the caller's working arrays: an abort may leave a column swapped.)
 */
function evaluateDesign(
  problem: ResolvedProblem,
  a: Float64Array,
  b: Float64Array,
  n: number,
  blocks: number,
  out: Float64Array,
  options: SobolOptions,
  fnName: string,
): void {
  const { k } = problem;
  const outputs = problem.outputs ?? 1;
  const runs = n * blocks;
  let done = 0;
  // Block 0 is A, 1 is B, 2 + i is AB_i, 2 + k + i is BA_i.
  const evaluate = (points: Float64Array, block: number): void => {
    for (let start = 0; start < n; start += BATCH) {
      const count = Math.min(BATCH, n - start);
      const at = block * n + start;
      problem.evaluate(points.subarray(start * k, (start + count) * k), count, out.subarray(at * outputs, (at + count) * outputs));
      done += count;
      options.onProgress?.(done, runs);
      throwIfAborted(options.signal, fnName);
    }
  };
  throwIfAborted(options.signal, fnName);
  evaluate(a, 0);
  evaluate(b, 1);
  for (let i = 0; i < k; i++) {
    swapColumn(a, b, i, k, n);
    evaluate(a, 2 + i);
    if (blocks > k + 2) evaluate(b, 2 + k + i);
    swapColumn(a, b, i, k, n);
  }
}

/** Swaps column `i` of two row-major n × k matrices. */
function swapColumn(a: Float64Array, b: Float64Array, i: number, k: number, n: number): void {
  for (let r = 0, at = i; r < n; r++, at += k) {
    const kept = a[at]!;
    a[at] = b[at]!;
    b[at] = kept;
  }
}

/** Estimates the indices from the outputs `y` (blocks of N as laid out by `sobolResolved`). */
function analyse(
  problem: ResolvedProblem,
  y: Float64Array,
  n: number,
  secondOrder: boolean,
  bootstrap: number,
  confidence: number,
  bootstrapRng: () => Rng,
  runs: number,
): SobolResult {
  const { k, names } = problem;
  // Centring on the mean of A and B changes no index but keeps the products small (fewer rounding errors).
  // (Any constant would do; a plain sum, which is not a chain of divisions, is close enough to the mean for that.)
  let sum = 0;
  for (let r = 0; r < 2 * n; r++) sum += y[r]!;
  const mean = sum / (2 * n);
  // Squares of outputs beyond about 1e154 overflow to Infinity (and tiny ones underflow to 0): rescale such outputs
  // by a power of two, which is exact and changes no index. Ordinary outputs are left as they are.
  const largest = centre(y, runs, mean);
  if (largest > 2 ** 400 || (largest > 0 && largest < 2 ** -400)) {
    const scale = 2 ** -Math.ceil(Math.log2(largest));
    for (let r = 0; r < runs; r++) y[r] = y[r]! * scale;
  }

  const first = new Float64Array(k);
  const total = new Float64Array(k);
  const firstSe = new Float64Array(k);
  const totalSe = new Float64Array(k);
  const pairs = secondOrder ? (k * (k - 1)) / 2 : 0;
  const second = new Float64Array(pairs);
  const variance = estimate(y, n, k, undefined, first, total, second, firstSe, totalSe);

  const warnings: string[] = [];
  if (variance === 0) {
    warnings.push('the output does not vary over the sample: every index is reported as 0');
  }

  const z = inverseNormalCdf(0.5 + confidence / 2);
  let intervals: SobolResult['intervals'];
  if (bootstrap > 0 && variance > 0) {
    const firstReps = new Float64Array(bootstrap * k);
    const totalReps = new Float64Array(bootstrap * k);
    const secondReps = new Float64Array(bootstrap * pairs);
    const f = new Float64Array(k);
    const t = new Float64Array(k);
    const s = new Float64Array(pairs);
    const rng = bootstrapRng();
    const rows = new Int32Array(n);
    for (let rep = 0; rep < bootstrap; rep++) {
      for (let r = 0; r < n; r++) rows[r] = Math.floor(rng.next() * n);
      estimate(y, n, k, rows, f, t, s, undefined, undefined);
      firstReps.set(f, rep * k);
      totalReps.set(t, rep * k);
      secondReps.set(s, rep * pairs);
    }
    const alpha = (1 - confidence) / 2;
    const scratch = new Float64Array(bootstrap);
    const interval = (reps: Float64Array, stride: number, index: number): SobolInterval => {
      for (let rep = 0; rep < bootstrap; rep++) scratch[rep] = reps[rep * stride + index]!;
      scratch.sort();
      return { low: quantile7(scratch, alpha), high: quantile7(scratch, 1 - alpha) };
    };
    const firstIntervals: Record<string, SobolInterval> = {};
    const totalIntervals: Record<string, SobolInterval> = {};
    names.forEach((name, j) => {
      firstIntervals[name] = interval(firstReps, k, j);
      totalIntervals[name] = interval(totalReps, k, j);
    });
    intervals = { confidence, first: firstIntervals, total: totalIntervals };
    if (secondOrder) {
      intervals = { ...intervals, second: pairRecord(names, (p) => interval(secondReps, pairs, p)) };
    }
    const wide = names.filter((name) => widthOf(firstIntervals[name]!) > MAX_TRUSTED_WIDTH || widthOf(totalIntervals[name]!) > MAX_TRUSTED_WIDTH);
    if (wide.length > 0) {
      const widest = Math.max(...names.flatMap((name) => [widthOf(firstIntervals[name]!), widthOf(totalIntervals[name]!)]));
      warnings.push(
        `n = ${n} is too small to trust the indices of ${wide.join(', ')}: their ${Math.round(confidence * 100)}% ` +
          `intervals are up to ${widest.toFixed(3)} wide (more than ${MAX_TRUSTED_WIDTH}); increase n`,
      );
    }
  } else if (variance > 0) {
    const widthOfSe = (se: number) => 2 * z * se;
    const wide = names.filter((_, j) => widthOfSe(firstSe[j]!) > MAX_TRUSTED_WIDTH || widthOfSe(totalSe[j]!) > MAX_TRUSTED_WIDTH);
    if (wide.length > 0) {
      const widest = Math.max(...Array.from(firstSe, widthOfSe), ...Array.from(totalSe, widthOfSe));
      warnings.push(
        `n = ${n} may be too small to trust the indices of ${wide.join(', ')}: their ±${z.toFixed(2)}·SE bands are ` +
          `up to ${widest.toFixed(3)} wide (more than ${MAX_TRUSTED_WIDTH}); increase n or set bootstrap`,
      );
    }
  }

  const result: SobolResult = {
    first: byName(names, first),
    total: byName(names, total),
    standardErrors: { first: byName(names, firstSe), total: byName(names, totalSe) },
    n,
    runs,
    variance,
    warnings,
  };
  return {
    ...result,
    ...(secondOrder ? { second: pairRecord(names, (p) => second[p]!) } : {}),
    ...(intervals !== undefined ? { intervals } : {}),
  };
}

/** Subtracts `mean` from the first `runs` outputs in place; returns the largest size left. */
function centre(y: Float64Array, runs: number, mean: number): number {
  let largest = 0;
  for (let r = 0; r < runs; r++) {
    const centred = y[r]! - mean;
    y[r] = centred;
    const size = Math.abs(centred);
    if (size > largest) largest = size;
  }
  return largest;
}

/**
 * One estimate of every index over the rows `rows` (a bootstrap resample), or over all rows in order when `rows` is
 * undefined; returns the variance. Writes standard errors when `firstSe`/`totalSe` are given.
 */
function estimate(
  y: Float64Array,
  n: number,
  k: number,
  rows: Int32Array | undefined,
  first: Float64Array,
  total: Float64Array,
  second: Float64Array,
  firstSe: Float64Array | undefined,
  totalSe: Float64Array | undefined,
): number {
  // Var(Y) over the rows of A and B together, as SALib does.
  let sum = 0;
  let sumSq = 0;
  for (let r = 0; r < n; r++) {
    const row = rows === undefined ? r : rows[r]!;
    const ya = y[row]!;
    const yb = y[n + row]!;
    sum += ya + yb;
    sumSq += ya * ya + yb * yb;
  }
  const m = sum / (2 * n);
  const variance = Math.max(0, sumSq / (2 * n) - m * m);
  if (variance === 0) {
    first.fill(0);
    total.fill(0);
    second.fill(0);
    firstSe?.fill(0);
    totalSe?.fill(0);
    return 0;
  }
  for (let i = 0; i < k; i++) {
    const ab = (2 + i) * n;
    let s1 = 0;
    let s1Sq = 0;
    let st = 0;
    let stSq = 0;
    for (let r = 0; r < n; r++) {
      const row = rows === undefined ? r : rows[r]!;
      const ya = y[row]!;
      const yab = y[ab + row]!;
      // Saltelli et al. (2010), Table 2 (b): V_i ≈ mean(f(B)·(f(AB_i) − f(A))).
      const termFirst = y[n + row]! * (yab - ya);
      // Jansen (1999): VT_i ≈ mean((f(A) − f(AB_i))²) / 2.
      const termTotal = 0.5 * (ya - yab) * (ya - yab);
      s1 += termFirst;
      s1Sq += termFirst * termFirst;
      st += termTotal;
      stSq += termTotal * termTotal;
    }
    first[i] = s1 / n / variance;
    total[i] = st / n / variance;
    if (firstSe !== undefined && totalSe !== undefined) {
      firstSe[i] = Math.sqrt(Math.max(0, (s1Sq - (s1 * s1) / n) / (n - 1)) / n) / variance;
      totalSe[i] = Math.sqrt(Math.max(0, (stSq - (st * st) / n) / (n - 1)) / n) / variance;
    }
  }
  if (second.length > 0) {
    let p = 0;
    for (let i = 0; i < k; i++) {
      const ba = (2 + k + i) * n;
      for (let j = i + 1; j < k; j++, p++) {
        const ab = (2 + j) * n;
        let v = 0;
        for (let r = 0; r < n; r++) {
          const row = rows === undefined ? r : rows[r]!;
          // Saltelli (2002): V_ij^closed ≈ mean(f(BA_i)·f(AB_j) − f(A)·f(B)).
          v += y[ba + row]! * y[ab + row]! - y[row]! * y[n + row]!;
        }
        second[p] = v / n / variance - first[i]! - first[j]!;
      }
    }
  }
  return variance;
}

function byName(names: readonly string[], values: Float64Array): Record<string, number> {
  const record: Record<string, number> = {};
  names.forEach((name, j) => {
    record[name] = values[j]!;
  });
  return record;
}

/** A symmetric record of records from the upper-triangle pair index p (pairs (0,1), (0,2), …, (1,2), …). */
function pairRecord<T>(names: readonly string[], value: (p: number) => T): Record<string, Record<string, T>> {
  const record: Record<string, Record<string, T>> = {};
  for (const name of names) record[name] = {};
  let p = 0;
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++, p++) {
      const v = value(p);
      record[names[i]!]![names[j]!] = v;
      record[names[j]!]![names[i]!] = v;
    }
  }
  return record;
}

function widthOf(interval: SobolInterval): number {
  return interval.high - interval.low;
}

/** Type-7 quantile of sorted values (linear interpolation, numpy's default). */
function quantile7(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
