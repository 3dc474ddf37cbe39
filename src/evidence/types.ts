/**
 * The shapes of the evidence layer (DESIGN.md, "Evidence"): trade series, growth fits, backtests and the outside
 * view. Amounts are in currency units (USD, not millions).
 */
import type { Decimal } from '../money/decimal';
import type { TradeSource } from './panelTypes';

export type { TradeSource } from './panelTypes';

/** Which way goods move, seen from the reporter. */
export type TradeFlow = 'total' | 'exports' | 'imports';

/** One year's value of a trade series. */
export interface TradePoint {
  readonly year: number;
  readonly value: Decimal;
}

/**
 * A validated annual trade series with its metadata. Years ascend and are unique; years missing between the
 * first and the last are listed in `gaps` (a gap stays a gap, never a zero).
 */
export interface TradeSeries {
  /** The reporting country (ISO3 where known, else a name). */
  readonly reporter: string;
  /** The partner country; absent for a country's total trade. */
  readonly partner?: string;
  readonly flow: TradeFlow;
  readonly unit: 'USD';
  readonly basis: 'nominal' | 'real';
  /** The price base year of a real series. */
  readonly baseYear?: number;
  readonly source: TradeSource;
  /** ISO date the data are as of. */
  readonly asOf?: string;
  readonly points: readonly TradePoint[];
  /** Years between the first and last point with no value. */
  readonly gaps: readonly number[];
  /**
   * Years the input listed without a value (`NA` or empty in a CSV, `null` in `tradeSeries`), including any before
   * the first or after the last known point, so that nothing read is dropped unseen. Added by `tradeSeries` and
   * `parseTradeCsv`; optional for series built elsewhere.
   */
  readonly missing?: readonly number[];
}

/** How {@link fitGrowth} fits: OLS of ln(value) on year, or a random walk with drift. */
export type FitMethod = 'log-linear' | 'drift';

/** Options of {@link fitGrowth}. */
export interface FitGrowthOptions {
  /** `'log-linear'` (default) or `'drift'`. */
  readonly method?: FitMethod;
  /** First year of the window, inclusive (default: the series' first year). */
  readonly from?: number;
  /** Last year of the window, inclusive (default: the series' last year). */
  readonly to?: number;
}

/** A fitted growth rate with its uncertainty (DESIGN.md, "Evidence"). */
export interface GrowthFit {
  /** The fitted annual growth rate, exp(b) − 1. */
  readonly rate: number;
  /** Standard error of the log growth b (Newey–West for log-linear, volatility/√n for drift). */
  readonly se: number;
  /** 95 % interval of the rate: exp(b ± 1.96·se) − 1. */
  readonly interval: { readonly low: number; readonly high: number };
  /** Year-on-year volatility of log values (sd of residuals, or of the differences). */
  readonly volatility: number;
  /** Observations used (points for log-linear, differences for drift). */
  readonly n: number;
  readonly from: number;
  readonly to: number;
  readonly method: FitMethod;
}

/** One rolling-origin forecast of {@link backtest}. */
export interface BacktestForecast {
  /** The last year the fit saw. */
  readonly origin: number;
  /** The year forecast: origin + horizon. */
  readonly year: number;
  /** The fit on the points up to the origin. */
  readonly fit: GrowthFit;
  /** value(origin)·(1 + rate)^horizon, USD. */
  readonly forecast: number;
  /** The recorded value in `year`, USD. */
  readonly actual: number;
  /** ln(actual / forecast): above 0 when the outcome beat the forecast. */
  readonly logError: number;
  /** (forecast − actual) / actual. */
  readonly percentError: number;
  /** The 80 % and 95 % intervals the method gave for `year`, USD. */
  readonly interval80: { readonly low: number; readonly high: number };
  readonly interval95: { readonly low: number; readonly high: number };
}

/** Rolling-origin forecast errors and interval coverage of a growth fit ({@link backtest}). */
export interface BacktestResult {
  readonly method: FitMethod;
  readonly horizon: number;
  readonly forecasts: readonly BacktestForecast[];
  /** Share of outcomes inside the 80 % and the 95 % intervals. */
  readonly coverage: { readonly p80: number; readonly p95: number };
  readonly summary: {
    /** Number of forecasts. */
    readonly n: number;
    /** Mean of |ln(actual / forecast)|. */
    readonly meanAbsLogError: number;
    /** Mean of |forecast − actual| / actual. */
    readonly meanAbsPercentError: number;
  };
}

/** A share with its 95 % Wilson interval. */
export interface RateEstimate {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
}

/** One pair and start year whose trade grew by at least the multiple. */
export interface OutsideViewExample {
  /** Both countries, e.g. `{ a: 'Azerbaijan', b: 'Iran', ... }` with their ISO3 codes (null for historical states). */
  readonly pair: {
    readonly a: string;
    readonly b: string;
    readonly aIso3: string | null;
    readonly bIso3: string | null;
    readonly aCow: number;
    readonly bCow: number;
  };
  readonly startYear: number;
  /** Total trade of the pair in the start year, USD. */
  readonly start: number;
  /** Total trade `years` later, USD. */
  readonly end: number;
  readonly multiple: number;
}

/** The base rate of a growth multiple among pairs of a similar size ({@link outsideView}). */
export interface OutsideViewResult {
  /** target / start, exactly (17.24… for $580M → $10B). */
  readonly multiple: number;
  readonly years: number;
  /** Pair-start-year cases in the band with both values known. */
  readonly cases: number;
  /** Cases that grew by at least the multiple. */
  readonly hits: number;
  readonly rate: RateEstimate;
  /** The band of start values, half-open [min, max), USD. */
  readonly band: { readonly min: number; readonly max: number };
  /** Start years considered, inclusive. */
  readonly startYears: { readonly from: number; readonly to: number };
  readonly smoothed: boolean;
  /** Every hit, largest multiple first. */
  readonly examples: readonly OutsideViewExample[];
  readonly source: TradeSource;
}
