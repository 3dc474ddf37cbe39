import { execFile, execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The package as its consumers get it: `npm pack`, installed from the tarball into a throwaway project, then used
// as ESM, as CJS, from TypeScript (node16 and bundler resolution) and through its command line.

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = join(root, 'node_modules/.bin/tsc');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };
/** The dev tools the README's TypeScript recipe installs. */
const RECIPE_TOOLS = ['typescript', 'ts-node', 'tsx', '@types/node'];

let tmp: string;
let app: string;
let files: string[];

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/index.cjs'))) execSync('npm run build', { cwd: root, stdio: 'ignore' });
  tmp = mkdtempSync(join(tmpdir(), 'tradepath-package-'));
  // --ignore-scripts: dist/ is built above; the prepare script would rebuild it under the other tests' feet.
  const packed = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], { cwd: root });
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  files = info!.files.map((f) => f.path);
  app = join(tmp, 'app');
  mkdirSync(app);
  // Offline: the package's dependencies (and the TypeScript tools of the README's recipe) are linked from this
  // checkout's node_modules, so the install asks no registry and needs no npm cache.
  const linked = [...Object.keys(manifest.dependencies), ...RECIPE_TOOLS];
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: Object.fromEntries(linked.map((name) => [name, `file:${join(root, 'node_modules', name)}`])) }));
  await run('npm', ['install', join(tmp, info!.filename), '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: app });
}, 180_000);

afterAll(() => {
  if (tmp !== undefined) rmSync(tmp, { recursive: true, force: true });
});

/** Writes a file into the consumer project and runs it with node; stdout parsed as JSON. */
async function runScript(name: string, text: string): Promise<Record<string, unknown>> {
  writeFileSync(join(app, name), text);
  const { stdout } = await run(process.execPath, ['--no-warnings', name], { cwd: app });
  return JSON.parse(stdout) as Record<string, unknown>;
}

// The same few calls from each module system; the printed results must agree.
const body = `
const scenario = {
  name: 'Status quo', baseline: { year: 2024, value: '$580M' }, horizon: { endYear: 2029 },
  target: { value: '$10B', year: 2029 }, drivers: [{ id: 'base', type: 'growth', rate: '20%', volatility: '5%' }],
};
const options = { uncertain: { 'base.rate': t.normal({ mean: 0.2, sd: 0.1 }) }, runs: 9000, seed: 42 };
const sim = t.simulate(scenario, options);
const parallel = await t.simulateParallel(scenario, { ...options, workers: 2 });
let error;
try { t.defineScenario({ ...scenario, drivers: [{ id: 'base', type: 'teleport' }] }); } catch (e) { error = e; }
console.log(JSON.stringify({
  required: t.requiredCagr({ start: '$580M', target: '$10B', years: 5 }).toFixed(10),
  final: t.project({ ...scenario, drivers: [{ id: 'base', type: 'growth', rate: '20%' }] }).values[5].toString(),
  median: sim.quantile(2029, 0.5),
  workersAgree: sim.years.every((y) => sim.valuesAt(y).every((v, i) => v === parallel.valuesAt(y)[i])),
  scenarioError: error instanceof t.ScenarioError && error.issues[0].path,
  schemaPath: schemaPath.replace(/\\\\/g, '/').endsWith('node_modules/tradepath/schema.json'),
  schemaTitle: typeof schema.$schema,
}));
`;

