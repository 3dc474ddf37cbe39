import type { Decimal } from '../money/decimal';
import type { PriceBasis } from './document';

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

/** A driver as a projection names it. */
export interface ProjectedDriver {
  readonly id: string;
  readonly type: string;
  readonly label?: string;
  /** The component the driver acts on; absent for a driver that acts on every component (a cap: on their total). */
  readonly scope?: string;
}

/** An exact projection of a scenario. */
export interface Projection {
  readonly scenario: string;
  readonly currency: string;
  /** The price basis of every amount: `real` values are nominal ones divided by the scenario's price index. */
  readonly basis: PriceBasis;
  /** The drivers, in document order, with what a table or chart needs to name them. */
  readonly drivers: readonly ProjectedDriver[];
  /** H + 1 years, the baseline year first. */
  readonly years: readonly number[];
  /**
   * H + 1 values, the baseline value first. With components, entry i is their sum, added in the components'
   * order: `components` add up to it exactly.
   */
  readonly values: readonly Decimal[];
  /** H growth rates; entry i is the step into `years[i + 1]`, all drivers combined. */
  readonly rates: readonly Decimal[];
  /**
   * H amounts per driver: entry i is how much of the change into `years[i + 1]` the driver supplied, split by log
   * shares (see `project`), so the order of the drivers in the document never matters. The drivers' amounts of a
   * year, with `priceEffect`'s, add up to that year's change exactly. Computed when first read.
   */
  readonly contributions: Readonly<Record<string, readonly Decimal[]>>;
  /**
   * With `basis: 'real'`: H amounts, entry i the part of the change into `years[i + 1]` that the price index takes
   * away (negative under inflation). Absent in nominal terms.
   */
  readonly priceEffect?: readonly Decimal[];
  /** With components: H + 1 values per component, by id; entry i of them adds up to `values[i]` exactly. */
  readonly components?: Readonly<Record<string, readonly Decimal[]>>;
  /** With components named `exports` and `imports`: H + 1 values of exports − imports. */
  readonly balance?: readonly Decimal[];
  /**
   * With components: the contributions within each component (`componentContributions.exports.railway`), one
   * column per driver of the scenario (zeros for a driver that does not act on the component). A component's
   * columns, with its `componentPriceEffects`, add up to its change exactly. Computed when first read.
   */
  readonly componentContributions?: Readonly<Record<string, Readonly<Record<string, readonly Decimal[]>>>>;
  /** With components and `basis: 'real'`: `priceEffect` within each component. */
  readonly componentPriceEffects?: Readonly<Record<string, readonly Decimal[]>>;
  readonly target?: ProjectionTarget;
}
