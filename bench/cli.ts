/**
 * Cold start of the built command line, `tradepath required --from 580M --to 10B --years 5`, against starting
 * Node itself with nothing to run (`node -e ""`): the target is under 250 ms. Also (issue #17) the start-up
 * of `tradepath simulate --help` (target: within 80 ms of bare node) and of `import('tradepath')` from the built ESM
 * entry (target: at most 120 ms over bare node), each in a fresh process. Needs `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measure, row, type BenchRow } from './harness';

export function run(): BenchRow[] {
  const bin = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
  if (!existsSync(bin)) throw new Error('bench cli: run npm run build first (dist/cli/main.js is missing)');
  const options = { minSamples: 15, minTimeMs: 0, warmupMs: 0, batchUs: 1 };
  const node = measure('baseline: node -e ""', () => execFileSync(process.execPath, ['-e', '']), options);
  const required = measure('tradepath required --from 580M --to 10B --years 5', () => execFileSync(process.execPath, [bin, 'required', '--from', '580M', '--to', '10B', '--years', '5']), options);
  const help = measure('tradepath simulate --help (target: within 80 ms of bare node)', () => execFileSync(process.execPath, [bin, 'simulate', '--help']), options);
  const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));
  const load = measure("import('tradepath') from dist/index.js (target: within 120 ms of bare node)", () => execFileSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(entry)})`]), options);
  return [
    row('cli', node),
    row('cli', required, { baseline: node, targetNs: 250e6 }),
    row('cli', help, { baseline: node, targetNs: node.medianNs + 80e6 }),
    row('cli', load, { baseline: node, targetNs: node.medianNs + 120e6 }),
  ];
}
