import type { Decimal } from '../money/decimal';
import { show } from '../internal/show';
import { D } from '../money/decimal';
import { compoundRate } from '../growth/compounding';
import type { PriceBasis, Scenario, ScenarioDocument } from './document';
import { project } from './project';

/** One row of {@link compare}: a scenario's standing in the compared year. */
export interface ComparisonRow {
  readonly scenario: string;
  /** The year compared: the option `year`, else the scenario's target year, else its horizon's end. */
  readonly year: number;
  /** The price basis of `value`, `target`, `gap` and `finalValue` (a scenario with components: their total). */
  readonly basis: PriceBasis;
  readonly value: Decimal;
  /** The compound growth a year achieved from the baseline to `year`. */
  readonly cagr: Decimal;
  readonly target: Decimal | null;
  /** The first year the target is reached, or null. */
  readonly reachedIn: number | null;
  /** target − value in `year` (positive: a shortfall), or null without a target. */
  readonly gap: Decimal | null;
  /** The compound growth a year the target required from the baseline, or null without a target. */
  readonly requiredCagr: Decimal | null;
  /** The value at the end of the horizon. */
  readonly finalValue: Decimal;
}

/** Options of {@link compare}. */
export interface CompareOptions {
  /** Compare every scenario in this year (it must be inside each horizon). */
  readonly year?: number;
}

/**
 * Projects several scenarios and lines them up: value in the compared year, CAGR achieved, year the target is
 * reached and the gap — one row per scenario, in the order given.
 *
 * @param scenarios - an array of scenarios (or documents), or a record of them such as `presets.azerbaijanIran`.
 * @param options - `year`: a common year to compare in.
 * @throws {RangeError} when `year` is outside a scenario's projection.
 * @example
 * const rows = compare(presets.azerbaijanIran);
 * rows[0].scenario; // => 'Status quo: history continues'
 * formatAmount(rows[0].value); // => '$599M'
 * rows[2].reachedIn; // => 2029
 */
export function compare(
  scenarios: readonly (Scenario | ScenarioDocument)[] | Readonly<Record<string, Scenario | ScenarioDocument>>,
  options: CompareOptions = {},
): readonly ComparisonRow[] {
  if (typeof scenarios !== 'object' || scenarios === null) {
    throw new TypeError(`compare: scenarios must be an array or a record of scenarios, got ${show(scenarios)}`);
  }
  const list = Array.isArray(scenarios) ? scenarios : Object.values(scenarios);
  return Object.freeze(
    list.map((scenario) => {
      const p = project(scenario as Scenario);
      const year = options.year ?? p.target?.year ?? p.years[p.years.length - 1]!;
      const index = p.years.indexOf(year);
      if (index < 1) {
        throw new RangeError(`compare: year must be within ${p.years[1]}..${p.years[p.years.length - 1]} for "${p.scenario}", got ${year}`);
      }
      const value = p.values[index]!;
      const t = p.target;
      return Object.freeze({
        scenario: p.scenario,
        year,
        basis: p.basis,
        value,
        cagr: compoundRate(p.values[0]!, value, new D(index)),
        target: t?.value ?? null,
        reachedIn: t?.reachedIn ?? null,
        gap: t === undefined ? null : t.value.minus(value),
        requiredCagr: t?.requiredCagr ?? null,
        finalValue: p.values[p.values.length - 1]!,
      });
    }),
  );
}

