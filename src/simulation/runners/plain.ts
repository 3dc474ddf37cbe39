import { RATE_FLOOR } from '../../uncertainty/rateFloor';
import { affineEffects } from '../affine';
import { addRates, multiplyLevels, type FloatDriver, type KernelPlan } from '../plan';
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
  const noisyRate = new Float64Array(nNoisy);
  const noisySd = new Float64Array(nNoisy);
  const dynRate = new Float64Array(H);
  const dynLevel = new Float64Array(H);
  const before: readonly RunOp[] = step.run;
  // One argument object for every path of this runner: the plan's parts are set once, a run's before its path.
  const path: PathArgs = {
    H,
    y0,
    constRate,
    constLevel,
    baseDropped,
    runRate,
    runLevel,
    dynRate,
    dynLevel,
    noisyRate,
    noisySd,
    perStep,
    perStepBase,
    cap,
    capFields,
    caps,
    normals: EMPTY,
    out: EMPTY,
    stride: 0,
    at: 0,
    zi: 0,
    start: 0,
    threshold: 0,
    floored: 0,
    last: 0,
  };
  return ({ count, params, normals, out, stride, offset, hit }) => {
    let floored = 0;
    path.normals = normals;
    path.out = out;
    path.stride = stride;
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
      path.start = holders.baseline.value;
      path.threshold = holders.target.value * state.threshold;
      path.at = offset + r;
      path.zi = r * H * nNoisy;
      const first = plainPath(path);
      floored += path.floored;
      const v = path.last;
      if (!(v > 0 && v < Infinity)) throw outOfRange(caller, v, y0 + H);
      if (hit !== undefined) hit[offset + r] = first;
    }
    return floored;
  };
}

const EMPTY = new Float64Array(0);

/** The argument of {@link plainPath}: what one run's years read, and (`floored`, `last`) what they leave. */
interface PathArgs {
  readonly H: number;
  readonly y0: number;
  readonly constRate: Float64Array;
  readonly constLevel: Float64Array;
  readonly baseDropped: Uint8Array;
  /** Whether the step has the run's rate and level step (`run rate`, `level` with `run`), and their arrays. */
  readonly runRate: boolean;
  readonly runLevel: boolean;
  readonly dynRate: Float64Array;
  readonly dynLevel: Float64Array;
  /** The noisy growth drivers' rates and volatilities for this run. */
  readonly noisyRate: Float64Array;
  readonly noisySd: Float64Array;
  readonly perStep: readonly FloatDriver[];
  readonly perStepBase: readonly boolean[];
  /** The one cap (its function and fields), or every cap. */
  readonly cap: FloatDriver['type']['floatCap'];
  readonly capFields: Record<string, unknown> | undefined;
  readonly caps: readonly FloatDriver[];
  normals: Float64Array;
  out: Float64Array;
  stride: number;
  /** The run's column in `out`, where its normals start, its start value and threshold. */
  at: number;
  zi: number;
  start: number;
  threshold: number;
  /** Written by the path: its floored steps and its last value. */
  floored: number;
  last: number;
}

/**
 * One run's years: the year's operations of `step.ts`, in `YEAR_ORDER`, each behind its flag. Returns the first
 * year index reaching the threshold (−1: none). Its inputs are read into locals first, so that the loop runs on
 * registers rather than on the runner's closure.
 */
function plainPath(a: PathArgs): number {
  const { H, y0, constRate, constLevel, baseDropped, runRate, runLevel, dynRate, dynLevel, noisyRate, noisySd, perStep, perStepBase, cap, capFields, caps } = a;
  const { normals, out, stride, at, threshold } = a;
  const nNoisy = noisyRate.length;
  const nPerStep = perStep.length;
  const nCaps = caps.length;
  let zi = a.zi;
  let v = a.start;
  let first = v >= threshold ? 0 : -1;
  let floored = 0;
  out[at] = v;
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
  a.floored = floored;
  a.last = v;
  return first;
}
