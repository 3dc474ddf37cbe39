/**
 * Monte Carlo throughput against a tight loop written independently of the library (bench/tightLoop.ts: its own
 * generator and ziggurat normals in locals) doing the same work in the same process: 1,000,000 runs of $580M
 * growing at Normal(20 %, 5 %) a year (floored at −99 %) for 5 years, values kept by year in one Float64Array, the
 * first year reaching $10B noted per run.
 * Targets (issues 4 and 17): simulate ≥ 0.6 × the loop's throughput — a time ratio of at most 1/0.6 ≈ 1.67 in the
 * table — and with a ramp, a shock and a cap ≥ 0.4 × (a time ratio of at most 2.5). End to end (simulate + fan() +
 * probabilityOfTarget(), beside numpy) is bench/endToEnd.ts.
 * Also: peak memory of 1,000,000 runs × 10 years (in a child process, from its maximum resident set).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { simulate, type ScenarioDocument } from '../src/index';
import { fillStandardNormal, restoreRng, streamSeed } from '../src/uncertainty/rng';
import { measure, row, type BenchRow } from './harness';
import { tightLoop } from './tightLoop';

const RUNS = 1_000_000;
const YEARS = 5;
const BLOCK = 8192;

/** The status quo of these benchmarks (also bench/endToEnd.ts's). */
export const statusQuo: ScenarioDocument = {
  name: 'status quo with volatility',
  baseline: { year: 2024, value: '$580M' },
  horizon: { endYear: 2029 },
  target: { value: '$10B', year: 2029 },
  drivers: [{ id: 'base', type: 'growth', rate: '20%', volatility: 0.05 }],
};

const mixed: ScenarioDocument = {
  ...statusQuo,
  name: 'with a ramp, a shock and a cap',
  drivers: [
    { id: 'base', type: 'growth', rate: '20%', volatility: 0.05 },
    { id: 'railway', type: 'ramp', startYear: 2026, fullYear: 2028, rate: '8%', shape: 's-curve' },
    { id: 'sanctions', type: 'shock', year: 2026, size: '-15%', recoveryYears: 2 },
    { id: 'capacity', type: 'cap', capacity: '$5B', mode: 'logistic' },
  ],
};

/**
 * A reference kept from before issue #17 (not a baseline any more: it calls the library's own normal generator):
 * a plain loop over the library's bulk normals, values by year, first hits per run.
 */
function plainLoopOnLibraryNormals(): Float64Array {
  const values = new Float64Array(RUNS * (YEARS + 1));
  const hit = new Int16Array(RUNS);
  const z = new Float64Array(BLOCK * YEARS);
  const threshold = 1e10 * (1 - 1e-12);
  for (let start = 0, b = 0; start < RUNS; start += BLOCK, b++) {
    const count = Math.min(BLOCK, RUNS - start);
    fillStandardNormal(restoreRng(streamSeed(1, b + 1)), z.subarray(0, count * YEARS));
    for (let r = 0; r < count; r++) {
      let v = 580e6;
      let first = -1;
      values[start + r] = v;
      for (let i = 0; i < YEARS; i++) {
        let rate = 0.2 + 0.05 * z[r * YEARS + i]!;
        if (rate < -0.99) rate = -0.99;
        v *= 1 + rate;
        values[(i + 1) * RUNS + start + r] = v;
        if (first < 0 && v >= threshold) first = i + 1;
      }
      hit[start + r] = first;
    }
  }
  return values;
}

function peakMemoryMb(): number {
  const script = `
    import { simulate } from './src/index';
    const doc = { name: 'm', baseline: { year: 2024, value: 580e6 }, horizon: { endYear: 2034 }, target: { value: 1e10, year: 2029 },
      drivers: [{ id: 'base', type: 'growth', rate: 0.2, volatility: 0.05 }] };
    const sim = simulate(doc, { runs: 1000000, seed: 1 });
    sim.quantile(2034, 0.5);
    console.log(process.resourceUsage().maxRSS);`;
  const root = fileURLToPath(new URL('..', import.meta.url));
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  return Number(out.trim()) / 1024;
}

export function run(): BenchRow[] {
  const options = { minSamples: 7, minTimeMs: 0, warmupMs: 0, batchUs: 1 };
  const tight = () => tightLoop(RUNS, YEARS, 1);
  const baseline = measure('baseline: tight loop (own sfc32 + ziggurat in locals, one Float64Array), 1M runs × 5 years', tight, options);
  const simple = measure("simulate status quo with volatility, 1M runs × 5 years (target: ≥ 0.6× the tight loop's throughput)", () => simulate(statusQuo, { runs: RUNS, seed: 1 }), options);
  const baseline2 = measure('baseline: tight loop (again, for the next case)', tight, options);
  const complex = measure("simulate with ramp, shock and cap, 1M runs × 5 years (target: ≥ 0.4× the tight loop's throughput)", () => simulate(mixed, { runs: RUNS, seed: 1 }), options);
  const reference = measure("reference (was the baseline before #17): plain loop on the library's own fillStandardNormal", plainLoopOnLibraryNormals, options);
  // A throughput target against the loop measured just before, as a time: the loop's median over the fraction.
  const rows = [
    row('simulate', baseline),
    row('simulate', simple, { baseline, targetNs: baseline.medianNs / 0.6 }),
    row('simulate', baseline2),
    row('simulate', complex, { baseline: baseline2, targetNs: baseline2.medianNs / 0.4 }),
    row('simulate', reference, { baseline: baseline2 }),
  ];
  // Memory is not a time: it goes to stderr and bench/README.md, not into the table of medians.
  const mb = peakMemoryMb();
  console.error(`simulate: peak resident memory of 1M runs × 10 years: ${mb.toFixed(0)} MB (target < 300 MB)`);
  return rows;
}
