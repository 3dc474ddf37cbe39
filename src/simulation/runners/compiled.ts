import { RATE_FLOOR } from '../../uncertainty/rateFloor';
import { badLevel } from '../affine';
import { addRates, multiplyLevels, type KernelPlan, type PlannedParameter } from '../plan';
import { notPositive, setParameters, type RunState } from '../setters';
import { describeStep, outOfRange, type RunArgs, type Runner, type StepDescription, type YearOp } from '../step';

/**
 * The runner for one plan written out as JavaScript source from its step description (`describeStep`, see
 * `step.ts`) and compiled with `Function`: exactly the operations the plan has, in the same order as the plain
 * runner (so the same bits), the years unrolled, every per-year constant and affine slope a literal, terms that are
 * 0 or 1 in a year left out of it, each driver's float function called from its own call site. About as fast as a
 * loop written by hand for the scenario.
 *
 * The source is made only of numbers from the plan, each written as the shortest literal that reads back as the
 * same float64, and of fixed names: nothing from a document reaches it as code. Where `Function` is refused (a
 * Content-Security-Policy without 'unsafe-eval': an EvalError), a number is not finite or the horizon is long, this
 * returns undefined and the kernel uses the plain runner; any other error is a bug, and is thrown.
 */
export function compiledRunner(plan: KernelPlan, state: RunState): Runner | undefined {
  const p = plan.affine;
  if (plan.steps > MAX_UNROLLED_YEARS) return undefined;
  const numbers = [...p.rate, ...p.rateSlopes, ...p.fixed, ...plan.constRate, ...plan.constLevel, ...p.levels.flatMap((level) => [...level.base, ...level.terms.flatMap((term) => [...term.slope])])];
  if (!numbers.every(Number.isFinite)) return undefined;
  const source = runnerSource(plan, describeStep(plan));
  let code = compiled.get(source);
  if (code === undefined) {
    try {
      code = new Function(source)() as Code;
    } catch (error) {
      if (error instanceof EvalError) return undefined;
      throw error;
    }
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
    compiled.set(source, code);
  }
  const ids = p.levels.map((level) => level.id);
  const H = plan.steps;
  const helpers: Helpers = {
    state,
    noisy: plan.noisy.map((index) => state.drivers[index]!.fields),
    perRun: plan.perRun.map((index) => state.drivers[index]!),
    perStep: plan.perStep.map((index) => state.drivers[index]!),
    caps: plan.caps.map((index) => state.drivers[index]!),
    plan,
    runRate: new Float64Array(H),
    runLevel: new Float64Array(H),
    addRates,
    multiplyLevels,
    badLevel: (l, level, year) => badLevel(plan.caller, ids[l]!, level, year),
    outOfRange: (v) => outOfRange(plan.caller, v, plan.y0 + H),
    notPositive: (column, value) => notPositive(plan.caller, plan.names[column]!, value),
  };
  return (args) => code(helpers, args);
}

/** A compiled runner: the kernel's state and helpers come with each call, so one function serves every kernel of a plan. */
type Code = (h: Helpers, args: RunArgs) => number;

/**
 * The runners already compiled, by source. A scenario run again (a second `simulate`, each call of a goal seek, a
 * worker's next block) calls the same function, already optimized by the JIT. A function made per kernel (a closure
 * over its state) was optimized again for every new kernel: the combined preset's 200,000 runs took 26 ms in a new
 * kernel against 13 in one used before. The oldest is dropped past {@link MAX_COMPILED}.
 */
const compiled = new Map<string, Code>();
const MAX_COMPILED = 32;

/** What the compiled runner is given with each call: the run state, the drivers by role, and the helpers it calls. */
interface Helpers {
  readonly state: RunState;
  readonly noisy: readonly Record<string, unknown>[];
  readonly perRun: RunState['drivers'];
  readonly perStep: RunState['drivers'];
  readonly caps: RunState['drivers'];
  readonly plan: KernelPlan;
  /** The run's rates and level steps, when per-run drivers are computed through their float functions. */
  readonly runRate: Float64Array;
  readonly runLevel: Float64Array;
  readonly addRates: typeof addRates;
  readonly multiplyLevels: typeof multiplyLevels;
  readonly badLevel: (l: number, level: number, year: number) => RangeError;
  readonly outOfRange: (v: number) => RangeError;
  readonly notPositive: (column: number, value: number) => RangeError;
}

/** Longer horizons run in the plain loop: unrolled, their code would grow past what the JIT optimizes well. */
const MAX_UNROLLED_YEARS = 64;

