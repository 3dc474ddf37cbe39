import { caseMultiples } from '../../evidence/caseMultiples';
import { fitGrowth } from '../../evidence/fitGrowth';
import { outsideView } from '../../evidence/outsideView';
import { scaleCheck } from '../../evidence/scaleCheck';
import { targetsRecord } from '../../evidence/targetsRecord';
import { loadHistory } from '../../internal/loadHistory';
import { show } from '../../internal/show';
import { toAmount, type AmountInput } from '../../money/parseAmount';
import type { Evidence } from './evidence';

/** Options of {@link evidenceFor}; every one has the Azerbaijan–Iran default. */
export interface EvidenceForOptions {
  /** The first country (its exports are "exports"): ISO3, COW code or English name; default `'AZE'`. */
  readonly a?: string | number;
  /** The partner; default `'IRN'`. */
  readonly b?: string | number;
  /** Today's trade, USD; default 580e6 (AzerNEWS, 2025: 2024 turnover). */
  readonly start?: AmountInput;
  /** The year of `start`; default 2024. */
  readonly startYear?: number;
  /** Where `start` comes from, for the reader; default `'AzerNEWS, 2025'`. */
  readonly startSource?: string;
  /** The target, USD a year; default 10e9. */
  readonly target?: AmountInput;
  /** The target year; default 2029 (five annual steps from 2024). */
  readonly targetYear?: number;
  /** The outside view's band of start values; default `[start/2, 2·start)`. */
  readonly band?: { readonly min: AmountInput; readonly max: AmountInput };
  /** The outside view's start years, inclusive; default all the panel allows. */
  readonly startYears?: { readonly from?: number; readonly to?: number };
  /** The outside view on COW's smoothed flows; default false. */
  readonly smoothed?: boolean;
  /** The years the trend is fitted over, inclusive; default the whole record of the pair. */
  readonly fit?: { readonly from?: number; readonly to?: number };
  /** The country that would import most of the target, for the scale check; default `a` (Azerbaijan imports most of it). */
  readonly importer?: string | number;
}

/**
 * Gathers the evidence on a bilateral trade target, once, for `analysisReport({ evidence })`: the pair's recorded
 * trade (Correlates of War), growth fitted to it (log-linear and drift), the outside view with every case's
 * multiple, earlier official targets, and the target against each country's total trade. Async: it loads the
 * bundled history (`tradepath/history`) on first use, which importing `tradepath` does not.
 *
 * @param options - the pair, the target and the outside view's settings; all default to Azerbaijan–Iran,
 *   $580M (2024) → $10B (2029).
 * @returns a Promise of the {@link Evidence}.
 * @throws {RangeError} (as a rejected Promise) for an unknown country, a target year not after the start year, or
 *   anything the evidence functions refuse (a fit with fewer than 3 points, an empty band).
 * @example
 * const evidence = await evidenceFor();
 * evidence.history.total.points.at(-1).value.toString(); // => '248000000'
 * [evidence.outside.cases, evidence.outside.hits]; // => [22092, 9]
 * evidence.scale.importer.share; // => ≈ 0.72
 * analysisReport({ evidence, monteCarlo: false, sensitivity: false }).sections[1].id; // => 'history'
 */
export async function evidenceFor(options: EvidenceForOptions = {}): Promise<Evidence> {
  const fn = 'evidenceFor';
  const qa = options.a ?? 'AZE';
  const qb = options.b ?? 'IRN';
  const start = toAmount(options.start ?? 580e6, fn, 'start').toNumber();
  const target = toAmount(options.target ?? 10e9, fn, 'target').toNumber();
  const startYear = options.startYear ?? 2024;
  const targetYear = options.targetYear ?? 2029;
  if (!Number.isInteger(startYear) || !Number.isInteger(targetYear) || targetYear <= startYear) {
    throw new RangeError(`${fn}: targetYear must be a whole year after startYear (${show(startYear)}), got ${show(targetYear)}`);
  }
  const years = targetYear - startYear;
  const history = await loadHistory();
  const a = history.findCountry(qa);
  const b = history.findCountry(qb);
  const trade = await history.bilateral(qa, qb);
  const window = { ...(options.fit?.from === undefined ? {} : { from: options.fit.from }), ...(options.fit?.to === undefined ? {} : { to: options.fit.to }) };
  const logLinear = fitGrowth(trade.total, { method: 'log-linear', ...window });
  const drift = fitGrowth(trade.total, { method: 'drift', ...window });
  const outside = await outsideView({
    start,
    target,
    years,
    ...(options.band ? { band: options.band } : {}),
    ...(options.startYears?.from === undefined ? {} : { from: options.startYears.from }),
    ...(options.startYears?.to === undefined ? {} : { to: options.startYears.to }),
    smoothed: options.smoothed === true,
  });
  const multiples = caseMultiples({
    start,
    years,
    band: outside.band,
    from: outside.startYears.from,
    to: outside.startYears.to,
    smoothed: outside.smoothed,
    panel: await history.loadDyadicPanel(),
  });
  const importer = options.importer ?? qa;
  const scale = await scaleCheck({ target, importer, exporter: importer === qa ? qb : qa });
  const isSeed = [a.iso3, b.iso3].sort().join() === 'AZE,IRN';
  const targets = await targetsRecord();
  return Object.freeze({
    pair: { a: a.name, b: b.name },
    question: { start, startYear, target, targetYear, required: (target / start) ** (1 / years) - 1, startSource: options.startSource ?? 'AzerNEWS, 2025' },
    history: trade,
    reported: isSeed ? history.reportedStatements() : [],
    fits: { logLinear, drift },
    outside,
    multiples,
    targets,
    scale: {
      year: scale.year,
      importer: { name: scale.importer.country.name, total: scale.importer.totalImports, share: scale.importer.share },
      exporter: { name: scale.exporter.country.name, total: scale.exporter.totalExports, share: scale.exporter.share },
      source: scale.source,
    },
  });
}

