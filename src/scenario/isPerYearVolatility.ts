import type { Scenario } from './document';
import type { Parameter } from './parameters';
import { driverType } from './registry';

/**
 * True for the `volatility` field of a base driver (`DriverType.base`, as `growth` is): the standard deviation of
 * each simulated year's rate, which only Monte Carlo draws, and which sensitivity analyses leave out.
 */
export function isPerYearVolatility(scenario: Scenario, parameter: Parameter): boolean {
  if (parameter.driver < 0 || parameter.path.length !== 1 || parameter.path[0] !== 'volatility') return false;
  return driverType(scenario.drivers[parameter.driver]!.type)?.base === true;
}
