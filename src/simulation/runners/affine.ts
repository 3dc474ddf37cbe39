import { RATE_FLOOR } from '../../uncertainty/rateFloor';
import { affineEffects } from '../affine';
import type { KernelPlan } from '../plan';
import type { RunState } from '../setters';
import { outOfRange, type Runner } from '../step';

/**
 * The runner for plans in which only affine effects and caps vary (no volatility, no rate that reads the value),
 * the sensitivity methods' usual case: the step of `step.ts` with the noisy and per-step parts left out.
 * `compiledAffineRunner` writes the same loop out for one plan.
 */
export function affineRunner(plan: KernelPlan, state: RunState): Runner {
  const H = plan.steps;
  const k = plan.names.length;
  const p = plan.affine;
  const { constRate, constLevel, caller } = plan;
  const { setters, holders } = state;
  const caps = plan.caps.map((index) => state.drivers[index]!);
  // One cap (the usual case) is called directly, its function and fields read once.
  const cap = caps.length === 1 ? caps[0]!.type.floatCap! : undefined;
  const capFields = caps.length === 1 ? caps[0]!.fields : undefined;
  const rate = new Float64Array(H);
  const level = new Float64Array(H);
  return ({ count, params, out, stride, offset, hit }) => {
    let floored = 0;
    for (let r = 0; r < count; r++) {
      for (let j = 0; j < setters.length; j++) setters[j]!.set(params[r * k + setters[j]!.column]!);
      affineEffects(p, params, r * k, rate, level);
      let v = holders.baseline.value;
      const threshold = holders.target.value * state.threshold;
      const at = offset + r;
      let first = v >= threshold ? 0 : -1;
      out[at] = v;
      for (let i = 0; i < H; i++) {
        let step = constRate[i]! + rate[i]!;
        if (step < RATE_FLOOR) {
          step = RATE_FLOOR;
          floored++;
        }
        let next = v * (1 + step) * constLevel[i]! * level[i]!;
        if (cap !== undefined) next = cap(capFields!, v, next);
        else for (let q = 0; q < caps.length; q++) next = caps[q]!.type.floatCap!(caps[q]!.fields, v, next);
        v = next;
        out[(i + 1) * stride + at] = v;
        if (first < 0 && v >= threshold) first = i + 1;
      }
      if (!(v > 0 && v < Infinity)) throw outOfRange(caller, v, plan.y0 + H);
      if (hit !== undefined) hit[at] = first;
    }
    return floored;
  };
}
