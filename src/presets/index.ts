import type { Scenario, ScenarioDocument } from '../scenario/document';
import { defineScenario } from '../scenario/defineScenario';
import { azerbaijanIranDocuments } from './azerbaijanIranDocuments';

type Keys = keyof typeof azerbaijanIranDocuments;

/**
 * Ready-made scenarios. `presets.azerbaijanIran` holds the embedded default: $580M of trade in 2024 (+20% that
 * year, in two components: Azerbaijan's exports to Iran and its imports from Iran) and a political target of $10B a
 * year by 2029. Keys: `statusQuo` (history continues, calibrated on 1992–2024), `momentum` (+20% a year),
 * `targetPath`, `corridorLed`, `sanctionsDrag`, `agricultureEnergy`, `combined`. Each document is dated (`asOf`)
 * and lists its `sources`; each driver names its source and, where the size is assumed, says so in `assumption`.
 *
 * @example
 * Object.keys(presets.azerbaijanIran).length; // => 7
 * presets.azerbaijanIran.momentum.drivers[0].rate.toString(); // => '0.2'
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
