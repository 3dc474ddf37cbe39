import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The REPL loads the built package (npm test builds dist first: pretest).
const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const run = promisify(execFile);

describe('scripts/repl-preload.cjs', () => {
  it('puts the built library on globalThis as tp, and its most used names beside it', () => {
    const { GLOBALS } = require(join(root, 'scripts/repl-preload.cjs')) as { GLOBALS: string[] };
    const g = globalThis as unknown as Record<string, unknown>;
    const tp = g.tp as Record<string, unknown>;
    expect(tp).toBe(require(join(root, 'dist/index.cjs')));
    expect(GLOBALS).toContain('requiredCagr');
    for (const name of GLOBALS) expect(g[name], name).toBe(tp[name]);
    const requiredCagr = g.requiredCagr as (args: object) => { toFixed(d: number): string };
    expect(requiredCagr({ start: '$580M', target: '$10B', years: 5 }).toFixed(10)).toBe('0.7673167814');
  });

  it('declares in repl-globals.d.ts exactly the globals it defines, so the REPL type-checks them', () => {
    const { GLOBALS } = require(join(root, 'scripts/repl-preload.cjs')) as { GLOBALS: string[] };
    const declared = [...readFileSync(join(root, 'repl-globals.d.ts'), 'utf8').matchAll(/^\s*const (\w+):/gm)].map((m) => m[1]);
    expect(declared).toEqual(['tp', ...GLOBALS]);
  });
});

describe('the ts-node REPL (npm run repl without its build step)', () => {
  it('evaluates typed input with the globals and with imports from tradepath, and reports type errors', { timeout: 90_000 }, async () => {
    const input = [
      'requiredCagr({ start: "$580M", target: "$10B", years: 5 }).toFixed(4)',
      "import { formatRate as fr } from 'tradepath'",
      "fr(tp.requiredCagr({ start: '$580M', target: '$10B', years: 6 }))",
      "const wrong: number = 'text'",
    ].join('\n');
    const child = run(join(root, 'node_modules/.bin/ts-node'), ['-P', 'tsconfig.repl.json', '-i', '-r', './scripts/repl-preload.cjs'], {
      cwd: root,
      timeout: 85_000,
    });
    child.child.stdin!.end(`${input}\n`);
    const { stdout, stderr } = await child;
    expect(stdout).toContain("'0.7673'");
    expect(stdout).toContain("'60.73%'");
    expect(stderr).toMatch(/TS2322: Type 'string' is not assignable to type 'number'/);
  });
});
