import { RATE_FLOOR } from '../../uncertainty/rateFloor';
import type { KernelPlan } from '../plan';
import type { RunState } from '../setters';
import { outOfRange, type Runner } from '../step';

/**
 * The runner of the status quo: nothing uncertain, one noisy growth driver, and no other effect. The tightest loop
 * of all; the step of `step.ts` with every constant at its neutral value (rate 0, level 1), which changes no bit.
 */
export function bareRunner(plan: KernelPlan, state: RunState): Runner {
  const H = plan.steps;
  const end = plan.y0 + H;
  const fields = state.drivers[plan.noisy[0]!]!.fields;
  return ({ count, normals, out, stride, offset, hit }) => {
    const rate0 = fields.rate as number;
    const sd0 = (fields.volatility as number | undefined) ?? 0;
    const start = state.holders.baseline.value;
    const threshold = state.holders.target.value * state.threshold;
    for (let r = 0; r < count; r++) {
      let v = start;
      let first = v >= threshold ? 0 : -1;
      const at = offset + r;
      out[at] = v;
      for (let i = 0, zi = r * H; i < H; i++, zi++) {
        let rate = rate0 + sd0 * normals[zi]!;
        // The draw's floor (−99 %) is also the combined rate's: with one driver they are the same.
        if (rate < RATE_FLOOR) rate = RATE_FLOOR;
        v *= 1 + rate;
        out[(i + 1) * stride + at] = v;
        if (first < 0 && v >= threshold) first = i + 1;
      }
      if (!(v > 0 && v < Infinity)) throw outOfRange(plan.caller, v, end);
      if (hit !== undefined) hit[at] = first;
    }
    return 0;
  };
}

/**
 * The runner for one noisy growth driver at most, every other effect a per-year constant: the path is stepped in a
 * function whose state is all locals (about twice as fast as the general loop).
 */
export function simpleRunner(plan: KernelPlan, state: RunState): Runner {
  const H = plan.steps;
  const end = plan.y0 + H;
  const k = plan.names.length;
  const nNoisy = plan.noisy.length;
  const fields = nNoisy === 1 ? state.drivers[plan.noisy[0]!]!.fields : undefined;
  const { setters, recheck, holders } = state;
  // One argument object for every run of this runner: the plan's parts are set once, a run's parts before each path.
  const path: PathArgs = {
    H,
    noisy: nNoisy,
    constRate: plan.constRate,
    constLevel: plan.constLevel,
    baseDropped: plan.baseDropped,
    normals: EMPTY,
    out: EMPTY,
    stride: 0,
    start: 0,
    threshold: 0,
    rate0: 0,
    sd0: 0,
    zi: 0,
    at: 0,
    floored: 0,
    last: 0,
  };
  return ({ count, params, normals, out, stride, offset, hit }) => {
    let floored = 0;
    path.normals = normals;
    path.out = out;
    path.stride = stride;
    for (let r = 0; r < count; r++) {
      for (let j = 0; j < setters.length; j++) setters[j]!.set(params[r * k + setters[j]!.column]!);
      if (recheck !== undefined) recheck();
      path.rate0 = fields === undefined ? 0 : (fields.rate as number);
      path.sd0 = fields === undefined ? 0 : ((fields.volatility as number | undefined) ?? 0);
      path.start = holders.baseline.value;
      path.threshold = holders.target.value * state.threshold;
      path.zi = r * H * nNoisy;
      path.at = offset + r;
      const first = simplePath(path);
      floored += path.floored;
      const v = path.last;
      if (!(v > 0 && v < Infinity)) throw outOfRange(plan.caller, v, end);
      if (hit !== undefined) hit[offset + r] = first;
    }
    return floored;
  };
}

const EMPTY = new Float64Array(0);

/** The argument of {@link simplePath}: what one run's path reads, and (`floored`, `last`) what it leaves. */
interface PathArgs {
  /** Annual steps, and the number of noisy growth drivers (0 or 1). */
  readonly H: number;
  readonly noisy: number;
  readonly constRate: Float64Array;
  readonly constLevel: Float64Array;
  readonly baseDropped: Uint8Array;
  normals: Float64Array;
  out: Float64Array;
  stride: number;
  /** The run's start value, its threshold, its noisy driver's rate and volatility. */
  start: number;
  threshold: number;
  rate0: number;
  sd0: number;
  /** Where the run's normals start, and its column in `out`. */
  zi: number;
  at: number;
  /** Written by the path: its floored steps and its last value. */
  floored: number;
  last: number;
}

/**
 * One run's path (the step of `step.ts` with one noisy driver at most). Returns the first year index reaching the
 * threshold (−1: none); writes the floored steps and the last value into `a`. Its inputs are read into locals
 * first, so the loop runs on registers as a positional call's would.
 */
function simplePath(a: PathArgs): number {
  const { H, threshold, rate0, sd0, noisy, constRate, constLevel, baseDropped, normals, out, stride, at } = a;
  let zi = a.zi;
  let v = a.start;
  let first = v >= threshold ? 0 : -1;
  let floored = 0;
  out[at] = v;
  for (let i = 0; i < H; i++) {
    let rate = constRate[i]!;
    if (noisy === 1) {
      if (baseDropped[i] === 0) {
        let x = rate0 + sd0 * normals[zi]!;
        if (x < RATE_FLOOR) x = RATE_FLOOR;
        rate += x;
      }
      zi++;
    }
    if (rate < RATE_FLOOR) {
      rate = RATE_FLOOR;
      floored++;
    }
    v = v * (1 + rate) * constLevel[i]!;
    out[(i + 1) * stride + at] = v;
    if (first < 0 && v >= threshold) first = i + 1;
  }
  a.floored = floored;
  a.last = v;
  return first;
}
