/**
 * The hostile corpus of issue #14: documents, options and command lines a careless or hostile user could give, each
 * with the error it must give. Every case must end — by the error written beside it, or by a result holding no NaN
 * or infinity — within its time limit, without allocating more than its budget (a refusal allocates nothing big).
 *
 * The CLI cases run the built command (dist/cli/main.js): build first (`npm run build`; `npm test` does it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defineScenario,
  discover,
  futureValue,
  grid,
  impliedCagr,
  morris,
  probabilisticGoalSeek,
  project,
  registerDriver,
  ScenarioError,
  simulate,
  simulateParallel,
  sobol,
  spider,
  tornado,
  uniform,
  type ScenarioDocument,
} from '../../src/index';
import { toCsv } from '../../src/report/csv';

const root = join(__dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'hostile');
const load = (file: string): unknown => JSON.parse(readFileSync(join(fixtures, file), 'utf8'));
// The 20%-a-year variant with no uncertainty of its own: the memory estimates below count no sampled inputs.
// 20 % a year from $580M in one lane (the presets are split into exports and imports, whose component blocks the
// memory estimates would then count too).
const statusQuo = defineScenario({
  name: 'Momentum in one lane', baseline: { year: 2024, value: '$580M' }, horizon: { endYear: 2034 }, target: { value: '$10B', year: 2029 },
  drivers: [{ id: 'base', type: 'growth', rate: '20%' }],
});

/** A scenario with 55 growth drivers: 56 parameters with the baseline, enough to overrun the default budget. */
const wide: ScenarioDocument = {
  name: 'wide',
  baseline: { year: 2024, value: '580M' },
  horizon: { endYear: 2034 },
  drivers: Array.from({ length: 55 }, (_, i) => ({ id: `g${i}`, type: 'growth', rate: '0.1%' })),
};
const wideUncertain = Object.fromEntries([...Array.from({ length: 55 }, (_, i) => `g${i}.rate`), 'baseline.value'].map((n) => [n, uniform({ min: n === 'baseline.value' ? 5e8 : 0, max: n === 'baseline.value' ? 6e8 : 0.01 })]));

// A registered type whose steps return NaN: user code the engines must not trust.
registerDriver({
  type: 'hostile-nan',
  description: 'returns NaN from both steps',
  fields: {},
  exactRate: () => Number.NaN as never,
  floatRate: () => Number.NaN,
});
const nanDoc: ScenarioDocument = { name: 'nan', baseline: { year: 2024, value: 100 }, horizon: { endYear: 2026 }, drivers: [{ id: 'bad', type: 'hostile-nan' }] };

/** 200,000 bad schedule keys: a document with very many problems. */
function manyProblems(): ScenarioDocument {
  const rates: Record<string, string> = {};
  for (let i = 0; i < 200_000; i++) rates[`k${i}`] = '1%';
  return { name: 'many', baseline: { year: 2024, value: 1 }, horizon: { endYear: 2026 }, drivers: [{ id: 's', type: 'schedule', rates }] } as never;
}

interface Case {
  readonly name: string;
  /** The call; it must throw `error` (or, with `error: null`, return a result free of NaN and infinities). */
  readonly run: () => unknown;
  readonly error: string | null;
  readonly type?: new (...args: never[]) => Error;
}

