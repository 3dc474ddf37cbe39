/**
 * Writes the documents of the presets to examples/scenarios/*.json and the JSON Schema of scenario documents to
 * schema.json (shipped as `tradepath/schema.json`). Run with `npm run gen`; a test checks the files are current.
 *
 * The documents are written the way the README teaches people to write their own: rates as percentages (`"20%"`),
 * amounts with a currency sign and a unit (`"$580M"`), both exact (they read back to the same Decimals). Their
 * `$schema` is an absolute URL, so a copy of the file anywhere still finds the schema.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Decimal, listParameters, presets, toDocument, type Scenario } from '../src/index';
import { scenarioSchema } from '../src/scenario/jsonSchema';
import { schemaUrl } from './schemaUrl';

/** `0.2` → `"20%"`, exactly (decimal, not float). */
export function percentString(value: string | number): string {
  return `${new Decimal(String(value)).times(100).toString()}%`;
}

/** `580000000` → `"$580M"`, `1443225600` → `"$1.4432256B"`, exactly: the largest unit the amount has at least one of. */
export function amountString(value: string | number): string {
  const d = new Decimal(String(value));
  const sign = d.isNegative() ? '-' : '';
  const abs = d.abs();
  for (const [unit, size] of [['B', '1e9'], ['M', '1e6'], ['K', '1e3']] as const) {
    if (abs.gte(size)) return `${sign}$${abs.div(size).toString()}${unit}`;
  }
  return `${sign}$${abs.toString()}`;
}

/** The fields of a distribution document that are in the unit of its parameter (a lognormal's sigma is not). */
const IN_UNIT = ['mean', 'sd', 'min', 'mode', 'max', 'median', 'p5', 'p95'];

/** The document of a scenario, its rates and amounts written for people. */
export function readableDocument(scenario: Scenario): Record<string, unknown> {
  const doc = toDocument(scenario) as unknown as Record<string, unknown>;
  const write = (kind: string, value: unknown) => (typeof value !== 'string' && typeof value !== 'number' ? value : kind === 'rate' ? percentString(value) : amountString(value));
  const kinds = new Map<string, string>();
  for (const p of listParameters(scenario)) {
    kinds.set(p.name, p.kind);
    if (p.kind !== 'rate' && p.kind !== 'amount') continue;
    let holder = (p.driver < 0 ? doc[p.name.split('.')[0]!] : (doc.drivers as unknown[])[p.driver]) as Record<string, unknown>;
    for (const key of p.path.slice(0, -1)) holder = holder[key] as Record<string, unknown>;
    const last = p.path[p.path.length - 1]!;
    holder[last] = write(p.kind, holder[last]);
  }
  // Component baselines are amounts too (not parameters of their own: they add up to baseline.value).
  for (const component of (doc.components ?? []) as { baseline: { value?: unknown } }[]) {
    if (component.baseline.value !== undefined) component.baseline.value = write('amount', component.baseline.value);
  }
  const uncertainty = (doc.uncertainty ?? {}) as Record<string, Record<string, unknown>>;
  for (const [param, distribution] of Object.entries(uncertainty)) {
    const kind = kinds.get(param);
    if (kind !== 'rate' && kind !== 'amount') continue;
    for (const field of IN_UNIT) if (field in distribution) distribution[field] = write(kind, distribution[field]);
  }
  return { $schema: schemaUrl(), ...doc };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  for (const [key, scenario] of Object.entries(presets.azerbaijanIran)) {
    writeFileSync(join(root, 'examples', 'scenarios', `${key}.json`), `${JSON.stringify(readableDocument(scenario), null, 2)}\n`);
  }
  writeFileSync(join(root, 'schema.json'), `${JSON.stringify(scenarioSchema(), null, 2)}\n`);
  console.log('wrote examples/scenarios/*.json and schema.json');
}
