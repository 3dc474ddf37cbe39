/**
 * The shapes of the bundled trade history (entry `tradepath/history`, which re-exports them), kept in the evidence
 * layer that takes them, so that `outsideView`, `scaleCheck` and the CLI can take a panel the caller built without
 * loading the bundled data.
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

/**
 * A figure for Azerbaijan–Iran trade after 2014 as an official stated it in the press (not a series: the rows
 * differ in coverage, calendar and reporter). Amounts in USD.
 */
export interface ReportedStatement {
  /** The period as the source gives it: a year (`2018`), or a range `from..to` of ISO dates or months. */
  readonly period: string;
  /** First and last day, month or year of the period (equal for a single year). */
  readonly from: string;
  readonly to: string;
  /** The amount stated, USD; null when the statement gives only a change. */
  readonly value: number | null;
  /** What the figure covers, in the source's terms. */
  readonly what: string;
  readonly reportedBy: string;
  /** URL of the press report. */
  readonly source: string;
}

/** An earlier official bilateral trade target, with the trade when it was set. Amounts in USD. */
export interface TargetRow {
  /** The pair as the record names it (`Azerbaijan-Iran`). */
  readonly pair: string;
  /** ISO3 codes of the two countries, in the record's order. */
  readonly a: string;
  readonly b: string;
  /** When the target was announced (ISO date, or a year). */
  readonly announced: string;
  /** The target, USD a year. */
  readonly target: number;
  /** The year the target was for, or null when none was stated. */
  readonly byYear: number | null;
  readonly statedBy: string;
  /** The pair's trade when the target was set, USD, and the year of that figure. */
  readonly tradeWhenAnnounced: number;
  readonly tradeYear: number;
  /** The press report: a URL, or the publication and headline. */
  readonly source: string;
  /** `source` when it is a URL, else null. */
  readonly url: string | null;
}
