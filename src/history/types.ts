/**
 * The shapes of the bundled trade history (entry `tradepath/history`), shared with the evidence layer so that
 * `outsideView`, `scaleCheck` and the CLI can take a panel the caller built without loading the bundled data.
 * Amounts are float64 US dollars (COW's million-dollar figures times 1e6); a missing value is NaN.
 */

/** One state of the Correlates of War system, with the codes used to look it up. */
export interface CountryRecord {
  /** COW state code (Azerbaijan 373, Iran 630). */
  readonly cow: number;
  /** COW abbreviation (not an ISO code: COW `AUS` is Austria). */
  readonly cowAbb: string;
  /** ISO 3166 alpha-3, or null for historical states. */
  readonly iso3: string | null;
  /** ISO 3166 numeric, or null. */
  readonly isoNumeric: number | null;
  /** English name. */
  readonly name: string;
}

/**
 * The dyadic panel in columns, one entry per pair-year. Rows are sorted by `ccode1`, then `ccode2`, then `year`;
 * `ccode1 < ccode2`. `flow1` is `ccode1`'s imports from `ccode2`, `flow2` is `ccode2`'s imports from `ccode1`.
 */
export interface DyadicPanel {
  readonly rows: number;
  readonly ccode1: Int16Array;
  readonly ccode2: Int16Array;
  readonly year: Int16Array;
  readonly flow1: Float64Array;
  readonly flow2: Float64Array;
  readonly smoothflow1: Float64Array;
  readonly smoothflow2: Float64Array;
  /** Index of each pair's first row; `pairStart[pairs]` = `rows`. Length pairs + 1. */
  readonly pairStart: Int32Array;
  /** Where the panel comes from (title, citation). */
  readonly source: TradeSource;
}

/** National totals in columns, one entry per state-year, sorted by `ccode`, then `year`. */
export interface NationalPanel {
  readonly rows: number;
  readonly ccode: Int16Array;
  readonly year: Int16Array;
  readonly imports: Float64Array;
  readonly exports: Float64Array;
  readonly source: TradeSource;
}

/** Where a series or panel comes from. `citation` is what a user must cite. */
export interface TradeSource {
  readonly title: string;
  readonly citation?: string;
  readonly url?: string;
  readonly note?: string;
}
