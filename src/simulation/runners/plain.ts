import { RATE_FLOOR } from '../../uncertainty/rateFloor';
import { affineEffects } from '../affine';
import { addRates, multiplyLevels, type KernelPlan } from '../plan';
import type { RunState } from '../setters';
import { describeStep, outOfRange, YEAR_ORDER, type Runner, type RunOp } from '../step';

/**
 * The plain runner: one loop that runs any plan by reading its step description (`describeStep`, see `step.ts`).
 * The operations before a run's years are done in the listed order; the year's operations are written below in
 * `YEAR_ORDER`, each behind a flag read from the list. It needs no code generation (`codegen: false`, or where
 * `Function` is refused) and gives the same bits as the compiled runner.
 */
export function plainRunner(plan: KernelPlan, state: RunState): Runner {
  const step = describeStep(plan);
  // The loop below is written in YEAR_ORDER: a list in another order would be a bug in describeStep.
  const order = step.year.map((op) => YEAR_ORDER.indexOf(op.op));
  if (order.some((at, j) => j > 0 && at < order[j - 1]!)) throw new Error(`plainRunner: the year's operations are out of order: ${step.year.map((op) => op.op).join(', ')}`);
  const H = plan.steps;
  const y0 = plan.y0;
  const k = plan.names.length;
  const { constRate, constLevel, baseDropped, affine, caller } = plan;
  const { setters, recheck, holders } = state;
  const has = (name: string) => step.year.some((op) => op.op === name);
  const runRate = has('run rate');
  const runLevel = step.year.some((op) => op.op === 'level' && op.run);
  const noisy = plan.noisy.map((index) => state.drivers[index]!);
  const perRun = plan.perRun.map((index) => state.drivers[index]!);
  const perStep = plan.perStep.map((index) => state.drivers[index]!);
  const perStepBase = plan.perStep.map((index) => plan.drivers[index]!.isBase);
  const caps = plan.caps.map((index) => state.drivers[index]!);
  // One cap (the usual case) is called directly, its function and fields read once.
  const cap = caps.length === 1 ? caps[0]!.type.floatCap! : undefined;
  const capFields = caps.length === 1 ? caps[0]!.fields : undefined;
  const nNoisy = noisy.length;
  const nPerStep = perStep.length;
  const nCaps = caps.length;
  const noisyRate = new Float64Array(nNoisy);
  const noisySd = new Float64Array(nNoisy);
  const dynRate = new Float64Array(H);
  const dynLevel = new Float64Array(H);
  const before: readonly RunOp[] = step.run;
  return ({ count, params, normals, out, stride, offset, hit }) => {
    let floored = 0;
    for (let r = 0; r < count; r++) {
      const row = r * k;
      for (let o = 0; o < before.length; o++) {
        const op = before[o]!;
        switch (op.op) {
          case 'set':
            for (let j = 0; j < setters.length; j++) setters[j]!.set(params[row + setters[j]!.column]!);
            break;
          case 'recheck':
            recheck!();
            break;
          case 'read noisy': {
            const fields = noisy[op.q]!.fields;
            noisyRate[op.q] = fields.rate as number;
            noisySd[op.q] = (fields.volatility as number | undefined) ?? 0;
            break;
          }
          case 'affine':
            affineEffects(affine, params, row, dynRate, dynLevel);
            break;
          case 'per run':
            if (op.rate) addRates(perRun[op.q]!, dynRate, baseDropped, y0);
            if (op.level) multiplyLevels(perRun[op.q]!, dynLevel, y0, caller);
            break;
        }
      }
      let v = holders.baseline.value;
      const threshold = holders.target.value * state.threshold;
      const at = offset + r;
      let first = v >= threshold ? 0 : -1;
      out[at] = v;
      let zi = r * H * nNoisy;
      for (let i = 0; i < H; i++) {
        let rate = constRate[i]!;
        if (runRate) rate += dynRate[i]!;
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
        for (let q = 0; q < nPerStep; q++) {
          const d = perStep[q]!;
          if (!(perStepBase[q] && baseDropped[i] === 1)) rate += d.type.floatRate!(d.fields, y0 + i + 1, v);
        }
        if (rate < RATE_FLOOR) {
          rate = RATE_FLOOR;
          floored++;
        }
        let next = v * (1 + rate) * constLevel[i]!;
        if (runLevel) next *= dynLevel[i]!;
        if (cap !== undefined) next = cap(capFields!, v, next);
        else for (let q = 0; q < nCaps; q++) next = caps[q]!.type.floatCap!(caps[q]!.fields, v, next);
        v = next;
        out[(i + 1) * stride + at] = v;
        if (first < 0 && v >= threshold) first = i + 1;
      }
      if (!(v > 0 && v < Infinity)) throw outOfRange(caller, v, y0 + H);
      if (hit !== undefined) hit[at] = first;
    }
    return floored;
  };
}
