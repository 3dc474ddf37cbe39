import type { Decimal } from '../money/decimal';

/** The target part of a projection. */
export interface ProjectionTarget {
  readonly value: Decimal;
  readonly year: number;
  /** The first year whose value reaches the target (within a relative 1e-12), or null within the horizon. */
  readonly reachedIn: number | null;
  /** The fractional year the path crosses the target, interpolating geometrically inside the year; or null. */
  readonly crossing: number | null;
  /** target − value in the target year: positive is a shortfall, negative an overshoot. */
  readonly gap: Decimal;
  /** The compound growth a year that takes the baseline to the target in the target year. */
  readonly requiredCagr: Decimal;
  /**
   * Entry i: the compound growth a year still needed from `years[i]` to reach the target in the target year
   * (computed when first read, then kept).
   */
  readonly requiredCagrByYear: readonly Decimal[];
}

/** An exact projection of a scenario. */
export interface Projection {
  readonly scenario: string;
  readonly currency: string;
  /** The drivers, in document order, with what a table or chart needs to name them. */
  readonly drivers: readonly { readonly id: string; readonly type: string; readonly label?: string }[];
  /** H + 1 years, the baseline year first. */
  readonly years: readonly number[];
  /** H + 1 values, the baseline value first. */
  readonly values: readonly Decimal[];
  /** H growth rates; entry i is the step into `years[i + 1]`, all drivers combined. */
  readonly rates: readonly Decimal[];
  /**
   * H amounts per driver: entry i is how much of the change into `years[i + 1]` the driver supplied. The drivers'
   * amounts of a year add up to that year's change exactly (see the combination order in the docs).
   */
  readonly contributions: Readonly<Record<string, readonly Decimal[]>>;
  readonly target?: ProjectionTarget;
}
