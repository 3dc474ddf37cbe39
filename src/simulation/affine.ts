import type { DriverType } from '../scenario/driverType';
import type { Parameter } from '../scenario/parameters';
import { RATE_FLOOR } from '../uncertainty/rateFloor';

/**
 * Effects that are affine in the uncertain parameters (see `DriverType.affine`), worked out once per kernel: a run
 * only weights each parameter's slope by its value, with no call into a driver.
 *
 * Rates add, so every affine rate driver folds into one rate at zero and one slope per parameter. A level enters as
 * the step level(y) / level(y − 1); each level driver is kept apart, and only its years whose step can change with
 * the parameters are computed per run: the others are constants (folded into `fixed`) or exactly 1.
 */

/** One parameter's share of an effect: `slope[i]` per unit of the parameter in column `column` of a design. */
export interface AffineTerm {
  readonly column: number;
  readonly slope: Float64Array;
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
  readonly H: number;
  readonly y0: number;
  /** H: the rates at zero. */
  readonly rate: Float64Array;
  /** T columns of the design, and their T × H slopes. */
  readonly rateColumns: Int32Array;
  readonly rateSlopes: Float64Array;
  /** H: the level steps that do not depend on the parameters, multiplied. */
  readonly fixed: Float64Array;
  readonly levels: readonly AffineLevel[];
  readonly levelSteps: readonly LevelStep[];
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

export function affinePlan(H: number, y0: number, rate: Float64Array, rateTerms: readonly AffineTerm[], levels: readonly AffineLevel[]): AffinePlan {
  const rateSlopes = new Float64Array(rateTerms.length * H);
  rateTerms.forEach((term, t) => rateSlopes.set(term.slope, t * H));
  const fixed = new Float64Array(H).fill(1);
  const levelSteps: LevelStep[] = [];
  levels.forEach((level, l) => {
    const varies = (i: number) => level.terms.some((term) => term.slope[i] !== 0);
    const sameAsBefore = (i: number) => level.base[i] === level.base[i - 1] && level.terms.every((term) => term.slope[i] === term.slope[i - 1]);
    for (let i = 0; i < H; i++) {
      if (!varies(i + 1)) {
        if (!(level.base[i + 1]! > 0)) throw badLevel(level.id, level.base[i + 1]!, y0 + i + 1);
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
    H,
    y0,
    rate,
    rateColumns: Int32Array.from(rateTerms, (term) => term.column),
    rateSlopes,
    fixed,
    levels,
    levelSteps,
  };
}

export function badLevel(id: string, level: number, year: number): RangeError {
  return new RangeError(`simulate: driver "${id}" gives a level of ${level} in ${year}; it must stay above 0`);
}

/** One level in year index i for the run whose parameters start at `row`. */
function levelOf(level: AffineLevel, i: number, params: Float64Array, row: number): number {
  let value = level.base[i]!;
  for (const term of level.terms) value += params[row + term.column]! * term.slope[i]!;
  return value;
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
    const x = params[row + p.rateColumns[t]!]!;
    for (let i = 0, at = t * H; i < H; i++, at++) rate[i] = rate[i]! + x * p.rateSlopes[at]!;
  }
  for (const step of p.levelSteps) {
    const driver = p.levels[step.level]!;
    const i = step.year;
    const now = levelOf(driver, i + 1, params, row);
    if (!(now > 0)) throw badLevel(driver.id, now, p.y0 + i + 1);
    if (!step.ratio) continue;
    const before = step.varyingBefore ? levelOf(driver, i, params, row) : driver.base[i]!;
    level[i] = (level[i]! * now) / before;
  }
}

/** What an affine runner needs of its kernel besides the plan. */
export interface AffineRunState {
  /** Sets the fields that the caps (or the baseline and target) read from a run's parameters. */
  readonly setters: readonly { readonly set: (value: number) => void; readonly column: number }[];
  readonly holders: { readonly baseline: { value: number }; readonly target: { value: number } };
  /** 1 − the reached tolerance. */
  readonly threshold: number;
  readonly caps: readonly { readonly fields: Record<string, unknown>; readonly type: DriverType }[];
  readonly constRate: Float64Array;
  readonly constLevel: Float64Array;
  /** Scratch for a run's affine rates and level steps (H each). */
  readonly work: { readonly rate: Float64Array; readonly level: Float64Array };
}

/**
 * Runs `count` runs from row-major `params` (`count × k`); writes the path of run r to `out[i · stride + offset + r]`
 * and its first year index reaching the target to `hit[offset + r]` (−1: none), as `Kernel.run` does. Returns how
 * many steps had their combined rate floored; throws `outOfRange(v)` for a run that leaves float64.
 */
export type AffineRunner = (
  count: number,
  k: number,
  params: Float64Array,
  out: Float64Array,
  stride: number,
  offset: number,
  hit: Int16Array | undefined,
  outOfRange: (v: number) => RangeError,
) => number;

/**
 * The runner for runs in which only affine effects and caps vary (no volatility, no rate that reads the value),
 * the sensitivity methods' usual case: a loop of its own, like the kernel's `simplePath`. `compileAffineRuns`
 * writes the same loop out for one plan.
 */
export function affineRunner(p: AffinePlan, state: AffineRunState): AffineRunner {
  return (count, k, params, out, stride, offset, hit, outOfRange) => {
    const H = p.H;
    const { rate, level } = state.work;
    const { setters, holders, caps, constRate, constLevel } = state;
    // One cap (the usual case) is called directly, its function and fields read once.
    const cap = caps.length === 1 ? caps[0]!.type.floatCap! : undefined;
    const capFields = caps.length === 1 ? caps[0]!.fields : undefined;
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
      if (!(v > 0 && v < Infinity)) throw outOfRange(v);
      if (hit !== undefined) hit[at] = first;
    }
    return floored;
  };
}
