// Writes the README's charts to docs/charts/ (see scripts/docCharts.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docCharts } from './docCharts';

const dir = fileURLToPath(new URL('../docs/charts', import.meta.url));
const charts = docCharts();
for (const [name, svg] of Object.entries(charts)) writeFileSync(join(dir, name), svg);
console.log(`wrote ${Object.keys(charts).map((name) => `docs/charts/${name}`).join(', ')}`);
