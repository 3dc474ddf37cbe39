import { describe, expect, it } from 'vitest';
import { Decimal, defineScenario, driverFields, listParameters, project, registerDriver, ScenarioError, simulate, tornado, uniform } from '../../src/index';
import { parameterLabel } from '../../src/report/internal/parameterLabel';
import { baseDriver } from '../../src/scenario/baseDriver';

// A Bass-style diffusion of trade into a market of size M: growth q·(1 − V/M) that fades as turnover nears M.
// Its rate reads the value before the step, so the kernel must evaluate it every step (dependsOnValue).
registerDriver({
  type: 'test-diffusion',
  description: 'Growth that fades as turnover fills a market',
  fields: { q: driverFields.rate(), market: driverFields.amount() },
  parameters: { q: 'rate', market: 'amount' },
  // The fields arrive typed from `fields` (Decimals here, numbers in floatRate): no casts.
  exactRate: (d, _year, previous) => d.q.times(new Decimal(1).minus(previous.div(d.market))),
  floatRate: (d, _year, previous) => d.q * (1 - previous / d.market),
});

const doc = {
  name: 'diffusion',
  baseline: { year: 2024, value: 100 },
  horizon: { endYear: 2027 },
  target: { value: 150, year: 2027 },
  drivers: [{ id: 'bass', type: 'test-diffusion', q: '50%', market: 400 }],
};

describe('a user-written driver', () => {
  it('projects exactly: V · (1 + q(1 − V/M)) by hand', () => {
    // 100 → 100·(1 + 0.5·0.75) = 137.5 → 137.5·(1 + 0.5·(1 − 137.5/400)) = 182.6171875
    const p = project(doc);
    expect(p.values.slice(0, 3).map(String)).toEqual(['100', '137.5', '182.6171875']);
  });

  it('validates its fields in documents, with paths, and joins the parameters', () => {
    expect(() => defineScenario({ ...doc, drivers: [{ id: 'bass', type: 'test-diffusion', q: '50%', market: -1 }] })).toThrow(ScenarioError);
    expect(listParameters(defineScenario(doc)).map((p) => `${p.name}:${p.kind}`)).toEqual([
      'baseline.value:amount',
      'target.value:amount',
      'bass.q:rate',
      'bass.market:amount',
    ]);
  });

  it('runs in the float64 kernel as it does exactly, and in the analyses', () => {
    const exact = project(doc).values.map((v) => v.toNumber());
    const sim = simulate(doc, { runs: 4, seed: 1 });
    sim.years.forEach((year, i) => expect(sim.valuesAt(year)[0]! / exact[i]!).toBeCloseTo(1, 12));
    const uncertain = simulate(doc, { runs: 2000, seed: 1, uncertain: { 'bass.market': uniform({ min: 200, max: 600 }) } });
    expect(uncertain.probabilityOfTarget().estimate).toBeGreaterThan(0);
    const t = tornado(doc);
    expect(t.bars.map((b) => b.param).sort()).toEqual(['baseline.value', 'bass.market', 'bass.q']);
  });

  it('refuses a malformed type, a taken name, and a half-given effect', () => {
    const base = { description: 'x', fields: {} };
    expect(() => registerDriver({ ...base, type: 'growth', exactRate: () => new Decimal(0), floatRate: () => 0 })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: registerDriver: a driver type "growth" is already registered]`,
    );
    expect(() => registerDriver({ ...base, type: 'Bad Name', exactRate: () => new Decimal(0), floatRate: () => 0 })).toThrow(TypeError);
    expect(() => registerDriver({ ...base, type: 'half', exactRate: () => new Decimal(0) })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: registerDriver: exactRate and floatRate go together; "half" has one]`,
    );
    expect(() => registerDriver({ ...base, type: 'none' })).toThrow(/needs an effect/);
    expect(() => registerDriver({ ...base, type: 'clash', fields: { id: driverFields.text() }, exactRate: () => new Decimal(0), floatRate: () => 0 })).toThrow(
      'registerDriver: field "id" is common to every driver; rename it',
    );
  });
});

// Issue #16: the engines ask a driver's type what it is (`base`, `main`) instead of testing its name.
registerDriver({
  type: 'test-base',
  description: 'A base growth of its own',
  fields: { rate: driverFields.rate(), volatility: driverFields.volatility().optional() },
  parameters: { rate: 'rate', volatility: 'rate' },
  base: true,
  main: ['rate'],
  dependsOnValue: false,
  exactRate: (d) => d.rate,
  floatRate: (d) => d.rate,
});
registerDriver({
  type: 'test-noisy-level',
  description: 'A level whose field happens to be called volatility',
  fields: { volatility: driverFields.rate() },
  exactLevel: (d, year) => (year >= 2026 ? d.volatility.plus(1) : new Decimal(1)),
  floatLevel: (d, year) => (year >= 2026 ? 1 + d.volatility : 1),
});

