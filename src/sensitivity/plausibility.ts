import { growthSeries, namedArgs, positiveAmount, positiveYears, wholeYear, type GrowthPointInput, type YearsInput } from '../growth/arguments';
import { impliedCagr } from '../growth/impliedCagr';
import { requiredCagr } from '../growth/requiredCagr';
import { yearsToTarget } from '../growth/yearsToTarget';
import { show } from '../internal/show';
import type { Decimal } from '../money/decimal';
import { formatRate } from '../money/formatRate';
import type { AmountInput } from '../money/parseAmount';
import { toRate, type RateInput } from '../money/parseRate';

/** A period of growth to compare a target with: another corridor, a boom, a partner's best years. */
export interface GrowthEpisode {
  /** What it was, e.g. `'Azerbaijan–Russia 2021–2023'`; a non-empty string. */
  readonly label: string;
  /** Its compound annual growth, a rate > −100 % (`0.35`, `'35%'`). */
  readonly rate: RateInput;
  /** How many years it lasted, > 0, if known: a burst of two years says less about five. */
  readonly years?: number;
}

/** Arguments of {@link plausibility}. */
export interface PlausibilityArgs {
  /** The value now, an amount > 0. */
  readonly start: AmountInput;
  /** The value to reach, an amount > 0. */
  readonly target: AmountInput;
  /** Years to reach it in, > 0; or give `baselineYear` and `targetYear` instead. */
  readonly years?: YearsInput;
  readonly baselineYear?: number;
  readonly targetYear?: number;
  /** The baseline's own history, `{ year, value }` points (at least 2). */
  readonly history?: readonly GrowthPointInput[];
  /** Growth episodes to compare with. */
  readonly episodes?: readonly GrowthEpisode[];
}

/** One comparison of {@link plausibility}. */
export interface PlausibilityComparison {
  readonly label: string;
  /** Its annual growth, a fraction. */
  readonly rate: number;
  /** The required growth over this rate; `null` when the rate is ≤ 0 (no multiple of it is meaningful). */
  readonly ratio: number | null;
  /** Years the comparison spans (the history's span, or the episode's `years`); `null` when not given. */
  readonly years: number | null;
}

/** The result of {@link plausibility}. */
export interface PlausibilityResult {
  /** The compound annual growth the target needs, a fraction. */
  readonly required: number;
  /** Years the target allows. */
  readonly years: number;
  readonly comparisons: readonly PlausibilityComparison[];
  /** True when the target needs growth above every comparison. */
  readonly aboveAll: boolean;
  /** Years the target would take at the fastest comparison's rate; `null` when that rate can never reach it. */
  readonly yearsAtFastest: number | null;
  /** One sentence for people, starting "Above all comparisons" or "Within experience". */
  readonly verdict: string;
}

/**
 * Is a target's growth plausible? Compares the compound annual growth the target requires (`requiredCagr`) with
 * the growth the baseline's own history shows (`impliedCagr`, endpoints and, with 3 points or more, the
 * log-linear fit) and with growth episodes the user gives, and flags a target that needs more than all of them.
 *
 * Comparisons are made on the exact Decimal rates; the result holds them as numbers (float64, about 15 digits),
 * enough to read and to chart. The ratio is required ÷ comparison rate ("3.8 times the growth of the history").
 *
 * @param args - `start` and `target` (amounts > 0); `years` (> 0) or `baselineYear` and `targetYear` (whole years,
 *   target later); `history` (≥ 2 points `{ year, value }`) and/or `episodes` (`{ label, rate, years? }`): at least
 *   one comparison in all.
 * @throws {TypeError} for a positional call, an argument of the wrong type, or an episode without a label.
 * @throws {RangeError} for amounts ≤ 0, years ≤ 0, both `years` and the two years (or neither), a history of fewer
 *   than 2 points, a rate ≤ −100 %, or nothing to compare with.
 * @example
 * const check = plausibility({
 *   start: '$580M', target: '$10B', years: 5,
 *   history: [{ year: 2023, value: 580e6 / 1.2 }, { year: 2024, value: '$580M' }],
 *   episodes: [{ label: 'a boom', rate: '35%', years: 3 }],
 * });
 * check.required; // => ≈ 0.7673
 * check.aboveAll; // => true
 * check.comparisons.map((c) => c.label); // => ['history 2023–2024', 'a boom']
 * check.comparisons[0].ratio; // => ≈ 3.84
 * check.yearsAtFastest; // => ≈ 9.5
 * plausibility({ start: '$580M', target: '$10B', years: 5 }); // => throws RangeError
 */
