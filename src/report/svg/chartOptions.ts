import type { Decimal } from '../../money/decimal';

/** Options every chart takes. */
export interface ChartOptions {
  /** Width in px (the `viewBox` too), 200 to 4000; each chart has its own default. */
  readonly width?: number;
  /** Height in px, 150 to 4000; each chart has its own default. */
  readonly height?: number;
  /** The visible title and the accessible name (`<title>`). */
  readonly title?: string;
  /** The accessible description (`<desc>`); default a one-sentence summary of the data. */
  readonly desc?: string;
  /**
   * The id of the `<svg>`, and the prefix of every id inside it (`[A-Za-z][A-Za-z0-9_-]*`). Default: the chart
   * kind and a hash of its content, so two different charts on one HTML page never share an id.
   */
  readonly id?: string;
}

/** Options of the charts that plot values by year (paths, fan): the target line and the value axis. */
export interface ValueAxisOptions extends ChartOptions {
  /** A target, drawn as a marked point and a dashed horizontal line. */
  readonly target?: { readonly year: number; readonly value: number | Decimal };
  /** A log scale for the values (all values must then be positive); default false. */
  readonly logScale?: boolean;
  /** How values read on the axis; default `'amount'`. */
  readonly format?: ValueFormat;
  /** Currency of amounts (see `formatAmount`); default `'USD'`. */
  readonly currency?: string;
  /** The value axis title, e.g. `"Turnover (USD)"`; default none. */
  readonly yLabel?: string;
}

/**
 * How a chart writes values: `'amount'` (`$2.5B`), `'rate'` (`20%`), `'number'` (`0.25`, `1.5M`), `'year'`
 * (`2029`), or a function of the number that returns the text.
 */
export type ValueFormat = 'amount' | 'rate' | 'number' | 'year' | ((value: number) => string);
