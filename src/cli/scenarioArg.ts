import type { Scenario } from '../scenario/document';
import { defineScenario } from '../scenario/defineScenario';
import { presets } from '../presets/index';
import { readJson } from './io';
import { UsageError } from './UsageError';

/** A scenario named on the command line: a JSON file, or `preset:<name>` for one of the Azerbaijan–Iran presets. */
export function scenarioArg(command: string, arg: string | undefined): Scenario {
  if (arg === undefined) throw new UsageError(`${command}: name a scenario file (or preset:statusQuo); see 'tradepath ${command} --help'`);
  const preset = /^preset:(\w+)$/.exec(arg);
  if (preset) {
    const all: Readonly<Record<string, Scenario>> = presets.azerbaijanIran;
    // Only a preset's own name: `preset:__proto__` or `preset:constructor` is an unknown preset, not Object's.
    const found = Object.hasOwn(all, preset[1]!) ? all[preset[1]!] : undefined;
    if (found === undefined) throw new UsageError(`${command}: unknown preset "${preset[1]}"; presets: ${Object.keys(all).join(', ')}`);
    return found;
  }
  return defineScenario(readJson(arg) as never);
}
