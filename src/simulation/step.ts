import { hasPerRun, type CapForm, type KernelPlan } from './plan';

/**
 * The step of a run, as data: what every runner does, in the same order, so that every runner gives the same bits
 * (checked by test/simulation/runners.test.ts). {@link describeStep} lists the operations a plan has; the plain
 * runner (`runners/plain.ts`) is one loop that reads that list, and the compiled runner (`runners/compiled.ts`)
 * writes exactly those operations out as source, year by year.
 *
 * Before its years, a run:
 *   1. writes its parameters where the drivers read them (`set`), and checks again the drivers whose rules tie a
 *      drawn year or count to other fields (`recheck`);
 *   2. reads each noisy growth driver's rate and volatility (`read noisy`);
 *   3. works out its affine rates and level steps (`affine`), then adds each per-run driver's rates and multiplies
 *      its level steps in (`per run`, in document order).
 * Then each year i (the step into y0 + i + 1):
 *   1. rate = constRate[i] (`const rate`); + the run's rate (`run rate`); + each noisy growth draw rate + sd·z,
 *      floored at −99 % (`noisy`: skipped, but its normal still consumed, in a year that drops the growth drivers);
 *      + each per-step rate, which reads the value (`per step`: a growth driver's skipped in such a year);
 *   2. a rate below −99 % is floored there, and counted (`floor`);
 *   3. next = v · (1 + rate) · constLevel[i] · the run's level step (`level`); then each cap(fields, v, next), in
 *      document order (`cap`);
 *   4. out[(i + 1) · stride + offset + r] = next (`store`); the first year index reaching the threshold is kept
 *      (`hit`).
 * A run's value is checked once at its end: 0 and Infinity stay themselves under the steps.
 *
 * A term that is 0 (a rate) or 1 (a level) in some year may be left out of that year: it changes no bit of the
 * values (at most the sign of a zero rate, which 1 + rate forgets).
 */

/** What a run does before its years, in order. */
export type RunOp =
  | { readonly op: 'set' }
  | { readonly op: 'recheck' }
  /** Noisy growth driver `q` (document index `driver`): its rate and volatility for this run. */
  | { readonly op: 'read noisy'; readonly q: number; readonly driver: number }
  | { readonly op: 'affine' }
  /** Per-run driver `q`: adds its rates (`rate`) and multiplies its level steps (`level`) into the run's. */
  | { readonly op: 'per run'; readonly q: number; readonly driver: number; readonly rate: boolean; readonly level: boolean };

/** What a run does each year, in order. */
export type YearOp =
  | { readonly op: 'const rate' }
  | { readonly op: 'run rate' }
  | { readonly op: 'noisy'; readonly q: number; readonly driver: number }
  /** Per-step driver `q`; `base`: a growth driver, whose rate a year that drops the growth drivers skips. */
  | { readonly op: 'per step'; readonly q: number; readonly driver: number; readonly base: boolean }
  | { readonly op: 'floor' }
  /** `run`: the run's level step multiplies in too. */
  | { readonly op: 'level'; readonly run: boolean }
  /** Cap `q`; `form`: the built-in rule (`hard`, `logistic`: see the `cap` driver type) or a call of its floatCap. */
  | { readonly op: 'cap'; readonly q: number; readonly driver: number; readonly form: CapForm }
  | { readonly op: 'store' }
  | { readonly op: 'hit' };

/** The operations of a plan's runs. */
export interface StepDescription {
  readonly run: readonly RunOp[];
  readonly year: readonly YearOp[];
}

/** The order of the operations of a year: a plan's list is this one with the parts it lacks left out. */
export const YEAR_ORDER: readonly YearOp['op'][] = ['const rate', 'run rate', 'noisy', 'per step', 'floor', 'level', 'cap', 'store', 'hit'];

/** The operations a plan's runs do (pure: the same plan, the same list). */
export function describeStep(plan: KernelPlan): StepDescription {
  const perRun = hasPerRun(plan);
  const run: RunOp[] = [];
  if (plan.parameters.some((p) => p.feeds !== 'affine')) run.push({ op: 'set' });
  if (plan.rechecked.length > 0) run.push({ op: 'recheck' });
  plan.noisy.forEach((driver, q) => run.push({ op: 'read noisy', q, driver }));
  if (perRun) run.push({ op: 'affine' });
  plan.perRun.forEach((driver, q) => {
    // A driver with a level set per run may have its rate computed per step instead (it reads the value).
    run.push({ op: 'per run', q, driver, rate: plan.perRunRates[q]!, level: plan.perRunLevels[q]! });
  });
  const year: YearOp[] = [{ op: 'const rate' }];
  if (perRun) year.push({ op: 'run rate' });
  plan.noisy.forEach((driver, q) => year.push({ op: 'noisy', q, driver }));
  plan.perStep.forEach((driver, q) => year.push({ op: 'per step', q, driver, base: plan.drivers[driver]!.isBase }));
  year.push({ op: 'floor' }, { op: 'level', run: perRun });
  plan.caps.forEach((driver, q) => year.push({ op: 'cap', q, driver, form: plan.capForms[q]! }));
  year.push({ op: 'store' }, { op: 'hit' });
  return { run, year };
}

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
