/**
 * The entry `tradepath/history` as built: its own ESM and CJS files hold the data once each; the main entry (and
 * the CLI and worker) hold none, and a build of the main entry's tsup options that calls loadHistory() keeps
 * `tradepath/history` external, loading dist/history.js or dist/history.cjs through the package's self-reference.
 * Needs dist/ (built when missing; `npm test` builds first).
 */
import { execFile, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as history from 'tradepath/history';
import { DYADIC } from '../../src/history/data/dyadic';
import { loadHistory } from '../../src/internal/loadHistory';
import { NATIONAL } from '../../src/history/data/national';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
// Inside the package (so `tradepath` resolves to itself), in a git-ignored folder.
const probe = join(root, 'test-results/history-probe');

beforeAll(async () => {
  if (!existsSync(join(dist, 'history.js')) || !existsSync(join(dist, 'history.cjs'))) execSync('npm run build', { cwd: root, stdio: 'ignore' });
  rmSync(probe, { recursive: true, force: true });
  mkdirSync(probe, { recursive: true });
  const { build } = await import('tsup');
  const [main] = (await import('../../tsup.config')).default as unknown as Record<string, unknown>[];
  await build({ ...main, config: false, entry: { main: join(root, 'test/history/probe/entry.ts') }, outDir: probe, dts: false, sourcemap: false, silent: true });
}, 120_000);

afterAll(() => rmSync(probe, { recursive: true, force: true }));

const read = (file: string) => readFileSync(file, 'utf8');
const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('loadHistory in development', () => {
  it('resolves tradepath/history to the sources, the same module a static import gives', async () => {
    const loaded = await loadHistory();
    expect(loaded.bilateral).toBe(history.bilateral);
    expect(loaded.COW_SOURCE).toBe(history.COW_SOURCE);
  });
});

describe('the built history entry', () => {
  it('holds each data string exactly once per module system, and nothing else in dist/ holds them', () => {
    const marks = [DYADIC.slice(0, 200), DYADIC.slice(-200), NATIONAL.slice(0, 200)];
    for (const file of ['history.js', 'history.cjs']) {
      const text = read(join(dist, file));
      for (const mark of marks) expect(occurrences(text, mark), file).toBe(1);
    }
    const others = [
      ...readdirSync(dist).filter((f) => /\.(c?js|map)$/.test(f) && !f.startsWith('history.')),
      ...readdirSync(join(dist, 'cli')).map((f) => `cli/${f}`),
    ];
    expect(others).toContain('index.js');
    expect(others).toContain('index.cjs');
    for (const file of others) {
      const text = read(join(dist, file));
      for (const mark of marks) expect(text.includes(mark), file).toBe(false);
      expect(text.includes('TPD1'), file).toBe(false);
    }
  });

  it('uses no node: module, file system or network', () => {
    for (const file of ['history.js', 'history.cjs']) {
      const imports = [...read(join(dist, file)).matchAll(/(?:from\s+|require\(|import\()\s*["']([^"']+)["']/g)].map((m) => m[1]);
      expect(imports, file).toEqual(['decimal.js']);
      expect(read(join(dist, file))).not.toMatch(/\bfetch\(|readFileSync|node:/);
    }
  });

  it('keeps tradepath/history external in a main-entry build that calls loadHistory', () => {
    const esm = read(join(probe, 'main.js'));
    const cjs = read(join(probe, 'main.cjs'));
    expect(esm).toMatch(/import\(["']tradepath\/history["']\)/);
    expect(cjs).toMatch(/require\(["']tradepath\/history["']\)/);
    expect(cjs).not.toMatch(/import\(["']tradepath\/history["']\)/);
    for (const text of [esm, cjs]) expect(text.includes(DYADIC.slice(0, 200))).toBe(false);
  });

  it('loads through the package in ESM and in CJS, only when asked, with the same figures', async () => {
    const report = `
      const { total, exports, imports } = await history.bilateral('AZE', 'IRN');
      const at = (s, y) => s.points.find((p) => p.year === y).value.toString();
      return { required: main.requiredCagr({ start: '$580M', target: '$10B', years: 5 }).toFixed(4), before,
        after: loaded(), total2014: at(total, 2014), exports2014: at(exports, 2014), imports2014: at(imports, 2014),
        rows: (await history.loadDyadicPanel()).rows, citation: total.source.citation.includes('Correlates of War Project') };`;
    writeFileSync(
      join(probe, 'esm.mjs'),
      `import * as main from './main.js';
       const loaded = () => 'n/a';
       const before = loaded();
       const history = await main.loadHistory();
       const direct = await import('tradepath/history');
       const out = await (async () => { ${report} })();
       console.log(JSON.stringify({ ...out, same: history.bilateral === direct.bilateral }));`,
    );
    writeFileSync(
      join(probe, 'cjs.cjs'),
      `const main = require('./main.cjs');
       const loaded = () => Object.keys(require.cache).filter((k) => /history\\.c?js$/.test(k)).map((k) => k.split(/[\\\\/]/).slice(-2).join('/'));
       const before = loaded();
       main.loadHistory().then(async (history) => {
         const out = await (async () => { ${report} })();
         console.log(JSON.stringify({ ...out, same: history.bilateral === require('tradepath/history').bilateral }));
       });`,
    );
    const [esm, cjs] = await Promise.all(
      ['esm.mjs', 'cjs.cjs'].map(async (file) => JSON.parse((await run(process.execPath, [file], { cwd: probe })).stdout) as Record<string, unknown>),
    );
    const figures = { required: '0.7673', total2014: '248000000', exports2014: '59000000', imports2014: '189000000', rows: 673654, citation: true, same: true };
    expect(esm).toMatchObject(figures);
    expect(cjs).toMatchObject({ ...figures, before: [], after: ['dist/history.cjs'] });
  }, 60_000);
});
