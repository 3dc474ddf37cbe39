import type { TargetRecordEntry } from '../../evidence/targetsRecord';
import type { GrowthFit, OutsideViewResult, TradeSeries, TradeSource } from '../../evidence/types';

/**
 * The evidence on a growth target, gathered once (by `evidenceFor`) and rendered by `analysisReport({ evidence })`
 * as the report's first sections: what the pair traded, the trend fitted to it against the growth the target
 * requires, how often pairs of that size grew that fast, what became of earlier targets, and how large the target
 * is against each country's total trade. Amounts are USD numbers; every part carries its source.
 */
export interface Evidence {
  /** The two countries as people read them (their names in the bundled country list), `a` first: exports are `a`'s. */
  readonly pair: { readonly a: string; readonly b: string };
  /** The target: from `start` in `startYear` to `target` in `targetYear`, and the growth a year that takes. */
  readonly question: {
    readonly start: number;
    readonly startYear: number;
    readonly target: number;
    readonly targetYear: number;
    /** (target / start)^(1 / years) − 1. */
    readonly required: number;
    /** Where the start value comes from (e.g. the press report it was stated in). */
    readonly startSource: string;
  };
  /** The pair's recorded trade, seen from `a`. */
  readonly history: { readonly total: TradeSeries; readonly exports: TradeSeries; readonly imports: TradeSeries };
  /** Figures officials stated after the recorded series ends (not a series: coverage and calendars differ). */
  readonly reported: readonly EvidenceStatement[];
  /** Growth fitted to the total: log-linear (Newey–West) and a random walk with drift, over the same window. */
  readonly fits: { readonly logLinear: GrowthFit; readonly drift: GrowthFit };
  /** The base rate of the target's multiple among pairs of a similar size, and every case's multiple. */
  readonly outside: OutsideViewResult;
  /** Each case's multiple (the same cases as `outside`), for the histogram. */
  readonly multiples: Float64Array;
  /** Earlier official bilateral targets and, where data exist, what happened. */
  readonly targets: readonly TargetRecordEntry[];
  /** The target as a share of each country's total trade in the latest year known for both. */
  readonly scale: EvidenceScale;
}

/** An official's statement of the pair's trade (a figure, what it covers, who said it, where). */
export interface EvidenceStatement {
  readonly period: string;
  readonly value: number | null;
  readonly what: string;
  readonly reportedBy: string;
  readonly source: string;
}

/** The target against each country's total trade (DESIGN.md `scaleCheck`). */
export interface EvidenceScale {
  readonly year: number;
  readonly importer: { readonly name: string; readonly total: number; readonly share: number };
  readonly exporter: { readonly name: string; readonly total: number; readonly share: number };
  readonly source: TradeSource;
}