/** The documents. */
const documents: Case[] = [
  {
    name: 'a driver id "__proto__" (JSON.parse makes it an own key)',
    run: () => defineScenario(load('id-proto.json') as never),
    type: ScenarioError,
    error: 'invalid scenario (1 problem):\n  - drivers[0].id: the id "__proto__" is a name every JavaScript object already has (like __proto__, constructor, valueOf); choose another',
  },
  {
    name: 'a driver id "constructor"',
    run: () => project(load('id-constructor.json') as never),
    type: ScenarioError,
    error: 'invalid scenario (1 problem):\n  - drivers[1].id: the id "constructor" is a name every JavaScript object already has (like __proto__, constructor, valueOf); choose another',
  },
  {
    name: 'a driver id "valueOf"',
    run: () => simulate(load('id-valueOf.json') as never, { runs: 10, seed: 1 }),
    type: ScenarioError,
    error: 'invalid scenario (1 problem):\n  - drivers[0].id: the id "valueOf" is a name every JavaScript object already has (like __proto__, constructor, valueOf); choose another',
  },
  {
    name: 'an uncertainty keyed "__proto__"',
    run: () => defineScenario(load('uncertainty-proto-key.json') as never),
    type: ScenarioError,
    error:
      'invalid scenario (1 problem):\n  - uncertainty.__proto__: unknown parameter "__proto__": it is a name every JavaScript object already has (like __proto__, constructor, valueOf); choose another',
  },
  {
    name: '200,000 bad keys: the first 100 problems and a count, not a stack overflow',
    run: () => {
      try {
        defineScenario(manyProblems());
      } catch (error) {
        const e = error as ScenarioError;
        throw new ScenarioError(e.issues.slice(0, 1), `${e.issues.length} listed, ${e.more} more; ends "${e.message.split('\n').at(-1)}"`);
      }
    },
    type: ScenarioError,
    error: '100 listed, 199900 more; ends "  - … and 199900 more (only the first 100 are listed)" (1 problem):\n  - drivers[0].rates.k0: expected a year like "2026" as key, got "k0"',
  },
  {
    name: '5,000 drivers of an unknown type: parsed only up to the limit',
    run: () => {
      try {
        defineScenario({ ...nanDoc, drivers: Array.from({ length: 5000 }, (_, i) => ({ id: `d${i}`, type: 'nope' })) } as never);
      } catch (error) {
        const e = error as ScenarioError;
        throw new ScenarioError(e.issues.slice(0, 2), `${e.issues.length} listed, ${e.more} more`);
      }
    },
    type: ScenarioError,
    error: '100 listed, 101 more (2 problems):\n  - drivers: expected at most 200 drivers\n  - drivers[0].type: unknown driver type "nope"; known types: growth, schedule, ramp, shock, cap, tradeCost, event, hostile-nan',
  },
];

