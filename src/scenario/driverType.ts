import type { z } from 'zod';
import type { Decimal } from '../money/decimal';

/** What a numeric driver field is, so analyses know how to move it: years and counts are not swept by default. */
export type ParameterKind = 'rate' | 'amount' | 'number' | 'year' | 'count';

/** The zod fields of a driver type, by name (`{ rate: driverFields.rate() }`). */
export type DriverShape = z.core.$ZodLooseShape;

/**
 * A driver's fields as parsed for the exact engine, from its type's zod fields `S`: rates and amounts are Decimals,
 * years and counts are numbers, a field with `.optional()` may be missing. Without `S`, any fields (`unknown`).
 */
export type ExactFields<S extends DriverShape = DriverShape> = Readonly<z.core.$InferObjectOutput<S, {}>>;

/** The same fields for the float64 kernel: every Decimal, also inside records and arrays, replaced by a number. */
export type FloatFields<S extends DriverShape = DriverShape> = Floated<ExactFields<S>>;

/** `T` with every Decimal in it replaced by a number. */
export type Floated<T> = T extends Decimal
  ? number
  : T extends readonly (infer E)[]
    ? readonly Floated<E>[]
    : T extends object
      ? { readonly [K in keyof T]: Floated<T[K]> }
      : T;

/** The fields of a driver type written as in `parameters`: a field's name, or `'rates.*'` for every key of a record. */
export type FieldPattern<S extends DriverShape = DriverShape> = Extract<keyof S, string> | `${Extract<keyof S, string>}.*`;

/** Reports a cross-field problem of one driver, at a path relative to the driver (`['fullYear']`). */
export type ReportIssue = (path: readonly (string | number)[], message: string) => void;

/** What a driver is checked against beyond its own fields: the scenario's years. */
export interface DriverCheckContext {
  readonly baselineYear: number;
  readonly endYear: number;
}

/**
 * A driver type: built in (`growth`, `schedule`, `ramp`, `shock`, `cap`) or registered with `registerDriver`.
 *
 * A type offers one or more effects, each twice — exact (Decimal, for `project`) and float64 (for the Monte Carlo
 * and sensitivity kernel) — and the two must agree:
 * - a rate (`exactRate`/`floatRate`): growth points added to the step into `year`; `previous` is the value before
 *   the step, for drivers that depend on the level (diffusion, say);
 * - a level (`exactLevel`/`floatLevel`): a cumulative multiplier (1 = no effect); the step into `year` is
 *   multiplied by `level(year) / level(year − 1)`;
 * - a cap (`exactCap`/`floatCap`): applied last, it turns the value the step would reach (`candidate`) into the
 *   value kept.
 */
export interface DriverType<S extends DriverShape = DriverShape> {
  /** The `type` written in documents, `[a-z][a-z0-9-]*`. */
  readonly type: string;
  /** One line for the docs and the JSON Schema. */
  readonly description: string;
  /**
   * The zod fields of this type, besides the common `id`, `type`, `label`, `note`, `source`, `assumption`. Their
   * parsed types are what the effects receive: `driverFields.rate()` gives a `Decimal` to `exactRate` and a `number`
   * to `floatRate`.
   */
  readonly fields: S;
  /** The kind of each numeric field, by name; `'rates.*'` covers every key of a record. Others count as `number`. */
  readonly parameters?: Readonly<Partial<Record<FieldPattern<S>, ParameterKind>>>;
  /**
   * The closed range `[min, max]` a value drawn in Monte Carlo must lie in, by field (written as in `parameters`):
   * the field's own rule (a volatility ≥ 0, a rate above −100 % — floored at −99 %, a count from 0). A draw outside
   * is clamped to the nearest end and counted in `Simulation.clampedDraws`. Fields not named are not clamped.
   */
  readonly limits?: Readonly<Partial<Record<FieldPattern<S>, readonly [number, number]>>>;
  /** Cross-field checks (e.g. `fullYear` not before `startYear`) that zod fields alone cannot express. */
  check?(fields: ExactFields<S>, report: ReportIssue, context: DriverCheckContext): void;

