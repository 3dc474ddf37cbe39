import type { Scenario } from './document';
import { driverType } from './registry';

/** Which drivers act where in a scenario with components, by document index (see {@link componentDrivers}). */
export interface ComponentDrivers {
  /** Entry c: the drivers that step component c — those scoped to it, and every unscoped driver that is not a cap. */
  readonly byComponent: readonly (readonly number[])[];
  /** The unscoped caps: they cap the total, scaling every component pro rata. */
  readonly totalCaps: readonly number[];
}

/**
 * The one rule both engines follow for components: a driver with `scope` acts on that component only; an unscoped
 * rate or level driver acts on every component; an unscoped cap caps their total. Without components, one entry
 * with every driver and no total caps.
 */
export function componentDrivers(scenario: Scenario): ComponentDrivers {
  const indices = scenario.drivers.map((_, index) => index);
  if (scenario.components.length === 0) return { byComponent: [indices], totalCaps: [] };
  const isCap = (index: number) => driverType(scenario.drivers[index]!.type)?.exactCap !== undefined;
  const scopeOf = (index: number) => scenario.drivers[index]!.scope;
  return {
    byComponent: scenario.components.map((c) => indices.filter((index) => (scopeOf(index) === undefined ? !isCap(index) : scopeOf(index) === c.id))),
    totalCaps: indices.filter((index) => scopeOf(index) === undefined && isCap(index)),
  };
}
