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
 * function whose state is all arguments and locals (about twice as fast as the general loop).
 */
export function simpleRunner(plan: KernelPlan, state: RunState): Runner {
  const H = plan.steps;
  const end = plan.y0 + H;
  const k = plan.names.length;
  const nNoisy = plan.noisy.length;
  const fields = nNoisy === 1 ? state.drivers[plan.noisy[0]!]!.fields : undefined;
  const { setters, recheck, holders } = state;
  const { constRate, constLevel, baseDropped } = plan;
  const scratch = new Float64Array(2);
  return ({ count, params, normals, out, stride, offset, hit }) => {
    let floored = 0;
    for (let r = 0; r < count; r++) {
      for (let j = 0; j < setters.length; j++) setters[j]!.set(params[r * k + setters[j]!.column]!);
      if (recheck !== undefined) recheck();
      const rate0 = fields === undefined ? 0 : (fields.rate as number);
      const sd0 = fields === undefined ? 0 : ((fields.volatility as number | undefined) ?? 0);
      const threshold = holders.target.value * state.threshold;
      const first = simplePath(H, holders.baseline.value, threshold, rate0, sd0, nNoisy, constRate, constLevel, baseDropped, normals, r * H * nNoisy, out, stride, offset + r, scratch);
      floored += scratch[0]!;
      const v = scratch[1]!;
      if (!(v > 0 && v < Infinity)) throw outOfRange(plan.caller, v, end);
      if (hit !== undefined) hit[offset + r] = first;
    }
    return floored;
  };
}

/**
 * One run's path (the step of `step.ts` with one noisy driver at most). Returns the first year index reaching the
 * threshold (−1: none); writes the floored steps to scratch[0] and the last value to scratch[1]. Positional on
 * purpose: it is the innermost call, and its arguments stay in registers.
 */
function simplePath(
  H: number,
  start: number,
  threshold: number,
  rate0: number,
  sd0: number,
  noisy: number,
  constRate: Float64Array,
  constLevel: Float64Array,
  baseDropped: Uint8Array,
  normals: Float64Array,
  zi: number,
  out: Float64Array,
  stride: number,
  at: number,
  scratch: Float64Array,
): number {
  let v = start;
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
  scratch[0] = floored;
  scratch[1] = v;
  return first;
}
