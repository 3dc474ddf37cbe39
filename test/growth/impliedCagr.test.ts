import { describe, expect, it } from 'vitest';
import { impliedCagr } from '../../src/index';
import { expectDigits } from './expectDigits';
import { py } from './references';

describe("impliedCagr, method 'endpoints'", () => {
  it('uses the earliest and latest points over their actual span, in any order, with gaps', () => {
    const series = [
      { year: 2024, value: '$580M' },
      { year: 2019, value: 401e6 },
      { year: 2015, value: 312e6 },
    ];
    // Reference: Python decimal at 50 digits, (580/312)^(1/9) − 1:
    //   python3 -c "from decimal import *; getcontext().prec=50; print((Decimal(580)/Decimal(312))**(Decimal(1)/9)-1)"
    expectDigits(impliedCagr(series), '0.0713201331483647121273293547956392974700856371260', 38);
    expect(impliedCagr(series, { method: 'endpoints' }).eq(impliedCagr(series))).toBe(true);
  });

  it('gives the facts file growth from the implied 2023 value', () => {
    // Reference: analytic, 580/483.333… − 1 = 0.2 (the facts file: +20 % in 2024)
    const value2023 = '483333333.3333333333333333333333333333333';
    expect(impliedCagr([{ year: 2023, value: value2023 }, { year: 2024, value: 580e6 }]).toFixed(30)).toBe(
      '0.200000000000000000000000000000',
    );
  });
});

describe("impliedCagr, method 'log-linear'", () => {
  it('matches Python statistics.linear_regression on ln(value) for a noisy series with gaps', () => {
    // Reference: Python statistics.linear_regression(year − 2015, ln value), rate = math.expm1(slope)
    //   (fixtures/make-references.py); both float64, so agreement to about 13 digits.
    const rate = impliedCagr(py.logLinear.series, { method: 'log-linear' });
    expect(rate.toNumber()).toBeCloseTo(Number(py.logLinear.rate), 13);
  });

  it('finds the exact rate of a geometric series and equals the endpoints rate for two points', () => {
    // Reference: analytic: ln(580e6 · 1.2^i) is a line of slope ln 1.2, so the rate is 0.2.
    const geometric = [0, 1, 2, 3, 4, 5].map((i) => ({ year: 2024 + i, value: 580e6 * 1.2 ** i }));
    expect(impliedCagr(geometric, { method: 'log-linear' }).toNumber()).toBeCloseTo(0.2, 14);
    const two = [
      { year: 2015, value: 312e6 },
      { year: 2024, value: 580e6 },
    ];
    expect(impliedCagr(two, { method: 'log-linear' }).toNumber()).toBeCloseTo(impliedCagr(two).toNumber(), 14);
  });

  it('weighs every point, unlike the endpoints', () => {
    // A dip in 2023 leaves the endpoints rate at exactly 10 % but pulls the fitted line down.
    const series = [
      { year: 2020, value: 100 },
      { year: 2021, value: 110 },
      { year: 2022, value: 121 },
      { year: 2023, value: 100 },
      { year: 2024, value: 146.41 },
    ];
    expect(impliedCagr(series).toNumber()).toBeCloseTo(0.1, 14);
    // Reference: Python statistics.linear_regression(year − 2020, ln value), math.expm1(slope) = 0.06899304491633292
    expect(impliedCagr(series, { method: 'log-linear' }).toNumber()).toBeCloseTo(0.06899304491633292, 13);
  });

  it('rejects bad series and methods with the function, rule and value', () => {
    const f = (series: unknown, options?: unknown) => () => impliedCagr(series as never, options as never);
    expect(f([{ year: 2024, value: 1 }])).toThrowErrorMatchingInlineSnapshot(`[RangeError: impliedCagr: series must have at least 2 points, got 1]`);
    expect(f([{ year: 2024, value: 1 }, { year: 2024, value: 2 }])).toThrowErrorMatchingInlineSnapshot(`[RangeError: impliedCagr: series must have each year once, got 2024 twice]`);
    expect(f([{ year: 2024, value: 1 }, { year: 2025, value: 0 }])).toThrowErrorMatchingInlineSnapshot(`[RangeError: impliedCagr: series[1].value must be > 0, got 0]`);
    expect(f([{ year: 2024, value: 1 }, { year: 2025.5, value: 2 }])).toThrowErrorMatchingInlineSnapshot(`[RangeError: impliedCagr: series[1].year must be a whole year like 2024, got 2025.5]`);
    expect(f([{ year: 2024, value: 1 }, [2025, 2]])).toThrowErrorMatchingInlineSnapshot(`[TypeError: impliedCagr: series[1] must be { year, value }, got an array of 2]`);
    expect(f('2024: 1, 2025: 2')).toThrowErrorMatchingInlineSnapshot(`[TypeError: impliedCagr: series must be an array of { year, value }, got "2024: 1, 2025: 2"]`);
    expect(f([{ year: 2024, value: 1 }, { year: 2025, value: 2 }], { method: 'regression' })).toThrowErrorMatchingInlineSnapshot(`[RangeError: impliedCagr: method must be 'endpoints' or 'log-linear', got "regression"]`);
    expect(f([{ year: 2024, value: 1 }, { year: 2025, value: 2 }], null)).toThrowErrorMatchingInlineSnapshot(`[TypeError: impliedCagr: options must be an object like { method: 'log-linear' }, got null]`);
  });
});
