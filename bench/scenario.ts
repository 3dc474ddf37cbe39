/**
 * The scenario engine: exact `project()` of the corridor-led preset (5 drivers, 10 years; issue 3's target under
 * 50 µs) beside the same path in plain float64, and a tornado on 10 parameters of a scenario (issue 5's target under
 * 5 ms), which runs on the float64 kernel; Sobol' (under 20 ms, 100 ms with bootstrap) and Morris (under 10 ms) on a
 * scenario output.
 */
import { defineScenario, listParameters, morris, presets, project, sobol, toDocument, tornado } from '../src/index';
import { measure, row, type BenchRow } from './harness';

export function run(): BenchRow[] {
  const corridor = presets.azerbaijanIran.corridorLed;
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

  const combined = defineScenario({ ...toDocument(presets.azerbaijanIran.combined), uncertainty: {} });
  const ten = listParameters(combined).filter((p) => p.kind === 'rate' || p.kind === 'amount').map((p) => p.name).slice(0, 10);
  const tornado10 = measure(`tornado on 10 parameters of the combined preset (${ten.length} params, float64 kernel)`, () => tornado({ scenario: combined, params: ten }));
  // Sobol' and Morris on a scenario output: the combined preset's 6 uncertain parameters, value in 2029.
  const problem = { scenario: presets.azerbaijanIran.combined, output: { year: 2029 } };
  const few = { minSamples: 7, minTimeMs: 0, warmupMs: 0, batchUs: 1 };
  const sobolPlain = measure("sobol, 6 parameters of the combined preset, N = 8192, first + total", () => sobol(problem, { n: 8192, seed: 1 }), few);
  const sobolBoot = measure("the same with 100 bootstrap resamples", () => sobol(problem, { n: 8192, seed: 1, bootstrap: 100 }), few);
  const morris100 = measure('morris, 100 trajectories, the same 6 parameters', () => morris(problem, { trajectories: 100, seed: 1 }));
  return [
    row('scenario', baseline),
    row('scenario', exact, { baseline, targetNs: 50e3 }),
    row('scenario', define),
    row('scenario', fresh),
    row('scenario', tornado10, { targetNs: 5e6 }),
    row('scenario', sobolPlain, { targetNs: 20e6 }),
    row('scenario', sobolBoot, { targetNs: 100e6 }),
    row('scenario', morris100, { targetNs: 10e6 }),
  ];
}
