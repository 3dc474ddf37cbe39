/**
 * Monte Carlo end to end (issue #17): `simulate` + `fan()` + `probabilityOfTarget()` of the status quo, 1,000,000
 * runs × 5 years, beside a baseline written independently of the library (bench/tightLoop.ts: a tight loop with its
 * own generator and ziggurat normals, then a hand-written selection pass for the seven fan levels and the share at
 * the target), and beside numpy doing the same work (bench/numpy_simulate.py, run here in a child process in the
 * same minutes, in alternation with tradepath). Targets: at most 2 × the baseline, and faster than numpy's
 * simulate + np.percentile.
 *
 * numpy's rows are medians of its own seven timed repetitions (each on a fresh generator), not harness batches; they
 * are skipped, with a note on stderr, when no Python with numpy is found (set TRADEPATH_PYTHON to choose one).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { simulate } from '../src/index';
import { statusQuo } from './simulate';
import { measure, row, type BenchRow, type Measurement } from './harness';
import { selectionPass, tightLoop } from './tightLoop';

const SUITE = 'endToEnd';
const RUNS = 1_000_000;
const YEARS = 5;


/** numpy's seven times of simulate and of simulate + percentile + share, or undefined when it cannot run here. */
function numpyTimes(): { version: string; simulate: number[]; endToEnd: number[] } | undefined {
  const script = fileURLToPath(new URL('./numpy_simulate.py', import.meta.url));
  const python = process.env.TRADEPATH_PYTHON ?? '/usr/bin/python3';
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  const child = spawnSync(python, [script, '--json'], { encoding: 'utf8', env });
  if (child.status !== 0) {
    console.error(`endToEnd: numpy rows skipped (${python} ${script} --json: ${child.error?.message ?? child.stderr.trim().split('\n').pop()})`);
    return undefined;
  }
  const parsed = JSON.parse(child.stdout) as { numpy: string; simulate: number[]; endToEnd: number[] };
  return { version: parsed.numpy, simulate: parsed.simulate, endToEnd: parsed.endToEnd };
}

/** A measurement from times in ms: median and quartiles by nearest rank. */
function fromTimes(name: string, ms: readonly number[]): Measurement {
  const ns = [...ms].map((t) => t * 1e6).sort((a, b) => a - b);
  const at = (p: number) => ns[Math.round(p * (ns.length - 1))]!;
  return { name, medianNs: at(0.5), p25Ns: at(0.25), p75Ns: at(0.75), samples: ns.length, batchSize: 1 };
}

/** Two rounds, tradepath then numpy, so that both are measured under the same load. */
export function run(): BenchRow[] {
  const options = { minSamples: 7, minTimeMs: 0, warmupMs: 0, batchUs: 1 };
  const rows: BenchRow[] = [];
  for (let round = 1; round <= 2; round++) {
    const baseline = measure(`round ${round}: baseline: tight loop + hand-written selection pass (7 fan levels a year, share at target), 1M × 5`, () => {
      const { values, hit } = tightLoop(RUNS, YEARS, 1);
      return selectionPass(values, hit, RUNS, YEARS);
    }, options);
    const simulated = measure(`round ${round}: simulate status quo, 1M runs × 5 years`, () => simulate(statusQuo, { runs: RUNS, seed: 1 }), options);
    const endToEnd = measure(`round ${round}: simulate + fan() + probabilityOfTarget() (target: ≤ 2× the baseline, and under numpy's)`, () => {
      const sim = simulate(statusQuo, { runs: RUNS, seed: 1 });
      return [sim.fan(), sim.probabilityOfTarget()];
    }, options);
    rows.push(row(SUITE, baseline), row(SUITE, simulated), row(SUITE, endToEnd, { baseline, targetNs: 2 * baseline.medianNs }));
    const numpy = numpyTimes();
    if (numpy !== undefined) {
      const npSim = fromTimes(`round ${round}: numpy ${numpy.version}: simulate in place per year (median of 7)`, numpy.simulate);
      const npEnd = fromTimes(`round ${round}: numpy ${numpy.version}: simulate + np.percentile of the 7 levels + share at target (median of 7)`, numpy.endToEnd);
      rows.push(row(SUITE, npSim, { baseline: simulated }), row(SUITE, npEnd, { baseline: endToEnd }));
    }
  }
  return rows;
}
