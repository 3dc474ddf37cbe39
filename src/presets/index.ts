import type { Scenario } from '../scenario/document';
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
  azerbaijanIran: Object.freeze(
    Object.fromEntries(Object.entries(azerbaijanIranDocuments).map(([key, doc]) => [key, defineScenario(doc)])) as Record<Keys, Scenario>,
  ),
});
