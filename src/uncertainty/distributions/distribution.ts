import { show } from '../../internal/show';
import type { Rng } from '../rng';

/** A parsed distribution document: plain numbers (what `toDocument()` gives and `distributionFromDocument` takes). */
export type DistributionDocument =
  | { type: 'normal'; mean: number; sd: number }
  | { type: 'lognormal'; median: number; sigma: number }
  | { type: 'uniform'; min: number; max: number }
  | { type: 'triangular'; min: number; mode: number; max: number }
  | { type: 'pert'; min: number; mode: number; max: number; lambda?: number | undefined }
  | { type: 'fromInterval'; p5: number; p95: number };

/**
 * A probability distribution of one uncertain parameter: frozen, with float64 sampling, quantile and CDF.
 *
 * `sample(rng)` is `quantile(rng.next())`: exactly one draw per sample, so that a stream of draws maps to a stream
 * of samples one to one, and the same seed gives the same samples whichever distributions are involved.
 */
export interface Distribution {
  /** The document `type`: `'normal'`, `'lognormal'`, `'uniform'`, `'triangular'`, `'pert'` or `'fromInterval'`. */
  readonly type: string;
  /** One sample, by inversion of one uniform draw. */
  sample(rng: Rng): number;
  /** The value below which a fraction p of the distribution lies; p in [0, 1] (0 and 1 give the support's ends). */
  quantile(p: number): number;
  /** P(X ≤ x), for any x that is not NaN (±Infinity allowed). */
  cdf(x: number): number;
  readonly mean: number;
  /** The standard deviation. */
  readonly sd: number;
  /** The smallest and largest possible values (±Infinity when unbounded). */
  readonly support: readonly [number, number];
  /** The JSON document that rebuilds this distribution with `distributionFromDocument`. */
  toDocument(): DistributionDocument;
}

/** A rule that a distribution's parameters break: the field, and the message without the function's name. */
export interface ParamProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * Tells whether a value has the shape of a `Distribution` (its own or one built by this library).
 *
 * @param value - anything.
 */
export function isDistribution(value: unknown): value is Distribution {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  return (
    typeof d.type === 'string' &&
    typeof d.sample === 'function' &&
    typeof d.quantile === 'function' &&
    typeof d.cdf === 'function' &&
    typeof d.mean === 'number' &&
    typeof d.sd === 'number' &&
    Array.isArray(d.support) &&
    typeof d.toDocument === 'function'
  );
}

/** Reads the named numeric fields of a parameter object, with a TypeError that names the function otherwise. */
export function readNumbers<K extends string>(
  fn: string,
  params: unknown,
  fields: readonly K[],
  optional: readonly K[] = [],
): Record<K, number> {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new TypeError(`${fn}: expected an object { ${fields.join(', ')} }, got ${show(params)}`);
  }
  const source = params as Record<string, unknown>;
  const out = {} as Record<K, number>;
  for (const field of fields) {
    const value = source[field];
    if (value === undefined && optional.includes(field)) continue;
    if (typeof value !== 'number') throw new TypeError(`${fn}: ${field} must be a number, got ${show(value)}`);
    out[field] = value;
  }
  return out;
}

/** Throws the first problem as a RangeError named after the function. */
export function throwProblem(fn: string, problem: ParamProblem | undefined): void {
  if (problem) throw new RangeError(`${fn}: ${problem.message}`);
}

/** The first of the fields that is NaN or infinite, as a problem. */
export function nonFinite(params: Record<string, number>, fields: readonly string[]): ParamProblem | undefined {
  for (const field of fields) {
    const value = params[field];
    if (value !== undefined && !Number.isFinite(value)) {
      return { field, message: `${field} must be a finite number, got ${show(value)}` };
    }
  }
  return undefined;
}

/** Checks a probability for `quantile`. */
export function checkProbability(type: string, p: number): void {
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
    throw new RangeError(`${type}.quantile: p must be in [0, 1], got ${show(p)}`);
  }
}

/** Checks a point for `cdf`. */
export function checkPoint(type: string, x: number): void {
  if (typeof x !== 'number' || Number.isNaN(x)) {
    throw new RangeError(`${type}.cdf: x must be a number (not NaN), got ${show(x)}`);
  }
}

/**
 * Turns `a[from]`, `a[from + step]`, … (below `to`) from probabilities in (0, 1) into the distribution's values, in
 * place, with the same bits as its quantile one value at a time. @internal
 */
export type QuantileColumn = (a: Float64Array, from: number, to: number, step: number) => void;

/**
 * A built-in distribution's {@link QuantileColumn}: a loop of its own that calls a module-level quantile with the
 * parameters as arguments. A loop shared by every distribution would call a different closure for each one, and
 * V8 then inlines none of them: the parameter design of a simulation ran 3–4× slower that way. @internal
 */
export const QUANTILE_COLUMN: unique symbol = Symbol('tradepath.quantileColumn');

/** A distribution's {@link QuantileColumn}; one made elsewhere gets a loop over its checked `quantile`. @internal */
export function quantileColumnOf(d: Distribution): QuantileColumn {
  const own = (d as { [QUANTILE_COLUMN]?: QuantileColumn })[QUANTILE_COLUMN];
  return (
    own ??
    ((a, from, to, step) => {
      for (let i = from; i < to; i += step) a[i] = d.quantile(a[i]!);
    })
  );
}

/** Builds the frozen distribution object from an unchecked quantile and cdf. */
export function makeDistribution(spec: {
  type: string;
  quantile: (p: number) => number;
  /** The quantile over a column, written in the distribution's own module (see {@link QUANTILE_COLUMN}). */
  column: QuantileColumn;
  cdf: (x: number) => number;
  mean: number;
  sd: number;
  support: readonly [number, number];
  document: DistributionDocument;
  extra?: Record<string, unknown>;
}): Distribution {
  const { type, quantile, cdf } = spec;
  const document = Object.freeze({ ...spec.document });
  const distribution = {
    type,
    sample: (rng: Rng) => quantile(rng.next()),
    quantile: (p: number) => {
      checkProbability(type, p);
      return quantile(p);
    },
    cdf: (x: number) => {
      checkPoint(type, x);
      return cdf(x);
    },
    mean: spec.mean,
    sd: spec.sd,
    support: Object.freeze([spec.support[0], spec.support[1]] as const),
    toDocument: () => ({ ...document }),
    ...spec.extra,
  };
  // Not enumerable, so that `{ ...normal(…), quantile: mine }` does not carry the built-in column loop along with
  // a quantile of its own.
  Object.defineProperty(distribution, QUANTILE_COLUMN, { value: spec.column, enumerable: false });
  return Object.freeze(distribution);
}
