import { describe, expect, it } from 'vitest';
import { Decimal, defineScenario, driverFields, listParameters, project, registerDriver, ScenarioError, simulate, tornado, uniform } from '../../src/index';

// A Bass-style diffusion of trade into a market of size M: growth q·(1 − V/M) that fades as turnover nears M.
// Its rate reads the value before the step, so the kernel must evaluate it every step (dependsOnValue).
registerDriver({
  type: 'test-diffusion',
  description: 'Growth that fades as turnover fills a market',
  fields: { q: driverFields.rate(), market: driverFields.amount() },
  parameters: { q: 'rate', market: 'amount' },
  exactRate: (d, _year, previous) => (d.q as Decimal).times(new Decimal(1).minus(previous.div(d.market as Decimal))),
  floatRate: (d, _year, previous) => (d.q as number) * (1 - previous / (d.market as number)),
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