/** A float64 as a JavaScript literal that reads back as the same value (negative zero included). */
function literal(x: number): string {
  return Object.is(x, -0) ? '(-0)' : `(${String(x)})`;
}

/**
 * The parameters the written-out runner reads from the design row itself instead of having a setter write them
 * into a driver's fields: a noisy growth driver's `rate` and `volatility`, and the `capacity` of a cap written out in
 * place, unless the driver is checked again after each draw. By their setters, these took 60 % of the combined
 * preset's loop (a closure call that boxes the number into an object's field, then a read back).
 */
function readsDirectly(plan: KernelPlan, p: PlannedParameter): boolean {
  if (p.path.length !== 1 || p.kind === 'year' || p.kind === 'count' || plan.rechecked.includes(p.driver)) return false;
  if (p.feeds === 'noisy') return p.path[0] === 'rate' || p.path[0] === 'volatility';
  const q = plan.caps.indexOf(p.driver);
  return p.feeds === 'cap' && p.path[0] === 'capacity' && q >= 0 && plan.capForms[q] !== 'call';
}

/** The source of a function body that returns the runner `(h, args) => floored` (`h`: see {@link Helpers}). */
export function runnerSource(plan: KernelPlan, step: StepDescription): string {
  const H = plan.steps;
  const k = plan.names.length;
  const nNoisy = plan.noisy.length;
  const set = setParameters(plan);
  // The field each directly read parameter stands for: `${driver}.${field}` → the local holding its value.
  const direct = new Map(set.filter((p) => readsDirectly(plan, p)).map((p) => [`${p.driver}.${p.path[0]!}`, `p${p.column}`]));
  const lines: string[] = [];
  const emit = (line: string) => lines.push(line);
  // The affine effects are unrolled as literals; where per-run drivers add into the same rates and levels, they
  // start the run's arrays, which the per-run drivers' helpers then add and multiply into.
  const unrolled = !step.run.some((op) => op.op === 'per run');
  emit('"use strict";');
  emit('return function compiledRunner(h, args) {');
  emit('const state = h.state, holders = state.holders, tolerance = state.threshold, setters = state.setters, recheck = state.recheck;');
  emit('const plan = h.plan, baseDropped = plan.baseDropped, runRate = h.runRate, runLevel = h.runLevel;');
  emit('const badLevel = h.badLevel, outOfRange = h.outOfRange;');
  plan.affine.rateTransforms.forEach((transform, t) => {
    if (transform !== undefined) emit(`const rateTransform${t} = plan.affine.rateTransforms[${t}];`);
  });
  plan.affine.levels.forEach((driver, l) =>
    driver.terms.forEach((term, q) => {
      if (term.transform !== undefined) emit(`const levelTransform${l}_${q} = plan.affine.levels[${l}].terms[${q}].transform;`);
    }),
  );
  set.forEach((p, j) => {
    if (!readsDirectly(plan, p)) emit(`const set${j} = setters[${j}].set;`);
  });
  for (let q = 0; q < nNoisy; q++) emit(`const noisy${q} = h.noisy[${q}];`);
  for (let q = 0; q < plan.perRun.length; q++) emit(`const perRun${q} = h.perRun[${q}];`);
  for (let q = 0; q < plan.perStep.length; q++) emit(`const stepFields${q} = h.perStep[${q}].fields, stepRate${q} = h.perStep[${q}].type.floatRate;`);
  for (let q = 0; q < plan.caps.length; q++) emit(`const capFields${q} = h.caps[${q}].fields, cap${q} = h.caps[${q}].type.floatCap;`);
  emit('const count = args.count, params = args.params, normals = args.normals, out = args.out, stride = args.stride, offset = args.offset, hit = args.hit;');
  emit('let floored = 0;');
  emit('for (let r = 0; r < count; r++) {');
  emit(`const row = r * ${k};`);
  // What the run does before its years.
  let runRates: string[] = Array.from({ length: H }, () => ZERO);
  let runLevels: string[] = Array.from({ length: H }, () => ONE);
  for (const op of step.run) {
    switch (op.op) {
      case 'set':
        set.forEach((p, j) => {
          if (!readsDirectly(plan, p)) emit(`set${j}(params[row + ${p.column}]);`);
          else {
            emit(`const p${p.column} = params[row + ${p.column}];`);
            if (p.kind === 'amount') emit(`if (!(p${p.column} > 0)) throw h.notPositive(${p.column}, p${p.column});`);
          }
        });
        break;
      case 'recheck':
        emit('recheck();');
        break;
      case 'read noisy': {
        const rate = direct.get(`${op.driver}.rate`) ?? `+noisy${op.q}.rate`;
        const sd = direct.get(`${op.driver}.volatility`) ?? `+(noisy${op.q}.volatility ?? 0)`;
        emit(`const rate${op.q} = ${rate}, sd${op.q} = ${sd};`);
        break;
      }
      case 'affine':
        ({ runRates, runLevels } = unrolledAffine(plan, emit));
        if (!unrolled) {
          // The per-run drivers add into the same rates and levels: the unrolled ones start the run's arrays (what
          // affineEffects would write), and the years read the arrays.
          runRates.forEach((rate, i) => emit(`runRate[${i}] = ${rate};`));
          runLevels.forEach((level, i) => emit(`runLevel[${i}] = ${level};`));
          runRates = runRates.map((_, i) => `runRate[${i}]`);
          runLevels = runLevels.map((_, i) => `runLevel[${i}]`);
        }
        break;
      case 'per run':
        if (op.rate) emit(`h.addRates(perRun${op.q}, runRate, baseDropped, plan.y0);`);
        if (op.level) emit(`h.multiplyLevels(perRun${op.q}, runLevel, plan.y0, plan.caller);`);
        break;
    }
  }
  // The built-in caps written out in place read their capacity once a run (a parameter may have set it).
  for (const op of step.year) {
    if (op.op === 'cap' && op.form !== 'call') emit(`const capacity${op.q} = ${direct.get(`${op.driver}.capacity`) ?? `+capFields${op.q}.capacity`};`);
  }
  // Values read from objects are marked as numbers (+x is x for a number): a path started from a field of unknown
  // type was kept boxed year after year, and the combined preset's loop took twice as long.
  emit('let v = +holders.baseline.value;');
  emit('const threshold = +holders.target.value * tolerance;');
  emit('const at = offset + r;');
  emit('let first = v >= threshold ? 0 : -1;');
  emit('out[at] = v;');
  if (nNoisy > 0) emit(`const z = r * ${H * nNoisy};`);
  emit('let rate, x, next;');
  for (let i = 0; i < H; i++) yearSource(plan, step.year, i, runRates[i]!, runLevels[i]!, emit);
  emit('if (!(v > 0 && v < Infinity)) throw outOfRange(v);');
  emit('if (hit !== undefined) hit[at] = first;');
  emit('}');
  emit('return floored;');
  emit('};');
  return lines.join('\n');
}

