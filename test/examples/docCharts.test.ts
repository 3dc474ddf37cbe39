import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { docCharts } from '../../scripts/docCharts';

// The README shows docs/charts/*.svg; they must be what the library draws today.
const dir = fileURLToPath(new URL('../../docs/charts', import.meta.url));

describe('docs/charts', () => {
  it.each(Object.entries(docCharts()))('%s is current (npx tsx scripts/write-doc-charts.ts rewrites it)', (name, svg) => {
    expect(readFileSync(join(dir, name), 'utf8') === svg).toBe(true);
  });
});
