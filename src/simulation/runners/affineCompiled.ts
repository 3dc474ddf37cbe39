import { RATE_FLOOR } from '../../uncertainty/rateFloor';
import { badLevel } from '../affine';
import type { KernelPlan } from '../plan';
import type { RunState } from '../setters';
import { outOfRange, type Runner } from '../step';

/**
 * The affine runner for one plan, written out as JavaScript source and compiled with `Function`: the years unrolled,
 * every rate, level and slope a literal, zero slopes left out. It does the same operations in the same order as
 * `affineRunner` (so the same bits), about as fast as a loop written by hand for the scenario.
 *
 * The source is made only of numbers from the plan, each written as the shortest literal that reads back as the
 * same float64, and of fixed names: nothing from a document reaches it as code. Where `Function` is refused (a
 * Content-Security-Policy without 'unsafe-eval': an EvalError), a number is not finite or the horizon is long, this
 * returns undefined and the kernel uses `affineRunner`; any other error is a bug, and is thrown.
 */
export function compiledAffineRunner(plan: KernelPlan, state: RunState): Runner | undefined {
  const p = plan.affine;
  if (p.H > MAX_UNROLLED_YEARS) return undefined;
  const numbers = [...p.rate, ...p.rateSlopes, ...p.fixed, ...plan.constRate, ...plan.constLevel, ...p.levels.flatMap((level) => [...level.base, ...level.terms.flatMap((term) => [...term.slope])])];
  if (!numbers.every(Number.isFinite)) return undefined;
  const source = runnerSource(plan);
  let make: (state: RunState, caps: readonly unknown[], badLevel: (l: number, level: number, year: number) => RangeError, outOfRange: (v: number) => RangeError) => Runner;
  try {
    make = new Function('state', 'caps', 'badLevel', 'outOfRange', source) as typeof make;
  } catch (error) {
    if (error instanceof EvalError) return undefined;
    throw error;
  }
  const ids = p.levels.map((level) => level.id);
  return make(
    state,
    plan.caps.map((index) => state.drivers[index]!),
    (l, level, year) => badLevel(plan.caller, ids[l]!, level, year),
    (v) => outOfRange(plan.caller, v, plan.y0 + plan.steps),
  );
}

/** Longer horizons run in the plain loop: unrolled, their code would grow past what the JIT optimizes well. */
const MAX_UNROLLED_YEARS = 64;

/** A float64 as a JavaScript literal that reads back as the same value (negative zero included). */
function literal(x: number): string {
  return Object.is(x, -0) ? '(-0)' : `(${String(x)})`;
}

/** The body of the factory: it takes the state, the caps and the two error makers, and returns the runner. */
export function runnerSource(plan: KernelPlan): string {
  const p = plan.affine;
  const H = p.H;
  const k = plan.names.length;
  const T = p.rateColumns.length;
  const lines: string[] = [];
  const emit = (line: string) => lines.push(line);
  emit('"use strict";');
  emit('const setters = state.setters, holders = state.holders, tolerance = state.threshold;');
  emit('const single = caps.length === 1, cap = single ? caps[0].type.floatCap : undefined, capFields = single ? caps[0].fields : undefined;');
  emit('return function compiledAffineRunner(args) {');
  emit('const count = args.count, params = args.params, out = args.out, stride = args.stride, offset = args.offset, hit = args.hit;');
  emit('let floored = 0;');
  emit('for (let r = 0; r < count; r++) {');
  emit(`const row = r * ${k};`);
  emit('for (let j = 0; j < setters.length; j++) setters[j].set(params[row + setters[j].column]);');
  for (let t = 0; t < T; t++) emit(`const x${t} = params[row + ${p.rateColumns[t]!}];`);
  // Rates and level steps of this run: as in affineEffects, term by term and step by step.
  for (let i = 0; i < H; i++) {
    let rate = literal(p.rate[i]!);
    for (let t = 0; t < T; t++) {
      const slope = p.rateSlopes[t * H + i]!;
      if (slope !== 0) rate = `(${rate} + x${t} * ${literal(slope)})`;
    }
    emit(`const rate${i} = ${rate};`);
    emit(`let level${i} = ${literal(p.fixed[i]!)};`);
  }
  const levelAt = (l: number, i: number) => {
    const driver = p.levels[l]!;
    let value = literal(driver.base[i]!);
    for (const term of driver.terms) {
      if (term.slope[i] !== 0) value = `(${value} + params[row + ${term.column}] * ${literal(term.slope[i]!)})`;
    }
    return value;
  };
  for (const step of p.levelSteps) {
    const i = step.year;
    emit('{');
    emit(`const now = ${levelAt(step.level, i + 1)};`);
    emit(`if (!(now > 0)) throw badLevel(${step.level}, now, ${p.y0 + i + 1});`);
    if (step.ratio) {
      const before = step.varyingBefore ? levelAt(step.level, i) : literal(p.levels[step.level]!.base[i]!);
      emit(`level${i} = (level${i} * now) / ${before};`);
    }
    emit('}');
  }
  emit('let v = holders.baseline.value;');
  emit('const threshold = holders.target.value * tolerance;');
  emit('const at = offset + r;');
  emit('let first = v >= threshold ? 0 : -1;');
  emit('out[at] = v;');
  emit('let step, next;');
  // The step of step.ts, with the constants of year i as literals.
  for (let i = 0; i < H; i++) {
    emit(`step = ${literal(plan.constRate[i]!)} + rate${i};`);
    emit(`if (step < ${literal(RATE_FLOOR)}) { step = ${literal(RATE_FLOOR)}; floored++; }`);
    emit(`next = v * (1 + step) * ${literal(plan.constLevel[i]!)} * level${i};`);
    emit('if (single) next = cap(capFields, v, next); else for (let q = 0; q < caps.length; q++) next = caps[q].type.floatCap(caps[q].fields, v, next);');
    emit('v = next;');
    emit(`out[${i + 1} * stride + at] = v;`);
    emit(`if (first < 0 && v >= threshold) first = ${i + 1};`);
  }
  emit('if (!(v > 0 && v < Infinity)) throw outOfRange(v);');
  emit('if (hit !== undefined) hit[at] = first;');
  emit('}');
  emit('return floored;');
  emit('};');
  return lines.join('\n');
}