  /**
   * True when this type's rate is the scenario's base growth, as `growth`'s is: a `schedule` in `replace` mode
   * replaces the base in its years; a base driver's `volatility` field, when it has one, is the standard deviation of
   * each simulated year's rate (Monte Carlo only; sensitivity analyses leave it out); and reports take the first base
   * driver as the scenario's momentum. Default false.
   */
  readonly base?: boolean;

  /**
   * The fields that are this type's effect (`growth`: `['rate']`; `ramp`: `['rate', 'level']`): a driver's label
   * alone names the one of them it has, when it has exactly one (`"Railway"`, not `"Railway: growth"`). Optional.
   */
  readonly main?: readonly Extract<keyof S, string>[];

  /**
   * Whether the rate reads `previous` (the value before the step). Default true for registered types, which keeps
   * them correct; a type whose effects depend only on its fields and the year may say false, and the Monte Carlo
   * kernel then computes its effects once per run instead of once per run and year.
   */
  readonly dependsOnValue?: boolean;

  /**
   * Fields (written as in `parameters`: `'rate'`, `'rates.*'`) that the rate and the level are affine in: each
   * effect in a year is `a + Σ b·field` over these fields, with `a` and `b` depending only on the year and the other
   * fields (`ramp`: `rate · φ(year)` and `1 + level · φ(year)`). When an analysis varies only such fields, the kernel
   * works out `a` and each `b` once and a run only weights them, with no call into the driver. Leave it out when
   * unsure: the effects are then evaluated per run, which is always right.
   */
  readonly affine?: readonly FieldPattern<S>[];
  /**
   * Fields the effects are affine in through a transform of the field's value: `{ change: { to, from } }` says each
   * effect in a year is `a + b·to(fields, change)`, `from` being the inverse of `to` (`to(fields, from(fields, w))
   * = w`); both may read the driver's other fields. When an analysis varies only that one field of the driver, the
   * kernel computes `to` once a run and weights slopes, as for `affine` (`tradeCost`: its level is 1 + w·φ(year)
   * with w = (1 + change)^(−θ) − 1).
   */
  readonly affineThrough?: Readonly<Partial<Record<Extract<keyof S, string>, AffineTransform<S>>>>;

  exactRate?(fields: ExactFields<S>, year: number, previous: Decimal): Decimal;
  floatRate?(fields: FloatFields<S>, year: number, previous: number): number;
  /** When true for a year, this driver's rate replaces the rates of all base drivers (see `base`) in that year. */
  replacesBase?(fields: ExactFields<S>, year: number): boolean;

  exactLevel?(fields: ExactFields<S>, year: number): Decimal;
  floatLevel?(fields: FloatFields<S>, year: number): number;
  /**
   * Optional, for speed: the levels of the `out.length` years from `first` into `out`, the same numbers as
   * `floatLevel` year by year. The Monte Carlo asks once per run for a driver whose level changes with the run's
   * parameters (without it, it calls `floatLevel` once a year), so work shared by the years is done once.
   */
  floatLevels?(fields: FloatFields<S>, first: number, out: Float64Array): void;

  exactCap?(fields: ExactFields<S>, previous: Decimal, candidate: Decimal): Decimal;
  floatCap?(fields: FloatFields<S>, previous: number, candidate: number): number;
}

/** A transform that a driver's effects are affine in (see `DriverType.affineThrough`), and its inverse. */
export interface AffineTransform<S extends DriverShape = DriverShape> {
  to(fields: FloatFields<S>, value: number): number;
  from(fields: FloatFields<S>, w: number): number;
}

/**
 * A driver type with its fields' types kept: the identity, so that effects written inline get their fields typed
 * from `fields` (the built-ins are declared with it; `registerDriver` does the same for a user's type).
 */
export function typedDriver<const S extends DriverShape>(type: DriverType<S>): DriverType<S> {
  return type;
}
