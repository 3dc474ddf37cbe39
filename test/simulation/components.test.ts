/**
 * Monte Carlo on scenarios with components, a real price basis and events (DESIGN.md, "Accounts and
 * trade-economics drivers"). With no uncertainty the paths are checked against float64 paths worked out by hand
 * below, step by step from the document (each formula is written out next to its numbers); once `project` gives
 * components, the same cases are its exact values to 1e-12.
 */
import { describe, expect, it } from 'vitest';
import { simulate, uniform, type ScenarioDocument } from '../../src/index';

const Y = [2024, 2025, 2026, 2027, 2028, 2029];

/** Relative distance, for the 1e-12 comparisons. */
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

function expectPath(actual: Float64Array[], expected: readonly number[]): void {
  expected.forEach((x, i) => {
    for (const v of actual[i]!) expect(rel(v, x), `year index ${i}: ${v} vs ${x}`).toBeLessThan(1e-12);
  });
}

const pathOf = (sim: ReturnType<typeof simulate>) => sim.years.map((y) => sim.valuesAt(y));

/**
 * Exports $60M and imports $520M in 2024: unscoped growth 5 %; a railway that lowers the exports' trade costs by
 * 10 % with trade elasticity 5, phased in linearly over 2026–2028; an imports-only 3 % from 2027 on.
 */
const accounts = (over: Partial<ScenarioDocument> = {}, drivers: ScenarioDocument['drivers'] = []): ScenarioDocument => ({
  name: 'accounts',
  baseline: { year: 2024 },
  horizon: { endYear: 2029 },
  target: { value: '800M', year: 2029 },
  components: [
    { id: 'exports', baseline: { value: '60M' } },
    { id: 'imports', baseline: { value: '520M' } },
  ],
  drivers: [
    { id: 'base', type: 'growth', rate: '5%' },
    { id: 'rail', type: 'tradeCost', scope: 'exports', change: '-10%', elasticity: 5, startYear: 2026, fullYear: 2028 },
    { id: 'imp', type: 'growth', rate: '3%', scope: 'imports', active: { from: 2027 } },
    ...drivers,
  ],
  ...over,
});

// Hand computation (float64, as written): the railway's full level is 0.9^−5; its phase φ is 1/3, 2/3, 1 in
// 2026, 2027, 2028 (n = 3 years, linear), so its level L(y) = 1 + φ(y)(0.9^−5 − 1) and its step L(y)/L(y − 1).
const full = Math.pow(0.9, -5);
const L = [1, 1, 1 + (full - 1) / 3, 1 + ((full - 1) * 2) / 3, full, full];
const exportsPath = [60e6];
for (let i = 1; i <= 5; i++) exportsPath.push(exportsPath[i - 1]! * 1.05 * (L[i]! / L[i - 1]!));
// Imports: 5 % to 2026, then 5 % + 3 % = 8 % (the imports-only driver is active from 2027).
const importsPath = [520e6, 520e6 * 1.05, 520e6 * 1.05 ** 2];
for (let i = 3; i <= 5; i++) importsPath.push(importsPath[i - 1]! * 1.08);
const totalPath = exportsPath.map((x, i) => x + importsPath[i]!);

