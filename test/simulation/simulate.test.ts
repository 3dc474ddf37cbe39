import { describe, expect, it } from 'vitest';
import { normal, presets, project, simulate, uniform, type ScenarioDocument } from '../../src/index';
import { certain } from '../helpers/certain';

const simple = (over: Partial<ScenarioDocument> = {}): ScenarioDocument => ({
  name: 'simple',
  baseline: { year: 2024, value: 100 },
  horizon: { endYear: 2029 },
  target: { value: 200, year: 2029 },
  drivers: [{ id: 'base', type: 'growth', rate: 0.1 }],
  ...over,
});

describe('simulate with no uncertainty', () => {
  it('equals the exact projection to 1e-12 relative for every preset', () => {
    for (const scenario of Object.values(presets.azerbaijanIran).map(certain)) {
      const sim = simulate(scenario, { runs: 3, seed: 1 });
      const exact = project(scenario);
      sim.years.forEach((year, i) => {
        const expected = exact.values[i]!.toNumber();
        for (const v of sim.valuesAt(year)) expect(Math.abs(v - expected) / expected).toBeLessThan(1e-12);
      });
      expect(sim.probabilityOfTarget().estimate).toBe(exact.target!.reachedIn === null ? 0 : 1);
    }
  });

  it('reports zero hits as an upper bound: 0, and high = z²/(n + z²) ≈ 3.84/n', () => {
    const sim = simulate(presets.azerbaijanIran.momentum, { runs: 1000, seed: 1 });
    const p = sim.probabilityOfTarget();
    const z2 = 1.959963984540054 ** 2; // Reference: Wilson interval at 0 successes, closed form
    expect(p).toMatchObject({ estimate: 0, low: 0, hits: 0, runs: 1000, upperBoundOnly: true });
    expect(p.high).toBeCloseTo(z2 / (1000 + z2), 15);
  });
});

describe('simulate: statistics against closed forms', () => {
  it('matches P(rate ≥ r*) for one uniform uncertain rate (within 4 standard errors)', () => {
    // 100 · (1 + r)^5 ≥ 200 ⇔ r ≥ 2^(1/5) − 1; with r ~ U(0, 0.3): P = (0.3 − (2^(1/5) − 1)) / 0.3
    const exact = (0.3 - (2 ** (1 / 5) - 1)) / 0.3;
    const runs = 20000;
    const sim = simulate(simple(), { uncertain: { 'base.rate': uniform({ min: 0, max: 0.3 }) }, runs, seed: 11 });
    const se = Math.sqrt((exact * (1 - exact)) / runs);
    expect(Math.abs(sim.probabilityOfTarget().estimate - exact)).toBeLessThan(4 * se);
    // The 95 % Wilson interval is about ±1.96 standard errors wide at this n
    const { low, high } = sim.probabilityOfTarget();
    expect((high - low) / (2 * 1.959963984540054 * se)).toBeCloseTo(1, 2);
  });

  it('draws each year’s rate from Normal(rate, volatility), independently by year', () => {
    // One growth driver, rate 0.1, volatility 0.2: V₁ = 100 (1 + r₁), so E V₁ = 110 and sd V₁ = 20; the floor at
    // −99 % lies 5.45 sd below the mean and changes nothing measurable.
    const runs = 40000;
    const sim = simulate(simple({ drivers: [{ id: 'base', type: 'growth', rate: 0.1, volatility: 0.2 }] }), { runs, seed: 5 });
    const [, y1] = sim.stats();
    expect(Math.abs(y1!.mean - 110)).toBeLessThan((4 * 20) / Math.sqrt(runs));
    expect(Math.abs(y1!.sd - 20)).toBeLessThan((4 * 20) / Math.sqrt(2 * runs));
    // Growth in year 1 and in year 2 are uncorrelated: |corr| < 4/√n
    const v0 = sim.valuesAt(2024);
    const v1 = sim.valuesAt(2025);
    const v2 = sim.valuesAt(2026);
    const g1 = v1.map((v, i) => v / v0[i]!);
    const g2 = v2.map((v, i) => v / v1[i]!);
    const mean = (a: Float64Array) => a.reduce((s, x) => s + x, 0) / a.length;
    const m1 = mean(g1);
    const m2 = mean(g2);
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < runs; i++) {
      sxy += (g1[i]! - m1) * (g2[i]! - m2);
      sxx += (g1[i]! - m1) ** 2;
      syy += (g2[i]! - m2) ** 2;
    }
    expect(Math.abs(sxy / Math.sqrt(sxx * syy))).toBeLessThan(4 / Math.sqrt(runs));
  });

  it('floors a combined rate below −99 %, counts it, and keeps values positive', () => {
    const sim = simulate(
      simple({ drivers: [{ id: 'base', type: 'growth', rate: 0, volatility: 1 }, { id: 'drag', type: 'growth', rate: -0.5 }] }),
      { runs: 5000, seed: 3 },
    );
    expect(sim.flooredSteps).toBeGreaterThan(0);
    for (const year of sim.years) for (const v of sim.valuesAt(year)) expect(v).toBeGreaterThan(0);
  });
});

