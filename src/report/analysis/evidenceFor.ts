import { caseMultiples } from '../../evidence/caseMultiples';
import { fitGrowth } from '../../evidence/fitGrowth';
import { outsideView } from '../../evidence/outsideView';
import { scaleCheck } from '../../evidence/scaleCheck';
import { targetsRecord } from '../../evidence/targetsRecord';
import { loadHistory } from '../../internal/loadHistory';
import { show } from '../../internal/show';
import { toAmount, type AmountInput } from '../../money/parseAmount';
import { defaultAnalysis } from '../../presets/defaultAnalysis';
import type { Evidence, EvidenceStatement } from './evidence';

/**
 * Options of {@link evidenceFor}. Left out, each takes the embedded default analysis's value (`defaultAnalysis`
 * in src/presets/): its pair, start, target and years.
 */
export interface EvidenceForOptions {
  /** The first country (its exports are "exports"): ISO3, COW code or English name; default the default pair's first. */
  readonly a?: string | number;
  /** The partner; default the default pair's second. */
  readonly b?: string | number;
  /** Today's trade, USD; default the default analysis's start. */
  readonly start?: AmountInput;
  /** The year of `start`; default the default analysis's. */
  readonly startYear?: number;
  /** Where `start` comes from, for the reader; default the default analysis's source when `start` is left out too, else "source not stated". */
  readonly startSource?: string;
  /** The target, USD a year; default the default analysis's. */
  readonly target?: AmountInput;
  /** The target year; default the default analysis's. */
  readonly targetYear?: number;
  /** The outside view's band of start values; default `[start/2, 2·start)`. */
  readonly band?: { readonly min: AmountInput; readonly max: AmountInput };
  /** The outside view's start years, inclusive; default all the panel allows. */
  readonly startYears?: { readonly from?: number; readonly to?: number };
  /** The outside view on COW's smoothed flows; default false. */
  readonly smoothed?: boolean;
  /** The years the trend is fitted over, inclusive; default the whole record of the pair. */
  readonly fit?: { readonly from?: number; readonly to?: number };
  /** The country that would import most of the target, for the scale check; default the default analysis's for its pair, else `a`. */
  readonly importer?: string | number;
  /**
   * Officials' statements of the pair's trade after the recorded series ends (a list, or a function that loads one);
   * default the default analysis's for its own pair, none for any other pair.
   */
  readonly statements?: readonly EvidenceStatement[] | (() => Promise<readonly EvidenceStatement[]>);
}

/**
 * Gathers the evidence on a bilateral trade target, once, for `analysisReport({ evidence })`: the pair's recorded
 * trade (Correlates of War), growth fitted to it (log-linear and drift), the outside view with every case's
 * multiple, earlier official targets, and the target against each country's total trade. Async: it loads the
 * bundled history (`tradepath/history`) on first use, which importing `tradepath` does not.
 *
 * @param options - the pair, the target, the outside view's settings and the statements; each defaults to the
 *   embedded default analysis's (its pair, $580M in 2024 → $10B in 2029).
 * @returns a Promise of the {@link Evidence}.
 * @throws {RangeError} (as a rejected Promise) for an unknown country, a target year not after the start year, or
 *   anything the evidence functions refuse (a fit with fewer than 3 points, an empty band).
 * @throws {TypeError} (as a rejected Promise) when `statements` is neither a list nor a function.
 * @example
 * const evidence = await evidenceFor();
 * evidence.history.total.points.at(-1).value.toString(); // => '248000000'
 * [evidence.outside.cases, evidence.outside.hits]; // => [22092, 9]
 * evidence.scale.importer.share; // => ≈ 0.72
 * analysisReport({ evidence, monteCarlo: false, sensitivity: false }).sections[3].id; // => 'history'
 */
export async function evidenceFor(options: EvidenceForOptions = {}): Promise<Evidence> {
  const fn = 'evidenceFor';
  const preset = defaultAnalysis.evidence;
  const qa = options.a ?? preset.a;
  const qb = options.b ?? preset.b;
  const start = toAmount(options.start ?? preset.start, fn, 'start').toNumber();
  const target = toAmount(options.target ?? preset.target, fn, 'target').toNumber();
  const startYear = options.startYear ?? preset.startYear;
  const targetYear = options.targetYear ?? preset.targetYear;
  if (!Number.isInteger(startYear) || !Number.isInteger(targetYear) || targetYear <= startYear) {
    throw new RangeError(`${fn}: targetYear must be a whole year after startYear (${show(startYear)}), got ${show(targetYear)}`);
  }
  if (options.statements !== undefined && !Array.isArray(options.statements) && typeof options.statements !== 'function') {
    throw new TypeError(`${fn}: statements must be an array of statements or a function that loads them, got ${show(options.statements)}`);
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
  // The default analysis's importer and statements belong to its pair: another pair has none unless given.
  const samePair = [a.iso3, b.iso3].sort().join() === [history.findCountry(preset.a).iso3, history.findCountry(preset.b).iso3].sort().join();
  const importer = options.importer ?? (samePair ? preset.importer : qa);
  const scale = await scaleCheck({ target, importer, exporter: history.findCountry(importer).iso3 === a.iso3 ? qb : qa });
  const given = options.statements ?? (samePair ? preset.statements : []);
  const reported = typeof given === 'function' ? await given() : given;
  const targets = await targetsRecord();
  return Object.freeze({
    pair: { a: a.name, b: b.name },
    question: { start, startYear, target, targetYear, required: (target / start) ** (1 / years) - 1, startSource: options.startSource ?? (options.start === undefined ? preset.startSource : 'source not stated') },
    history: trade,
    reported,
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

