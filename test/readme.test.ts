/**
 * Every code block of README.md is run, as test/docExamples.test.ts runs the JSDoc examples, so the README cannot
 * drift from what the package does (issue #15: its REPL example did not type-check, and `npx tradepath` did not
 * work after its own set-up commands).
 *
 * - TypeScript blocks are type-checked with tsc (strict, as this repository) and run with tsx; a line
 *   `expr; // 'text' …` asserts that `expr` is that string, and `// { key: value, … }` that the result has those
 *   values (a value ending in "…" is a prefix).
 * - JSON blocks parse; a scenario document is defined (`defineScenario`) and becomes the `my-scenario.json` that the
 *   README's `tradepath validate my-scenario.json` checks.
 * - Shell blocks: every `npx tradepath …` line runs the built command line in a fresh folder holding the example
 *   scenarios (exit 0, and the files it says it writes); `npm run x` names a script of package.json; a file a
 *   command runs exists. The install and TypeScript-recipe commands are run by test/reliability/package.test.ts,
 *   in a fresh folder with the packed tarball; here they are only recognised. A command no rule knows fails.
 * - The REPL block is typed into the ts-node REPL of `npm run repl`, and must print what the README shows.
 */
import { execFile, execSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { defineScenario } from '../src/index';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; scripts: Record<string, string> };

interface Block {
  readonly lang: string;
  readonly code: string;
  /** The heading the block is under, and its line, for messages. */
  readonly where: string;
}

const blocks: Block[] = [];
{
  let heading = '(top)';
  const lines = readme.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('#')) heading = line.replace(/^#+\s*/, '');
    const open = /^```(\w*)\s*$/.exec(line);
    if (open === null) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!);
    blocks.push({ lang: open[1]!, code: body.join('\n'), where: `${heading} (README.md:${start + 1})` });
  }
}

/** The shell commands of the sh blocks, one a line, comments and blank lines dropped. */
const commands = blocks
  .filter((b) => b.lang === 'sh' && !b.code.split('\n').some((l) => l.startsWith('> ')))
  .flatMap((b) => b.code.split('\n').map((line) => ({ line: line.replace(/\s+#.*$/, '').trim(), where: b.where })))
  .filter((c) => c.line !== '' && !c.line.startsWith('#'));

describe('README.md', () => {
  it('has the blocks these tests know how to run, and the set-up commands first', () => {
    expect(blocks.map((b) => b.lang).filter((l) => !['sh', 'ts', 'json'].includes(l))).toEqual([]);
    expect(blocks[0]!.code.split('\n').map((l) => l.replace(/\s+#.*$/, ''))).toEqual(['npm ci && npm run demo', 'npm ci && npm test']);
    expect(readme.indexOf('## Install')).toBeGreaterThan(readme.indexOf('npm ci && npm test'));
    expect(readme.indexOf('## Install')).toBeLessThan(readme.indexOf('## Quick start'));
    expect(readme).toMatch(/Node\.js 20 or later/);
  });
});

describe('README.md, the TypeScript blocks', () => {
  // The recipe's analysis.ts runs in a fresh folder against the packed package (test/reliability/package.test.ts).
  // A block that is an example's code word for word is run by test/examples (its Output block) instead.
  const exampleCode = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(root, 'examples', f), 'utf8'));
  const ts = blocks.filter((b) => b.lang === 'ts' && !b.code.includes('// prints:') && !exampleCode.some((code) => code.includes(b.code)));

  it('are there', () => expect(ts.length).toBeGreaterThanOrEqual(1));

  it.each(ts.map((b) => [b.where, b] as const))('%s type-checks and gives the results its comments show', { timeout: 180_000 }, async (_, block) => {
    const dir = mkdtempSync(join(tmpdir(), 'tradepath-readme-'));
    const lines = block.code.split('\n').map((line) => {
      const string = /^(.*?);\s*\/\/ ('[^']*')/.exec(line);
      if (string) return `__expect(${string[1]}, ${string[2]}, ${JSON.stringify(line)});`;
      const object = /^(.*?);\s*\/\/ \{(.*)\}/.exec(line);
      if (object) return `__like(${object[1]}, ${JSON.stringify(object[2])}, ${JSON.stringify(line)});`;
      return line;
    });
    const helpers = `
function __expect(actual: unknown, expected: string, line: string): void {
  if (actual !== expected) throw new Error(\`README: \${line}\\n  gave \${JSON.stringify(actual)}\`);
  console.log('ok', expected);
}
function __like(actual: unknown, expected: string, line: string): void {
  for (const [, key, value] of expected.matchAll(/(\\w+): ([^,]+)/g)) {
    const got = String((actual as Record<string, unknown>)[key!]);
    const want = value!.trim();
    if (want.endsWith('…') ? !got.startsWith(want.slice(0, -1)) : got !== want) throw new Error(\`README: \${line}\\n  \${key} is \${got}\`);
  }
  console.log('ok', expected.trim());
}
`;
    writeFileSync(join(dir, 'snippet.ts'), `${lines.join('\n')}\n${helpers}`);
    // An ES module, as a reader's project with "type": "module": the evidence snippets use top-level await.
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ extends: join(root, 'tsconfig.json'), compilerOptions: { typeRoots: [join(root, 'node_modules/@types')], noUnusedLocals: false }, include: [], files: ['snippet.ts'] }),
    );
    const tsc = await run(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: dir }).then(() => '', (e: { stdout: string }) => e.stdout);
    expect(tsc, 'tsc').toBe('');
    const { stdout } = await run(join(root, 'node_modules/.bin/tsx'), ['--tsconfig', join(dir, 'tsconfig.json'), 'snippet.ts'], { cwd: dir });
    const checked = lines.filter((l) => l.startsWith('__')).length;
    expect(checked).toBeGreaterThanOrEqual(3);
    expect(stdout.split('\n').filter((l) => l.startsWith('ok '))).toHaveLength(checked);
  });
});

