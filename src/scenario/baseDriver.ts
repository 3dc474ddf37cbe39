import type { Decimal } from '../money/decimal';
import type { Driver, Scenario } from './document';
import { effectiveType } from './effectiveType';

/** A scenario's base driver and the rate it gives the first projected year. */
export interface BaseDriver {
  readonly driver: Driver;
  /** The base's rate into the year after the baseline (a `growth` driver's `rate`). */
  readonly rate: Decimal;
}

/**
 * The first driver of `scenario` whose type is a base (`DriverType.base`, as `growth` is), with its rate into the
 * first projected year; undefined when the scenario has none. Reports and `discover` read it as the scenario's
 * momentum.
 */
export function baseDriver(scenario: Scenario): BaseDriver | undefined {
  for (const driver of scenario.drivers) {
    const type = effectiveType(driver);
    if (type?.base !== true || type.exactRate === undefined) continue;
    return { driver, rate: type.exactRate(driver, scenario.baseline.year + 1, scenario.baseline.value) };
  }
  return undefined;
}
