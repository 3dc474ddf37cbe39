import { D, isDecimal, type Decimal } from '../money/decimal';
import { show } from '../internal/show';
import type { Scenario } from './document';
import { defineScenario } from './defineScenario';
import { findParameter, overrideValue } from './parameters';
import { ScenarioError } from './ScenarioError';
import { toDocument } from './toDocument';

/** Parameter values by address: `{ "railway.rate": 0.1, "baseline.value": "$600M" }`. */
export type Overrides = Readonly<Record<string, unknown>>;

/**
 * A new `baseline.value` for a scenario with components scales their baselines pro rata, the last taking the
 * remainder, so they still add up to it exactly.
 */
function scaleComponents(scenario: Scenario, doc: Record<string, unknown>): void {
  const total = new D((doc.baseline as { value: string | number }).value);
  const old = scenario.baseline.value;
  const components = doc.components as { baseline: { value: string } }[];
  let assigned = new D(0);
  components.forEach((c, i) => {
    const value = i === components.length - 1 ? total.minus(assigned) : scenario.components[i]!.baseline.value.times(total).div(old);
    assigned = assigned.plus(value);
    c.baseline.value = value.toString();
  });
}

/**
 * The scenario with some parameters set to other values, validated like a document (so `"base.rate": "-120%"` is
 * an error naming the field). An unknown parameter name is a ScenarioError that lists the valid names.
 */
export function withOverrides(scenario: Scenario, overrides: Overrides | undefined, fn: string): Scenario {
  if (overrides === undefined) return scenario;
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    throw new TypeError(`${fn}: overrides must be an object of parameter values by name, got ${show(overrides)}`);
  }
  const names = Object.keys(overrides);
  if (names.length === 0) return scenario;
  const doc = toDocument(scenario) as unknown as Record<string, unknown>;
  for (const name of names) {
    const parameter = findParameter(scenario, name, fn);
    const value = overrideValue(parameter, overrides[name], fn);
    const holder = parameter.driver < 0 ? name.split('.')[0]! : undefined;
    let node = (holder === undefined ? (doc.drivers as unknown[])[parameter.driver] : doc[holder]) as Record<string, unknown>;
    for (const key of parameter.path.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[parameter.path[parameter.path.length - 1]!] = isDecimal(value) ? (value as Decimal).toString() : value;
  }
  if (scenario.components.length > 0 && names.includes('baseline.value')) scaleComponents(scenario, doc);
  try {
    return defineScenario(doc as never);
  } catch (error) {
    if (error instanceof ScenarioError) throw new ScenarioError(error.issues, `${fn}: the overrides make an invalid scenario`);
    throw error;
  }
}
