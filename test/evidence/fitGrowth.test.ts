import { describe, expect, it } from 'vitest';
import { fitGrowth, tradeSeries, type TradeSeries } from '../../src/index';
import { asSeries, expectRelative, reference, referenceSeries } from './reference';
import { messageOf } from '../helpers/messageOf';

const small = (values: (number | null)[], start = 2000): TradeSeries =>
  tradeSeries({ reporter: 'X', source: { title: 'test' }, points: values.map((value, i) => ({ year: start + i, value })) });

describe('fitGrowth against statsmodels and numpy (scripts/gen-evidence-fixtures.py)', () => {
  for (const ref of reference.series) {
    for (const method of ['log-linear', 'drift'] as const) {
      it(`${ref.name}, ${method}: rate, se, interval, volatility, n to 1e-12`, () => {
        const fit = fitGrowth(asSeries(ref), { method });
        const want = ref.fits[method];
        expectRelative(fit.rate, want.rate, 'rate');
        expectRelative(fit.se, want.se, 'se');
        expectRelative(fit.interval.low, want.low, 'low');
        expectRelative(fit.interval.high, want.high, 'high');
        expectRelative(fit.volatility, want.volatility, 'volatility');
        expect({ n: fit.n, from: fit.from, to: fit.to, method: fit.method }).toEqual({ n: want.n, from: want.from, to: want.to, method });
      });
    }
  }

  it('uses 2 Newey–West lags for the 23 COW years, as ⌊4(23/100)^(2/9)⌋ = ⌊2.886⌋ says', () => {
    expect(referenceSeries('aze-irn-total').fits['log-linear'].lags).toBe(2);
    // Hand check: 4 · 0.23^(2/9) = 4 · exp((2/9) · ln 0.23) = 4 · exp(−0.32657) = 2.886.
    expect(Math.floor(4 * Math.pow(23 / 100, 2 / 9))).toBe(2);
  });

  it('is log-linear by default and names its window', () => {
    const ref = referenceSeries('aze-irn-total');
    const fit = fitGrowth(asSeries(ref));
    expect(fit.method).toBe('log-linear');
    expect(Object.isFrozen(fit) && Object.isFrozen(fit.interval)).toBe(true);
  });

  it('fits only the window from..to (the short reference is a window of the five-point one)', () => {
    // short-five is 2010–2014; its window 2012–2014 holds 61, 80, 99: a fit on those three points alone.
    const five = asSeries(referenceSeries('short-five'));
    const three = small([61, 80, 99], 2012);
    expect(fitGrowth(five, { from: 2012 })).toEqual(fitGrowth(three));
    expect(fitGrowth(five, { to: 2012, method: 'drift' })).toEqual(fitGrowth(small([50, 65, 61], 2010), { method: 'drift' }));
  });

  it('drift: a gap breaks the chain of changes (the gap reference has 17 changes in 20 years)', () => {
    const gaps = asSeries(referenceSeries('aze-irn-gaps'));
    expect(gaps.gaps).toEqual([1998, 2005, 2006]);
    expect(fitGrowth(gaps, { method: 'drift' }).n).toBe(17);
  });

  it('drift of a geometric series: rate exact, se and volatility 0 (analytic)', () => {
    const fit = fitGrowth(small([100, 125, 156.25, 195.3125]), { method: 'drift' });
    // Reference: 100·1.25^k; every Δ = ln 1.25, so mean Δ = ln 1.25 and sd 0 up to rounding.
    expect(fit.rate).toBeCloseTo(0.25, 14);
    expect(fit.se).toBeLessThan(1e-15);
    expect(fit.interval.low).toBeCloseTo(0.25, 13);
  });

  it('reports broken rules with the function, the rule and the value', () => {
    expect(messageOf(() => fitGrowth(small([1, 2])))).toMatchInlineSnapshot(`"RangeError: fitGrowth: series needs at least 3 points, got 2"`);
    expect(messageOf(() => fitGrowth(small([1, 2, 3, 4]), { from: 2002, to: 2003 }))).toMatchInlineSnapshot(`"RangeError: fitGrowth: series needs at least 3 points from 2002 to 2003, got 2"`);
    expect(messageOf(() => fitGrowth(small([1, 2, 3]), { to: 2001 }))).toMatchInlineSnapshot(`"RangeError: fitGrowth: series needs at least 3 points from the start to 2001, got 2"`);
    expect(messageOf(() => fitGrowth(small([5, 0, 3])))).toMatchInlineSnapshot(`"RangeError: fitGrowth: values must be > 0 to take their logarithm, got 0 in 2001"`);
    expect(messageOf(() => fitGrowth(small([5, 6, null, 7]), { method: 'drift' }))).toMatchInlineSnapshot(`"RangeError: fitGrowth: drift needs at least 2 year-on-year changes between consecutive known years, got 1"`);
    expect(messageOf(() => fitGrowth(small([1, 2, 3]), { method: 'ols' as 'drift' }))).toMatchInlineSnapshot(`"RangeError: fitGrowth: method must be 'log-linear' or 'drift', got "ols""`);
    expect(messageOf(() => fitGrowth(small([1, 2, 3]), { from: 2003, to: 2001 }))).toMatchInlineSnapshot(`"RangeError: fitGrowth: from must be <= to, got from 2003 and to 2001"`);
    expect(messageOf(() => fitGrowth(small([1, 2, 3]), { from: 2000.5 }))).toMatchInlineSnapshot(`"TypeError: fitGrowth: from must be a whole year, got 2000.5"`);
    expect(messageOf(() => fitGrowth(small([1, 2, 3]), null as never))).toMatchInlineSnapshot(`"TypeError: fitGrowth: options must be an object like { method: 'drift' }, got null"`);
    expect(messageOf(() => fitGrowth([1, 2, 3] as never))).toMatchInlineSnapshot(`"TypeError: fitGrowth: series must be a TradeSeries (an object with points: { year, value }[]), got an array of 3"`);
  });

  it('checks a series built elsewhere: ascending years and amounts >= 0', () => {
    const own = (points: unknown[]) => ({ reporter: 'X', flow: 'total', unit: 'USD', basis: 'nominal', source: { title: 't' }, gaps: [], points }) as unknown as TradeSeries;
    expect(fitGrowth(own([{ year: 2000, value: 1 }, { year: 2001, value: '2' }, { year: 2002, value: 4 }])).rate).toBeCloseTo(1, 14);
    expect(messageOf(() => fitGrowth(own([{ year: 2001, value: 1 }, { year: 2000, value: 2 }, { year: 2002, value: 4 }])))).toMatchInlineSnapshot(`"RangeError: fitGrowth: series.points[1].year must be after 2001 (years ascend, each once), got 2000"`);
    expect(messageOf(() => fitGrowth(own([{ year: 2000, value: -1 }])))).toMatchInlineSnapshot(`"RangeError: fitGrowth: series.points[0].value must be a finite amount >= 0, got -1"`);
    expect(messageOf(() => fitGrowth(own([{ year: 2000, value: '' }])))).toMatchInlineSnapshot(`"RangeError: fitGrowth: series.points[0].value must be a finite amount >= 0, got """`);
    expect(messageOf(() => fitGrowth(own([{ year: '2000', value: 1 }])))).toMatchInlineSnapshot(`"TypeError: fitGrowth: series.points[0].year must be a whole number, got "2000""`);
    expect(messageOf(() => fitGrowth(own([7])))).toMatchInlineSnapshot(`"TypeError: fitGrowth: series.points[0] must be { year, value }, got 7"`);
  });
});