describe('simulate on components, with no uncertainty', () => {
  it('gives the hand-computed paths of the total and of each component (1e-12)', () => {
    // A spot check of the hand computation: exports in 2026 = 63M · 1.05 · (1 + 0.6935/3).
    expect(exportsPath[2]).toBeCloseTo(81_441_868.6176, 3);
    expectPath(pathOf(simulate(accounts(), { runs: 3, seed: 1 })), totalPath);
    expectPath(pathOf(simulate(accounts(), { runs: 3, seed: 1, component: 'exports' })), exportsPath);
    expectPath(pathOf(simulate(accounts(), { runs: 3, seed: 1, component: 'imports' })), importsPath);
  });

  it('follows the component in valuesAt, quantile and fan, and keeps the probability of the TOTAL', () => {
    const sim = simulate(accounts(), { runs: 5, seed: 1, component: 'exports' });
    expect(sim.settings.component).toBe('exports');
    expect(rel(sim.quantile(2029, 0.5), exportsPath[5]!)).toBeLessThan(1e-12);
    expect(rel(sim.fan()[5]!.p95, exportsPath[5]!)).toBeLessThan(1e-12);
    // The total reaches 800M × (1 − 1e-12) first in 2029 (hand path: 2028 = 792.2M, 2029 = 851.9M); exports never do.
    expect(totalPath[4]!).toBeLessThan(800e6);
    expect(totalPath[5]!).toBeGreaterThan(800e6);
    expect(sim.probabilityOfTarget(2029).estimate).toBe(1);
    expect(sim.probabilityOfTarget(2028).estimate).toBe(0);
  });

  it('divides every value by the price index with basis real (rate, and series), the target on real values', () => {
    // (1 + 3 %)^i, i years after 2024.
    const byRate = simulate(accounts({ basis: 'real', deflator: { rate: '3%' } }), { runs: 2, seed: 1 });
    expectPath(pathOf(byRate), totalPath.map((x, i) => x / 1.03 ** i));
    expect(byRate.settings.basis).toBe('real');
    // Real 2029 total = 851.9M / 1.03^5 = 734.8M: below the 800M target.
    expect(byRate.probabilityOfTarget().estimate).toBe(0);
    const series = { 2024: 200, 2025: 210, 2026: 215, 2027: 230, 2028: 236, 2029: 240 };
    const bySeries = simulate(accounts({ basis: 'real', deflator: { series } }), { runs: 2, seed: 1, component: 'imports' });
    expectPath(pathOf(bySeries), importsPath.map((x, i) => x / (Object.values(series)[i]! / 200)));
  });

  it('caps the total with an unscoped cap and scales the components pro rata', () => {
    const capped = accounts({}, [{ id: 'ceiling', type: 'cap', capacity: '650M' }]);
    // Uncapped total U: 580, 609, 654.7, 720.7, … M. T_i = min(650M, T_{i−1} · U_i / U_{i−1}): 2026 is the first
    // capped year (T = 650M), then T stays at min(650M, 650M · U_i/U_{i−1}) = 650M; components are u_c · T / U.
    const T = totalPath.map((u, i) => (i < 2 ? u : 650e6));
    expectPath(pathOf(simulate(capped, { runs: 2, seed: 1 })), T);
    expectPath(pathOf(simulate(capped, { runs: 2, seed: 1, component: 'exports' })), exportsPath.map((x, i) => (x * T[i]!) / totalPath[i]!));
    expectPath(pathOf(simulate(capped, { runs: 2, seed: 1, component: 'imports' })), importsPath.map((x, i) => (x * T[i]!) / totalPath[i]!));
  });

  it('caps a component with a scoped cap, leaving the other alone', () => {
    const capped = accounts({}, [{ id: 'portLimit', type: 'cap', capacity: '90M', scope: 'exports' }]);
    expectPath(pathOf(simulate(capped, { runs: 2, seed: 1, component: 'exports' })), exportsPath.map((x) => Math.min(x, 90e6)));
    expectPath(pathOf(simulate(capped, { runs: 2, seed: 1, component: 'imports' })), importsPath);
  });
});

