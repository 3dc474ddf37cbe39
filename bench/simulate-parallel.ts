/**
 * Speed-up of simulateParallel from 1 worker thread to 2: 4,000,000 runs of the status quo (20 % a year) with
 * 5 points of year-to-year volatility, to 2029. Target (issue): 2 workers at least 1.6× as fast as 1 on a quiet
 * machine with two free cores. `simulate` in process is shown beside them, for what the pool itself costs.
 *
 * The workers load dist/worker.js: run `npm run build` first. Each call takes seconds, so this suite times single
 * calls (the harness's batches are for short ones) and interleaves the cases, so that a change in the machine's
 * load falls on all of them alike. Shared machines are noisy: read the quartiles, and the load average the runner
 * prints, before the ratio.
 *
 * The pool is kept warm while the cases are timed (its idle timeout raised for the suite): interleaved, a worker
 * would otherwise sit idle past the default second between two-worker calls and start cold each time, which is the
 * cost of a first call, not of running on two threads. That first call is timed on its own, with the pool ended
 * before each call.
 */
import { presets, simulate, simulateParallel, toDocument, type ScenarioDocument } from '../src/index';
import { setWorkerIdleTimeout } from '../src/simulation/parallel';
import { row, type BenchRow, type Measurement } from './harness';

const SUITE = 'simulate-parallel';
const RUNS = 4_000_000;
/** Timed calls per case, after one untimed call each. */
const SAMPLES = 7;

const scenario: ScenarioDocument = {
  ...toDocument(presets.azerbaijanIran.statusQuo),
  horizon: { endYear: 2029 },
  drivers: [{ id: 'base', type: 'growth', rate: '20%', volatility: 0.05 }],
};

/** Type 7 quantile of sorted values. */
function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

function summary(name: string, times: number[]): Measurement {
  const sorted = [...times].sort((a, b) => a - b);
  return { name, medianNs: quantile(sorted, 0.5), p25Ns: quantile(sorted, 0.25), p75Ns: quantile(sorted, 0.75), samples: sorted.length, batchSize: 1 };
}

async function timeOnce(fn: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start);
}

/** Runs the cases and returns their rows: 1 worker against simulate, 2 workers against 1 worker. */
export async function run(): Promise<BenchRow[]> {
  const cases = {
    inProcess: { name: `simulate (in process), ${RUNS.toLocaleString('en-US')} runs`, fn: () => simulate(scenario, { runs: RUNS, seed: 1 }) },
    one: { name: `simulateParallel, 1 worker, ${RUNS.toLocaleString('en-US')} runs`, fn: () => simulateParallel(scenario, { runs: RUNS, seed: 1, workers: 1 }) },
    two: { name: `simulateParallel, 2 workers, ${RUNS.toLocaleString('en-US')} runs`, fn: () => simulateParallel(scenario, { runs: RUNS, seed: 1, workers: 2 }) },
  };
  const times: Record<keyof typeof cases, number[]> = { inProcess: [], one: [], two: [] };
  const cold: number[] = [];
  const idle = setWorkerIdleTimeout(60_000);
  try {
    for (const c of Object.values(cases)) await c.fn();
    for (let s = 0; s < SAMPLES; s++) {
      for (const key of Object.keys(cases) as (keyof typeof cases)[]) times[key].push(await timeOnce(cases[key].fn));
    }
    // Every call on new threads: the pool ends its workers as soon as a call is done.
    setWorkerIdleTimeout(0);
    for (let s = 0; s < 3; s++) cold.push(await timeOnce(cases.two.fn));
  } finally {
    setWorkerIdleTimeout(idle);
  }
  const inProcess = summary(cases.inProcess.name, times.inProcess);
  const one = summary(cases.one.name, times.one);
  const two = summary(`${cases.two.name} (target: ≥ 1.6× as fast as 1 worker)`, times.two);
  const first = summary(`${cases.two.name}, each call on new worker threads (a first call)`, cold);
  return [
    row(SUITE, inProcess),
    row(SUITE, one, { baseline: inProcess }),
    // The ratio shown is 2 workers / 1 worker; the speed-up is its inverse, and the target 1.6× is a median under 1/1.6 of 1 worker's.
    row(SUITE, two, { baseline: one, targetNs: one.medianNs / 1.6 }),
    row(SUITE, first, { baseline: two }),
  ];
}

/** The speed-up of 2 workers over 1, from the rows `run` returns. */
export function speedUp(rows: readonly BenchRow[]): number {
  return rows[1]!.medianNs / rows[2]!.medianNs;
}
