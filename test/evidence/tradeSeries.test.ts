import { describe, expect, it } from 'vitest';
import { Decimal, ScenarioError, tradeSeries, type TradeSeriesInput } from '../../src/index';

function issuesOf(input: unknown): string {
  try {
    tradeSeries(input as TradeSeriesInput);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as Error).message;
  }
  throw new Error('expected a ScenarioError');
}

const base: TradeSeriesInput = {
  reporter: 'AZE',
  partner: 'IRN',
  source: { title: 'Correlates of War Project, Dyadic Trade v4.0', citation: 'Barbieri and Keshk 2016' },
  // COW Dyadic Trade v4.0, Azerbaijan–Iran total (flow1 + flow2), 1992–1994, million USD × 1e6.
  points: [
    { year: 1992, value: 259e6 },
    { year: 1993, value: '$287M' },
    { year: 1994, value: new Decimal('4.59e8') },
  ],
};

describe('tradeSeries', () => {
  it('parses amounts as people write them into exact Decimals and fills the defaults', () => {
    const s = tradeSeries(base);
    expect(s.points.map((p) => [p.year, p.value.toString()])).toEqual([
      [1992, '259000000'],
      [1993, '287000000'],
      [1994, '459000000'],
    ]);
    expect({ flow: s.flow, unit: s.unit, basis: s.basis, gaps: s.gaps, missing: s.missing }).toEqual({
      flow: 'total',
      unit: 'USD',
      basis: 'nominal',
      gaps: [],
      missing: [],
    });
    expect(s.source).toEqual(base.source);
    expect('baseYear' in s || 'asOf' in s).toBe(false);
    expect(Object.isFrozen(s) && Object.isFrozen(s.points) && Object.isFrozen(s.points[0]) && Object.isFrozen(s.source)).toBe(true);
  });

  it('keeps gaps as gaps: absent years and null values between known ones, nulls at the edges in missing', () => {
    const s = tradeSeries({
      ...base,
      points: [
        { year: 1990, value: null },
        { year: 1992, value: 1 },
        { year: 1993, value: null },
        { year: 1996, value: 0 },
        { year: 1997, value: null },
      ],
    });
    expect(s.points.map((p) => p.year)).toEqual([1992, 1996]);
    expect(s.gaps).toEqual([1993, 1994, 1995]);
    expect(s.missing).toEqual([1990, 1993, 1997]);
    expect(s.points[1]!.value.toString()).toBe('0');
  });

  it('takes a TradeSeries back (gaps recomputed, missing kept)', () => {
    const s = tradeSeries({ ...base, points: [{ year: 2000, value: 5 }, { year: 2001, value: null }, { year: 2003, value: 6 }] });
    const again = tradeSeries(s as unknown as TradeSeriesInput);
    expect(again).toEqual(s);
  });

  it('keeps a real series with its base year, asOf, and a flow', () => {
    const s = tradeSeries({ ...base, basis: 'real', baseYear: 2015, asOf: '2016-05-01', flow: 'exports' });
    expect([s.basis, s.baseYear, s.asOf, s.flow]).toEqual(['real', 2015, '2016-05-01', 'exports']);
  });

  it('reports every problem at once, each with its path', () => {
    expect(
      issuesOf({
        reporter: '',
        flow: 'both',
        unit: 'EUR',
        source: {},
        asOf: '2025-02-30',
        points: [{ year: 2020, value: 'abc' }, { year: 2019.5, value: -5 }, { year: 2021 }, 7],
        extra: true,
      }),
    ).toMatchInlineSnapshot(`
      "invalid trade series (11 problems):
        - reporter: expected a name (not empty)
        - flow: expected 'total', 'exports' or 'imports', got "both"
        - unit: expected "USD" (amounts in US dollars), got "EUR"
        - source.title: is required
        - asOf: expected a date that exists, got "2025-02-30"
        - points[0].value: must be an amount like 580e6, "580000000", "$580M", "580 million" or "$10bn", got "abc"
        - points[1].year: expected a whole year like 2026, got 2019.5
        - points[1].value: must be an amount >= 0, got -5
        - points[2].value: is required (null for a year without a value)
        - points[3]: expected { year, value }, got number
        - extra: unknown field "extra""
    `);
  });

  it('reports years out of order, twice, or in missing as well', () => {
    expect(
      issuesOf({ ...base, points: [{ year: 2001, value: 1 }, { year: 2000, value: 1 }, { year: 2001, value: 2 }], missing: [2000, 1999] }),
    ).toMatchInlineSnapshot(`
      "invalid trade series (3 problems):
        - points[1].year: years must ascend: 2000 comes after 2001 (points[0])
        - points[2].year: duplicate year 2001 (also points[0])
        - missing[0]: year 2000 is listed in points[1] as well"
    `);
  });

  it('reports a base year without a real basis, and a real basis without one', () => {
    expect(issuesOf({ ...base, baseYear: 2015 })).toMatchInlineSnapshot(`
      "invalid trade series (1 problem):
        - baseYear: only a 'real' series has a price base year, got 2015 with basis 'nominal'"
    `);
    expect(issuesOf({ ...base, basis: 'real' })).toMatchInlineSnapshot(`
      "invalid trade series (1 problem):
        - baseYear: is required for a 'real' series (the year whose prices it uses)"
    `);
  });

  it('reports wrong types and sizes', () => {
    expect(issuesOf(null)).toMatchInlineSnapshot(`
      "invalid trade series (1 problem):
        - (document): expected a trade series (an object), got null"
    `);
    expect(issuesOf({ ...base, points: [] })).toMatchInlineSnapshot(`
      "invalid trade series (1 problem):
        - points: expected at least one point"
    `);
    expect(issuesOf({ ...base, points: 'x', source: 'COW' })).toMatchInlineSnapshot(`
      "invalid trade series (2 problems):
        - source: expected a source like { title: "UN Comtrade" }, got string
        - points: expected a list of { year, value }, got string"
    `);
    expect(issuesOf({ ...base, points: [{ year: 2000, value: '1e25' }, { year: 2001, value: Number.NaN }] })).toMatchInlineSnapshot(`
      "invalid trade series (2 problems):
        - points[0].value: must be at most 1e24, got "1e25"
        - points[1].value: must be finite, got NaN"
    `);
  });
});
