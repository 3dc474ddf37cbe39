import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { futureValue, normal, project, simulate, sobol, uniform, type ScenarioDocument } from '../../src/index';
import { validDocument } from './arbitraries';

// Invariants that hold for every scenario, checked on random ones. Statistical properties run from a fixed
// fast-check seed, so their random draws (and so their verdicts) are the same on every run.

type Doc = ScenarioDocument;

/** project, or undefined when the drawn drivers combine to a rate at or below -100 % (a documented RangeError). */
function projectOrSkip(doc: Doc) {
  try {
    return project(doc);
  } catch (error) {
    if (error instanceof RangeError && /at or below -100%/.test(error.message)) return undefined;
    throw error;
  }
}

describe('exact projection', () => {
  it('with only a constant growth driver equals futureValue to 38 significant digits', () => {
    const args = fc.record({
      value: fc.integer({ min: 1, max: 10 ** 12 }),
      bp: fc.integer({ min: -9_999, max: 100_000 }),
      years: fc.integer({ min: 1, max: 200 }),
    });
    fc.assert(
      fc.property(args, ({ value, bp, years }) => {
        const rate = `${bp / 100}%`;
        const p = project({ name: 'g', baseline: { year: 2000, value }, horizon: { endYear: 2000 + years }, drivers: [{ id: 'g', type: 'growth', rate }] });
        const fv = futureValue({ start: value, rate, years });
        // Reference: FV = PV·(1 + r)^n (Excel FV with no payments); project rounds each of n steps at 40 digits.
        const last = p.values[years]!;
        expect(last.minus(fv).abs().div(fv).toNumber()).toBeLessThan(1e-37 * years);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every value positive and every yearly rate above -100 %', () => {
    fc.assert(
      fc.property(validDocument({ maxYears: 60 }), (doc) => {
        const p = projectOrSkip(doc);
        if (p === undefined) return;
        for (const v of p.values) expect(v.gt(0)).toBe(true);
        for (const r of p.rates) expect(r.gt(-1)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('never exceeds a hard cap after the first step, and never crosses a logistic cap from below', () => {
    fc.assert(
      fc.property(validDocument({ maxYears: 40 }), fc.integer({ min: 100, max: 60_000 }), fc.boolean(), (doc, capM, logistic) => {
        const capacity = capM * 1e6;
        const capped = { ...doc, drivers: [...doc.drivers, { id: 'limit', type: 'cap', capacity, mode: logistic ? 'logistic' : 'hard' }] };
        const p = projectOrSkip(capped);
        if (p === undefined) return;
        for (let i = 1; i < p.values.length; i++) {
          const previous = p.values[i - 1]!;
          const value = p.values[i]!;
          if (!logistic) expect(value.lte(capacity)).toBe(true);
          else if (previous.lte(capacity)) expect(value.lte(capacity)).toBe(true);
          else expect(value.lte(previous)).toBe(true); // above capacity a logistic cap lets it fall, never grow
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a logistic cap holds even when one year more than doubles the value', () => {
    // Regression: the discrete logistic V + (U − V)(1 − V/K) overshoots K when U > 2V (here 300 % growth).
    const p = project({ name: 'boom', baseline: { year: 2024, value: 500 }, horizon: { endYear: 2025 }, drivers: [{ id: 'g', type: 'growth', rate: 3 }, { id: 'c', type: 'cap', capacity: 1000, mode: 'logistic' }] });
    expect(p.values[1]!.toString()).toBe('1000');
  });
});

describe('simulate', () => {
  it('with no uncertainty equals project to 1e-12 relative, in every run and year', () => {
    fc.assert(
      fc.property(validDocument({ maxYears: 40 }), (doc) => {
        const p = projectOrSkip(doc);
        if (p === undefined) return;
        const sim = simulate(doc, { runs: 3, seed: 1 });
        expect(sim.flooredSteps).toBe(0);
        p.years.forEach((year, i) => {
          const exact = p.values[i]!.toNumber();
          for (const v of sim.valuesAt(year)) expect(Math.abs(v - exact) / exact).toBeLessThan(1e-12);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('gives ordered fan quantiles, positive values and probabilities in [0, 1] with low ≤ estimate ≤ high', () => {
    const uncertain = fc.record({
      sd: fc.integer({ min: 1, max: 30 }).map((p) => p / 100),
      volatility: fc.integer({ min: 0, max: 40 }).map((p) => p / 100),
      sampler: fc.constantFrom('random' as const, 'lhs' as const, 'sobol' as const),
      seed: fc.integer({ min: 0, max: 2 ** 31 }),
    });
    fc.assert(
      fc.property(validDocument({ maxYears: 30 }), uncertain, (doc, u) => {
        const withBase = { ...doc, drivers: [{ id: 'base', type: 'growth', rate: '10%', volatility: u.volatility }, ...doc.drivers] };
        const sim = simulate(withBase, { uncertain: { 'base.rate': normal({ mean: 0.1, sd: u.sd }) }, runs: 300, seed: u.seed, sampler: u.sampler });
        for (const row of sim.fan()) {
          const q = [row.p5, row.p10, row.p25, row.p50, row.p75, row.p90, row.p95];
          for (let i = 1; i < q.length; i++) expect(q[i]!).toBeGreaterThanOrEqual(q[i - 1]!);
          expect(q[0]!).toBeGreaterThan(0);
          expect(Number.isFinite(q[6]!)).toBe(true);
          // quantile(year, p) is monotone in p too, between the fan's points.
          expect(sim.quantile(row.year, 0.3)).toBeGreaterThanOrEqual(row.p25);
          expect(sim.quantile(row.year, 0.3)).toBeLessThanOrEqual(row.p50);
        }
        if (withBase.target !== undefined) {
          let last = 0;
          for (const year of sim.years) {
            const pr = sim.probabilityOfTarget(year);
            expect(pr.low).toBeGreaterThanOrEqual(0);
            expect(pr.high).toBeLessThanOrEqual(1);
            expect(pr.low).toBeLessThanOrEqual(pr.estimate);
            expect(pr.estimate).toBeLessThanOrEqual(pr.high);
            // "First reached in or before the year": never falls as the year moves on.
            expect(pr.estimate).toBeGreaterThanOrEqual(last);
            last = pr.estimate;
          }
        }
      }),
      { numRuns: 25, seed: 20240611 },
    );
  });
});

describe('sobol on random additive models', () => {
  // Reference: for y = Σ a_i x_i with independent x_i, S_i = ST_i = a_i² Var(x_i) / Σ_j a_j² Var(x_j) (Saltelli et
  // al. 2008, "Global Sensitivity Analysis: The Primer", §4.1): no interactions, so first and total orders agree.
  const model = fc.record({
    coefficients: fc.array(fc.integer({ min: -20, max: 20 }).filter((a) => a !== 0), { minLength: 2, maxLength: 5 }),
    widths: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 5, maxLength: 5 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 }),
  });

  it('estimates every index in [0, 1] within its confidence band, and the analytic index within 4.5 standard errors', () => {
    fc.assert(
      fc.property(model, ({ coefficients, widths, seed }) => {
        const names = coefficients.map((_, i) => `x${i}`);
        const params = Object.fromEntries(names.map((n, i) => [n, uniform({ min: 0, max: widths[i]! })]));
        const variances = names.map((_, i) => (coefficients[i]! * widths[i]!) ** 2 / 12);
        const total = variances.reduce((a, b) => a + b, 0);
        const result = sobol(
          { model: (x) => names.reduce((y, n, i) => y + coefficients[i]! * x[n]!, 0), params },
          { n: 512, seed, bootstrap: 100 },
        );
        names.forEach((n, i) => {
          const analytic = variances[i]! / total;
          for (const kind of ['first', 'total'] as const) {
            const estimate = result[kind][n]!;
            const se = result.standardErrors[kind][n]!;
            const interval = result.intervals![kind][n]!;
            expect(Number.isFinite(estimate) && Number.isFinite(se)).toBe(true);
            expect(estimate + 1.96 * se).toBeGreaterThanOrEqual(0);
            expect(estimate - 1.96 * se).toBeLessThanOrEqual(1);
            expect(interval.low).toBeLessThanOrEqual(interval.high);
            expect(interval.high).toBeGreaterThanOrEqual(0);
            expect(interval.low).toBeLessThanOrEqual(1);
            expect(Math.abs(estimate - analytic)).toBeLessThanOrEqual(4.5 * se + 1e-9);
          }
        });
      }),
      { numRuns: 20, seed: 7 },
    );
  });
});
