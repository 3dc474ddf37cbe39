import { describe, expect, it } from 'vitest';
import { plausibility } from '../../src/index';

// Reference (analytic): $580M → $10B in 5 years needs (10000/580)^(1/5) − 1 = 0.76731678… a year.
const REQUIRED = (10_000 / 580) ** (1 / 5) - 1;
const history20 = [{ year: 2023, value: 580e6 / 1.2 }, { year: 2024, value: '$580M' }];

describe('plausibility', () => {
  it('flags the default target as above all: $580M → $10B in 5 years against 20 % growth', () => {
    const result = plausibility({ start: '$580M', target: '$10B', years: 5, history: history20 });
    expect(result.required).toBeCloseTo(REQUIRED, 14);
    expect(result.aboveAll).toBe(true);
    expect(result.comparisons).toEqual([
      { label: 'history 2023–2024', rate: expect.closeTo(0.2, 14), ratio: expect.closeTo(REQUIRED / 0.2, 13), years: 1 },
    ]);
    // Reference: ln(10000/580) / ln(1.2) = 15.62 years at 20 % (yearsToTarget's own example, PDURATION).
    expect(result.yearsAtFastest).toBeCloseTo(Math.log(10_000 / 580) / Math.log(1.2), 12);
    expect(result.verdict).toMatchInlineSnapshot(`"Above all comparisons: the target needs 76.73% a year for 5 years, 3.8 times the fastest comparison (history 2023–2024, 20.00%); at that pace it would take 15.6 years."`);
  });

  it('takes the years from baselineYear and targetYear', () => {
    const byYears = plausibility({ start: '$580M', target: '$10B', years: 5, history: history20 });
    const byCalendar = plausibility({ start: '$580M', target: '$10B', baselineYear: 2024, targetYear: 2029, history: history20 });
    expect(byCalendar).toEqual(byYears);
  });

  it('adds a log-linear fit when the history has three points or more', () => {
    const history = [
      { year: 2020, value: 100 },
      { year: 2021, value: 130 },
      { year: 2022, value: 125 },
      { year: 2023, value: 160 },
    ];
    const result = plausibility({ start: 160, target: 400, years: 5, history });
    const [endpoints, fit] = result.comparisons;
    // Reference: endpoints (160/100)^(1/3) − 1; the least-squares slope through (0..3, ln v) is
    // (−3·y0 − y1 + y2 + 3·y3) / 10 (the closed form for four equally spaced points), rate e^slope − 1.
    expect(endpoints).toMatchObject({ label: 'history 2020–2023, endpoints', years: 3 });
    expect(endpoints!.rate).toBeCloseTo(1.6 ** (1 / 3) - 1, 14);
    const y = history.map((p) => Math.log(p.value));
    const slope = (-3 * y[0]! - y[1]! + y[2]! + 3 * y[3]!) / 10;
    expect(fit).toMatchObject({ label: 'history 2020–2023, log-linear fit', years: 3 });
    expect(fit!.rate).toBeCloseTo(Math.expm1(slope), 13);
  });

  it('finds a target within experience when an episode grew as fast, and says when it was shorter', () => {
    const result = plausibility({
      start: '$580M',
      target: '$10B',
      years: 5,
      history: history20,
      episodes: [{ label: 'a two-year boom', rate: '80%', years: 2 }, { label: 'a slump', rate: -0.1 }],
    });
    expect(result.aboveAll).toBe(false);
    expect(result.comparisons.map((c) => [c.label, c.ratio === null ? null : Number(c.ratio.toFixed(6))])).toEqual([
      ['history 2023–2024', Number((REQUIRED / 0.2).toFixed(6))],
      ['a two-year boom', Number((REQUIRED / 0.8).toFixed(6))],
      // A comparison that shrank has no meaningful multiple.
      ['a slump', null],
    ]);
    // Reference: at 80 % a year, ln(10000/580) / ln(1.8) years.
    expect(result.yearsAtFastest).toBeCloseTo(Math.log(10_000 / 580) / Math.log(1.8), 12);
    expect(result.verdict).toMatchInlineSnapshot(`"Within experience: the target needs 76.73% a year for 5 years, and a two-year boom (80.00%) grew at least that fast, though a two-year boom lasted only 2 years."`);
  });

  it('says when even the fastest comparison never reaches the target', () => {
    const result = plausibility({ start: 100, target: 200, years: 5, episodes: [{ label: 'flat', rate: 0 }] });
    expect(result).toMatchObject({ aboveAll: true, yearsAtFastest: null, comparisons: [{ label: 'flat', rate: 0, ratio: null, years: null }] });
    expect(result.verdict).toMatchInlineSnapshot(`"Above all comparisons: the target needs 14.87% a year for 5 years, more than the fastest comparison (flat, 0.00%); at that pace it would never be reached."`);
  });

  it('names the rule and the value', () => {
    const base = { start: '$580M', target: '$10B', history: history20 };
    expect(() => plausibility({ ...base })).toThrowErrorMatchingInlineSnapshot(`[RangeError: plausibility: needs years, or both baselineYear and targetYear, got undefined and undefined]`);
    expect(() => plausibility({ ...base, years: 5, targetYear: 2029, baselineYear: 2024 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: plausibility: give years or baselineYear and targetYear, not both (got years 5)]`);
    expect(() => plausibility({ ...base, baselineYear: 2029, targetYear: 2024 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: plausibility: targetYear must be after baselineYear (2029), got 2024]`);
    expect(() => plausibility({ start: '$580M', target: '$10B', years: 5 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: plausibility: needs a history or episodes to compare the required growth with, got neither]`);
    expect(() => plausibility({ ...base, years: 5, history: [history20[0]!] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: plausibility: history must have at least 2 points, got 1]`);
    expect(() => plausibility({ ...base, years: 5, episodes: [{ label: 'x', rate: '-150%' }] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: plausibility: episodes[0].rate must be > -1 (-100%), got "-150%"]`);
    expect(() => plausibility({ ...base, years: 5, episodes: [{ label: ' ', rate: 0.1 }] })).toThrowErrorMatchingInlineSnapshot(`[TypeError: plausibility: episodes[0] must be { label, rate, years? } with a non-empty label, got an object]`);
    expect(() => plausibility({ ...base, years: 5, episodes: [{ label: 'x', rate: 0.1, years: 0 }] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: plausibility: episodes[0].years must be > 0, got 0]`);
    expect(() => plausibility({ ...base, years: 5, history: [...history20, { year: 2022, value: 0 }] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: plausibility: history[2].value must be > 0, got 0]`);
    expect(() => plausibility({ ...base, start: 0, years: 5 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: plausibility: start must be > 0, got 0]`);
    // @ts-expect-error: positional
    expect(() => plausibility('$580M', '$10B', 5)).toThrowErrorMatchingInlineSnapshot(`[TypeError: plausibility: takes named arguments { start, target, years | baselineYear + targetYear, history?, episodes? }, got "$580M"]`);
  });
});
