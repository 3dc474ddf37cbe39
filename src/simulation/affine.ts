import type { AffineTransform, DriverType } from '../scenario/driverType';
import type { Parameter } from '../scenario/parameters';

/**
 * Effects that are affine in the uncertain parameters (see `DriverType.affine`), worked out once per kernel: a run
 * only weights each parameter's slope by its value, with no call into a driver.
 *
 * Rates add, so every affine rate driver folds into one rate at zero and one slope per parameter. A level enters as
 * the step level(y) / level(y − 1); each level driver is kept apart, and only its years whose step can change with
 * the parameters are computed per run: the others are constants (folded into `fixed`) or exactly 1.
 */

/**
 * One parameter's share of an effect: `slope[i]` per unit of the parameter in column `column` of a design, or per
 * unit of `transform(parameter)` when the effect is affine in that (see `DriverType.affineThrough`).
 */
export interface AffineTerm {
  readonly column: number;
  readonly slope: Float64Array;
  readonly transform?: ((value: number) => number) | undefined;
}

/** A level driver affine in its uncertain fields: level(y0 + i) = base[i] + Σ x·slope[i], for i = 0..H. */
export interface AffineLevel {
  readonly id: string;
  readonly base: Float64Array;
  readonly terms: readonly AffineTerm[];
}

/** A year whose level step is computed per run. */
interface LevelStep {
  /** Index of the level driver. */
  readonly level: number;
  /** The step into y0 + year + 1. */
  readonly year: number;
  /** Whether the level of the year before varies too (else it is the constant base). */
  readonly varyingBefore: boolean;
  /** False: the level is the same as the year before's whatever the parameters; it is only checked to be > 0. */
  readonly ratio: boolean;
}

/** The affine effects of a kernel, packed for the run loops. */
export interface AffinePlan {
  /** The function that errors name. */
  readonly caller: string;
  readonly H: number;
  readonly y0: number;
  /** H: the rates at zero. */
  readonly rate: Float64Array;
  /** T columns of the design, and their T × H slopes. */
  readonly rateColumns: Int32Array;
  /** By rate term: the transform of its parameter, or undefined for the value itself. */
  readonly rateTransforms: readonly (((value: number) => number) | undefined)[];
  readonly rateSlopes: Float64Array;
  /** H: the level steps that do not depend on the parameters, multiplied. */
  readonly fixed: Float64Array;
  readonly levels: readonly AffineLevel[];
  readonly levelSteps: readonly LevelStep[];
}

/**
 * The transform a driver's effects are affine in for a parameter (a rate or plain number of one field named in its
 * type's `affineThrough`), or undefined.
 */
export function affineTransformOf(type: DriverType, parameter: Parameter): AffineTransform | undefined {
  if (type.affineThrough === undefined || (parameter.kind !== 'rate' && parameter.kind !== 'number') || parameter.path.length !== 1) return undefined;
  return Object.hasOwn(type.affineThrough, parameter.path[0]!) ? type.affineThrough[parameter.path[0]!] : undefined;
}

/** Whether a driver's effects are affine in a parameter (a rate or plain number named in its type's `affine`). */
export function isAffineIn(type: DriverType, parameter: Parameter): boolean {
  if (type.affine === undefined || (parameter.kind !== 'rate' && parameter.kind !== 'number')) return false;
  const path = parameter.path.join('.');
  const pattern = parameter.path.length > 1 ? `${parameter.path.slice(0, -1).join('.')}.*` : path;
  return type.affine.includes(path) || type.affine.includes(pattern);
}

/**
 * Splits an effect affine in some fields into its part at zero (added into `base`) and a slope per field. `effect`
 * evaluates the effect for a copy of the fields (`at(q)`: field q at 1, the others at 0; `at(-1)`: all at 0),
 * adding it into an array of `length`. Slopes that are zero every year are left out.
 */
export function affineTerms(
  columns: readonly number[],
  at: (unit: number) => Record<string, unknown>,
  base: Float64Array,
  effect: (fields: Record<string, unknown>, into: Float64Array) => void,
): AffineTerm[] {
  const zero = new Float64Array(base.length);
  effect(at(-1), zero);
  for (let i = 0; i < base.length; i++) base[i] = base[i]! + zero[i]!;
  const terms: AffineTerm[] = [];
  columns.forEach((column, q) => {
    const slope = new Float64Array(base.length);
    effect(at(q), slope);
    for (let i = 0; i < slope.length; i++) slope[i] = slope[i]! - zero[i]!;
    if (slope.some((x) => x !== 0)) terms.push({ column, slope });
  });
  return terms;
}