describe('README.md, the JSON blocks', () => {
  const json = blocks.filter((b) => b.lang === 'json');

  it.each(json.map((b) => [b.where, b] as const))('%s parses; a scenario document is valid', (_, block) => {
    const value = JSON.parse(block.code) as Record<string, unknown>;
    if ('drivers' in value) expect(defineScenario(value as never).name).toBe(value.name);
    else expect(value).toHaveProperty('compilerOptions');
  });
});

describe('README.md, the shell commands', () => {
  const bin = join(root, 'dist', 'cli', 'main.js');
  let cwd: string;

  beforeAll(() => {
    if (!existsSync(bin)) execSync('npm run build', { cwd: root, stdio: 'ignore' });
    // A fresh folder as a reader's: the example scenarios, and their own my-scenario.json from the README's document.
    cwd = mkdtempSync(join(tmpdir(), 'tradepath-readme-cli-'));
    cpSync(join(root, 'examples', 'scenarios'), join(cwd, 'examples', 'scenarios'), { recursive: true });
    cpSync(join(root, 'examples', 'data'), join(cwd, 'examples', 'data'), { recursive: true });
    const doc = blocks.find((b) => b.lang === 'json' && b.code.includes('"drivers"'))!;
    writeFileSync(join(cwd, 'my-scenario.json'), doc.code);
  }, 120_000);

  /** Lines this file does not run, and the test that does. */
  const elsewhere: [RegExp, string][] = [
    [/^git clone /, 'package.test.ts: the packed package, as a clone would pack it'],
    [/^npm ci$/, '.ci/run: npm ci on a clean clone, then npx tradepath'],
    [/^npm install \.\.\/tradepath(\/[\w.-]+\.tgz)?$/, 'package.test.ts installs the packed tarball'],
    [/^\(cd \.\.\/tradepath && npm pack\)$/, 'package.test.ts packs it'],
    [/^npm pkg set type=module$/, 'package.test.ts runs it'],
    [/^npm install --save-dev /, 'package.test.ts installs these tools'],
    [/^(npx tsx analysis\.ts|npx tsc --noEmit|node --loader ts-node\/esm analysis\.ts)$/, 'package.test.ts runs each'],
  ];

  it('are each run here or by a named test', () => {
    const unknown = commands.filter(({ line }) => !/^(npx tradepath|npm (ci|test|run) |npm ci && npm |npx tsx |JUPYTER_PATH=)/.test(line) && !elsewhere.some(([re]) => re.test(line)));
    expect(unknown).toEqual([]);
    // The tarball the README installs is the one npm pack writes.
    expect(readme).toContain(`${manifest.name}-${manifest.version}.tgz`);
  });

  it('npm scripts and the files commands run exist', () => {
    for (const { line, where } of commands) {
      for (const [, script] of line.matchAll(/npm (?:run )?(\w[\w:-]*)/g)) {
        if (['ci', 'install', 'pkg', 'pack', 'run'].includes(script!)) continue;
        expect(manifest.scripts, `${where}: ${line}`).toHaveProperty(script!);
      }
      for (const [, script] of line.matchAll(/npm run ([\w:-]+)/g)) expect(manifest.scripts, `${where}: ${line}`).toHaveProperty(script!);
      for (const [, file] of line.matchAll(/\b((?:examples|scripts|notebooks)\/[\w./-]+\.(?:ts|ipynb))/g)) expect(existsSync(join(root, file!)), `${where}: ${file}`).toBe(true);
      if (line.includes('--prefix notebooks')) expect(existsSync(join(root, 'notebooks', 'package.json'))).toBe(true);
    }
  });

  const cliLines = commands.filter((c) => c.line.startsWith('npx tradepath'));

  it('include the command line', () => expect(cliLines.length).toBeGreaterThanOrEqual(8));

  it.each(cliLines.map((c) => [c.line, c] as const))('%s', { timeout: 180_000 }, async (line) => {
    const argv = line.replace(/^npx tradepath\s*/, '').split(/\s+/).filter((a) => a !== '');
    const { stdout } = await run(process.execPath, [bin, ...argv], { cwd, maxBuffer: 64 << 20 });
    const html = argv[argv.indexOf('--html') + 1];
    const svg = argv[argv.indexOf('--svg') + 1];
    if (argv.includes('--html')) expect(readFileSync(join(cwd, html!), 'utf8')).toMatch(/^<!doctype html>/);
    else if (argv.includes('--svg')) expect(readdirSync(join(cwd, svg!)).some((f) => f.endsWith('.svg'))).toBe(true);
    else expect(stdout.trim()).not.toBe('');
  });
});