describe('simulate on components, with uncertainty', () => {
  it('shares one volatility draw per run-year between the components an unscoped driver acts on', () => {
    const doc: ScenarioDocument = {
      name: 'shared',
      baseline: { year: 2024 },
      horizon: { endYear: 2029 },
      components: [
        { id: 'exports', baseline: { value: 60 } },
        { id: 'imports', baseline: { value: 520 } },
      ],
      drivers: [{ id: 'base', type: 'growth', rate: 0.05, volatility: 0.2 }],
    };
    const { components: _parts, ...rest } = doc;
    const one: ScenarioDocument = { ...rest, baseline: { year: 2024, value: 580 } };
    const total = simulate(doc, { runs: 500, seed: 7 });
    const single = simulate(one, { runs: 500, seed: 7 });
    const exports = simulate(doc, { runs: 500, seed: 7, component: 'exports' });
    for (const year of Y) {
      const t = total.valuesAt(year);
      const s = single.valuesAt(year);
      const e = exports.valuesAt(year);
      // Same draws in both components: each keeps its baseline share 60/580, and the total is the one-part path.
      for (let r = 0; r < 500; r++) {
        expect(rel(e[r]!, (t[r]! * 60) / 580)).toBeLessThan(1e-12);
        expect(rel(t[r]!, s[r]!)).toBeLessThan(1e-12);
      }
    }
  });

  it('gives each component the normals of its own noisy drivers, from the one shared draw', () => {
    // Shared draw: per run and year, one normal for `base` and one for `expNoise` (document order). Exports see both,
    // as does a plain scenario with the same two drivers; imports see only `base`'s, as does a plain scenario whose
    // second noisy driver has a volatility so small (1e-300) that it adds nothing to a rate in float64.
    const doc: ScenarioDocument = {
      name: 'scoped noise',
      baseline: { year: 2024 },
      horizon: { endYear: 2029 },
      components: [
        { id: 'exports', baseline: { value: 60 } },
        { id: 'imports', baseline: { value: 520 } },
      ],
      drivers: [
        { id: 'base', type: 'growth', rate: 0.05, volatility: 0.2 },
        { id: 'expNoise', type: 'growth', rate: 0.01, volatility: 0.3, scope: 'exports' },
      ],
    };
    const plain = (value: number, second: { rate: number; volatility: number }): ScenarioDocument => ({
      name: 'plain',
      baseline: { year: 2024, value },
      horizon: { endYear: 2029 },
      drivers: [
        { id: 'base', type: 'growth', rate: 0.05, volatility: 0.2 },
        { id: 'second', type: 'growth', ...second },
      ],
    });
    const options = { runs: 300, seed: 21 };
    const exports = simulate(doc, { ...options, component: 'exports' });
    const imports = simulate(doc, { ...options, component: 'imports' });
    const total = simulate(doc, options);
    const exportsAlone = simulate(plain(60, { rate: 0.01, volatility: 0.3 }), options);
    const importsAlone = simulate(plain(520, { rate: 0, volatility: 1e-300 }), options);
    for (const year of Y) {
      expect(exports.valuesAt(year)).toEqual(exportsAlone.valuesAt(year));
      expect(imports.valuesAt(year)).toEqual(importsAlone.valuesAt(year));
      const e = exports.valuesAt(year);
      const m = imports.valuesAt(year);
      expect(total.valuesAt(year)).toEqual(e.map((x, r) => x + m[r]!));
    }
  });

  it('gives, with one component, the bits of the same scenario without components', () => {
    const drivers: ScenarioDocument['drivers'] = [
      { id: 'base', type: 'growth', rate: 0.05, volatility: 0.2 },
      { id: 'cut', type: 'tradeCost', change: '-10%', elasticity: 4, startYear: 2026 },
    ];
    const common = { name: 'one', horizon: { endYear: 2029 }, target: { value: 900, year: 2029 }, drivers };
    const one = simulate({ ...common, baseline: { year: 2024 }, components: [{ id: 'all', baseline: { value: 580 } }] }, { runs: 300, seed: 8 });
    const none = simulate({ ...common, baseline: { year: 2024, value: 580 } }, { runs: 300, seed: 8 });
    for (const year of Y) expect(one.valuesAt(year)).toEqual(none.valuesAt(year));
    expect(one.firstHitIndex()).toEqual(none.firstHitIndex());
  });

  it('gives a drawn parameter of a scoped driver to its component only', () => {
    const options = { uncertain: { 'rail.elasticity': uniform({ min: 2, max: 10 }) }, runs: 200, seed: 3 };
    const imports = simulate(accounts(), { ...options, component: 'imports' });
    expectPath(pathOf(imports), importsPath);
    const exports = simulate(accounts(), { ...options, component: 'exports' });
    // Exports in 2029: 60M · 1.05^5 · 0.9^−θ, θ the run's draw.
    const theta = exports.inputsOf('rail.elasticity');
    const e = exports.valuesAt(2029);
    for (let r = 0; r < 200; r++) expect(rel(e[r]!, 60e6 * 1.05 ** 5 * Math.pow(0.9, -theta[r]!))).toBeLessThan(1e-12);
  });

  it('scales every component pro rata when baseline.value is drawn', () => {
    const sim = simulate(accounts(), { uncertain: { 'baseline.value': uniform({ min: 400e6, max: 800e6 }) }, runs: 50, seed: 4, component: 'exports' });
    const b = sim.inputsOf('baseline.value');
    const e = sim.valuesAt(2029);
    for (let r = 0; r < 50; r++) expect(rel(e[r]!, (exportsPath[5]! * b[r]!) / 580e6)).toBeLessThan(1e-12);
  });
});

