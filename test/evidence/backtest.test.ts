import { describe, expect, it } from 'vitest';
import { backtest, fitGrowth, tradeSeries } from '../../src/index';
import { asSeries, expectRelative, reference, referenceSeries } from './reference';
import { messageOf } from '../helpers/messageOf';

describe('backtest against the numpy/statsmodels reference (scripts/gen-evidence-fixtures.py)', () => {
  reference.backtests.forEach((ref) => {
    it(`${ref.series}, ${ref.method}, horizon ${ref.horizon}, from ${ref.from}: every origin, error and coverage`, () => {
      const result = backtest(asSeries(referenceSeries(ref.series)), { method: ref.method, horizon: ref.horizon, from: ref.from });
      expect(result.forecasts.map((f) => f.origin)).toEqual(ref.rows.map((r) => r.origin));
      result.forecasts.forEach((f, i) => {
        const want = ref.rows[i]!;
        expect(f.year).toBe(want.origin + ref.horizon);
        expect(f.actual).toBe(want.actual);
        expectRelative(f.forecast, want.forecast, `forecast ${f.origin}`);
        expectRelative(f.logError, want.logError, `log error ${f.origin}`);
        expectRelative(f.percentError, want.percentError, `percent error ${f.origin}`);
        // The interval's log half-width is z·sd.
        expectRelative(Math.log(f.interval95.high / f.forecast), 1.959963984540054 * want.sd, `sd ${f.origin}`);
        expect(f.actual >= f.interval80.low && f.actual <= f.interval80.high).toBe(want.in80);
        expect(f.actual >= f.interval95.low && f.actual <= f.interval95.high).toBe(want.in95);
      });
      expect(result.coverage).toEqual({ p80: ref.p80, p95: ref.p95 });
      expectRelative(result.summary.meanAbsLogError, ref.meanAbsLogError, 'mean |log error|');
      expectRelative(result.summary.meanAbsPercentError, ref.meanAbsPercentError, 'mean |percent error|');
      expect(result.summary.n).toBe(ref.rows.length);
    });
  });

  it('fits each origin on the points up to it only', () => {
    const series = asSeries(referenceSeries('aze-irn-total'));
    const { forecasts } = backtest(series, { method: 'drift', horizon: 5, from: 2000 });
    expect(forecasts[0]!.fit).toEqual(fitGrowth(series, { method: 'drift', to: 2000 }));
    // Reference by hand: origin 2000 (81e6), forecast value(2000)·(1 + rate)^5.
    expectRelative(forecasts[0]!.forecast, 81e6 * Math.pow(1 + forecasts[0]!.fit.rate, 5), 'forecast 2000', 1e-13);
    expect(forecasts.at(-1)!.origin).toBe(2009);
  });

  it('starts, when from is not given, at the first origin with enough points to fit', () => {
    const series = asSeries(referenceSeries('aze-irn-total'));
    expect(backtest(series, { horizon: 1 }).forecasts[0]!.origin).toBe(1994);
    expect(backtest(series, { method: 'drift', horizon: 1 }).forecasts[0]!.origin).toBe(1994);
    const gaps = asSeries(referenceSeries('aze-irn-gaps'));
    // Drift needs 2 consecutive changes: 1992–1994 gives them.
    expect(backtest(gaps, { method: 'drift', horizon: 2 }).forecasts.map((f) => f.origin)[0]).toBe(1994);
  });

  it('reports broken rules with the function, the rule and the value', () => {
    const series = asSeries(referenceSeries('short-five'));
    expect(messageOf(() => backtest(series, { horizon: 0 }))).toMatchInlineSnapshot(`"RangeError: backtest: horizon must be a whole number of years from 1 to 50, got 0"`);
    expect(messageOf(() => backtest(series, {} as never))).toMatchInlineSnapshot(`"RangeError: backtest: horizon must be a whole number of years from 1 to 50, got undefined"`);
    expect(messageOf(() => backtest(series, { horizon: 1, method: 'arima' as 'drift' }))).toMatchInlineSnapshot(`"RangeError: backtest: method must be 'log-linear' or 'drift', got "arima""`);
    expect(messageOf(() => backtest(series, { horizon: 1, from: '2012' as never }))).toMatchInlineSnapshot(`"TypeError: backtest: from must be a whole year, got "2012""`);
    expect(messageOf(() => backtest(series, { horizon: 3 }))).toMatchInlineSnapshot(`"RangeError: backtest: no origin to test: each needs a fit on the years up to it and a known value 3 years later"`);
    expect(messageOf(() => backtest(series, { horizon: 1, from: 2011 }))).toMatchInlineSnapshot(`"RangeError: backtest: origin 2011: series needs at least 3 points from the start to 2011, got 2"`);
    expect(messageOf(() => backtest(series, { horizon: 1, from: 2014 }))).toMatchInlineSnapshot(`"RangeError: backtest: no origin to test from 2014 on: each needs a fit on the years up to it and a known value 1 year later"`);
    expect(messageOf(() => backtest(series, null as never))).toMatchInlineSnapshot(`"TypeError: backtest: options must be an object like { method: 'drift', horizon: 5 }, got null"`);
    const zero = tradeSeries({ reporter: 'X', source: { title: 't' }, points: [1, 2, 3, 0].map((value, i) => ({ year: 2000 + i, value })) });
    const wild = tradeSeries({ reporter: 'X', source: { title: 't' }, points: ['1e-300', '1e-200', '1e-100', '1', '1e24', 1, 1, 1, 1].map((value, i) => ({ year: 2000 + i, value })) });
    expect(messageOf(() => backtest(wild, { method: 'drift', horizon: 4, from: 2004 }))).toMatchInlineSnapshot(`"RangeError: backtest: origin 2004: the forecast for 2008 leaves the range of float64 numbers (rate 9.999999999999936e+80, horizon 4)"`);
    expect(messageOf(() => backtest(zero, { horizon: 1 }))).toMatchInlineSnapshot(`"RangeError: backtest: outcomes must be > 0 to take their logarithm, got 0 in 2003"`);
  });
});
