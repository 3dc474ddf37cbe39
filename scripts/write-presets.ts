/**
 * Writes the documents of the presets to examples/scenarios/*.json and the JSON Schema of scenario documents to
 * schema.json (shipped as `tradepath/schema.json`). Run with `npm run gen`; a test checks the files are current.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { presets, toDocument } from '../src/index';
import { scenarioSchema } from '../src/scenario/jsonSchema';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const [key, scenario] of Object.entries(presets.azerbaijanIran)) {
  const doc = { $schema: '../../schema.json', ...toDocument(scenario) };
  writeFileSync(join(root, 'examples', 'scenarios', `${key}.json`), `${JSON.stringify(doc, null, 2)}\n`);
}
writeFileSync(join(root, 'schema.json'), `${JSON.stringify(scenarioSchema(), null, 2)}\n`);
console.log('wrote examples/scenarios/*.json and schema.json');
