import { isDecimal } from '../money/decimal';
import type { Scenario, ScenarioDocument } from './document';

/**
 * The JSON document of a scenario: `defineScenario(toDocument(s))` gives the same scenario back. Decimals are
 * written as exact strings, and defaults are filled in.
 *
 * @param scenario - a defined scenario.
 * @example
 * const s = defineScenario({ name: 'x', baseline: { year: 2024, value: '$580M' }, horizon: { endYear: 2029 },
 *   drivers: [{ id: 'base', type: 'growth', rate: '20%' }] });
 * toDocument(s).drivers; // => [{ id: 'base', type: 'growth', rate: '0.2' }]
 * toDocument(s).baseline; // => { year: 2024, value: '580000000' }
 */
export function toDocument(scenario: Scenario): ScenarioDocument {
  const { components, ...rest } = scenario;
  return toJsonValue(components.length === 0 ? rest : scenario) as ScenarioDocument;
}

function toJsonValue(value: unknown): unknown {
  if (isDecimal(value)) return value.toString();
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) out[key] = toJsonValue(item);
    }
    return out;
  }
  return value;
}