/** Options and arguments of library calls. */
const options: Case[] = [
  {
    name: 'simulate: 5,000,000 runs × 56 uncertain parameters over the default 2 GiB',
    run: () => simulate(wide, { runs: 5_000_000, seed: 1, uncertain: wideUncertain }),
    type: RangeError,
    error:
      "simulate: this call would allocate about 2.53 GiB (paths 420 MiB, sampled inputs 2.09 GiB, normals 34 MiB), more than its memory budget of 2.00 GiB; use fewer runs, fewer uncertain parameters, a shorter horizon or keepYears, or raise memoryBudget (bytes)",
  },
  {
    name: 'simulate: memoryBudget 1 MB for 100,000 runs',
    run: () => simulate(statusQuo, { runs: 100_000, seed: 1, memoryBudget: 1e6 }),
    type: RangeError,
    error:
      "simulate: this call would allocate about 9 MiB (paths 8 MiB, first hits 195 KiB, normals 640 KiB), more than its memory budget of 977 KiB; use fewer runs, fewer uncertain parameters, a shorter horizon or keepYears, or raise memoryBudget (bytes)",
  },
  {
    name: 'simulate: memoryBudget -1',
    run: () => simulate(statusQuo, { runs: 10, seed: 1, memoryBudget: -1 }),
    type: RangeError,
    error:
      "simulate: memoryBudget must be a number of bytes > 0, got -1",
  },
  {
    name: 'simulate: memoryBudget NaN',
    run: () => simulate(statusQuo, { runs: 10, seed: 1, memoryBudget: Number.NaN }),
    type: RangeError,
    error:
      "simulate: memoryBudget must be a number of bytes > 0, got NaN",
  },
  {
    name: 'simulate: memoryBudget "2GB"',
    run: () => simulate(statusQuo, { runs: 10, seed: 1, memoryBudget: '2GB' as never }),
    type: RangeError,
    error:
      "simulate: memoryBudget must be a number of bytes > 0, got \"2GB\"",
  },
  {
    name: 'simulate: a registered driver whose float step returns NaN',
    run: () => simulate(nanDoc, { runs: 10, seed: 1 }),
    type: RangeError,
    error:
      "simulate: a run's value became NaN by 2026: a driver's float step returned something that is not a finite number",
  },
  {
    name: 'project: a registered driver whose exact step returns NaN',
    run: () => project(nanDoc),
    type: RangeError,
    error:
      "project: driver \"bad\" (type \"hostile-nan\") returned NaN as its rate for 2025; a driver's exact step must return a finite Decimal",
  },
  {
    name: 'probabilisticGoalSeek: memoryBudget 1 MB',
    run: () => probabilisticGoalSeek(statusQuo, { param: 'base.rate', probability: 0.5, runs: 50_000, seed: 1, memoryBudget: 1e6 }),
    type: RangeError,
    error:
      "probabilisticGoalSeek: this call would allocate about 5 MiB (paths 4 MiB, first hits 98 KiB, normals 640 KiB, design with the lever 391 KiB), more than its memory budget of 977 KiB; use fewer runs, fewer uncertain parameters, a shorter horizon or keepYears, or raise memoryBudget (bytes)",
  },
  {
    name: 'discover: memoryBudget 1 MB for 100,000 runs',
    run: () => discover(statusQuo, { runs: 100_000, seed: 1, uncertain: { 'base.rate': uniform({ min: 0, max: 0.4 }) }, memoryBudget: 1e6 }),
    type: RangeError,
    error:
      'discover: this call would allocate about 12 MiB (paths 9 MiB, sampled inputs 781 KiB, inputs for PRIM 3 MiB), more than its memory budget of 977 KiB; use fewer runs, or raise memoryBudget (bytes)',
  },
  {
    name: "sobol: n = 2^27 (issue #14: passed 5 GB)",
    run: () => sobol({ model: (x) => x.a! + x.b!, params: { a: [0, 1], b: [0, 1] } }, { n: 2 ** 27, seed: 1 }),
    type: RangeError,
    error:
      "sobol: this call would allocate about 12.50 GiB (unit sample 4.00 GiB, points 4.00 GiB, outputs 4.00 GiB, bootstrap 512 MiB), more than its memory budget of 2.00 GiB; use a smaller n or fewer bootstrap resamples, or raise memoryBudget (bytes)",
  },
  {
    name: 'sobol: a scenario with n = 2^27',
    run: () => sobol(statusQuo, { n: 2 ** 27, seed: 1 }),
    type: RangeError,
    error:
      "sobol: this call would allocate about 12.50 GiB (unit sample 4.00 GiB, points 4.00 GiB, outputs 4.00 GiB, bootstrap 512 MiB), more than its memory budget of 2.00 GiB; use a smaller n or fewer bootstrap resamples, or raise memoryBudget (bytes)",
  },
  {
    name: 'morris: 1e8 trajectories (issue #14: hung)',
    run: () => morris({ model: (x) => x.a!, params: { a: [0, 1], b: [0, 1] } }, { trajectories: 1e8, seed: 1 }),
    type: RangeError,
    error:
      "morris: this call would allocate about 8.94 GiB (points 4.47 GiB, trajectory steps 2.24 GiB, outputs 2.24 GiB), more than its memory budget of 2.00 GiB; use fewer trajectories, or raise memoryBudget (bytes)",
  },
  {
    name: 'spider: steps 1e9 (issue #14: an uncatchable V8 error)',
    run: () => spider({ model: (x) => x.a!, params: { a: [0, 1] } }, { steps: 1e9 }),
    type: RangeError,
    error:
      "spider: this call would allocate about 67.06 GiB (swept values 29.80 GiB, points 7.45 GiB, outputs 7.45 GiB, result lines 22.35 GiB), more than its memory budget of 2.00 GiB; use fewer steps, or raise memoryBudget (bytes)",
  },
  {
    name: 'grid: steps 1e5 (1e10 cells)',
    run: () => grid({ model: (x) => x.a! * x.b!, params: { a: [0, 1], b: [0, 1] } }, { x: 'a', y: 'b', steps: 1e5 }),
    type: RangeError,
    error:
      "grid: this call would allocate about 298.02 GiB (points 149.01 GiB, outputs 74.51 GiB, result tables 74.51 GiB), more than its memory budget of 2.00 GiB; use fewer steps or values, or raise memoryBudget (bytes)",
  },
  {
    name: 'sobol: 1e9 bootstrap resamples',
    run: () => sobol({ model: (x) => x.a! + x.b!, params: { a: [0, 1], b: [0, 1] } }, { n: 64, seed: 1, bootstrap: 1e9 }),
    type: RangeError,
    error:
      'sobol: this call would allocate about 37.25 GiB (unit sample 2 KiB, points 2 KiB, outputs 2 KiB, bootstrap 37.25 GiB), more than its memory budget of 2.00 GiB; use a smaller n or fewer bootstrap resamples, or raise memoryBudget (bytes)',
  },
  {
    name: 'grid: 100,000 × 100,000 given values',
    run: () => {
      const values = Array.from({ length: 100_000 }, (_, i) => i / 100_000);
      return grid({ model: (x) => x.a! * x.b!, params: { a: [0, 1], b: [0, 1] } }, { x: 'a', y: 'b', xValues: values, yValues: values });
    },
    type: RangeError,
    error:
      'grid: this call would allocate about 298.02 GiB (points 149.01 GiB, outputs 74.51 GiB, result tables 74.51 GiB), more than its memory budget of 2.00 GiB; use fewer steps or values, or raise memoryBudget (bytes)',
  },
  {
    name: 'sobol: a parameter named "__proto__" (JSON.parse makes it an own key)',
    run: () => sobol({ model: () => 1, params: JSON.parse('{"__proto__":[0,1],"b":[0,2]}') }, { n: 64, seed: 1 }),
    type: RangeError,
    error:
      "sobol: params.__proto__: the parameter name is a name every JavaScript object already has (like __proto__, constructor, valueOf); choose another",
  },
  {
    name: 'tornado: a parameter named "valueOf"',
    run: () => tornado({ model: (x) => x.b!, params: { valueOf: [0, 1], b: [0, 2] } as never }),
    type: RangeError,
    error:
      "tornado: params.valueOf: the parameter name is a name every JavaScript object already has (like __proto__, constructor, valueOf); choose another",
  },
  {
    name: 'futureValue: 1e4 rates (issue #14: 1e7 took 3.9 GB; growthPath stops at 1,000)',
    run: () => futureValue({ start: 1, rates: new Array(10_000).fill(0) }),
    type: RangeError,
    error:
      "futureValue: rates must have at most 1000 rates, got 10000",
  },
  {
    name: 'impliedCagr: endpoints from 1e-9e15 to 1e9e15 in one year',
    run: () => impliedCagr([{ year: 2020, value: '1e-9000000000000000' }, { year: 2021, value: '1e9000000000000000' }]),
    type: RangeError,
    error:
      "impliedCagr: the rate is too large to represent (beyond about 1e±9e15); check the arguments",
  },
  {
    name: 'impliedCagr: a log-linear slope beyond float64 exp',
    run: () => impliedCagr([{ year: 2020, value: '1e-9000000000000000' }, { year: 2021, value: '1e9000000000000000' }], { method: 'log-linear' }),
    type: RangeError,
    error:
      "impliedCagr: the rate is too large to represent (beyond about 1e±9e15); check the arguments",
  },
  {
    name: 'sobol: outputs near 1e155 give finite indices (issue #14: NaN)',
    run: () => sobol({ model: (x) => 1e155 * (x.a! + 2 * x.b!), params: { a: [0, 1], b: [0, 1] } }, { n: 256, seed: 1 }),
    error: null,
  },
  {
    name: 'spider: 2,000,000 steps (within the budget) give a swing, not a stack overflow from spreading them',
    run: () => {
      const line = spider({ model: (x) => x.a!, params: { a: [0, 1] } }, { steps: 2_000_000 }).lines[0]!;
      if (line.swing !== 1) throw new Error(`swing ${line.swing}, expected 1`);
      return line.swing;
    },
    error: null,
  },
  {
    name: 'toCsv: formula-like labels get a leading apostrophe, numbers stay',
    run: () => toCsv({ columns: [{ key: 'label' }, { key: 'v' }], rows: [{ label: '=HYPERLINK("x")', v: -1 }, { label: '+1', v: 2 }, { label: '@SUM(A1)', v: 3 }, { label: '\tx', v: 4 }] }),
    error: null,
  },
];