describe('a registered type that says what it is', () => {
  const based = {
    name: 'own base',
    baseline: { year: 2024, value: 100 },
    horizon: { endYear: 2027 },
    drivers: [
      { id: 'b', type: 'test-base', label: 'Own base', rate: '10%' },
      { id: 's', type: 'schedule', rates: { '2026': '50%' }, mode: 'replace' },
    ],
  };

  it('is replaced by a schedule in replace mode, as growth is (base: true)', () => {
    // By hand: 100 → 110 (+10%) → 165 (2026: the schedule's 50% replaces the base's 10%) → 181.5 (+10%).
    // Were it not a base, 2026 would add both: 110 · 1.6 = 176.
    expect(project(based).values.map(String)).toEqual(['100', '110', '165', '181.5']);
    const sim = simulate(based, { runs: 2, seed: 1 });
    expect(sim.valuesAt(2027)[0]! / 181.5).toBeCloseTo(1, 12);
  });

  it("has its volatility drawn each simulated year, and left out of sensitivity's defaults", () => {
    const noisy = { ...based, drivers: [{ ...based.drivers[0]!, volatility: '5%' }] };
    const values = simulate(noisy, { runs: 50, seed: 1 }).valuesAt(2027);
    expect(new Set(values).size).toBe(50); // each run its own rates
    expect(tornado(noisy).bars.map((b) => b.param).sort()).toEqual(['b.rate', 'baseline.value']);
    // A field called volatility on a type that is not a base is an ordinary parameter, and is swept.
    const level = { ...based, drivers: [{ id: 'n', type: 'test-noisy-level', volatility: '20%' }] };
    expect(tornado(level).bars.map((b) => b.param).sort()).toEqual(['baseline.value', 'n.volatility']);
  });

  it("is the scenario's base that reports and discover read its momentum from", () => {
    const own = baseDriver(defineScenario(based));
    expect([own?.driver.id, String(own?.rate)]).toEqual(['b', '0.1']); // the document's 10%
    const growth = defineScenario({ ...based, drivers: [based.drivers[1]!, { id: 'g', type: 'growth', rate: '7%' }] });
    expect(String(baseDriver(growth)?.rate)).toBe('0.07');
    expect(baseDriver(defineScenario({ ...based, drivers: [based.drivers[1]!] }))).toBeUndefined();
  });

  it('is named by its label alone for its main field (main)', () => {
    const s = defineScenario({ ...based, drivers: [{ ...based.drivers[0]!, volatility: '5%' }] });
    expect(['b.rate', 'b.volatility'].map((p) => parameterLabel(s, p))).toEqual(['Own base', 'Own base: volatility']);
  });

  it('refuses a main or a base that does not fit the type', () => {
    const base = { description: 'x', fields: { rate: driverFields.rate() }, exactRate: () => new Decimal(0), floatRate: () => 0 };
    // @ts-expect-error main names fields of the type
    expect(() => registerDriver({ ...base, type: 'bad-main', main: ['speed'] })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: registerDriver: main must list fields of "bad-main" ('rate'), got "speed"]`,
    );
    expect(() => registerDriver({ ...base, type: 'bad-main', main: 'rate' as never })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: registerDriver: main must list fields of "bad-main" ('rate'), got "rate"]`,
    );
    expect(() => registerDriver({ ...base, type: 'bad-base', base: 'yes' as never })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: registerDriver: base must be true or false, got "yes"]`,
    );
    const level = { description: 'x', fields: {}, exactLevel: () => new Decimal(1), floatLevel: () => 1 };
    expect(() => registerDriver({ ...level, type: 'bad-base', base: true })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: registerDriver: "bad-base" is a base (base: true), so it needs a rate: exactRate/floatRate]`,
    );
  });
});

describe('a user-written rate driver in a scenario with components (issue #13)', () => {
  it('reads its own component as `previous`, not the total', () => {
    // Market 100, q = 50 %: exports 10 → 10·(1 + 0.5·0.9) = 14.5; imports 90 → 90·(1 + 0.5·0.1) = 94.5.
    // Read against the total (100), neither would grow.
    const p = project({
      name: 'diffusion by component',
      baseline: { year: 2024 },
      horizon: { endYear: 2025 },
      components: [{ id: 'exports', baseline: { value: 10 } }, { id: 'imports', baseline: { value: 90 } }],
      drivers: [{ id: 'bass', type: 'test-diffusion', q: '50%', market: 100 }],
    });
    expect(p.components!.exports!.map(String)).toEqual(['10', '14.5']);
    expect(p.components!.imports!.map(String)).toEqual(['90', '94.5']);
    expect(p.values.map(String)).toEqual(['100', '109']);
  });
});