export function plausibility(args: PlausibilityArgs): PlausibilityResult {
  const fn = 'plausibility';
  const { start, target, years, baselineYear, targetYear, history, episodes } = namedArgs<PlausibilityArgs>(
    args,
    fn,
    '{ start, target, years | baselineYear + targetYear, history?, episodes? }',
  );
  const from = positiveAmount(start, fn, 'start');
  const to = positiveAmount(target, fn, 'target');
  const span = horizon(years, baselineYear, targetYear, fn);
  const required = requiredCagr({ start: from, target: to, years: span });

  const rates: { label: string; rate: Decimal; years: number | null }[] = [];
  if (history !== undefined) {
    // Checked here so that a bad point is reported as plausibility's; sorted by year, each year once.
    const points = growthSeries(history, fn, 'history', 2);
    const endpoints = impliedCagr(points);
    const first = points[0]!.year;
    const last = points.at(-1)!.year;
    // With two points the fit is the endpoints again; it adds a view only with a third.
    if (points.length === 2) {
      rates.push({ label: `history ${first}–${last}`, rate: endpoints, years: last - first });
    } else {
      rates.push({ label: `history ${first}–${last}, endpoints`, rate: endpoints, years: last - first });
      rates.push({ label: `history ${first}–${last}, log-linear fit`, rate: impliedCagr(points, { method: 'log-linear' }), years: last - first });
    }
  }
  if (episodes !== undefined) {
    if (!Array.isArray(episodes)) throw new TypeError(`${fn}: episodes must be an array of { label, rate, years? }, got ${show(episodes)}`);
    episodes.forEach((episode: GrowthEpisode, i) => {
      if (typeof episode !== 'object' || episode === null || typeof episode.label !== 'string' || episode.label.trim() === '') {
        throw new TypeError(`${fn}: episodes[${i}] must be { label, rate, years? } with a non-empty label, got ${show(episode)}`);
      }
      const rate = toRate(episode.rate, fn, `episodes[${i}].rate`);
      if (!rate.gt(-1)) throw new RangeError(`${fn}: episodes[${i}].rate must be > -1 (-100%), got ${show(episode.rate)}`);
      const lasted = episode.years === undefined ? null : positiveYears(episode.years, fn, `episodes[${i}].years`).toNumber();
      rates.push({ label: episode.label, rate, years: lasted });
    });
  }
  if (rates.length === 0) throw new RangeError(`${fn}: needs a history or episodes to compare the required growth with, got neither`);

  const comparisons = rates.map(({ label, rate, years: lasted }) => ({
    label,
    rate: rate.toNumber(),
    ratio: rate.gt(0) ? required.div(rate).toNumber() : null,
    years: lasted,
  }));
  const aboveAll = rates.every((c) => required.gt(c.rate));
  let fastest = rates[0]!;
  for (const c of rates) if (c.rate.gt(fastest.rate)) fastest = c;
  const yearsAtFastest = reachableIn(from, to, fastest.rate);
  const needs = `${formatRate(required)} a year for ${span.toString()} years`;
  let verdict: string;
  if (aboveAll) {
    const times = fastest.rate.gt(0) ? `${required.div(fastest.rate).toFixed(1)} times` : 'more than';
    const pace = yearsAtFastest === null ? 'at that pace it would never be reached' : `at that pace it would take ${yearsAtFastest.toFixed(1)} years`;
    verdict = `Above all comparisons: the target needs ${needs}, ${times} the fastest comparison (${fastest.label}, ${formatRate(fastest.rate)}); ${pace}.`;
  } else {
    const matched = rates.filter((c) => c.rate.gte(required));
    const shorter = matched.filter((c) => c.years !== null && c.years < span.toNumber());
    verdict =
      `Within experience: the target needs ${needs}, and ${matched.map((c) => `${c.label} (${formatRate(c.rate)})`).join(', ')} grew at least that fast` +
      (shorter.length === 0 ? '.' : `, though ${shorter.map((c) => `${c.label} lasted only ${c.years} years`).join(', ')}.`);
  }
  return { required: required.toNumber(), years: span.toNumber(), comparisons, aboveAll, yearsAtFastest, verdict };
}

/** The years the target allows: `years`, or `targetYear − baselineYear`, never both. */
function horizon(years: unknown, baselineYear: unknown, targetYear: unknown, fn: string): Decimal {
  const byYears = baselineYear !== undefined || targetYear !== undefined;
  if (years !== undefined && byYears) {
    throw new RangeError(`${fn}: give years or baselineYear and targetYear, not both (got years ${show(years)})`);
  }
  if (years !== undefined) return positiveYears(years, fn, 'years');
  if (baselineYear === undefined || targetYear === undefined) {
    throw new RangeError(`${fn}: needs years, or both baselineYear and targetYear, got ${show(baselineYear)} and ${show(targetYear)}`);
  }
  const b = wholeYear(baselineYear, fn, 'baselineYear');
  const t = wholeYear(targetYear, fn, 'targetYear');
  if (t <= b) throw new RangeError(`${fn}: targetYear must be after baselineYear (${b}), got ${t}`);
  return positiveYears(t - b, fn, 'targetYear − baselineYear');
}

/** Years from start to target at a rate, or null when that rate never gets there. */
function reachableIn(start: Decimal, target: Decimal, rate: Decimal): number | null {
  if (start.eq(target)) return 0;
  if (target.gt(start) ? !rate.gt(0) : !rate.lt(0)) return null;
  return yearsToTarget({ start, target, rate }).toNumber();
}