describe('README.md, the REPL block', () => {
  const block = blocks.find((b) => b.code.includes('npm run repl'))!;
  const inputs = block.code.split('\n').filter((l) => l.startsWith('> ')).map((l) => l.slice(2));
  const outputs = block.code.split('\n').filter((l) => !l.startsWith('> ') && l !== 'npm run repl');

  it('prints what the README shows, typed and type-checked in the ts-node REPL', { timeout: 120_000 }, async () => {
    expect(inputs.length).toBe(outputs.length);
    if (!existsSync(join(root, 'dist', 'index.cjs'))) execSync('npm run build', { cwd: root, stdio: 'ignore' });
    // `npm run repl` is `npm run build && ts-node -P tsconfig.repl.json -i -r ./scripts/repl-preload.cjs`.
    expect(manifest.scripts.repl).toBe('npm run build && ts-node -P tsconfig.repl.json -i -r ./scripts/repl-preload.cjs');
    const child = run(join(root, 'node_modules/.bin/ts-node'), ['-P', 'tsconfig.repl.json', '-i', '-r', './scripts/repl-preload.cjs'], { cwd: root, timeout: 110_000 });
    child.child.stdin!.end(`${inputs.join('\n')}\n`);
    const { stdout, stderr } = await child;
    expect(stderr).toBe('');
    const printed = stdout.split('\n').map((l) => l.replace(/^(> )+/, '').trim()).filter((l) => l !== '');
    expect(printed).toEqual(outputs);
  });

  it('the example that did not type-check before (values[5] is Decimal | undefined) now does', () => {
    expect(inputs.some((l) => l.includes('values[5]!'))).toBe(true);
  });
});
