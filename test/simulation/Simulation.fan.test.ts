import { describe, expect, it } from 'vitest';
import { presets, simulate } from '../../src/index';

const LEVELS = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95] as const;

/** numpy's type-7 quantile of ascending values, written out here rather than taken from the library. */
function type7(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  // numpy's _lerp: from the nearer end, so that t = 1 gives b exactly.
  const t = h - lo;
  return a === b ? a : t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}

describe('Simulation: fan and quantile by counting', () => {
  // 30,000 runs: above the 8,192 at which a year's quantiles are counted in buckets instead of selected on a copy.
  const sim = simulate(presets.azerbaijanIran.combined, { runs: 30_000, seed: 'fan-by-counting' });

  it('gives every fan level bit for bit as a full sort of the year and type-7 interpolation (numpy\'s default)', () => {
    const fan = sim.fan();
    expect(fan.map((row) => row.year)).toEqual(sim.years);
    for (const row of fan) {
      const sorted = sim.valuesAt(row.year).sort();
      expect([row.p5, row.p10, row.p25, row.p50, row.p75, row.p90, row.p95]).toEqual(LEVELS.map((p) => type7(sorted, p)));
    }
    // The baseline year is one value in every run.
    expect(fan[0]).toMatchObject({ p5: 580e6, p95: 580e6 });
  });

  it('answers a first, second and third quantile of a year the same as the sort, and leaves valuesAt in run order', () => {
    const before = sim.valuesAt(2029);
    const sorted = before.slice().sort();
    for (const p of [0.5, 0.01, 0.999, 0, 1]) expect(sim.quantile(2029, p)).toBe(type7(sorted, p));
    expect(sim.valuesAt(2029)).toEqual(before);
  });
});
