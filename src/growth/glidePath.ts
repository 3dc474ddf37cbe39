import { D, type Decimal } from '../money/decimal';
import { show } from '../internal/show';
import {
  growthPoint,
  growthSeries,
  MAX_STEPS,
  namedArgs,
  type GrowthPoint,
  type GrowthPointInput,
} from './arguments';
import { compoundPath, compoundRate } from './compounding';

/** Arguments of {@link glidePath}. */
export interface GlidePathArgs {
  /** Where the plan starts: `{ year, value }`, value > 0. */
  readonly baseline: GrowthPointInput;
  /** What the plan promises: `{ year, value }`, a later year, value > 0. */
  readonly target: GrowthPointInput;
  /** Values seen so far, any order, each year once, in years from the baseline's to the target's; may be empty. */
  readonly actuals: readonly GrowthPointInput[];
}

/** Where a value stands against the glide path: above it, on it (within a relative 1e-12), or below it. */
export type GlidePathStatus = 'ahead' | 'on-track' | 'behind';

/** One actual value beside the on-track value of its year. */
export interface GlidePathActual {
  readonly year: number;
  /** The actual value. */
  readonly value: Decimal;
  /** The on-track value in that year: the baseline grown at the original required CAGR. */
  readonly planned: Decimal;
  /** `value − planned`: positive ahead, negative behind. */
  readonly difference: Decimal;
  /** `value / planned − 1`: −0.25 is 25 % below the path. */
  readonly relative: Decimal;
  readonly status: GlidePathStatus;
}

/** The result of {@link glidePath}. */
export interface GlidePathResult {
  readonly baseline: GrowthPoint;
  readonly target: GrowthPoint;
  /** The growth the plan needed from the start: baseline to target, a constant rate. */
  readonly requiredCagr: Decimal;
  /** The latest actual, or the baseline when there are no actuals. */
  readonly latest: GrowthPoint;
  /** `target.year − latest.year`. */
  readonly yearsLeft: number;
  /** The constant growth now needed from the latest actual to the target in its year; null when no years are left. */
  readonly requiredCagrNow: Decimal | null;
  /** The on-track value of every year from the baseline's to the target's (both included). */
  readonly path: GrowthPoint[];
  /** Each actual against the path, by year. */
  readonly actuals: GlidePathActual[];
  /** Where the latest actual stands; `'on-track'` when there are no actuals. */
  readonly status: GlidePathStatus;
  /** True unless the latest actual is behind the path. */
  readonly onTrack: boolean;
}

/** Same tolerance as a reached target: a path built from a rounded rate still counts as on track. */
const TOLERANCE = new D('1e-12');

/**
 * Tracks actual values against the constant-growth path from a baseline to a target: the growth the plan needed,
 * the on-track value for each year, how far ahead or behind each actual is, and the growth now needed from the
 * latest actual to still reach the target in its year.
 *
 * The path is `baseline · (1 + requiredCagr)^i` in year `baseline.year + i`, ending exactly at the target. "Ahead"
 * means above the path; within a relative 1e-12 counts as on track.
 *
 * @param args.baseline - `{ year, value }`: a whole year, an amount > 0.
 * @param args.target - `{ year, value }`: a whole year 1 to 1000 years after the baseline, an amount > 0.
 * @param args.actuals - `{ year, value }[]`: years from the baseline's to the target's, each once; may be empty.
 * @returns a {@link GlidePathResult}; every amount and rate an exact Decimal (40 significant digits).
 * @throws {TypeError} when an argument has the wrong shape or type, or the call is positional.
 * @throws {RangeError} when a value is ≤ 0, the target year is not after the baseline year, or an actual's year is
 *   twice in the list or outside the baseline-to-target years.
 * @example
 * const g = glidePath({ baseline: { year: 2024, value: 100 }, target: { year: 2026, value: 121 }, actuals: [{ year: 2025, value: 100 }] });
 * g.requiredCagr.toString(); // => '0.1'
 * g.path.map((p) => p.value.toString()); // => ['100', '110', '121']
 * g.actuals[0].difference.toString(); // => '-10'
 * g.requiredCagrNow.toString(); // => '0.21'
 * g.status; // => 'behind'
 * glidePath({ baseline: { year: 2024, value: 100 }, target: { year: 2024, value: 121 }, actuals: [] }); // => throws RangeError
 */
export function glidePath(args: GlidePathArgs): GlidePathResult {
  const fn = 'glidePath';
  const { baseline, target, actuals } = namedArgs<Record<keyof GlidePathArgs, unknown>>(
    args,
    fn,
    '{ baseline, target, actuals }',
  );
  const base = growthPoint(baseline, fn, 'baseline');
  const goal = growthPoint(target, fn, 'target');
  const span = goal.year - base.year;
  if (span < 1 || span > MAX_STEPS) {
    throw new RangeError(
      `${fn}: target.year must be 1 to ${MAX_STEPS} years after baseline.year ${base.year}, got ${show(goal.year)}`,
    );
  }
  const seen = growthSeries(actuals, fn, 'actuals', 0);
  for (const actual of seen) {
    if (actual.year < base.year || actual.year > goal.year) {
      throw new RangeError(
        `${fn}: actuals must be in the years ${base.year} to ${goal.year}, got year ${actual.year}`,
      );
    }
  }

  const required = compoundRate(base.value, goal.value, new D(span));
  const values = compoundPath(base.value, required.plus(1), span);
  // The last point is the target itself, not the baseline grown at a rate rounded to 40 digits.
  values[span] = goal.value;
  const path: GrowthPoint[] = values.map((value, i) => ({ year: base.year + i, value }));
  const planned = (year: number): Decimal => values[year - base.year]!;

  const compared = seen.map((actual): GlidePathActual => {
    const plan = planned(actual.year);
    const relative = actual.value.div(plan).minus(1);
    return {
      year: actual.year,
      value: actual.value,
      planned: plan,
      difference: actual.value.minus(plan),
      relative,
      status: statusOf(relative),
    };
  });

  const latest = seen.at(-1) ?? base;
  const yearsLeft = goal.year - latest.year;
  const status = compared.at(-1)?.status ?? 'on-track';
  return {
    baseline: base,
    target: goal,
    requiredCagr: required,
    latest,
    yearsLeft,
    requiredCagrNow: yearsLeft === 0 ? null : compoundRate(latest.value, goal.value, new D(yearsLeft)),
    path,
    actuals: compared,
    status,
    onTrack: status !== 'behind',
  };
}

function statusOf(relative: Decimal): GlidePathStatus {
  if (relative.gt(TOLERANCE)) return 'ahead';
  if (relative.lt(TOLERANCE.neg())) return 'behind';
  return 'on-track';
}
