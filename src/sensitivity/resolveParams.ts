import { isReservedName, RESERVED_NAME_RULE } from '../internal/reservedName';
import { show } from '../internal/show';
import { isDistribution, quantileColumnOf, type Distribution, type QuantileColumn } from '../uncertainty/distributions/distribution';

/** A parameter of a model problem: a distribution, or a `[min, max]` range (uniform over it). */
export type ParamSpec = Distribution | readonly [number, number];

/** A user's own model: a function of named parameters that returns one number. */
export interface ModelProblem {
  /** The model. The object it receives is reused between calls: copy it if you keep it. */
  readonly model: (x: Record<string, number>) => number;
  readonly params: Readonly<Record<string, ParamSpec>>;
}

/**
 * A problem resolved to plain arrays, the form every method works on. Parameter `j` is `names[j]`.
 *
 * Ranges: `base` is a range's midpoint or a distribution's median; `low..high` is the range a parameter is swept
 * over (spider, grid, Morris, goal-seek start): a range's `[min, max]`, or a distribution's central 90 %
 * (its 5th to 95th percentile), because most distributions have no finite ends.
 *
 * @internal Built by `resolveProblem` (a model) or the scenario resolver (src/sensitivity/scenarioProblem.ts); not a
 * stable API.
 */
export interface ResolvedProblem {
  readonly names: readonly string[];
  readonly k: number;
  readonly base: Float64Array;
  readonly low: Float64Array;
  readonly high: Float64Array;
  /**
   * Unit interval → value over the whole distribution (Sobol'): a range linearly, a distribution by its quantile;
   * for a column of a design, `n` units read from `units[from + r·stride]` into `out[to + r·outStride]`, so a
   * column of a row-major sample goes straight into a column of a row-major matrix.
   */
  toValues(j: number, n: number, units: Float64Array, from: number, stride: number, out: Float64Array, to: number, outStride: number): void;
  /** Unit interval → value over `low..high` (Morris, spider): a range linearly, a distribution by its quantile. */
  sweep(j: number, u: number): number;
  /** Evaluates `n` points (row-major `n × k` parameter values) into `out` (`n × outputs`). */
  evaluate(points: Float64Array, n: number, out: Float64Array): void;
  /** Outputs per point; more than 1 when a scenario is evaluated for every year. Default 1. */
  readonly outputs?: number;
  /** Tornado's default `[low, high]` for parameter `j`, given `relative` when the caller asked for one. */
  tornadoRange?(j: number, relative: number | undefined): readonly [number, number];
  /** Goal-seek: the target when the caller gives none (a scenario's own target). */
  readonly defaultTarget?: number;
  /** Goal-seek: where parameter `j` may be searched when no bounds are given (searching starts at low..high). */
  seekLimits?(j: number): readonly [number, number];
}

/** Shared with the scenario resolver: the parameter half of a {@link ResolvedProblem}. */
export type ResolvedParams = Pick<ResolvedProblem, 'names' | 'k' | 'base' | 'low' | 'high' | 'toValues' | 'sweep'> & {
  tornadoRange(j: number, relative: number | undefined): readonly [number, number];
  seekLimits(j: number): readonly [number, number];
};

/** A distribution's central 90 % is its sweep range. */
const SWEEP_LOW_P = 0.05;
const SWEEP_HIGH_P = 0.95;
/** Tornado's default for a distribution: its 10th and 90th percentiles. */
const TORNADO_LOW_P = 0.1;
const TORNADO_HIGH_P = 0.9;
/** Keeps quantiles finite where a sampler returns exactly 0 (the first unscrambled Sobol' point). */
const EDGE = 2 ** -53;

