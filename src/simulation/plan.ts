import { show } from '../internal/show';
import { isDecimal } from '../money/decimal';
import type { Scenario } from '../scenario/document';
import type { DriverType } from '../scenario/driverType';
import { parameterTable, type Parameter } from '../scenario/parameters';
import { effectiveType } from '../scenario/effectiveType';
import { capDriver } from '../scenario/drivers/cap';
import { affinePlan, affineTerms, affineTransformOf, badLevel, isAffineIn, type AffineLevel, type AffinePlan, type AffineTerm } from './affine';

/**
 * What a scenario's runs do each year, worked out once: pure data that the runners read (and a test or a curious
 * caller can print). Nothing here changes during a run.
 *
 * One year's step, the same in every runner (see `src/simulation/step.ts`, which lists it as data):
 *   rate  = constRate[i] (+ the run's affine and per-run rates) (+ each noisy growth draw, floored at −99 %, unless
 *           the year drops the growth drivers) (+ each per-step rate, which reads the value);
 *   rate is floored at −99 % (counted);
 *   next  = v · (1 + rate) · constLevel[i] (· the run's level step); then each cap, in document order.
 */
export interface KernelPlan {
  /** The function that errors name (`simulate`, `tornado`, …). */
  readonly caller: string;
  readonly y0: number;
  /** Annual steps H. */
  readonly steps: number;
  readonly years: readonly number[];
  /** The uncertain parameters, in the order of the columns of a design. */
  readonly names: readonly string[];
  /** The drivers by document index: id, type name, and whether they are growth drivers (the base). */
  readonly drivers: readonly { readonly id: string; readonly type: string; readonly isBase: boolean }[];
  /** H: the rates of drivers whose fields are all fixed, summed. */
  readonly constRate: Float64Array;
  /** H: the level steps of drivers whose fields are all fixed, multiplied. */
  readonly constLevel: Float64Array;
  /** H: 1 where a replace-mode schedule drops the growth drivers in the step into y0 + i + 1. */
  readonly baseDropped: Uint8Array;
  /** The effects affine in their uncertain parameters: a run only weights slopes. */
  readonly affine: AffinePlan;
  /** Driver indices, by how their effects are computed. */
  readonly affineDrivers: readonly number[];
  /** Growth drivers with a volatility: a normal draw per year each. */
  readonly noisy: readonly number[];
  /** Effects that change with the parameters, computed once per run through the driver's float functions. */
  readonly perRun: readonly number[];
  /** By position in `perRun`: whether the driver's rates are added per run (false: its rate is per step, or none). */
  readonly perRunRates: readonly boolean[];
  /** By position in `perRun`: whether the driver's level steps are multiplied in per run. */
  readonly perRunLevels: readonly boolean[];
  /** Rates that read the current value, computed every step. */
  readonly perStep: readonly number[];
  readonly caps: readonly number[];
  /**
   * By position in `caps`: `hard` or `logistic` for the built-in `cap` type in that mode (whose rule a compiled
   * runner may write out in place), `call` for any other type (its `floatCap` is called).
   */
  readonly capForms: readonly CapForm[];
  /** Drivers with an uncertain year or count, checked again after each draw. */
  readonly rechecked: readonly number[];
  /** Each uncertain parameter: its column, where it lives, and which effect it feeds. */
  readonly parameters: readonly PlannedParameter[];
  /**
   * The plan's kind (see {@link RunnerKind}): a summary for tests and readers. Every runner runs every kind; which
   * operations a run does is `describeStep(plan)` (`step.ts`).
   */
  readonly runner: RunnerKind;
  /** How many standard normals one run consumes (steps × noisy growth drivers). */
  readonly normalsPerRun: number;
}

/**
 * - `bare`: nothing uncertain and the status quo (one noisy growth driver, nothing else);
 * - `simple`: one noisy growth driver at most, every other effect a per-year constant;
 * - `affine`: only affine effects and caps vary between runs (the sensitivity methods' usual case);
 * - `general`: anything else.
 */
export type RunnerKind = 'bare' | 'simple' | 'affine' | 'general';