/** The corpus's async cases: simulateParallel. */
const asyncOptions: Case[] = [
  {
    name: 'simulateParallel: memoryBudget 4 MB counts the worker copies',
    run: () => simulateParallel(statusQuo, { runs: 20_000, seed: 1, workers: 2, memoryBudget: 4e6 }),
    type: RangeError,
    error:
      "simulateParallel: this call would allocate about 36 MiB (paths 2 MiB, first hits 39 KiB, normals 640 KiB, 2 workers (16 MiB each assumed, and their normals) 33 MiB), more than its memory budget of 4 MiB; use fewer runs, fewer uncertain parameters, a shorter horizon or keepYears, or raise memoryBudget (bytes)",
  },
];

/** True when a result holds no NaN or infinity anywhere. */
function allFinite(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  return Object.values(value).every((v) => allFinite(v, seen));
}

/** What a refusal may allocate: nothing near the budget it refuses. */
const REFUSAL_BYTES = 64 * 2 ** 20;

function check(c: Case, outcome: { error?: unknown; value?: unknown }, arrayBuffersBefore: number): void {
  expect(process.memoryUsage().arrayBuffers - arrayBuffersBefore).toBeLessThan(REFUSAL_BYTES);
  if (c.error === null) {
    expect(outcome.error).toBeUndefined();
    expect(allFinite(outcome.value)).toBe(true);
    return;
  }
  expect(outcome.error).toBeInstanceOf(c.type ?? Error);
  expect((outcome.error as Error).message).toBe(c.error);
}

