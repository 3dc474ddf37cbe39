import { throwIfAborted } from '../internal/abortSignal';
import { imposeRankCorrelation } from '../uncertainty/correlate';
import type { AbortSignalLike } from '../internal/abortSignal';
import { QUANTILE_COLUMN, quantileColumnOf, type Distribution, type DistributionDocument, type QuantileColumn } from '../uncertainty/distributions/distribution';
import { fillUniform, restoreRng, streamSeed, type Rng } from '../uncertainty/rng';
import { unitSample, type SamplerName } from '../uncertainty/samplers/unitSample';

/**
 * The parameter design of a simulation: every run's values of the uncertain parameters (runs × k, row-major), drawn
 * in two steps. The sampler's unit points come first, in one pass over the whole design (a random stream, a Latin
 * hypercube or Sobol' points, then rank correlation); then each row goes through each parameter's quantile and is
 * clamped to its field's rule. The second step works row by row, so `simulateParallel`'s workers do it for their
 * own blocks (`transformRows`) while `simulate` does it here; the values are the same bits either way.
 */

/** What a design is drawn from: the parts of a simulation's plan (`SimulationPlan`) that it reads. */
export interface DesignPlan {
  readonly names: readonly string[];
  readonly distributions: readonly Distribution[];
  readonly runs: number;
  readonly seed: number | string;
  readonly sampler: SamplerName;
  /** The rank-correlation matrix over `names`, or undefined for independent parameters. */
  readonly correlation: readonly (readonly number[])[] | undefined;
  /** The closed range each drawn column is clamped into (the field's rule), or undefined for none. */
  readonly limits: readonly (readonly [number, number] | undefined)[];
  /** Stops drawing the design between blocks of rows. */
  readonly signal: AbortSignalLike | undefined;
}

/** Rows drawn between two checks of the plan's signal. */
const ROWS = 8192;

/** A design drawn for a plan: the parameter values of every run, and how many draws were clamped to a rule. */
export interface Design {
  readonly values: Float64Array;
  readonly clamped: number;
}

/** Allocates the array of a design's runs × k values (a shared one for the workers). */
export type Allocate = (length: number) => Float64Array;

/**
 * The parameter values of every run (runs × k, row-major): the sampler's unit points through each quantile, each
 * clamped to its field's rule (counted). The plan's signal is checked between blocks of rows.
 */
export function designOf(plan: DesignPlan, allocate?: Allocate): Design {
  const k = plan.names.length;
  const points = unitPoints(plan, allocate);
  const columns = plan.distributions.map(quantileColumnOf);
  let clamped = 0;
  for (let r0 = 0; r0 < plan.runs && k > 0; r0 += ROWS) {
    throwIfAborted(plan.signal, 'simulate');
    clamped += transformRows(points, columns, plan.limits, r0, Math.min(plan.runs, r0 + ROWS), k);
  }
  return { values: points, clamped };
}

/**
 * The sampler's unit points of every run (runs × k, row-major, in (0, 1)), rank-correlated when the plan says so,
 * in an array from `allocate` (default: a new one). The plan's signal is checked between blocks of rows.
 */
export function unitPoints(plan: DesignPlan, allocate?: Allocate): Float64Array {
  const k = plan.names.length;
  if (k === 0) return allocate?.(0) ?? new Float64Array(0);
  const stop = (): void => {
    throwIfAborted(plan.signal, 'simulate');
  };
  stop();
  const rng = unitStream(plan);
  let points: Float64Array;
  if (plan.sampler === 'random') {
    // Row-major draws from one stream, a block of rows at a time: the same numbers as one fill, but abortable.
    points = allocate?.(plan.runs * k) ?? new Float64Array(plan.runs * k);
    for (let r = 0; r < plan.runs; r += ROWS) {
      stop();
      fillUnitRows(rng, points, r, Math.min(plan.runs, r + ROWS), k);
    }
  } else points = unitSample(plan.sampler, plan.runs, k, rng);
  stop();
  // Rank correlation survives the quantile transforms, so it is imposed on the unit points.
  if (plan.correlation !== undefined) points = imposeRankCorrelation(points, plan.runs, k, plan.correlation, rng, stop);
  // The other samplers and the correlation make arrays of their own: copied only where the caller wants its own kind.
  if ((plan.sampler === 'random' && plan.correlation === undefined) || allocate === undefined) return points;
  const out = allocate(points.length);
  out.set(points);
  return out;
}

/**
 * Whether the plan's unit points can be drawn a block of rows at a time, in order, with {@link fillUnitRows} (the
 * random sampler without rank correlation): `simulateParallel`'s workers then start on the first blocks while the
 * later ones are drawn.
 */
export function drawnInOrder(plan: DesignPlan): boolean {
  return plan.sampler === 'random' && plan.correlation === undefined && plan.names.length > 0;
}

/** The generator of a plan's unit points (stream 0 of its seed; each block of runs draws its normals from its own). */
export function unitStream(plan: DesignPlan): Rng {
  return restoreRng(streamSeed(plan.seed, 0));
}

/** Draws the unit points of rows r0..r1 − 1 (k a row) from `rng`, which must have drawn every row before r0. */
export function fillUnitRows(rng: Rng, points: Float64Array, r0: number, r1: number, k: number): void {
  fillUniform(rng, points.subarray(r0 * k, r1 * k));
}

/**
 * Turns rows r0..r1 − 1 of unit points into parameter values in place: each column through its distribution's
 * quantile, then clamped into its field's rule. Returns how many values were clamped.
 */
export function transformRows(
  points: Float64Array,
  columns: readonly QuantileColumn[],
  limits: readonly (readonly [number, number] | undefined | null)[],
  r0: number,
  r1: number,
  k: number,
): number {
  let clamped = 0;
  for (let j = 0; j < k; j++) {
    columns[j]!(points, r0 * k + j, r1 * k, k);
    const limit = limits[j];
    if (limit !== undefined && limit !== null) clamped += clampColumn(points, r0 * k + j, r1 * k, k, limit[0], limit[1]);
  }
  return clamped;
}

/**
 * The documents of the plan's distributions when every one is built in (so a worker thread can rebuild it and run
 * its own column loop), or undefined when one was made elsewhere and only this thread can call it.
 */
export function builtInDistributions(plan: DesignPlan): DistributionDocument[] | undefined {
  if (!plan.distributions.every((d) => QUANTILE_COLUMN in d)) return undefined;
  return plan.distributions.map((d) => d.toDocument());
}

/** Clamps a[from], a[from + step], … (below `to`) into [low, high]; returns how many were moved. */
function clampColumn(a: Float64Array, from: number, to: number, step: number, low: number, high: number): number {
  let moved = 0;
  for (let i = from; i < to; i += step) {
    const x = a[i]!;
    if (x < low) {
      a[i] = low;
      moved++;
    } else if (x > high) {
      a[i] = high;
      moved++;
    }
  }
  return moved;
}