/** Checks `params` (a record of distributions and `[min, max]` ranges) and lays it out as arrays. */
export function resolveParams(params: unknown, fnName: string): ResolvedParams {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new TypeError(`${fnName}: params must be a record of distributions or [min, max] ranges, got ${show(params)}`);
  }
  const names = Object.keys(params);
  if (names.length === 0) {
    throw new RangeError(`${fnName}: params must name at least one parameter, got an empty record`);
  }
  for (const name of names) {
    if (isReservedName(name)) throw new RangeError(`${fnName}: params.${name}: the parameter name ${RESERVED_NAME_RULE}`);
  }
  const k = names.length;
  const base = new Float64Array(k);
  const low = new Float64Array(k);
  const high = new Float64Array(k);
  const quantiles: (((p: number) => number) | undefined)[] = [];
  const columns: (QuantileColumn | undefined)[] = [];
  const supports: (readonly [number, number])[] = [];
  names.forEach((name, j) => {
    const spec = (params as Record<string, unknown>)[name];
    if (isDistribution(spec)) {
      const q = (p: number) => spec.quantile(p);
      quantiles.push(q);
      columns.push(quantileColumnOf(spec));
      supports.push(spec.support);
      base[j] = q(0.5);
      low[j] = q(SWEEP_LOW_P);
      high[j] = q(SWEEP_HIGH_P);
      if (!(Number.isFinite(base[j]) && Number.isFinite(low[j]) && Number.isFinite(high[j]))) {
        throw new RangeError(`${fnName}: params.${name} must have finite quantiles, got a median of ${base[j]}`);
      }
      return;
    }
    const isRange =
      Array.isArray(spec) && spec.length === 2 && spec.every((v) => typeof v === 'number' && Number.isFinite(v));
    if (!isRange) {
      throw new TypeError(
        `${fnName}: params.${name} must be a distribution or a [min, max] range of finite numbers, got ${describe(spec)}`,
      );
    }
    const [min, max] = spec as [number, number];
    if (!(min < max)) {
      throw new RangeError(`${fnName}: params.${name} must be a range [min, max] with min < max, got [${min}, ${max}]`);
    }
    quantiles.push(undefined);
    columns.push(undefined);
    supports.push([-Infinity, Infinity]);
    base[j] = (min + max) / 2;
    low[j] = min;
    high[j] = max;
  });
  return {
    names,
    k,
    base,
    low,
    high,
    toValues(j, n, units, from, stride, out, to, outStride) {
      const column = columns[j];
      const lo = low[j]!;
      const hi = high[j]!;
      if (column === undefined) for (let r = 0; r < n; r++) out[to + r * outStride] = between(lo, hi, units[from + r * stride]!);
      else {
        // The units, kept off 0 and 1, then the distribution's own column loop (see QUANTILE_COLUMN).
        for (let r = 0; r < n; r++) {
          const u = units[from + r * stride]!;
          out[to + r * outStride] = u < EDGE ? EDGE : u > 1 - EDGE ? 1 - EDGE : u;
        }
        column(out, to, to + n * outStride, outStride);
      }
    },
    sweep(j, u) {
      const q = quantiles[j];
      if (q === undefined) return between(low[j]!, high[j]!, u);
      return q(between(SWEEP_LOW_P, SWEEP_HIGH_P, u));
    },
    tornadoRange(j, relative) {
      if (relative !== undefined) {
        const b = base[j]!;
        if (b === 0) {
          throw new RangeError(
            `${fnName}: relative ranges need a non-zero base value, but ${names[j]} has base 0; give ranges.${names[j]}`,
          );
        }
        return [b - Math.abs(b) * relative, b + Math.abs(b) * relative];
      }
      const q = quantiles[j];
      return q === undefined ? [low[j]!, high[j]!] : [q(TORNADO_LOW_P), q(TORNADO_HIGH_P)];
    },
    // A goal may lie outside a range (it only bounds the sweep), but never outside a distribution's support.
    seekLimits: (j) => supports[j]!,
  };
}

/** Linear interpolation written so that u = 0 and u = 1 give the ends exactly. */
function between(a: number, b: number, u: number): number {
  return (1 - u) * a + u * b;
}

function describe(spec: unknown): string {
  if (Array.isArray(spec)) return `[${spec.map(show).join(', ')}]`;
  return show(spec);
}
