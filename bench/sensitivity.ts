/**
 * Speed of the sensitivity methods on a cheap model, beside a plain loop that makes the same model calls with the
 * same reused input object (so the ratio is what the method adds: design, bookkeeping, estimators).
 * Targets (issue): Sobol' k = 6, N = 8192, first + total < 20 ms (< 100 ms with 100 bootstrap resamples);
 * Morris k = 6, 100 trajectories < 10 ms; tornado k = 10 < 5 ms.
 */
import { morris, sobol, tornado } from '../src/index';
import { measure, row, type BenchRow, type MeasureOptions } from './harness';

const SUITE = 'sensitivity';

/** A cheap model as a user would write it: fixed property reads, a little arithmetic, one interaction. */
function cheapProblem(k: 6 | 10) {
  const names = Array.from({ length: k }, (_, i) => `p${i}`);
  const params = Object.fromEntries(names.map((name) => [name, [0, 1] as [number, number]]));
  const model =
    k === 6
      ? (x: Record<string, number>) => x.p0! * x.p1! + x.p0! + 2 * x.p1! + 3 * x.p2! + 4 * x.p3! + 5 * x.p4! + 6 * x.p5!
      : (x: Record<string, number>) =>
          x.p0! * x.p1! + x.p0! + 2 * x.p1! + 3 * x.p2! + 4 * x.p3! + 5 * x.p4! + 6 * x.p5! + 7 * x.p6! + 8 * x.p7! +
          9 * x.p8! + 10 * x.p9!;
  return { names, params, model };
}

/** `runs` model calls over a prepared point matrix, filling one reused object per call as the methods do. */
function plainLoop(problem: ReturnType<typeof cheapProblem>, runs: number): () => number {
  const { names, model } = problem;
  const k = names.length;
  const points = new Float64Array(runs * k).map((_, i) => (i % 101) / 101);
  const out = new Float64Array(runs);
  return () => {
    const x: Record<string, number> = {};
    for (let r = 0; r < runs; r++) {
      for (let j = 0; j < k; j++) x[names[j]!] = points[r * k + j]!;
      out[r] = model(x);
    }
    return out[runs - 1]!;
  };
}

/** Runs the sensitivity benchmarks and returns one row per case, each after its plain-loop baseline. */
export function run(options: MeasureOptions = {}): BenchRow[] {
  const six = cheapProblem(6);
  const ten = cheapProblem(10);
  const rows: BenchRow[] = [];
  const sobolRuns = 8192 * (6 + 2);
  const sobolLoop = measure(`plain loop, ${sobolRuns} calls of a 6-parameter model`, plainLoop(six, sobolRuns), options);
  rows.push(row(SUITE, sobolLoop));
  const sobolPlain = measure('sobol k=6 n=8192 first+total', () => sobol(six, { n: 8192, seed: 1 }), options);
  rows.push(row(SUITE, sobolPlain, { baseline: sobolLoop, targetNs: 20e6 }));
  const sobolBoot = measure(
    'sobol k=6 n=8192 first+total, bootstrap 100',
    () => sobol(six, { n: 8192, seed: 1, bootstrap: 100 }),
    options,
  );
  rows.push(row(SUITE, sobolBoot, { baseline: sobolLoop, targetNs: 100e6 }));

  const morrisLoop = measure('plain loop, 700 calls of a 6-parameter model', plainLoop(six, 100 * 7), options);
  rows.push(row(SUITE, morrisLoop));
  const morrisCase = measure('morris k=6 trajectories=100', () => morris(six, { trajectories: 100, seed: 1 }), options);
  rows.push(row(SUITE, morrisCase, { baseline: morrisLoop, targetNs: 10e6 }));

  const tornadoLoop = measure('plain loop, 21 calls of a 10-parameter model', plainLoop(ten, 21), options);
  rows.push(row(SUITE, tornadoLoop));
  const tornadoCase = measure('tornado k=10', () => tornado(ten), options);
  rows.push(row(SUITE, tornadoCase, { baseline: tornadoLoop, targetNs: 5e6 }));
  return rows;
}