/** How a cap is applied: the built-in `cap` type's two modes, or a call of the type's `floatCap`. */
export type CapForm = 'hard' | 'logistic' | 'call';

/** An uncertain parameter as the runs use it. */
export interface PlannedParameter {
  readonly name: string;
  readonly column: number;
  /** The driver's index, or −1 for the baseline and target. */
  readonly driver: number;
  readonly path: readonly string[];
  readonly kind: Parameter['kind'];
  /**
   * - `affine`: weights a slope worked out in the plan (nothing is set during a run);
   * - `noisy`: a growth driver's rate or volatility, read each run;
   * - `per run`, `per step`, `cap`: set in the driver's fields, which its float functions read;
   * - `baseline`, `target`: the start value or the threshold.
   */
  readonly feeds: 'affine' | 'noisy' | 'per run' | 'per step' | 'cap' | 'baseline' | 'target';
}

/** Options of {@link planKernel} (and of `compileKernel`). */
export interface KernelOptions {
  /** The last year of the paths (default: the horizon's), for analyses that read no later year. */
  readonly endYear?: number;
  /** False: every growth rate at its mean, no normals drawn (the sensitivity methods). Default true. */
  readonly volatility?: boolean;
  /** The function that errors name. Default `'simulate'`. */
  readonly caller?: string;
  /** False: never write a runner out as code (`Function`); the plain loop runs. Default true. */
  readonly codegen?: boolean;
}

/** A driver as the plan works with it: its float fields (a private copy) and its type. */
export interface FloatDriver {
  readonly id: string;
  readonly type: DriverType;
  readonly fields: Record<string, unknown>;
  readonly isBase: boolean;
}

/** The drivers of a scenario with their fields as numbers, in a fresh mutable copy. */
export function floatDrivers(scenario: Scenario): FloatDriver[] {
  return scenario.drivers.map((d) => ({ id: d.id, type: effectiveType(d), fields: toFloat(d) as Record<string, unknown>, isBase: effectiveType(d).base === true }));
}

/**
 * Works out what each year of a run does for the given uncertain parameters (names already validated against the
 * scenario).
 * @throws RangeError for an `endYear` outside the horizon, or a fixed level that is not above 0.
 */