describe('the packed package', () => {
  it('holds the builds, their types, the worker, the CLI, the schema and the README, and no sources or tests', () => {
    for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/worker.js', 'dist/worker.cjs', 'dist/cli/main.js', 'schema.json', 'README.md', 'LICENSE', 'package.json']) {
      expect(files).toContain(file);
    }
    // A package page renders the README from the package: every image it shows must be in the tarball.
    const images = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(images).toContain('docs/charts/scenarios.svg');
    for (const image of images) expect(files, image).toContain(image);
    expect(files.filter((f) => /^(src|test|scripts|bench|examples)\//.test(f))).toEqual([]);
  });

  it('imports as ESM and requires as CJS, each with schema.json and worker threads, with the same numbers', async () => {
    const [esm, cjs] = await Promise.all([
      runScript(
        'esm.mjs',
        `import * as t from 'tradepath';\nimport schema from 'tradepath/schema.json' with { type: 'json' };\nimport { fileURLToPath } from 'node:url';\nconst schemaPath = fileURLToPath(import.meta.resolve('tradepath/schema.json'));\n${body}`,
      ),
      runScript(
        'cjs.cjs',
        `const t = require('tradepath');\nconst schema = require('tradepath/schema.json');\nconst schemaPath = require.resolve('tradepath/schema.json');\n(async () => {\n${body}\n})();`,
      ),
    ]);
    const expected = { required: '0.7673167814', final: '1443225600', workersAgree: true, scenarioError: 'drivers[0].type', schemaPath: true, schemaTitle: 'string' };
    expect(esm).toMatchObject(expected);
    expect(typeof esm.median).toBe('number');
    expect(cjs).toEqual(esm);
  }, 60_000);
});

// One file of typed calls, checked as an ES module (.ts in a "type": "module" project) and as CommonJS (.cts).
const typed = `import { requiredCagr, project, simulate, ScenarioError, type Projection, type ScenarioDocument } from 'tradepath';
const doc: ScenarioDocument = { name: 'x', baseline: { year: 2024, value: '$580M' }, horizon: { endYear: 2029 }, drivers: [] };
const rate: string = requiredCagr({ start: '$580M', target: '$10B', years: 5 }).toFixed(4);
const projection: Projection = project(doc);
const median: number = simulate(doc, { runs: 10, seed: 1 }).quantile(2029, 0.5);
const isError: boolean = new Error() instanceof ScenarioError;
// @ts-expect-error the growth maths take named arguments, never positional ones
requiredCagr(580e6, 10e9, 5);
// @ts-expect-error a projection's values are Decimals, not numbers
const first: number = projection.values[0];
export { rate, median, isError, first };
`;

describe('TypeScript consumers', () => {
  // With "types" resolved, each @ts-expect-error line is an error that is expected; were the types missing (any),
  // tsc would reject the directives as unused, so a clean compile proves the types resolve.
  it.concurrent.each([
    { resolution: 'node16', options: { module: 'node16', moduleResolution: 'node16', types: ['node'], typeRoots: [join(root, 'node_modules/@types')] } },
    { resolution: 'bundler', options: { module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: [] } },
  ])('compile against the published types with moduleResolution $resolution', async ({ resolution, options }) => {
    const compile = async (name: string, files: Record<string, string>, skipLibCheck: boolean) => {
      const dir = join(app, `ts-${resolution}-${name}`);
      mkdirSync(dir, { recursive: true });
      for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
      const config = { compilerOptions: { strict: true, noEmit: true, target: 'es2022', lib: ['es2022'], skipLibCheck, ...options }, files: Object.keys(files) };
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
      return run(tsc, ['-p', 'tsconfig.json'], { cwd: dir }).then(() => '', (error: { stdout: string }) => error.stdout);
    };
    const [good, wrong] = await Promise.all([
      // The published .d.ts files themselves are checked too (skipLibCheck off), as a strict consumer would.
      compile('typed', { 'esm.ts': typed, 'cjs.cts': typed }, false),
      // A wrong call without the directive fails, naming the file and line.
      compile('wrong', { 'wrong.ts': `import { requiredCagr } from 'tradepath';\nrequiredCagr(580e6, 10e9, 5);\n` }, true),
    ]);
    expect(good).toBe('');
    expect(wrong).toMatch(/wrong\.ts\(2,\d+\): error TS\d+/);
  }, 90_000);
});

describe('the command line, installed as a bin', () => {
  const bin = () => join(app, 'node_modules/.bin/tradepath');

  it('prints its version', async () => {
    const { stdout } = await run(bin(), ['--version']);
    expect(stdout.trim()).toBe(manifest.version);
  });

  it('computes the required growth', async () => {
    const { stdout } = await run(bin(), ['required', '--from', '580M', '--to', '10B', '--years', '5']);
    expect(stdout).toContain('76.73%');
  });

  it('rejects a bad document with exit code 2 and one clear message, no stack trace', async () => {
    const failure = await run(bin(), ['validate', join(root, 'test/fixtures/bad/duplicate-ids.json')]).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain('drivers[1].id: duplicate id "base" (also drivers[0])');
    expect(failure.stderr).not.toMatch(/^\s+at /m);
  });
});


/** The `index`-th code block of the README after the first occurrence of `text` (e.g. "`tsconfig.json`, a starter:"). */
function readmeBlockAfter(text: string, index = 0): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const at = readme.indexOf(text);
  if (at < 0) throw new Error(`README.md has no "${text}"`);
  const blocks = [...readme.slice(at).matchAll(/```\w*\n([\s\S]*?)```/g)];
  return blocks[index]![1]!;
}

