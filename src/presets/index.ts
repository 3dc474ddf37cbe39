import type { Scenario, ScenarioDocument } from '../scenario/document';
import { defineScenario } from '../scenario/defineScenario';
import { azerbaijanIranDocuments } from './azerbaijanIranDocuments';

type Keys = keyof typeof azerbaijanIranDocuments;

/**
 * Ready-made scenarios. `presets.azerbaijanIran` holds the embedded default: $580M of trade in 2024 (+20% that
 * year) and a political target of $10B a year by 2029. Keys: `statusQuo`, `targetPath`, `corridorLed`,
 * `sanctionsDrag`, `agricultureEnergy`, `combined`. Sources and assumptions are in each scenario's drivers.
 *
 * @example
 * Object.keys(presets.azerbaijanIran).length; // => 6
 * presets.azerbaijanIran.targetPath.target.year; // => 2029
 */
export const presets: { readonly azerbaijanIran: Readonly<Record<Keys, Scenario>> } = Object.freeze({
  azerbaijanIran: lazyScenarios(azerbaijanIranDocuments),
});

/**
 * A frozen object with one enumerable getter per document, which defines its scenario on first access and returns
 * that same scenario afterwards: importing the library validates no preset (issue #17, start-up).
 */
function lazyScenarios<K extends string>(documents: Readonly<Record<K, ScenarioDocument>>): Readonly<Record<K, Scenario>> {
  const out = {} as Record<K, Scenario>;
  for (const key of Object.keys(documents) as K[]) {
    let scenario: Scenario | undefined;
    Object.defineProperty(out, key, { enumerable: true, get: () => (scenario ??= defineScenario(documents[key])) });
  }
  return Object.freeze(out);
}
