import { RATE_FLOOR } from '../../uncertainty/rateFloor';
import { affineEffects } from '../affine';
import { addRates, hasPerRun as perRunEffects, multiplyLevels, type KernelPlan } from '../plan';
import type { RunState } from '../setters';
import { outOfRange, type Runner } from '../step';

/**
 * The runner for any plan: the step of `step.ts` with every part present, read from the plan and the run state.
 * The other runners are this loop with parts left out, for speed.
 */
export function genericRunner(plan: KernelPlan, state: RunState): Runner {
  const H = plan.steps;
  const y0 = plan.y0;
  const k = plan.names.length;
  const { constRate, constLevel, baseDropped, affine, caller } = plan;
  const { setters, recheck, holders } = state;
  const noisy = plan.noisy.map((index) => state.drivers[index]!);
  const perRun = plan.perRun.map((index) => state.drivers[index]!);
  const perRunRates = plan.perRun.map((index) => !plan.perStep.includes(index));
  const perStep = plan.perStep.map((index) => state.drivers[index]!);
  const caps = plan.caps.map((index) => state.drivers[index]!);
  const nNoisy = noisy.length;
  const hasPerRun = perRunEffects(plan);
  const noisyRate = new Float64Array(nNoisy);
  const noisySd = new Float64Array(nNoisy);
  const dynRate = new Float64Array(H);
  const dynLevel = new Float64Array(H);
  return ({ count, params, normals, out, stride, offset, hit }) => {
    let floored = 0;
    for (let r = 0; r < count; r++) {
      for (let j = 0; j < setters.length; j++) setters[j]!.set(params[r * k + setters[j]!.column]!);
      if (recheck !== undefined) recheck();
      for (let q = 0; q < nNoisy; q++) {
        noisyRate[q] = noisy[q]!.fields.rate as number;
        noisySd[q] = (noisy[q]!.fields.volatility as number | undefined) ?? 0;
      }
      if (hasPerRun) {
        affineEffects(affine, params, r * k, dynRate, dynLevel);
        for (let q = 0; q < perRun.length; q++) {
          const d = perRun[q]!;
          if (d.type.floatRate !== undefined && perRunRates[q]) addRates(d, dynRate, baseDropped, y0);
          if (d.type.floatLevel !== undefined) multiplyLevels(d, dynLevel, y0, caller);
        }
      }
      let v = holders.baseline.value;
      const threshold = holders.target.value * state.threshold;
      let first = v >= threshold ? 0 : -1;
      out[offset + r] = v;
      let zi = r * H * nNoisy;
      for (let i = 0; i < H; i++) {
        let rate = constRate[i]!;
        if (hasPerRun) rate += dynRate[i]!;
        if (nNoisy > 0) {
          if (baseDropped[i] === 0) {
            for (let q = 0; q < nNoisy; q++) {
              let x = noisyRate[q]! + noisySd[q]! * normals[zi + q]!;
              if (x < RATE_FLOOR) x = RATE_FLOOR;
              rate += x;
            }
          }
          zi += nNoisy;
        }
        for (let q = 0; q < perStep.length; q++) {
          const d = perStep[q]!;
          if (!(d.isBase && baseDropped[i] === 1)) rate += d.type.floatRate!(d.fields, y0 + i + 1, v);
        }
        if (rate < RATE_FLOOR) {
          rate = RATE_FLOOR;
          floored++;
        }
        let next = v * (1 + rate) * constLevel[i]!;
        if (hasPerRun) next *= dynLevel[i]!;
        for (let q = 0; q < caps.length; q++) next = caps[q]!.type.floatCap!(caps[q]!.fields, v, next);
        v = next;
        out[(i + 1) * stride + offset + r] = v;
        if (first < 0 && v >= threshold) first = i + 1;
      }
      if (!(v > 0 && v < Infinity)) throw outOfRange(caller, v, y0 + H);
      if (hit !== undefined) hit[offset + r] = first;
    }
    return floored;
  };
}