/** One year's operations as statements, with the year's constants as literals and its neutral terms left out. */
function yearSource(plan: KernelPlan, ops: readonly YearOp[], i: number, runRate: string, runLevel: string, emit: (line: string) => void): void {
  const nNoisy = plan.noisy.length;
  const dropped = plan.baseDropped[i] === 1;
  emit(`// ${plan.y0 + i + 1}`);
  // The rate's terms, added in order; the first one assigns.
  let terms = 0;
  const add = (expression: string) => emit(terms++ === 0 ? `rate = ${expression};` : `rate += ${expression};`);
  // A year whose rate is one floored draw alone needs no second floor: the draw's is the same.
  const rateOps = ops.filter((op) => op.op === 'const rate' || op.op === 'run rate' || op.op === 'noisy' || op.op === 'per step');
  const live = rateOps.filter((op) => {
    if (op.op === 'const rate') return plan.constRate[i] !== 0;
    if (op.op === 'run rate') return runRate !== ZERO;
    if (op.op === 'noisy') return !dropped;
    return !(op.base && dropped);
  });
  const oneDraw = live.length === 1 && live[0]!.op === 'noisy';
  for (const op of ops) {
    switch (op.op) {
      case 'const rate':
        if (plan.constRate[i] !== 0) add(literal(plan.constRate[i]!));
        break;
      case 'run rate':
        if (runRate !== ZERO) add(runRate);
        break;
      case 'noisy':
        if (dropped) break;
        if (oneDraw) {
          add(`rate${op.q} + sd${op.q} * normals[z + ${i * nNoisy + op.q}]`);
          emit(`if (rate < ${literal(RATE_FLOOR)}) rate = ${literal(RATE_FLOOR)};`);
        } else {
          emit(`x = rate${op.q} + sd${op.q} * normals[z + ${i * nNoisy + op.q}];`);
          emit(`if (x < ${literal(RATE_FLOOR)}) x = ${literal(RATE_FLOOR)};`);
          add('x');
        }
        break;
      case 'per step':
        if (!(op.base && dropped)) add(`stepRate${op.q}(stepFields${op.q}, ${plan.y0 + i + 1}, v)`);
        break;
      case 'floor':
        if (terms === 0) emit('rate = 0;');
        else if (!oneDraw) emit(`if (rate < ${literal(RATE_FLOOR)}) { rate = ${literal(RATE_FLOOR)}; floored++; }`);
        break;
      case 'level': {
        let next = 'v * (1 + rate)';
        if (plan.constLevel[i] !== 1) next += ` * ${literal(plan.constLevel[i]!)}`;
        if (op.run && runLevel !== ONE) next += ` * ${runLevel}`;
        emit(`next = ${next};`);
        break;
      }
      case 'cap': {
        // The built-in cap's rule (src/scenario/drivers/cap.ts, floatCap) in the same operations, or a call.
        const c = `capacity${op.q}`;
        if (op.form === 'hard') emit(`if (next > ${c}) next = ${c};`);
        else if (op.form === 'logistic') emit(`if (!(next <= v)) { if (v >= ${c}) next = v; else { x = v + (next - v) * (1 - v / ${c}); next = x > ${c} ? ${c} : x; } }`);
        else emit(`next = cap${op.q}(capFields${op.q}, v, next);`);
        break;
      }
      case 'store':
        emit('v = next;');
        emit(`out[${i + 1} * stride + at] = v;`);
        break;
      case 'hit':
        emit(`if (first < 0 && v >= threshold) first = ${i + 1};`);
        break;
    }
  }
}

