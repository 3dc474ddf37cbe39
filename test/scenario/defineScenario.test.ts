import { describe, expect, it } from 'vitest';
import { defineScenario, Decimal, isScenario, ScenarioError, toDocument, type ScenarioDocument } from '../../src/index';

const valid: ScenarioDocument = {
  name: 'Status quo',
  baseline: { year: 2024, value: '$580M' },
  horizon: { endYear: 2034 },
  target: { value: '$10B', year: 2029 },
  drivers: [{ id: 'base', type: 'growth', rate: '20%' }],
};

function issuesOf(doc: unknown): { path: string; message: string }[] {
  try {
    defineScenario(doc as ScenarioDocument);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return [...(error as ScenarioError).issues];
  }
  throw new Error('expected a ScenarioError');
}

describe('defineScenario', () => {
  it('parses forgiving amounts and rates into exact Decimals, fills defaults and freezes', () => {
    const s = defineScenario(valid);
    expect(s.baseline.value.toString()).toBe('580000000');
    expect(s.target?.value.toString()).toBe('10000000000');
    const base = s.drivers[0]!;
    expect(base.type === 'growth' && String(base.rate)).toBe('0.2');
    expect(s.currency).toBe('USD');
    expect(s.sources).toEqual([]);
    expect(Object.isFrozen(s) && Object.isFrozen(s.drivers) && Object.isFrozen(s.drivers[0])).toBe(true);
    expect(isScenario(s)).toBe(true);
    expect(isScenario({ ...s })).toBe(false);
    expect(defineScenario(s)).toBe(s);
  });

  it('round-trips through toDocument and JSON', () => {
    const s = defineScenario({
      ...valid,
      drivers: [
        { id: 'base', type: 'growth', rate: '20%', volatility: 0.05, label: 'Base', assumption: 'carried on' },
        { id: 'r', type: 'ramp', startYear: 2026, fullYear: 2028, rate: '8%', shape: 's-curve' },
        { id: 's', type: 'schedule', rates: { '2027': '-5%' } },
      ],
    });
    const again = defineScenario(JSON.parse(JSON.stringify(toDocument(s))));
    expect(toDocument(again)).toEqual(toDocument(s));
    expect(toDocument(s).drivers[2]).toEqual({ id: 's', type: 'schedule', rates: { '2027': '-0.05' }, mode: 'add' });
  });

  it('accepts Decimals anywhere a number goes', () => {
    const s = defineScenario({ ...valid, baseline: { year: 2024, value: new Decimal('580e6') } });
    expect(s.baseline.value.toString()).toBe('580000000');
  });

  it('reports every problem at once, each with its path', () => {
    const issues = issuesOf({
      name: '',
      baseline: { year: 2024.5, value: 'abc' },
      horizon: { endYear: 2030 },
      target: { value: 0, year: 2029 },
      extra: 1,
      drivers: [
        { id: '1x', type: 'growth', rate: '-120%' },
        { id: 'a', type: 'nope' },
        { id: 'c', type: 'cap', capacity: -5 },
        { id: 's', type: 'schedule', rates: { '20x6': 0.1 } },
        { id: 'g', type: 'growth' },
        { id: 'h', type: 'growth', rate: 'NaN' },
        { id: 'i', type: 'growth', rate: '0x10' },
        { id: 'j', type: 'growth', rate: Infinity },
      ],
    });
    expect(issues).toMatchInlineSnapshot(`
      [
        {
          "message": "expected a name",
          "path": "name",
        },
        {
          "message": "expected a whole year like 2026, got 2024.5",
          "path": "baseline.year",
        },
        {
          "message": "must be an amount like 580e6, "580000000", "$580M", "580 million" or "$10bn", got "abc"",
          "path": "baseline.value",
        },
        {
          "message": "must be greater than 0, got 0",
          "path": "target.value",
        },
        {
          "message": "unknown field "extra"",
          "path": "extra",
        },
        {
          "message": "expected an id like "railway" (letters, digits, _; not starting with a digit), got "1x"",
          "path": "drivers[0].id",
        },
        {
          "message": "must be greater than -100%, got "-120%"",
          "path": "drivers[0].rate",
        },
        {
          "message": "unknown driver type "nope"; known types: growth, schedule, ramp, shock, cap, tradeCost, event",
          "path": "drivers[1].type",
        },
        {
          "message": "must be greater than 0, got -5",
          "path": "drivers[2].capacity",
        },
        {
          "message": "expected a year like "2026" as key, got "20x6"",
          "path": "drivers[3].rates["20x6"]",
        },
        {
          "message": "is required",
          "path": "drivers[4].rate",
        },
        {
          "message": "must be a fraction like 0.2 or a percentage like "20%", got "NaN"",
          "path": "drivers[5].rate",
        },
        {
          "message": "must be a fraction like 0.2 or a percentage like "20%", got "0x10"",
          "path": "drivers[6].rate",
        },
        {
          "message": "expected a finite number, got Infinity",
          "path": "drivers[7].rate",
        },
      ]
    `);
  });

  it('checks the years against each other and the ids for duplicates', () => {
    const issues = issuesOf({
      ...valid,
      horizon: { endYear: 2020 },
      target: { value: '$10B', year: 2019 },
      drivers: [
        { id: 'r', type: 'ramp', startYear: 2028, fullYear: 2026, rate: 0.1 },
        { id: 'r', type: 'shock', year: 2040, size: '-10%' },
        { id: 'q', type: 'ramp', startYear: 2026, fullYear: 2027 },
      ],
    });
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toMatchInlineSnapshot(`
      [
        "horizon.endYear: must be after the baseline year 2024, got 2020",
        "target.year: must be after the baseline year 2024, got 2019",
        "drivers[1].id: duplicate id "r" (also drivers[0])",
      ]
    `);
    const more = issuesOf({
      ...valid,
      target: { value: '$10B', year: 2040 },
      drivers: [
        { id: 'r', type: 'ramp', startYear: 2028, fullYear: 2026, rate: 0.1 },
        { id: 'x', type: 'shock', year: 2040, size: '-10%' },
        { id: 'q', type: 'ramp', startYear: 2026, fullYear: 2027 },
        { id: 's', type: 'schedule', rates: { '2024': 0.1 } },
      ],
    });
    expect(more.map((i) => `${i.path}: ${i.message}`)).toMatchInlineSnapshot(`
      [
        "target.year: must be within the horizon (up to 2034), got 2040",
        "drivers[0].fullYear: must not be before startYear (2028), got 2026",
        "drivers[1].year: must be within the projection (2025 to 2034), got 2040",
        "drivers[2]: a ramp needs a rate, a level, or both",
        "drivers[3].rates.2024: year 2024 is outside the projection (2025 to 2034)",
      ]
    `);
  });

  it('enforces the documented limits: years 1800–2300, a 200-year horizon, 200 drivers', () => {
    expect(issuesOf({ ...valid, horizon: { endYear: 12024 } })[0]!.message).toBe('expected a year from 1800 to 2300, got 12024');
    expect(issuesOf({ ...valid, baseline: { year: 1900, value: 1 }, target: undefined, horizon: { endYear: 2200 } })[0]!.message).toBe(
      'the horizon may span at most 200 years, got 300',
    );
    const many = Array.from({ length: 201 }, (_, i) => ({ id: `g${i}`, type: 'growth', rate: 0 }));
    expect(issuesOf({ ...valid, drivers: many })[0]!.message).toBe('expected at most 200 drivers');
  });

  it('rejects what is not JSON data, and junk nested too deep, without recursing forever', () => {
    const cyclic: Record<string, unknown> = { ...valid };
    cyclic.self = cyclic;
    expect(issuesOf(cyclic)[0]!.message).toMatch(/nested more than 32 levels/);
    expect(issuesOf({ ...valid, description: () => 1 })[0]).toEqual({
      path: 'description',
      message: 'expected JSON data (an object, array, string, number or boolean), got a function',
    });
    expect(issuesOf(null)[0]!.path).toBe('');
    expect(issuesOf('scenario')[0]!.path).toBe('');
  });

  it('cannot be used to pollute prototypes', () => {
    const doc = JSON.parse(
      '{"name":"x","baseline":{"year":2024,"value":1},"horizon":{"endYear":2025},"drivers":[{"id":"g","type":"growth","rate":0.1,"__proto__":{"polluted":1}}],"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}',
    );
    const issues = issuesOf(doc);
    expect(issues.map((i) => i.path)).toEqual(['__proto__', 'constructor', 'drivers[0].__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('has a message that reads on its own', () => {
    expect(() => defineScenario({ ...valid, drivers: [{ id: 'g', type: 'growth', rate: 20 }] })).toThrowErrorMatchingInlineSnapshot(`
      [ScenarioError: invalid scenario (1 problem):
        - drivers[0].rate: must be at most 10 (1,000%) in size, got 20; did you mean "20%"?]
    `);
  });

  it('checks uncertainty keys against the parameters', () => {
    const issues = issuesOf({ ...valid, uncertainty: { 'base.rat': { type: 'normal', mean: 0.2, sd: 0.05 } } });
    expect(issues[0]).toEqual({
      path: 'uncertainty["base.rat"]',
      message: 'unknown parameter "base.rat"; valid: baseline.value, target.value, base.rate',
    });
  });
});
