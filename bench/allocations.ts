/**
 * Typed arrays allocated by one call of each sensitivity method (issue #17: "sensitivity loops reuse buffers"):
 * counts every Float64Array, Int32Array, Int16Array and Uint8Array the library constructs with fresh memory (views
 * of an existing buffer are counted apart) and the bytes they hold, for one call after a warm-up call.
 *
 *   npx tsx bench/allocations.ts            this checkout's src/
 *   npx tsx bench/allocations.ts ../main    another checkout's src/ (to compare before and after)
 *
 * Not a suite of bench/run.ts: it prints its own table and changes the global typed-array constructors while it runs.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const counts = { arrays: 0, bytes: 0, views: 0 };
for (const name of ['Float64Array', 'Int32Array', 'Int16Array', 'Uint8Array'] as const) {
  const Base = globalThis[name] as unknown as new (...args: unknown[]) => { byteLength: number };
  const Counting = class extends Base {
    constructor(...args: unknown[]) {
      super(...args);
      if (args[0] instanceof ArrayBuffer || args[0] instanceof SharedArrayBuffer) counts.views++;
      else {
        counts.arrays++;
        counts.bytes += this.byteLength;
      }
    }
  };
  Object.defineProperty(globalThis, name, { value: Counting, writable: true, configurable: true });
}

const root = resolve(process.argv[2] ?? new URL('..', import.meta.url).pathname);
const lib = (await import(pathToFileURL(resolve(root, 'src/index.ts')).href)) as typeof import('../src/index');
const { sobol, morris, tornado, spider, grid, discover, probabilisticGoalSeek, presets } = lib;

const six = {
  model: (x: Record<string, number>) => x.p0! * x.p1! + x.p0! + 2 * x.p1! + 3 * x.p2! + 4 * x.p3! + 5 * x.p4! + 6 * x.p5!,
  params: Object.fromEntries(['p0', 'p1', 'p2', 'p3', 'p4', 'p5'].map((name) => [name, [0, 1] as [number, number]])),
};
const scenario = { scenario: presets.azerbaijanIran.combined, output: { year: 2029 } };
const statusQuo = presets.azerbaijanIran.statusQuo;
const uncertain = { 'base.rate': { type: 'normal', mean: 0.2, sd: 0.1 } } as const;

const cases: [string, () => unknown][] = [
  ['sobol, model, k = 6, N = 8192', () => sobol(six, { n: 8192, seed: 1 })],
  ['sobol, model, k = 6, N = 8192, bootstrap 100', () => sobol(six, { n: 8192, seed: 1, bootstrap: 100 })],
  ['sobol, combined preset, 6 parameters, N = 8192', () => sobol(scenario, { n: 8192, seed: 1 })],
  ['morris, model, 100 trajectories', () => morris(six, { trajectories: 100, seed: 1 })],
  ['morris, combined preset, 100 trajectories', () => morris(scenario, { trajectories: 100, seed: 1 })],
  ['tornado, combined preset', () => tornado(scenario)],
  ['spider, model', () => spider(six)],
  ['grid, model, 21 × 21', () => grid(six, { x: 'p0', y: 'p1', steps: 21 })],
  ['discover, status quo, 10,000 runs', () => discover(statusQuo, { uncertain, runs: 10_000, seed: 1 })],
  ['probabilisticGoalSeek, status quo, 2,000 runs', () => probabilisticGoalSeek(statusQuo, { param: 'base.rate', probability: 0.5, runs: 2000, seed: 1 })],
];

console.log(`typed arrays allocated by one call (after a warm-up call), src/ of ${root}\n`);
console.log('| call | arrays | MB | views |\n| --- | --- | --- | --- |');
for (const [name, call] of cases) {
  call();
  counts.arrays = 0;
  counts.bytes = 0;
  counts.views = 0;
  call();
  console.log(`| ${name} | ${counts.arrays} | ${(counts.bytes / 2 ** 20).toFixed(2)} | ${counts.views} |`);
}