describe("the README's TypeScript recipe, in a fresh folder that depends on the packed package", () => {
  // The README's own blocks, word for word: its install line, its tsconfig.json, its analysis.ts and its commands.
  const setup = readmeBlockAfter('## Your own script, in TypeScript');
  const tsconfig = readmeBlockAfter('`tsconfig.json`, a starter:');
  const script = readmeBlockAfter('`analysis.ts`:');
  const commands = readmeBlockAfter('`analysis.ts`:', 1).split('\n').map((line) => line.replace(/#.*$/, '').trim()).filter((line) => line !== '');
  const prints = /\/\/ prints: (.*)/.exec(script)![1]!;

  it('installs the tool versions this repository tests with', () => {
    const install = setup.split('\n').find((line) => line.startsWith('npm install --save-dev'))!;
    const specs = Object.fromEntries(install.split(/\s+/).slice(3).map((spec) => [spec.slice(0, spec.lastIndexOf('@')), spec.slice(spec.lastIndexOf('@') + 1)]));
    expect(Object.keys(specs).sort()).toEqual([...RECIPE_TOOLS].sort());
    // The same range as the devDependency, or (for @types/node) its major version.
    for (const [name, range] of Object.entries(specs)) expect(manifest.devDependencies[name]!.startsWith(range.replace(/\.?$/, '')), name).toBe(true);
    expect(setup).toContain('npm pkg set type=module');
  });

  it('runs analysis.ts with tsx and with ts-node, and tsc finds no type error', { timeout: 120_000 }, async () => {
    const dir = join(app, 'recipe');
    mkdirSync(dir);
    // The folder is its own project: package.json with "type": "module" (npm pkg set type=module), node_modules
    // shared with the consumer above (the packed tradepath, the linked tools).
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'recipe', private: true }));
    await run('npm', ['pkg', 'set', 'type=module'], { cwd: dir });
    writeFileSync(join(dir, 'tsconfig.json'), tsconfig);
    writeFileSync(join(dir, 'analysis.ts'), script);
    expect(commands).toEqual(['npx tsx analysis.ts', 'npx tsc --noEmit', 'node --loader ts-node/esm analysis.ts']);
    const bin = (name: string) => join(app, 'node_modules', '.bin', name);
    const [tsx, tsc, tsNode] = await Promise.all([
      run(bin('tsx'), ['analysis.ts'], { cwd: dir }),
      run(bin('tsc'), ['--noEmit'], { cwd: dir }),
      run(process.execPath, ['--no-warnings', '--loader', 'ts-node/esm', 'analysis.ts'], { cwd: dir }),
    ]);
    expect(tsx.stdout.trim()).toBe(prints);
    expect(tsc.stdout).toBe('');
    expect(tsNode.stdout.trim()).toBe(prints);
  });

  it('ts-node run directly stops as the README says; a type error fails the run and tsc names it', { timeout: 120_000 }, async () => {
    const bare = join(app, 'recipe-bare');
    mkdirSync(bare);
    writeFileSync(join(bare, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
    writeFileSync(join(bare, 'analysis.ts'), script);
    const failed = (p: Promise<unknown>) => p.then(() => ({ code: 0, stderr: '', stdout: '' }), (e: { code: number; stderr: string; stdout: string }) => e);
    const direct = await failed(run(join(app, 'node_modules', '.bin', 'ts-node'), ['analysis.ts'], { cwd: bare }));
    expect(direct.stderr).toContain('Unknown file extension ".ts"');
    const typed = join(app, 'recipe-typo');
    mkdirSync(typed);
    writeFileSync(join(typed, 'package.json'), JSON.stringify({ name: 'typo', private: true, type: 'module' }));
    writeFileSync(join(typed, 'tsconfig.json'), tsconfig);
    writeFileSync(join(typed, 'analysis.ts'), script.replace('const rate =', 'const rate: number ='));
    const [tsNode, tsc] = await Promise.all([
      failed(run(process.execPath, ['--no-warnings', '--loader', 'ts-node/esm', 'analysis.ts'], { cwd: typed })),
      failed(run(join(app, 'node_modules', '.bin', 'tsc'), ['--noEmit'], { cwd: typed })),
    ]);
    expect(tsNode.code).not.toBe(0);
    expect(tsc.stdout).toMatch(/analysis\.ts\(3,7\): error TS2322: Type 'Decimal' is not assignable to type 'number'/);
  });
});