/** Packs the affine effects for the runners; a level that is not above 0 whatever the parameters is an error now. */
export function affinePlan(H: number, y0: number, rate: Float64Array, rateTerms: readonly AffineTerm[], levels: readonly AffineLevel[], caller: string): AffinePlan {
  const rateSlopes = new Float64Array(rateTerms.length * H);
  rateTerms.forEach((term, t) => rateSlopes.set(term.slope, t * H));
  const fixed = new Float64Array(H).fill(1);
  const levelSteps: LevelStep[] = [];
  levels.forEach((level, l) => {
    const varies = (i: number) => level.terms.some((term) => term.slope[i] !== 0);
    const sameAsBefore = (i: number) => level.base[i] === level.base[i - 1] && level.terms.every((term) => term.slope[i] === term.slope[i - 1]);
    for (let i = 0; i < H; i++) {
      if (!varies(i + 1)) {
        if (!(level.base[i + 1]! > 0)) throw badLevel(caller, level.id, level.base[i + 1]!, y0 + i + 1);
        if (!varies(i)) fixed[i] = (fixed[i]! * level.base[i + 1]!) / level.base[i]!;
        else levelSteps.push({ level: l, year: i, varyingBefore: true, ratio: true });
      } else if (sameAsBefore(i + 1)) {
        // The level of the year before, exactly: a step of 1. It is checked only when nothing checked that level.
        if (i === 0) levelSteps.push({ level: l, year: i, varyingBefore: true, ratio: false });
      } else {
        levelSteps.push({ level: l, year: i, varyingBefore: varies(i), ratio: true });
      }
    }
  });
  return {
    caller,
    H,
    y0,
    rate,
    rateColumns: Int32Array.from(rateTerms, (term) => term.column),
    rateTransforms: rateTerms.map((term) => term.transform),
    rateSlopes,
    fixed,
    levels,
    levelSteps,
  };
}

/** The error for a driver whose level is not above 0 in a year. */
export function badLevel(caller: string, id: string, level: number, year: number): RangeError {
  return new RangeError(`${caller}: driver "${id}" gives a level of ${level} in ${year}; it must stay above 0`);
}

/** One level in year index i for the run whose parameters start at `row`. */
function levelOf(level: AffineLevel, i: number, params: Float64Array, row: number): number {
  let value = level.base[i]!;
  for (const term of level.terms) value += valueOf(term.transform, params[row + term.column]!) * term.slope[i]!;
  return value;
}

/** A parameter's value as its slopes are weighted: itself, or its transform. */
function valueOf(transform: ((value: number) => number) | undefined, value: number): number {
  return transform === undefined ? value : transform(value);
}

/**
 * One run's affine effects: sets `rate` to the rates at zero plus each parameter times its
 * slope, and `level` to each year's level step. `row` is where the run's parameters start in `params`.
 */
export function affineEffects(p: AffinePlan, params: Float64Array, row: number, rate: Float64Array, level: Float64Array): void {
  const H = p.H;
  for (let i = 0; i < H; i++) {
    rate[i] = p.rate[i]!;
    level[i] = p.fixed[i]!;
  }
  for (let t = 0; t < p.rateColumns.length; t++) {
    const x = valueOf(p.rateTransforms[t], params[row + p.rateColumns[t]!]!);
    for (let i = 0, at = t * H; i < H; i++, at++) rate[i] = rate[i]! + x * p.rateSlopes[at]!;
  }
  for (const step of p.levelSteps) {
    const driver = p.levels[step.level]!;
    const i = step.year;
    const now = levelOf(driver, i + 1, params, row);
    if (!(now > 0)) throw badLevel(p.caller, driver.id, now, p.y0 + i + 1);
    if (!step.ratio) continue;
    const before = step.varyingBefore ? levelOf(driver, i, params, row) : driver.base[i]!;
    level[i] = (level[i]! * now) / before;
  }
}