describe('the hostile corpus: library calls', () => {
  it.each([...documents, ...options].map((c) => [c.name, c] as const))('%s', { timeout: 30_000 }, (_, c) => {
    const before = process.memoryUsage().arrayBuffers;
    let outcome: { error?: unknown; value?: unknown };
    try {
      outcome = { value: c.run() };
    } catch (error) {
      outcome = { error };
    }
    check(c, outcome, before);
  });

  it.each(asyncOptions.map((c) => [c.name, c] as const))('%s', { timeout: 30_000 }, async (_, c) => {
    const before = process.memoryUsage().arrayBuffers;
    let outcome: { error?: unknown; value?: unknown };
    try {
      outcome = { value: await c.run() };
    } catch (error) {
      outcome = { error };
    }
    check(c, outcome, before);
  });

  it('toCsv writes the formula-like labels as text', () => {
    const csv = options.find((c) => c.name.startsWith('toCsv'))!.run();
    expect(csv).toBe('label,v\r\n"\'=HYPERLINK(""x"")",-1\r\n\'+1,2\r\n\'@SUM(A1),3\r\n\'\tx,4\r\n');
  });
});

const main = join(root, 'dist', 'cli', 'main.js');

interface CliCase {
  readonly name: string;
  readonly argv: readonly string[];
  /** stderr, exactly; every bad input is one line. */
  readonly err: string;
  readonly code: number;
  /** Where stdout goes: a pipe read to the end (default), /dev/full, or a pipe closed at once. */
  readonly stdout?: 'pipe' | 'full' | 'closed';
  /** Text the output must hold (for a command that succeeds). */
  readonly outIncludes?: string;
}

const scratch = mkdtempSync(join(tmpdir(), 'tradepath-hostile-'));
const manyFile = join(scratch, 'many.json');
writeFileSync(manyFile, JSON.stringify(manyProblems()));
const formulaFile = join(scratch, 'formula.json');
writeFileSync(
  formulaFile,
  JSON.stringify({ name: 'formula', baseline: { year: 2024, value: '580M' }, horizon: { endYear: 2026 }, drivers: [{ id: 'base', type: 'growth', rate: '20%', label: '=HYPERLINK("http://x","y")' }] }),
);

