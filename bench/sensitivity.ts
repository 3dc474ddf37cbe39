/**
 * Speed of the sensitivity methods on a cheap six-parameter model, as medians and as ratios to a plain loop that
 * calls the same model the same number of times (so the ratio is the methods' own overhead).
 * Targets (issue): Sobol' N = 8192 first + total < 20 ms (< 100 ms with 100 bootstrap resamples), Morris 100
 * trajectories < 10 ms, tornado 10 parameters < 5 ms.
 *
 * Run alone with `npx tsx bench/sensitivity.ts`; `run()` serves the shared bench runner.
 */
import { morris, sobol, tornado } from '../src/index';

export interface BenchRow {
  readonly suite: string;
  readonly name: string;
  readonly medianMs: number;
  readonly samples: number;
  /** The model evaluations of one call. */
  readonly runs: number;
  /** Median of a plain loop making the same number of model calls. */
  readonly plainLoopMs: number;
  readonly ratioToPlainLoop: number;
  readonly targetMs?: number;
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median wall time of `task` after a warm-up: at least `minSamples`, for at least `minMs` in total. */
function time(task: () => unknown, minSamples = 15, minMs = 300): { medianMs: number; samples: number } {
  for (let i = 0; i < 3; i++) task();
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < minSamples || performance.now() - started < minMs) {
    const t0 = performance.now();
    task();
    samples.push(performance.now() - t0);
    if (samples.length >= 1000) break;
  }
  return { medianMs: median(samples), samples: samples.length };
}

function cheapModel(k: number) {
  const names = Array.from({ length: k }, (_, i) => `p${i}`);
  const params = Object.fromEntries(names.map((name) => [name, [0, 1] as [number, number]]));
  // A cheap model, written as a user would: fixed property reads, a little arithmetic, one interaction.
  const model =
    k === 6
      ? (x: Record<string, number>) => x.p0! * x.p1! + x.p0! + 2 * x.p1! + 3 * x.p2! + 4 * x.p3! + 5 * x.p4! + 6 * x.p5!
      : (x: Record<string, number>) =>
          x.p0! * x.p1! + x.p0! + 2 * x.p1! + 3 * x.p2! + 4 * x.p3! + 5 * x.p4! + 6 * x.p5! + 7 * x.p6! + 8 * x.p7! + 9 * x.p8! + 10 * x.p9!;
  return { names, params, model };
}

function plainLoop(k: number, runs: number): number {
  const { names, model } = cheapModel(k);
  const x: Record<string, number> = {};
  let sink = 0;
  return time(() => {
    for (let r = 0; r < runs; r++) {
      for (let j = 0; j < k; j++) x[names[j]!] = (r * 7 + j) / runs;
      sink += model(x);
    }
    return sink;
  }).medianMs;
}

export function run(): BenchRow[] {
  const six = cheapModel(6);
  const ten = cheapModel(10);
  const problem6 = { model: six.model, params: six.params };
  const problem10 = { model: ten.model, params: ten.params };
  const cases: { name: string; k: number; runs: number; targetMs: number; task: () => unknown }[] = [
    { name: 'sobol k=6 N=8192 first+total', k: 6, runs: 8192 * 8, targetMs: 20, task: () => sobol(problem6, { n: 8192, seed: 1 }) },
    {
      name: 'sobol k=6 N=8192 bootstrap=100',
      k: 6,
      runs: 8192 * 8,
      targetMs: 100,
      task: () => sobol(problem6, { n: 8192, seed: 1, bootstrap: 100 }),
    },
    { name: 'morris k=6 r=100', k: 6, runs: 100 * 7, targetMs: 10, task: () => morris(problem6, { trajectories: 100, seed: 1 }) },
    { name: 'tornado k=10', k: 10, runs: 21, targetMs: 5, task: () => tornado(problem10) },
  ];
  return cases.map(({ name, k, runs, targetMs, task }) => {
    const { medianMs, samples } = time(task);
    const plainLoopMs = plainLoop(k, runs);
    return {
      suite: 'sensitivity',
      name,
      medianMs,
      samples,
      runs,
      plainLoopMs,
      ratioToPlainLoop: plainLoopMs > 0 ? medianMs / plainLoopMs : Number.POSITIVE_INFINITY,
      targetMs,
    };
  });
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  console.table(
    run().map((row) => ({
      name: row.name,
      'median ms': row.medianMs.toFixed(3),
      'plain loop ms': row.plainLoopMs.toFixed(3),
      ratio: row.ratioToPlainLoop.toFixed(1),
      'target ms': row.targetMs,
    })),
  );
}