export function planKernel(scenario: Scenario, uncertain: readonly string[], options: KernelOptions = {}): KernelPlan {
  const caller = options.caller ?? 'simulate';
  const table = parameterTable(scenario);
  const y0 = scenario.baseline.year;
  const endYear = options.endYear ?? scenario.horizon.endYear;
  if (!Number.isInteger(endYear) || endYear <= y0 || endYear > scenario.horizon.endYear) {
    throw new RangeError(`${caller}: endYear must be a year after ${y0} and up to ${scenario.horizon.endYear}, got ${endYear}`);
  }
  const H = endYear - y0;
  const uncertainSet = new Set(uncertain);
  const drivers = floatDrivers(scenario);
  const parameterOf = (name: string) => table.get(name)!;
  const touched = new Set(uncertain.map((name) => parameterOf(name).driver).filter((i) => i >= 0));

  // Years in which a replace-mode schedule drops the growth drivers: structure, fixed whatever the parameters.
  const baseDropped = new Uint8Array(H);
  drivers.forEach((d, index) => {
    if (d.type.replacesBase === undefined) return;
    for (let i = 0; i < H; i++) if (d.type.replacesBase(scenario.drivers[index]!, y0 + i + 1)) baseDropped[i] = 1;
  });

  const constRate = new Float64Array(H);
  const constLevel = new Float64Array(H).fill(1);
  const affineRate = new Float64Array(H);
  const rateTerms: AffineTerm[] = [];
  const affineLevels: AffineLevel[] = [];
  const affineDrivers: number[] = [];
  const noisy: number[] = [];
  const perRun: number[] = [];
  const perStep: number[] = [];
  const caps: number[] = [];
  drivers.forEach((d, index) => {
    const uncertainHere = touched.has(index);
    const volatility = d.isBase ? (d.fields.volatility as number | undefined) : undefined;
    const isNoisy = d.isBase && options.volatility !== false && ((volatility ?? 0) > 0 || uncertainSet.has(`${d.id}.volatility`));
    if (d.type.floatCap !== undefined) caps.push(index);
    if (uncertainHere && !isNoisy && d.type.floatCap === undefined && (d.type.floatRate === undefined || d.type.dependsOnValue === false)) {
      const columns = uncertain.flatMap((name, column) => (parameterOf(name).driver === index ? [column] : []));
      // Affine in each parameter, or in a transform of one (its other fields fixed, which the transform may read).
      const parameters = columns.map((column) => parameterOf(uncertain[column]!));
      const through = parameters.length === 1 ? affineTransformOf(d.type, parameters[0]!) : undefined;
      if (through !== undefined || parameters.every((parameter) => isAffineIn(d.type, parameter))) {
        affineDrivers.push(index);
        // The driver's fields with the uncertain ones at 0, or one of them at 1 (a transformed one: where its
        // transform is 0 or 1).
        const at = (unit: number) => {
          const copy = toFloat(d.fields) as Record<string, unknown>;
          parameters.forEach((parameter, q) => setPath(copy, parameter.path, through === undefined ? (q === unit ? 1 : 0) : through.from(d.fields as never, q === unit ? 1 : 0)));
          return copy;
        };
        const transform = through === undefined ? undefined : (value: number) => through.to(d.fields as never, value);
        const withTransform = (terms: AffineTerm[]) => (transform === undefined ? terms : terms.map((term) => ({ ...term, transform })));
        if (d.type.floatRate !== undefined) {
          rateTerms.push(...withTransform(affineTerms(columns, at, affineRate, (fields, into) => addRates({ ...d, fields }, into, baseDropped, y0))));
        }
        if (d.type.floatLevel !== undefined) {
          const base = new Float64Array(H + 1);
          const terms = affineTerms(columns, at, base, (fields, into) => {
            for (let i = 0; i <= H; i++) into[i] = into[i]! + d.type.floatLevel!(fields, y0 + i);
          });
          affineLevels.push({ id: d.id, base, terms: withTransform(terms) });
        }
        return;
      }
    }
    if (d.type.floatRate !== undefined) {
      if (isNoisy) noisy.push(index);
      else if (d.type.dependsOnValue !== false) perStep.push(index);
      else if (uncertainHere) perRun.push(index);
      else addRates(d, constRate, baseDropped, y0);
    }
    if (d.type.floatLevel !== undefined) {
      if (uncertainHere) {
        if (!perRun.includes(index)) perRun.push(index);
      } else multiplyLevels(d, constLevel, y0, caller);
    }
  });

  const parameters: PlannedParameter[] = uncertain.map((name, column) => {
    const p = parameterOf(name);
    const feeds: PlannedParameter['feeds'] =
      p.driver < 0
        ? (name.split('.')[0] as 'baseline' | 'target')
        : affineDrivers.includes(p.driver)
          ? 'affine'
          : noisy.includes(p.driver)
            ? 'noisy'
            : caps.includes(p.driver)
              ? 'cap'
              : perStep.includes(p.driver)
                ? 'per step'
                : 'per run';
    return { name, column, driver: p.driver, path: p.path, kind: p.kind, feeds };
  });
  // Drivers with an uncertain year or count are checked again after each draw (a start drawn after a ramp's end,
  // say), since their own rules tie fields together.
  const rechecked = [...new Set(parameters.filter((p) => p.driver >= 0 && (p.kind === 'year' || p.kind === 'count')).map((p) => p.driver))].filter(
    (index) => drivers[index]!.type.check !== undefined,
  );

  const affine = affinePlan(H, y0, affineRate, rateTerms, affineLevels, caller);
  const hasPerRun = perRun.length > 0 || rateTerms.length > 0 || affineLevels.length > 0;
  const simple = noisy.length <= 1 && perStep.length === 0 && caps.length === 0 && !hasPerRun;
  // The plainest case of all (the status quo): no constant rate, level or dropped base year to apply.
  const bare = simple && uncertain.length === 0 && noisy.length === 1 && constRate.every((x) => x === 0) && constLevel.every((x) => x === 1) && baseDropped.every((x) => x === 0);
  const affineOnly = hasPerRun && perRun.length === 0 && noisy.length === 0 && perStep.length === 0 && rechecked.length === 0;
  const runner: RunnerKind = bare ? 'bare' : simple ? 'simple' : affineOnly ? 'affine' : 'general';

  return {
    caller,
    y0,
    steps: H,
    years: Array.from({ length: H + 1 }, (_, i) => y0 + i),
    names: [...uncertain],
    drivers: drivers.map((d, index) => ({ id: d.id, type: scenario.drivers[index]!.type, isBase: d.isBase })),
    constRate,
    constLevel,
    baseDropped,
    affine,
    affineDrivers,
    noisy,
    perRun,
    perRunRates: perRun.map((index) => drivers[index]!.type.floatRate !== undefined && !perStep.includes(index)),
    perRunLevels: perRun.map((index) => drivers[index]!.type.floatLevel !== undefined),
    perStep,
    caps,
    capForms: caps.map((index) => {
      const d = drivers[index]!;
      return d.type === capDriver && (d.fields.mode === 'hard' || d.fields.mode === 'logistic') ? d.fields.mode : 'call';
    }),
    rechecked,
    parameters,
    runner,
    normalsPerRun: H * noisy.length,
  };
}

