/**
 * The scenario engine: exact `project()` of the corridor-led preset (5 drivers, 10 years; issue 3's target under
 * 50 µs) beside the same path in plain float64, and a tornado on 10 parameters of a scenario (issue 5's target under
 * 5 ms), which runs on the float64 kernel; Sobol' (under 20 ms, 100 ms with bootstrap) and Morris (under 10 ms) on a
 * scenario output; and the Monte Carlo of the combined preset (issue 17: at most 3× the tight loop of
 * bench/tightLoop.ts per path-year), and of today's presets beside the same loop.
 */
import { readFileSync } from 'node:fs';
import { defineScenario, listParameters, morris, presets, project, simulate, sobol, toDocument, tornado } from '../src/index';
import { measure, row, type BenchRow } from './harness';
import { tightLoop } from './tightLoop';

// The presets of the previous release, fixed (bench/fixtures/README.md): the hand-written baselines below are their twins.
const fixture = (name: string) => defineScenario(JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')));

export function run(): BenchRow[] {
  const corridor = fixture('corridor-one-lane');
  const combinedPreset = fixture('combined-one-lane');
  const floatPath = (): Float64Array => {
    // The same drivers by hand: 20% base, the railway's S-curve rate, three level ramps, in float64.
    const out = new Float64Array(11);
    let v = 580e6;
    out[0] = v;
    const sigma = (x: number) => 1 / (1 + Math.exp(-x));
    const s = (t: number) => (sigma(10 * (t - 0.5)) - sigma(-5)) / (sigma(5) - sigma(-5));
    for (let i = 1; i <= 10; i++) {
      const year = 2024 + i;
      const rail = year < 2026 ? 0 : year >= 2029 ? 1 : s((year - 2025) / 4);
      const nak = year < 2028 ? 0 : year >= 2031 ? 1 : s((year - 2027) / 4);
      const agband = year < 2025 ? 1 : year === 2025 ? 1.02 : 1.04;
      const agbandBefore = year - 1 < 2025 ? 1 : year - 1 === 2025 ? 1.02 : 1.04;
      const asta = year >= 2026 ? 1.03 : 1;
      const astaBefore = year - 1 >= 2026 ? 1.03 : 1;
      v *= (1 + 0.2 + 0.1 * rail + 0.05 * nak) * (agband / agbandBefore) * (asta / astaBefore);
      out[i] = v;
    }
    return out;
  };
  const baseline = measure('baseline: the corridor-led path in plain float64', floatPath);
  const exact = measure('project(corridorLed): 5 drivers, 10 years, exact', () => project(corridor), { minTimeMs: 1000 });
  // The same on a scenario seen for the first time: defining it is timed separately and subtracted in the note,
  // since a fresh object misses the per-driver caches (the S-curve's exp() is kept by shape, so it stays cached).
  const doc = toDocument(corridor);
  const define = measure('defineScenario(corridorLed document)', () => defineScenario(doc), { minTimeMs: 1000 });
  const fresh = measure('project(defineScenario(corridorLed document)): the same, first projection of a new scenario', () => project(defineScenario(doc)), { minTimeMs: 1000 });

  const combined = defineScenario({ ...toDocument(combinedPreset), uncertainty: {} });
  const ten = listParameters(combined).filter((p) => p.kind === 'rate' || p.kind === 'amount').map((p) => p.name).slice(0, 10);
  const tornado10 = measure(`tornado on 10 parameters of the combined preset (${ten.length} params, float64 kernel)`, () => tornado({ scenario: combined, params: ten }));
  // Sobol' and Morris on a scenario output: the combined preset's 6 uncertain parameters, value in 2029.
  const problem = { scenario: combinedPreset, output: { year: 2029 } };
  const few = { minSamples: 9, minTimeMs: 0, warmupMs: 500, batchUs: 1 };
  const points = Float64Array.from({ length: SOBOL_RUNS * 6 }, (_, i) => [0.2, 0.1, 0.03, -0.04, -0.15, 8e9][i % 6]! * (0.8 + 0.4 * ((i * 0.618034) % 1)));
  const combinedLoop = measure(`baseline: the combined preset's value in 2029 at ${SOBOL_RUNS} points, a plain float64 loop`, () => combinedIn2029(points));
  const sobolPlain = measure("sobol, 6 parameters of the combined preset, N = 8192, first + total", () => sobol(problem, { n: 8192, seed: 1 }), few);
  const sobolBoot = measure("the same with 100 bootstrap resamples", () => sobol(problem, { n: 8192, seed: 1, bootstrap: 100 }), few);
  const morris100 = measure('morris, 100 trajectories, the same 6 parameters', () => morris(problem, { trajectories: 100, seed: 1 }));
  // The combined preset's Monte Carlo with its own uncertainty (growth with 8 % volatility and a drawn rate, ramps,
  // a drawn shock, a logistic cap with a drawn capacity: 6 parameters), against the tight loop (one normal per
  // path-year, no parameters: bench/tightLoop.ts) for the same number of paths and years, so the ratio of the
  // times is the ratio per path-year.
  const monteCarlo = { minSamples: 7, minTimeMs: 0, warmupMs: 0, batchUs: 1 };
  const tight10 = measure(`baseline: tight loop (own sfc32 + ziggurat in locals), ${MC_RUNS.toLocaleString('en-US')} runs × 10 years`, () => tightLoop(MC_RUNS, 10, 1), monteCarlo);
  const combinedMc = measure(
    `simulate(combined preset), its 6 uncertain parameters, ${MC_RUNS.toLocaleString('en-US')} runs × 10 years (target: ≤ 3× the tight loop per path-year)`,
    () => simulate(combinedPreset, { runs: MC_RUNS, seed: 1 }),
    monteCarlo,
  );
  // Today's presets as a user runs them (two components each; their own uncertainty), beside the same tight loop: no
  // target, a record of what the accounts, the trade-cost corridors and the events cost per path-year.
  const presetRows = (['statusQuo', 'corridorLed', 'sanctionsDrag', 'combined'] as const).map((key) =>
    measure(`simulate(presets.azerbaijanIran.${key}), its own uncertainty, ${MC_RUNS.toLocaleString('en-US')} runs × 10 years`, () => simulate(presets.azerbaijanIran[key], { runs: MC_RUNS, seed: 1 }), monteCarlo),
  );
  return [
    row('scenario', baseline),
    row('scenario', exact, { baseline, targetNs: 50e3 }),
    row('scenario', define),
    row('scenario', fresh),
    row('scenario', tornado10, { targetNs: 5e6 }),
    row('scenario', combinedLoop),
    row('scenario', sobolPlain, { baseline: combinedLoop, targetNs: 20e6 }),
    row('scenario', sobolBoot, { baseline: combinedLoop, targetNs: 100e6 }),
    row('scenario', morris100, { targetNs: 10e6 }),
    row('scenario', tight10),
    row('scenario', combinedMc, { baseline: tight10, targetNs: tight10.medianNs * 3 }),
    ...presetRows.map((measured) => row('scenario', measured, { baseline: tight10 })),
  ];
}

/** Runs of the combined preset's Monte Carlo case (2,000,000 path-years). */
const MC_RUNS = 200_000;

/** Sobol' with N = 8192 and 6 parameters evaluates N · (6 + 2) points. */
const SOBOL_RUNS = 8192 * 8;

/**
 * What the Sobol' case computes, written by hand as an analyst would in plain float64: the combined preset's value
 * in 2029 for each row of `points` (base.rate, railway.rate, agri_zones.rate, drag.rate, sanctions.size,
 * capacity.capacity), with every fixed effect hoisted out of the loop. The ramps' phase-in shares for 2025–2029
 * and the fixed level steps are worked out once, as a spreadsheet would keep them in a row of cells.
 */
export function combinedIn2029(points: Float64Array): Float64Array {
  const sigma = (x: number) => 1 / (1 + Math.exp(-x));
  const sCurve = (t: number) => (sigma(10 * (t - 0.5)) - sigma(-5)) / (sigma(5) - sigma(-5));
  const share = (year: number, start: number, full: number) => Math.min(1, Math.max(0, (year - start + 1) / (full - start + 1)));
  const railway: number[] = [];
  const agri: number[] = [];
  const fixedRate: number[] = [];
  const fixedLevel: number[] = [];
  const level = (year: number) => (1 + 0.04 * share(year, 2025, 2026)) * (1 + 0.03 * share(year, 2026, 2026)) * (1 + 0.05 * share(year, 2025, 2027));
  for (let year = 2025; year <= 2029; year++) {
    const rail = share(year, 2026, 2029);
    railway.push(rail === 0 || rail === 1 ? rail : sCurve(rail));
    const nak = share(year, 2028, 2031);
    fixedRate.push(0.05 * (nak === 0 || nak === 1 ? nak : sCurve(nak)));
    agri.push(share(year, 2025, 2028));
    fixedLevel.push(level(year) / level(year - 1));
  }
  const out = new Float64Array(points.length / 6);
  for (let r = 0; r < out.length; r++) {
    const at = r * 6;
    const base = points[at]!;
    const rail = points[at + 1]!;
    const agriRate = points[at + 2]!;
    const drag = points[at + 3]!;
    const sanctions = points[at + 4]!;
    const capacity = points[at + 5]!;
    let v = 580e6;
    for (let i = 0; i < 5; i++) {
      const rate = base + drag + rail * railway[i]! + agriRate * agri[i]! + fixedRate[i]!;
      let next = v * (1 + rate) * fixedLevel[i]! * (i === 1 ? 1 + sanctions : 1);
      if (next > v && v < capacity) next = Math.min(capacity, v + (next - v) * (1 - v / capacity));
      else if (next > v) next = v;
      v = next;
    }
    out[r] = v;
  }
  return out;
}