/** Markers for a run rate that is 0 and a run level step that is 1 in a year (left out of the step). */
const ZERO = '0';
const ONE = '1';

/**
 * The run's affine rates and level steps as locals (as `affineEffects` computes them: term by term, level step by
 * level step, in the same order), with zero slopes left out. Returns the expression for each year's rate and level
 * step (`ZERO` / `ONE` where they are exactly neutral whatever the parameters).
 */
function unrolledAffine(plan: KernelPlan, emit: (line: string) => void): { runRates: string[]; runLevels: string[] } {
  const p = plan.affine;
  const H = p.H;
  const T = p.rateColumns.length;
  // A parameter whose slopes weight a transform of it (DriverType.affineThrough) is transformed once a run.
  for (let t = 0; t < T; t++) {
    const value = `params[row + ${p.rateColumns[t]!}]`;
    emit(`const x${t} = ${p.rateTransforms[t] === undefined ? value : `rateTransform${t}(${value})`};`);
  }
  p.levels.forEach((driver, l) =>
    driver.terms.forEach((term, q) => {
      if (term.transform !== undefined) emit(`const w${l}_${q} = levelTransform${l}_${q}(params[row + ${term.column}]);`);
    }),
  );
  const runRates: string[] = [];
  const runLevels: string[] = [];
  const varyingLevel = new Set(p.levelSteps.filter((step) => step.ratio).map((step) => step.year));
  for (let i = 0; i < H; i++) {
    let rate = literal(p.rate[i]!);
    let any = p.rate[i] !== 0;
    for (let t = 0; t < T; t++) {
      const slope = p.rateSlopes[t * H + i]!;
      if (slope !== 0) {
        rate = `(${rate} + x${t} * ${literal(slope)})`;
        any = true;
      }
    }
    if (any) {
      emit(`const runRate${i} = ${rate};`);
      runRates.push(`runRate${i}`);
    } else runRates.push(ZERO);
    if (varyingLevel.has(i)) {
      emit(`let runLevel${i} = ${literal(p.fixed[i]!)};`);
      runLevels.push(`runLevel${i}`);
    } else runLevels.push(p.fixed[i] === 1 ? ONE : literal(p.fixed[i]!));
  }
  const levelAt = (l: number, i: number) => {
    const driver = p.levels[l]!;
    let value = literal(driver.base[i]!);
    driver.terms.forEach((term, q) => {
      const x = term.transform === undefined ? `params[row + ${term.column}]` : `w${l}_${q}`;
      if (term.slope[i] !== 0) value = `(${value} + ${x} * ${literal(term.slope[i]!)})`;
    });
    return value;
  };
  for (const step of p.levelSteps) {
    const i = step.year;
    emit('{');
    emit(`const now = ${levelAt(step.level, i + 1)};`);
    emit(`if (!(now > 0)) throw badLevel(${step.level}, now, ${p.y0 + i + 1});`);
    if (step.ratio) {
      const before = step.varyingBefore ? levelAt(step.level, i) : literal(p.levels[step.level]!.base[i]!);
      emit(`runLevel${i} = (runLevel${i} * now) / ${before};`);
    }
    emit('}');
  }
  return { runRates, runLevels };
}