const cliCases: CliCase[] = [
  { name: 'a negative run count', argv: ['simulate', 'preset:statusQuo', '--runs', '-5'], err: "tradepath: simulate: --runs must be a whole number, got \"-5\"\n", code: 2 },
  { name: 'a negative start amount', argv: ['required', '--from', '-580M', '--to', '10B', '--years', '5'], err: "tradepath: requiredCagr: start must be > 0, got \"-580M\"\n", code: 2 },
  { name: 'negative years', argv: ['required', '--from', '580M', '--to', '10B', '--years', '-5'], err: "tradepath: requiredCagr: years must be > 0, got \"-5\"\n", code: 2 },
  { name: 'an option with no value', argv: ['simulate', 'preset:statusQuo', '--runs'], err: "tradepath: simulate: Option '--runs <value>' argument missing; see 'tradepath simulate --help'\n", code: 2 },
  { name: 'preset:__proto__', argv: ['simulate', 'preset:__proto__'], err: "tradepath: simulate: unknown preset \"__proto__\"; presets: statusQuo, momentum, targetPath, corridorLed, sanctionsDrag, agricultureEnergy, combined\n", code: 2 },
  { name: 'preset:constructor', argv: ['run', 'preset:constructor'], err: "tradepath: run: unknown preset \"constructor\"; presets: statusQuo, momentum, targetPath, corridorLed, sanctionsDrag, agricultureEnergy, combined\n", code: 2 },
  { name: 'preset:valueOf', argv: ['compare', 'preset:statusQuo', 'preset:valueOf'], err: "tradepath: compare: unknown preset \"valueOf\"; presets: statusQuo, momentum, targetPath, corridorLed, sanctionsDrag, agricultureEnergy, combined\n", code: 2 },
  { name: '--html into a folder that does not exist', argv: ['run', 'preset:statusQuo', '--html', join(scratch, 'no', 'such', 'r.html')], err: `tradepath: run: cannot write --html ${scratch}/no/such/r.html: the folder ${scratch}/no/such does not exist\n`, code: 2 },
  { name: '--html onto a folder', argv: ['simulate', 'preset:statusQuo', '--runs', '1000', '--html', scratch], err: `tradepath: simulate: cannot write --html ${scratch}: it is a folder\n`, code: 2 },
  { name: '--svg under a file', argv: ['run', 'preset:statusQuo', '--svg', join(manyFile, 'charts')], err: `tradepath: run: cannot write --svg ${scratch}/many.json/charts: ${scratch}/many.json is not a folder\n`, code: 2 },
  { name: 'sobol with n = 2^27 (issue #14: passed through)', argv: ['sensitivity', 'preset:momentum', '--method', 'sobol', '--n', String(2 ** 27)], err: "tradepath: sobol: this call would allocate about 12.50 GiB (unit sample 4.00 GiB, points 4.00 GiB, outputs 4.00 GiB, bootstrap 512 MiB), more than its memory budget of 2.00 GiB; use a smaller n or fewer bootstrap resamples, or raise memoryBudget (bytes)\n", code: 2 },
  { name: 'morris with 1e8 trajectories', argv: ['sensitivity', 'preset:momentum', '--method', 'morris', '--trajectories', '100000000'], err: "tradepath: morris: this call would allocate about 8.94 GiB (points 4.47 GiB, trajectory steps 2.24 GiB, outputs 2.24 GiB), more than its memory budget of 2.00 GiB; use fewer trajectories, or raise memoryBudget (bytes)\n", code: 2 },
  {
    name: 'validate a document with 200,000 problems (issue #14: "Maximum call stack size exceeded")',
    argv: ['validate', manyFile],
    err: `tradepath: ${manyFile}: invalid scenario (200000 problems):\n${Array.from({ length: 100 }, (_, i) => `  - drivers[0].rates.k${i}: expected a year like "2026" as key, got "k${i}"\n`).join('')}  - … and 199900 more (only the first 100 are listed)\n`,
    code: 2,
  },
  { name: 'a driver label that a spreadsheet would run, as CSV', argv: ['run', formulaFile, '--format', 'csv'], err: '', code: 0, outIncludes: `"'=HYPERLINK(""http://x"",""y"")"` },
  { name: 'stdout is /dev/full', argv: ['run', 'preset:statusQuo'], err: "tradepath: cannot write the output: ENOSPC\n", code: 1, stdout: 'full' },
  { name: 'stdout is a pipe closed at once', argv: ['report', '--format', 'json', '--runs', '2000'], err: '', code: 1, stdout: 'closed' },
];

describe('the hostile corpus: command lines (dist/cli/main.js)', () => {
  it.each(cliCases.map((c) => [c.name, c] as const))('%s', { timeout: 60_000 }, (_, c) => {
    expect(existsSync(main), 'dist/cli/main.js is missing: run npm run build first').toBe(true);
    let stdout: 'pipe' | number = 'pipe';
    if (c.stdout === 'full') stdout = openSync('/dev/full', 'w');
    const run =
      c.stdout === 'closed'
        ? // `node main.js | true`: the reader exits at once, so every write meets a closed pipe.
          spawnSync('bash', ['-c', `"${process.execPath}" "${main}" ${c.argv.map((a) => `'${a}'`).join(' ')} | true; exit \${PIPESTATUS[0]}`], { encoding: 'utf8', timeout: 55_000 })
        : spawnSync(process.execPath, [main, ...c.argv], { encoding: 'utf8', timeout: 55_000, stdio: ['ignore', stdout, 'pipe'] });
    expect(run.error).toBeUndefined();
      expect(run.stderr).toBe(c.err);
    expect(run.status).toBe(c.code);
    // A refused command prints no result.
    if (c.code !== 0 && c.stdout === undefined) expect(run.stdout).toBe('');
    if (c.outIncludes !== undefined) expect(run.stdout).toContain(c.outIncludes);
  });
});

it('holds at least 40 cases, none of them TODO', () => {
  const all = [...documents, ...options, ...asyncOptions];
  expect(all.length + cliCases.length).toBeGreaterThanOrEqual(40);
  expect([...all.map((c) => c.error), ...cliCases.map((c) => c.err)].filter((e) => e === 'TODO')).toEqual([]);
});