/** Whether a plan has effects that a run computes before its years (affine slopes or per-run drivers). */
export function hasPerRun(plan: KernelPlan): boolean {
  return plan.perRun.length > 0 || plan.affine.rateColumns.length > 0 || plan.affine.levels.length > 0;
}

function setPath(node: Record<string, unknown>, path: readonly string[], value: number): void {
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1]!] = value;
}

/** Adds a driver's rate in each step into `into` (skipping the years that drop the growth drivers, for those). */
export function addRates(d: FloatDriver, into: Float64Array, baseDropped: Uint8Array, y0: number): void {
  for (let i = 0; i < into.length; i++) {
    if (d.isBase && baseDropped[i] === 1) continue;
    into[i] = into[i]! + d.type.floatRate!(d.fields, y0 + i + 1, Number.NaN);
  }
}

/** The levels of years y0..y0 + H of a driver with `floatLevels`: working memory, kept while H stays the same. */
let levels = new Float64Array(64);

/** Multiplies a driver's level step level(y) / level(y − 1) into `into` (by `floatLevels` where the type has it). */
export function multiplyLevels(d: FloatDriver, into: Float64Array, y0: number, caller: string): void {
  const batch = d.type.floatLevels;
  if (batch !== undefined) {
    if (levels.length !== into.length + 1) levels = new Float64Array(into.length + 1);
    const level = levels;
    batch(d.fields, y0, level);
    for (let i = 0; i < into.length; i++) {
      if (!(level[i + 1]! > 0)) throw badLevel(caller, d.id, level[i + 1]!, y0 + i + 1);
      into[i] = (into[i]! * level[i + 1]!) / level[i]!;
    }
    return;
  }
  let before = d.type.floatLevel!(d.fields, y0);
  for (let i = 0; i < into.length; i++) {
    const level = d.type.floatLevel!(d.fields, y0 + i + 1);
    if (!(level > 0)) throw badLevel(caller, d.id, level, y0 + i + 1);
    into[i] = (into[i]! * level) / before;
    before = level;
  }
}

/** A deep copy of a driver's fields with every Decimal turned into a number, mutable for the kernel. */
function toFloat(value: unknown): unknown {
  if (isDecimal(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toFloat);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = toFloat((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/**
 * The `codegen` option of the functions that run the kernel: true (default) lets a runner be written out as code
 * for its plan; false keeps to the plain loops (same results).
 * @throws TypeError for anything but true, false or undefined, naming `fn`.
 */
export function codegenOption(value: unknown, fn: string): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'boolean') throw new TypeError(`${fn}: codegen must be true or false, got ${show(value)}`);
  return value;
}