describe('simulate: samplers', () => {
  const oneStep = simple({ horizon: { endYear: 2025 }, target: { value: 150, year: 2025 } });

  it('Latin hypercube puts exactly one run in each of n strata', () => {
    const n = 500;
    const sim = simulate(oneStep, { uncertain: { 'base.rate': uniform({ min: 0, max: 1 }) }, runs: n, seed: 2, sampler: 'lhs' });
    const strata = Array.from(sim.valuesAt(2025), (v) => Math.floor((v / 100 - 1) * n)).sort((a, b) => a - b);
    expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
  });

  it('a scrambled Sobol’ net of 2^m runs has its mean within 1/n of the true mean', () => {
    const n = 1024;
    const sim = simulate(oneStep, { uncertain: { 'base.rate': uniform({ min: 0, max: 1 }) }, runs: n, seed: 2, sampler: 'sobol' });
    const rates = sim.inputsOf('base.rate');
    expect(Math.abs(rates.reduce((s, x) => s + x, 0) / n - 0.5)).toBeLessThan(1 / n);
  });
});

describe('simulate: results', () => {
  const sim = simulate(presets.azerbaijanIran.momentum, {
    uncertain: { 'base.rate': normal({ mean: 0.2, sd: 0.15 }) },
    runs: 20000,
    seed: 'fan',
  });

  it('is reproducible: the same seed gives the same runs, another seed other runs', () => {
    const again = simulate(presets.azerbaijanIran.momentum, { uncertain: { 'base.rate': normal({ mean: 0.2, sd: 0.15 }) }, runs: 20000, seed: 'fan' });
    expect(again.valuesAt(2034)).toEqual(sim.valuesAt(2034));
    const other = simulate(presets.azerbaijanIran.momentum, { uncertain: { 'base.rate': normal({ mean: 0.2, sd: 0.15 }) }, runs: 20000, seed: 'fun' });
    expect(other.valuesAt(2034)).not.toEqual(sim.valuesAt(2034));
    expect(sim.settings).toMatchObject({ runs: 20000, seed: 'fan', sampler: 'random', blockSize: 8192, uncertain: { 'base.rate': { type: 'normal', mean: 0.2, sd: 0.15 } } });
  });

  it('has ordered fan bands, and quantile agrees with the fan', () => {
    for (const row of sim.fan()) {
      const q = [row.p5, row.p10, row.p25, row.p50, row.p75, row.p90, row.p95];
      for (let i = 1; i < q.length; i++) expect(q[i]!).toBeGreaterThanOrEqual(q[i - 1]!);
      expect(sim.quantile(row.year, 0.5)).toBe(row.p50);
    }
  });

  it('gives probabilities that grow with the year and a first-year distribution that adds up to 1', () => {
    const byYear = sim.probabilityByYear().map((p) => p.estimate);
    for (let i = 1; i < byYear.length; i++) expect(byYear[i]!).toBeGreaterThanOrEqual(byYear[i - 1]!);
    const first = sim.firstReached();
    expect(first.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
    expect(first.at(-1)!.year).toBeNull();
    expect(sim.probabilityOfTarget(2034).hits).toBe(first.slice(0, -1).reduce((s, r) => s + r.runs, 0));
    // Each run's hit year agrees with its path
    const hits = sim.firstHitIndex();
    const v2029 = sim.valuesAt(2029);
    for (let r = 0; r < 200; r++) expect(hits[r]! >= 0 && hits[r]! <= 5).toBe(v2029[r]! >= 1e10 * (1 - 1e-12));
  });

  it('serialises its summaries to JSON', () => {
    const json = JSON.parse(JSON.stringify(sim));
    expect(Object.keys(json)).toEqual(['settings', 'years', 'flooredSteps', 'clampedDraws', 'fan', 'stats', 'target', 'probabilityOfTarget', 'probabilityByYear', 'firstReached']);
  });
});

describe('simulate: bad input', () => {
  const s = presets.azerbaijanIran.momentum;
  it.each([
    [{ runs: 0, seed: 1 }],
    [{ runs: 1.5, seed: 1 }],
    [{ runs: 1e12, seed: 1 }],
  ])('rejects runs %o', (options) => {
    expect(() => simulate(s, options)).toThrow(new RangeError(`simulate: runs must be a whole number from 1 to 5,000,000, got ${options.runs}`));
  });

  it('rejects a bad seed, sampler, parameter, and an amount drawn at or below 0', () => {
    expect(() => simulate(s, { runs: 10, seed: 1.5 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: simulate: seed must be a safe integer or a string, got 1.5]`);
    // One seed rule for every seeded call (src/internal/checkSeed.ts): a number that is not a safe integer is a
    // RangeError, as createRng and the sensitivity methods already said; anything else is a TypeError.
    expect(() => simulate(s, { runs: 10, seed: null as never })).toThrowErrorMatchingInlineSnapshot(`[TypeError: simulate: seed must be a safe integer or a string, got null]`);
    expect(() => simulate(s, { runs: 10, seed: 1, sampler: 'halton' as never })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: simulate: sampler must be 'random', 'lhs' or 'sobol', got "halton"]`,
    );
    expect(() => simulate(s, { runs: 10, seed: 1, uncertain: { 'base.rat': normal({ mean: 0, sd: 1 }) } })).toThrowErrorMatchingInlineSnapshot(`
      [ScenarioError: simulate: unknown parameter "base.rat" (1 problem):
        - uncertain["base.rat"]: unknown parameter; valid parameters of "Momentum: 20% a year": baseline.value, target.value, base.rate]
    `);
    expect(() => simulate(s, { runs: 100, seed: 1, uncertain: { 'baseline.value': normal({ mean: 100, sd: 300 }) } })).toThrow(
      /simulate: baseline.value drew -?[\d.e+-]+, but an amount must stay above 0/,
    );
    const long = simple({ horizon: { endYear: 2124 } });
    expect(() => simulate(long, { runs: 1_000_000, seed: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: simulate: 1000000 runs × 101 years is more than 60,000,000 values in memory; use fewer runs or a shorter horizon]`,
    );
  });

  it('reports progress per block and stops when aborted', () => {
    const seen: number[] = [];
    simulate(s, { runs: 20000, seed: 1, onProgress: (done, total) => seen.push(done, total) });
    expect(seen).toEqual([8192, 20000, 16384, 20000, 20000, 20000]);
    const controller = new AbortController();
    expect(() =>
      simulate(s, { runs: 20000, seed: 1, signal: controller.signal, onProgress: () => controller.abort(new Error('stop')) }),
    ).toThrow('stop');
  });
});

describe('simulate: correlated inputs', () => {
  it('imposes the rank correlation asked for and keeps each distribution', async () => {
    const { sampleRankCorrelation } = await import('simple-statistics');
    const runs = 5000;
    const rho = 0.6;
    const uncertain = { 'base.rate': normal({ mean: 0.2, sd: 0.05 }), 'baseline.value': uniform({ min: 500e6, max: 700e6 }) };
    const sim = simulate(presets.azerbaijanIran.momentum, { runs, seed: 4, uncertain, correlations: { 'base.rate': { 'baseline.value': rho } } });
    const a = Array.from(sim.inputsOf('base.rate'));
    const b = Array.from(sim.inputsOf('baseline.value'));
    // Reference: the standard error of Spearman's rho is about (1 − ρ²)/√(n − 3) (Fieller et al. 1957)
    expect(Math.abs(sampleRankCorrelation(a, b) - rho)).toBeLessThan((3 * (1 - rho ** 2)) / Math.sqrt(runs - 3));
    const independent = simulate(presets.azerbaijanIran.momentum, { runs, seed: 4, uncertain });
    expect([...sim.inputsOf('baseline.value')].sort()).toEqual([...independent.inputsOf('baseline.value')].sort());
  });

  it('rejects a correlation of a parameter that is not uncertain, or out of range', () => {
    const uncertain = { 'base.rate': normal({ mean: 0.2, sd: 0.05 }) };
    expect(() => simulate(presets.azerbaijanIran.momentum, { runs: 10, seed: 1, uncertain, correlations: { 'base.rate': { 'baseline.value': 0.5 } } })).toThrow(
      'simulate: correlations name "baseline.value", which is not uncertain; uncertain: base.rate',
    );
    const two = { ...uncertain, 'baseline.value': uniform({ min: 1, max: 2 }) };
    expect(() => simulate(presets.azerbaijanIran.momentum, { runs: 10, seed: 1, uncertain: two, correlations: { 'base.rate': { 'baseline.value': 1.5 } } })).toThrow(
      'simulate: correlations["base.rate"]["baseline.value"] must be in [-1, 1], got 1.5',
    );
  });
});

describe('simulate: beyond float64', () => {
  it('is a clear error, not an Infinity or a 0 standing in for a value', () => {
    const huge = { name: 'huge', baseline: { year: 2024, value: '1e24' }, horizon: { endYear: 2224 }, drivers: [1, 2, 3].map((i) => ({ id: `g${i}`, type: 'growth', rate: 10 })) };
    expect(() => simulate(huge, { runs: 2, seed: 1 })).toThrow("simulate: a run's value grows beyond what float64 holds (about 1e308) by 2224; shorten the horizon or narrow the rates");
    const tiny = { name: 'tiny', baseline: { year: 2024, value: '$580M' }, horizon: { endYear: 2224 }, drivers: [{ id: 'g', type: 'growth', rate: -0.98 }] };
    expect(() => simulate(tiny, { runs: 2, seed: 1 })).toThrow(/falls below what float64 holds/);
  });
});

describe('simulate: the kernel’s loops agree', () => {
  it('gives the same bits in its fast loop (one noisy growth driver) as in the general one', () => {
    const doc = simple({ drivers: [{ id: 'base', type: 'growth', rate: 0.2, volatility: 0.3 }] });
    // A cap that never binds changes no value but sends every run through the general loop.
    const general = simple({ drivers: [{ id: 'base', type: 'growth', rate: 0.2, volatility: 0.3 }, { id: 'c', type: 'cap', capacity: '1e24' }] });
    const a = simulate(doc, { runs: 20000, seed: 8 });
    const b = simulate(general, { runs: 20000, seed: 8 });
    for (const year of a.years) expect(a.valuesAt(year)).toEqual(b.valuesAt(year));
    expect(a.firstHitIndex()).toEqual(b.firstHitIndex());
  });
});
