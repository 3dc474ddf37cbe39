// Rewrites the `// Output:` block of each example (or of the ones named) with what it prints now, for when a
// change of the library changes an example's output on purpose (a new seed hash, a new report section). Read the
// diff before committing: test/examples/examples.test.ts checks these blocks.
// Usage: npx tsx scripts/write-example-outputs.ts [demo.ts monte-carlo.ts ...]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'examples');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const names = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(dir).filter((n) => n.endsWith('.ts')).sort();
for (const name of names) {
  const file = join(dir, name);
  const source = readFileSync(file, 'utf8');
  const lines = source.split('\n');
  const start = lines.findIndex((line) => line.trim() === '// Output:');
  if (start < 0) continue;
  const stdout = execFileSync(tsx, [join('examples', name)], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  const block = stdout.replace(/\n+$/, '').split('\n').map((line) => (line === '' ? '//' : `// ${line}`));
  writeFileSync(file, [...lines.slice(0, start + 1), ...block, ''].join('\n'));
  console.log(`examples/${name}: ${block.length} lines`);
}
