import { describe, expect, it } from 'vitest';
import { glidePath, growthPath, requiredCagr } from '../../src/index';
import { expectDigits } from './expectDigits';
import { py } from './references';

const baseline = { year: 2024, value: '$580M' };
const target = { year: 2029, value: '$10B' };

describe('glidePath', () => {
  it('tracks a year of 20 % growth against the $10B-by-2029 path', () => {
    const g = glidePath({ baseline, target, actuals: [{ year: 2025, value: '$696M' }] });
    // Reference: Python decimal at 50 digits (fixtures/make-references.py), with g = (10000/580)^(1/5).
    expectDigits(g.requiredCagr, py.requiredCagr['580M->10B in 5'], 38);
    const [actual] = g.actuals;
    expect(actual!.year).toBe(2025);
    expectDigits(actual!.planned, py.glidePath['planned 2025'], 38); // 580e6·g
    expectDigits(actual!.relative, py.glidePath['relative 2025'], 37); // 696/(580·g) − 1
    expect(actual!.difference.toFixed(2)).toBe('-329043733.23');
    expect(actual!.status).toBe('behind');
    expectDigits(g.requiredCagrNow!, py.glidePath['required now from 696M in 2025'], 38); // (10000/696)^(1/4) − 1
    expect(g.latest.year).toBe(2025);
    expect(g.yearsLeft).toBe(4);
    expect(g.status).toBe('behind');
    expect(g.onTrack).toBe(false);
  });

  it('gives the on-track value of every year: the required-CAGR path, ending exactly at the target', () => {
    const g = glidePath({ baseline, target, actuals: [] });
    const rate = requiredCagr({ start: baseline.value, target: target.value, years: 5 });
    const path = growthPath({ start: baseline.value, startYear: 2024, rate, years: 5 });
    expect(g.path.map((p) => p.year)).toEqual([2024, 2025, 2026, 2027, 2028, 2029]);
    g.path.slice(0, -1).forEach((point, i) => expect(point.value.eq(path[i]!.value)).toBe(true));
    expect(g.path.at(-1)!.value.toString()).toBe('10000000000');
    // Reference: Python decimal at 50 digits, 580e6·g³ (fixtures/make-references.py)
    expectDigits(g.path[3]!.value, py.glidePath['planned 2027'], 38);
  });

  it('with no actuals, the latest point is the baseline and the plan is on track', () => {
    const g = glidePath({ baseline, target, actuals: [] });
    expect(g.latest.value.toString()).toBe('580000000');
    expect(g.yearsLeft).toBe(5);
    expect(g.requiredCagrNow!.eq(g.requiredCagr)).toBe(true);
    expect(g.status).toBe('on-track');
    expect(g.onTrack).toBe(true);
  });

  it('sorts the actuals, marks each one, and judges by the latest', () => {
    const g = glidePath({
      baseline: { year: 2020, value: 100 },
      target: { year: 2024, value: 146.41 },
      actuals: [
        { year: 2022, value: 130 },
        { year: 2021, value: 105 },
        { year: 2023, value: 133.1 },
      ],
    });
    // Reference: analytic, 146.41 = 100 · 1.1⁴, so the plan is 100, 110, 121, 133.1, 146.41.
    expect(g.requiredCagr.toString()).toBe('0.1');
    expect(g.actuals.map((a) => [a.year, a.planned.toString(), a.difference.toString(), a.status])).toEqual([
      [2021, '110', '-5', 'behind'],
      [2022, '121', '9', 'ahead'],
      [2023, '133.1', '0', 'on-track'],
    ]);
    // Reference: analytic, 146.41 / 133.1 = 1.1
    expect(g.requiredCagrNow!.toString()).toBe('0.1');
    expect(g.onTrack).toBe(true);
  });

  it('has no required growth left once the target year is in, and is on track if the target was reached', () => {
    const reached = glidePath({ baseline, target, actuals: [{ year: 2029, value: '$10.2B' }] });
    expect(reached.yearsLeft).toBe(0);
    expect(reached.requiredCagrNow).toBeNull();
    expect(reached.status).toBe('ahead');
    const missed = glidePath({ baseline, target, actuals: [{ year: 2029, value: '$9.9B' }] });
    expect(missed.onTrack).toBe(false);
  });

  it('counts a value within a relative 1e-12 of the path as on track', () => {
    const g = glidePath({
      baseline: { year: 2020, value: 100 },
      target: { year: 2022, value: 121 },
      actuals: [{ year: 2021, value: '109.9999999999999' }],
    });
    expect(g.actuals[0]!.status).toBe('on-track');
  });

  it('names the function, the rule and the value in its errors', () => {
    const f = (args: object) => () => glidePath(args as never);
    expect(f({ baseline, target: { year: 2024, value: '$10B' }, actuals: [] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: glidePath: target.year must be 1 to 1000 years after baseline.year 2024, got 2024]`);
    expect(f({ baseline, target, actuals: [{ year: 2030, value: 1 }] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: glidePath: actuals must be in the years 2024 to 2029, got year 2030]`);
    expect(f({ baseline, target, actuals: [{ year: 2023, value: 1 }] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: glidePath: actuals must be in the years 2024 to 2029, got year 2023]`);
    expect(f({ baseline, target, actuals: [{ year: 2025, value: 1 }, { year: 2025, value: 2 }] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: glidePath: actuals must have each year once, got 2025 twice]`);
    expect(f({ baseline: { year: 2024, value: 0 }, target, actuals: [] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: glidePath: baseline.value must be > 0, got 0]`);
    expect(f({ baseline: 580e6, target, actuals: [] })).toThrowErrorMatchingInlineSnapshot(`[TypeError: glidePath: baseline must be { year, value }, got 580000000]`);
    expect(f({ baseline, target })).toThrowErrorMatchingInlineSnapshot(`[TypeError: glidePath: actuals must be an array of { year, value }, got undefined]`);
  });
});
