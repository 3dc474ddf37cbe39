/**
 * Speed of scenario discovery. Target (issue 8): PRIM over 10,000 runs × 6 parameters in under 200 ms. The
 * baseline is one plain float64 pass over the same matrix (each column's minimum and maximum), so the ratio says
 * how many such passes PRIM costs. The second case is `discover` end to end on the combined preset (its own six
 * uncertain parameters): a 10,000-run Latin hypercube simulation, then PRIM.
 */
import { createRng, discover, presets, prim } from '../src/index';
import { measure, row, type BenchRow, type MeasureOptions } from './harness';

const SUITE = 'discover';
const RUNS = 10_000;
const K = 6;

/** X uniform in [0, 1]^6; hits where x1 > 0.7 and x2 < 0.3, 5 % of labels flipped: a box PRIM has to peel to. */
function problem() {
  const rng = createRng(8);
  const x = new Float64Array(RUNS * K);
  const hits = new Uint8Array(RUNS);
  for (let r = 0; r < RUNS; r++) {
    for (let j = 0; j < K; j++) x[r * K + j] = rng.next();
    hits[r] = (x[r * K]! > 0.7 && x[r * K + 1]! < 0.3) !== rng.next() < 0.05 ? 1 : 0;
  }
  return { x, k: K, hits };
}

function plainPass(x: Float64Array): () => number {
  const low = new Float64Array(K);
  const high = new Float64Array(K);
  return () => {
    low.fill(Infinity);
    high.fill(-Infinity);
    for (let r = 0; r < RUNS; r++) {
      for (let j = 0; j < K; j++) {
        const v = x[r * K + j]!;
        if (v < low[j]!) low[j] = v;
        if (v > high[j]!) high[j] = v;
      }
    }
    return high[0]! - low[0]!;
  };
}

/** Runs the discovery benchmarks and returns one row per case, each after its plain-loop baseline. */
export function run(options: MeasureOptions = {}): BenchRow[] {
  const data = problem();
  const rows: BenchRow[] = [];
  const loop = measure(`plain loop, min/max of ${RUNS} × ${K} values`, plainPass(data.x), options);
  rows.push(row(SUITE, loop));
  const primCase = measure(`prim ${RUNS} runs × ${K} parameters`, () => prim(data), options);
  rows.push(row(SUITE, primCase, { baseline: loop, targetNs: 200e6 }));
  const discoverCase = measure(
    `discover combined preset, ${RUNS} runs (lhs) × ${K} parameters, end to end`,
    () => discover(presets.azerbaijanIran.combined, { runs: RUNS, seed: 1, year: 2034 }),
    options,
  );
  rows.push(row(SUITE, discoverCase, { baseline: loop }));
  return rows;
}