describe('events in Monte Carlo', () => {
  const withEvent = (probability: number | string, assume = false): ScenarioDocument => ({
    name: 'event',
    baseline: { year: 2024, value: 100 },
    horizon: { endYear: 2027 },
    drivers: [
      { id: 'base', type: 'growth', rate: 0.1 },
      { id: 'sanctions', type: 'event', year: 2026, probability: probability as number, size: '-50%', assume },
    ],
  });
  // Without the event: 100 · 1.1^3 = 133.1 in 2027; with it: 66.55.
  const happened = (sim: ReturnType<typeof simulate>) => sim.valuesAt(2027).filter((v) => v < 100).length;

  it('happens in a share of runs within 4 binomial standard errors of its probability (p = 0.3, 20,000 runs)', () => {
    const runs = 20000;
    const sim = simulate(withEvent(0.3), { runs, seed: 12 });
    // Binomial: sd of the share = √(0.3 · 0.7 / 20000) ≈ 0.00324; 4 sd ≈ 0.013.
    expect(Math.abs(happened(sim) / runs - 0.3)).toBeLessThan(4 * Math.sqrt((0.3 * 0.7) / runs));
    for (const v of sim.valuesAt(2027)) expect([133.1, 66.55].some((x) => rel(v, x) < 1e-12)).toBe(true);
  });

  it('never happens with p = 0 and always with p = 1, whatever assume says', () => {
    expect(happened(simulate(withEvent(0, true), { runs: 1000, seed: 1 }))).toBe(0);
    expect(happened(simulate(withEvent(1, false), { runs: 1000, seed: 1 }))).toBe(1000);
  });

  it('draws per run from the seed, and follows a drawn probability', () => {
    const a = simulate(withEvent(0.5), { runs: 300, seed: 'e' });
    const b = simulate(withEvent(0.5), { runs: 300, seed: 'e' });
    expect(a.valuesAt(2027)).toEqual(b.valuesAt(2027));
    const drawn = simulate(withEvent(0.5), { uncertain: { 'sanctions.probability': uniform({ min: 0, max: 1 }) }, runs: 20000, seed: 2 });
    // With p ~ U(0, 1) drawn per run, P(event) = E[p] = 0.5 (4 binomial sd = 4 · √(0.25 / 20000)).
    expect(Math.abs(happened(drawn) / 20000 - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / 20000));
  });

  it('leaves the normals of the noisy drivers as they were without events (they come first in a block)', () => {
    const noisy = (drivers: ScenarioDocument['drivers']): ScenarioDocument => ({
      ...withEvent(0),
      drivers: [{ id: 'base', type: 'growth', rate: 0.1, volatility: 0.2 }, ...drivers],
    });
    const plain = simulate(noisy([]), { runs: 100, seed: 9 });
    // The event never happens (p = 0 draws nothing); one with p = 0.5 draws a normal per run after the growth's.
    const zero = simulate(noisy([{ id: 'ev', type: 'event', year: 2026, probability: 0, size: '-50%' }]), { runs: 100, seed: 9 });
    expect(zero.valuesAt(2027)).toEqual(plain.valuesAt(2027));
    const half = simulate(noisy([{ id: 'ev', type: 'event', year: 2026, probability: 0.5, size: '-50%' }]), { runs: 100, seed: 9 });
    const p = plain.valuesAt(2027);
    const h = half.valuesAt(2027);
    for (let r = 0; r < 100; r++) expect([p[r]!, p[r]! / 2].some((x) => rel(h[r]!, x) < 1e-12)).toBe(true);
  });
});

describe('simulate on components: bad input', () => {
  it('refuses an unknown component, naming the valid ones', () => {
    expect(() => simulate(accounts(), { runs: 10, seed: 1, component: 'exprts' })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: simulate: unknown component "exprts"; components: exports, imports]`,
    );
    expect(() => simulate(withoutComponents, { runs: 10, seed: 1, component: 'exports' })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: simulate: unknown component "exports"; the scenario has no components]`,
    );
  });

  it('refuses a total cap over a component with a cap of its own (the pro-rata rule would not be exact)', () => {
    const doc = accounts({}, [
      { id: 'ceiling', type: 'cap', capacity: '650M' },
      { id: 'portLimit', type: 'cap', capacity: '90M', scope: 'exports' },
    ]);
    expect(() => simulate(doc, { runs: 10, seed: 1 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: simulate: the total cap "ceiling" scales components pro rata, which is exact only when each component's step is proportional to its value; component "exports" has "portLimit" (a cap of its own, or a rate that reads the value): scope the cap to a component, or drop one of them]`);
  });

  it('counts the component blocks in the memory budget', () => {
    expect(() => simulate(accounts(), { runs: 100000, seed: 1, memoryBudget: 5e6 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: simulate: this call would allocate about 8 MiB (paths 5 MiB, first hits 195 KiB, normals 640 KiB, component blocks 2 MiB), more than its memory budget of 5 MiB; use fewer runs, fewer uncertain parameters, a shorter horizon or keepYears, or raise memoryBudget (bytes)]`);
  });
});

const withoutComponents: ScenarioDocument = {
  name: 'plain',
  baseline: { year: 2024, value: 100 },
  horizon: { endYear: 2026 },
  drivers: [{ id: 'base', type: 'growth', rate: 0.1 }],
};
