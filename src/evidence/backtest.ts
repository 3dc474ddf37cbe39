import { checkOptionsObject } from '../internal/checkOptionsObject';
import { fsum } from '../internal/fsum';
import { show } from '../internal/show';
import { fitGrowth } from './fitGrowth';
import { fitOptions } from './internal/fitOptions';
import { seriesPoints } from './internal/seriesPoints';
import type { BacktestForecast, BacktestResult, FitMethod, TradeSeries } from './types';

/** Options of {@link backtest}. */
export interface BacktestOptions {
  /** `'log-linear'` (default) or `'drift'`. */
  readonly method?: FitMethod;
  /** Years ahead to forecast, a whole number from 1 to 50. */
  readonly horizon: number;
  /** The first origin year (default: the first year with enough points before it to fit). */
  readonly from?: number;
}

/** Φ⁻¹(0.9) and Φ⁻¹(0.975): the normal quantiles of two-sided 80 % and 95 % intervals. */
const Z80 = 1.2815515655446004;
const Z95 = 1.959963984540054;

/**
 * Rolling-origin evaluation of a growth fit: how far off the "history continues" forecast would have been, and how
 * often the outcome fell inside its intervals.
 *
 * For each origin year t — a known year, t ≥ `from`, with t + horizon known — the method is fitted (`fitGrowth`) on
 * the points up to t (an expanding window from the series' start), and the forecast for t + h is the one a
 * calibrated scenario makes: value(t)·(1 + rate)^h. Errors: ln(actual / forecast) and (forecast − actual) / actual.
 * Intervals are log-normal around the forecast with sd = √(volatility²·h + (se·h)²) — the year-to-year noise over h
 * years plus the uncertainty of the log growth b times h, independent — and bounds forecast·exp(±z·sd) with
 * z = Φ⁻¹(0.9) for 80 % and Φ⁻¹(0.975) for 95 %. Coverage is the share of outcomes inside each (bounds included).
 * Origins too early to fit (fewer than 3 points; drift: fewer than 2 consecutive changes) are skipped when `from` is
 * not given; with `from` given, such an origin is an error.
 *
 * @param series - a TradeSeries with values > 0 where fitted and forecast.
 * @param options - `method`, `horizon` (whole years ≥ 1), `from` (a whole year).
 * @throws {RangeError} when there is no origin to test, an origin at or after `from` cannot be fitted, an outcome
 *   is 0, or a forecast overflows float64 (values spanning dozens of orders of magnitude).
 * @throws {TypeError} when series is not a TradeSeries or an option has the wrong type.
 * @example
 * const s = tradeSeries({ reporter: 'X', source: { title: 'example' }, points: [100, 110, 121, 133.1, 146.41]
 *   .map((value, i) => ({ year: 2010 + i, value })) });
 * const b = backtest(s, { method: 'drift', horizon: 1 });
 * b.forecasts.map((f) => f.origin); // => [2012, 2013]
 * b.forecasts[0].forecast; // => ≈ 133.1000000
 * b.summary.meanAbsLogError; // => ≈ 0.0000000000
 */
export function backtest(series: TradeSeries, options: BacktestOptions): BacktestResult {
  const fn = 'backtest';
  checkOptionsObject(options, fn, "an object like { method: 'drift', horizon: 5 }");
  const { method } = fitOptions({ ...(options.method === undefined ? {} : { method: options.method }) }, fn);
  const { horizon, from } = options;
  if (typeof horizon !== 'number' || !Number.isInteger(horizon) || horizon < 1 || horizon > 50) {
    throw new RangeError(`${fn}: horizon must be a whole number of years from 1 to 50, got ${show(horizon)}`);
  }
  if (from !== undefined && (typeof from !== 'number' || !Number.isInteger(from))) {
    throw new TypeError(`${fn}: from must be a whole year, got ${show(from)}`);
  }
  const { years, values } = seriesPoints(series, fn, -Infinity, Infinity);
  const valueOf = new Map(years.map((y, i) => [y, values[i]!]));
  const forecasts: BacktestForecast[] = [];
  for (let i = 0; i < years.length; i++) {
    const origin = years[i]!;
    const actual = valueOf.get(origin + horizon);
    if ((from !== undefined && origin < from) || actual === undefined) continue;
    let fit;
    try {
      fit = fitGrowth(series, { method, to: origin });
    } catch (error) {
      if (from === undefined && error instanceof RangeError && /needs at least/.test(error.message)) continue;
      if (error instanceof Error) error.message = error.message.replace(/^fitGrowth:/, `${fn}: origin ${origin}:`);
      throw error;
    }
    if (actual <= 0) throw new RangeError(`${fn}: outcomes must be > 0 to take their logarithm, got ${actual} in ${origin + horizon}`);
    const b = Math.log1p(fit.rate);
    const forecast = values[i]! * Math.exp(b * horizon);
    const sd = Math.sqrt(fit.volatility * fit.volatility * horizon + fit.se * fit.se * horizon * horizon);
    if (!Number.isFinite(forecast) || !Number.isFinite(sd) || forecast === 0) {
      throw new RangeError(`${fn}: origin ${origin}: the forecast for ${origin + horizon} leaves the range of float64 numbers (rate ${fit.rate}, horizon ${horizon})`);
    }
    forecasts.push(
      Object.freeze({
        origin,
        year: origin + horizon,
        fit,
        forecast,
        actual,
        logError: Math.log(actual / forecast),
        percentError: (forecast - actual) / actual,
        interval80: Object.freeze({ low: forecast * Math.exp(-Z80 * sd), high: forecast * Math.exp(Z80 * sd) }),
        interval95: Object.freeze({ low: forecast * Math.exp(-Z95 * sd), high: forecast * Math.exp(Z95 * sd) }),
      }),
    );
  }
  if (forecasts.length === 0) {
    const after = from === undefined ? '' : ` from ${from} on`;
    throw new RangeError(`${fn}: no origin to test${after}: each needs a fit on the years up to it and a known value ${horizon} ${horizon === 1 ? 'year' : 'years'} later`);
  }
  const n = forecasts.length;
  // Inside means |ln(actual/forecast)| ≤ z·sd; compare in logs, where the interval is symmetric.
  const inside = (z: number) =>
    forecasts.filter((f) => Math.abs(f.logError) <= z * Math.sqrt(f.fit.volatility ** 2 * horizon + (f.fit.se * horizon) ** 2)).length / n;
  return Object.freeze({
    method,
    horizon,
    forecasts: Object.freeze(forecasts),
    coverage: Object.freeze({ p80: inside(Z80), p95: inside(Z95) }),
    summary: Object.freeze({
      n,
      meanAbsLogError: fsum(forecasts.map((f) => Math.abs(f.logError))) / n,
      meanAbsPercentError: fsum(forecasts.map((f) => Math.abs(f.percentError))) / n,
    }),
  });
}
