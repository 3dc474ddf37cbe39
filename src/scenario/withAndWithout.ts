import type { Decimal } from '../money/decimal';
import { show } from '../internal/show';
import type { Scenario, ScenarioDocument } from './document';
import { defineScenario } from './defineScenario';
import { project } from './project';
import { toDocument } from './toDocument';

/** One row of {@link withAndWithout}: a driver's effect, year by year. */
export interface WithAndWithoutRow {
  /** The driver's id. */
  readonly driver: string;
  readonly label: string;
  /** The projection's years (H + 1, the baseline year first); every list below is aligned with them. */
  readonly years: readonly number[];
  /** The scenario's values (the total, or the component asked for). */
  readonly with: readonly Decimal[];
  /** The values of the same scenario with this driver removed. */
  readonly without: readonly Decimal[];
  /** with − without. */
  readonly effect: readonly Decimal[];
}

/** Options of {@link withAndWithout}. */
export interface WithAndWithoutOptions {
  /** A component's id: compare its values instead of the total's. */
  readonly component?: string;
}

/**
 * What each driver changes, measured the way an analyst checks it: project the scenario with every driver, then
 * again without one driver, and take the difference, year by year. Unlike `attribution`, the rows need not add up
 * to the change (drivers interact: a shock cuts the growth that other drivers add), but each row answers "what if
 * this driver were not there" exactly. The scenario's uncertainty entries for a removed driver go with it.
 *
 * @param scenario - a scenario or a scenario document.
 * @param options - `component`: compare a component's values instead of the total's.
 * @returns one row per driver, in document order.
 * @throws {ScenarioError} for an invalid document.
 * @throws {RangeError} when `component` is not one of the scenario's components.
 * @example
 * // A −20 % shock in 2026 on 10 % growth: from 2026 on it takes 0.2 · 100 · 1.1^t.
 * const rows = withAndWithout({ name: 'x', baseline: { year: 2024, value: 100 }, horizon: { endYear: 2027 },
 *   drivers: [{ id: 'g', type: 'growth', rate: '10%' }, { id: 'sanctions', type: 'shock', year: 2026, size: '-20%' }] });
 * rows[1].effect.map(String); // => ['0', '0', '-24.2', '-26.62']
 * rows[0].without.map(String); // => ['100', '100', '80', '80']
 */
export function withAndWithout(scenario: Scenario | ScenarioDocument, options: WithAndWithoutOptions = {}): readonly WithAndWithoutRow[] {
  const s = defineScenario(scenario);
  const component = options.component;
  if (component !== undefined && (typeof component !== 'string' || !s.components.some((c) => c.id === component))) {
    const known = s.components.length === 0 ? 'the scenario has no components' : `components: ${s.components.map((c) => c.id).join(', ')}`;
    throw new RangeError(`withAndWithout: component must be one of the scenario's components, got ${show(component)}; ${known}`);
  }
  const valuesOf = (p: ReturnType<typeof project>) => (component === undefined ? p.values : p.components![component]!);
  const full = project(s);
  const withValues = valuesOf(full);
  const doc = toDocument(s);
  return Object.freeze(
    s.drivers.map((driver) => {
      const prefix = `${driver.id}.`;
      const uncertainty = Object.fromEntries(Object.entries(doc.uncertainty ?? {}).filter(([name]) => !name.startsWith(prefix)));
      const without = valuesOf(project(defineScenario({ ...doc, drivers: doc.drivers.filter((d) => d.id !== driver.id), uncertainty })));
      return Object.freeze({
        driver: driver.id,
        label: driver.label ?? driver.id,
        years: full.years,
        with: withValues,
        without,
        effect: Object.freeze(withValues.map((v, i) => v.minus(without[i]!))),
      });
    }),
  );
}
