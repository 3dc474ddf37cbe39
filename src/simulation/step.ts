/**
 * What every runner shares: its one argument, and the rule for a run that leaves float64.
 *
 * The per-year step (the same operations in the same order in every runner, so the same bits — checked by
 * test/simulation/runners.test.ts):
 *   1. rate = constRate[i]; + the run's affine/per-run rate; + each noisy growth draw rate + sd·z, floored at −99 %
 *      (skipped, but its normal still consumed, in a year that drops the growth drivers); + each per-step rate;
 *   2. a rate below −99 % is floored there, and counted;
 *   3. next = v · (1 + rate) · constLevel[i] · the run's level step; then each cap(fields, v, next);
 *   4. out[(i + 1) · stride + offset + r] = next; the first year index reaching the threshold is kept.
 * A run's value is checked once at its end: 0 and Infinity stay themselves under the steps.
 */

/** The one argument of a runner (and of `Kernel.run`). */
export interface RunArgs {
  /** How many runs. */
  readonly count: number;
  /** `count × k` parameter values, row-major (k = the plan's names). */
  readonly params: Float64Array;
  /** `count × normalsPerRun` standard normals. */
  readonly normals: Float64Array;
  /** The path of run r goes to `out[i · stride + offset + r]`, for year index i = 0..H. */
  readonly out: Float64Array;
  readonly stride: number;
  readonly offset: number;
  /** The first year index of run r reaching the target goes to `hit[offset + r]` (−1: not reached). */
  readonly hit: Int16Array | undefined;
}

/** Runs `args.count` runs; returns how many steps had their combined rate floored at −99 %. */
export type Runner = (args: RunArgs) => number;

/** The error for a run whose value left float64 (it stays Infinity or 0 once it has), naming the caller. */
export function outOfRange(caller: string, v: number, endYear: number): RangeError {
  if (Number.isNaN(v)) {
    return new RangeError(`${caller}: a run's value became NaN by ${endYear}: a driver's float step returned something that is not a finite number`);
  }
  const way = v === 0 ? 'falls below' : 'grows beyond';
  return new RangeError(`${caller}: a run's value ${way} what float64 holds (about 1e${v === 0 ? '-308' : '308'}) by ${endYear}; shorten the horizon or narrow the rates`);
}
