import { fsum } from '../internal/fsum';
import { fitOptions } from './internal/fitOptions';
import { seriesPoints } from './internal/seriesPoints';
import type { FitGrowthOptions, FitMethod, GrowthFit, TradeSeries } from './types';

export type { FitGrowthOptions } from './types';

/** DESIGN.md writes the interval as exp(b ± 1.96·se) − 1. */
const Z_INTERVAL = 1.96;

/**
 * Fits an annual growth rate to a trade series, with its standard error and year-on-year volatility, in float64.
 *
 * - `'log-linear'` (default): OLS of ln(value) on year; `rate = exp(b) − 1` for the slope b. `se` is the Newey–West
 *   standard error of b (Newey and West 1987, Bartlett weights 1 − l/(L+1), L = ⌊4(n/100)^(2/9)⌋, lags counted in
 *   observations, no small-sample correction: statsmodels' `cov_type='HAC'` with `use_correction=False`).
 *   `volatility` is the standard deviation of the residuals with n − 2 in the denominator (the standard error of
 *   the regression, statsmodels' `sqrt(scale)`). `n` is the number of points.
 * - `'drift'` (a random walk with drift): Δ = ln v_t − ln v_{t−1} over consecutive known years only (a gap breaks
 *   the chain); `rate = exp(mean Δ) − 1`; `volatility` = sd of Δ with n − 1; `se = volatility/√n`; `n` is the
 *   number of differences.
 *
 * The interval is exp(b ± 1.96·se) − 1 for the log growth b. Sums are compensated (Neumaier). `from`/`to` of the
 * result are the first and last years used.
 *
 * @param series - a TradeSeries (see `tradeSeries`); gaps are allowed, a value of 0 in the window is not.
 * @param options - `method`, and the window `from`/`to` (whole years, inclusive).
 * @throws {RangeError} when the window has fewer than 3 points (drift: or fewer than 2 year-on-year differences),
 *   a value in it is 0, the method is unknown, or `from` > `to`.
 * @throws {TypeError} when series is not a TradeSeries or an option has the wrong type.
 * @example
 * const s = tradeSeries({ reporter: 'X', source: { title: 'example' },
 *   points: [{ year: 2020, value: 100 }, { year: 2021, value: 110 }, { year: 2022, value: 121 }] });
 * fitGrowth(s).rate; // => ≈ 0.1000000000
 * fitGrowth(s).se; // => ≈ 0.0000000000
 * fitGrowth(s, { method: 'drift' }).n; // => 2
 * fitGrowth(s, { from: 2021 }); // => throws RangeError
 */
export function fitGrowth(series: TradeSeries, options: FitGrowthOptions = {}): GrowthFit {
  const fn = 'fitGrowth';
  const { method, from, to } = fitOptions(options, fn);
  const { years, values } = seriesPoints(series, fn, from, to);
  const window = from === -Infinity && to === Infinity ? '' : ` from ${from === -Infinity ? 'the start' : from} to ${to === Infinity ? 'the end' : to}`;
  if (years.length < 3) throw new RangeError(`${fn}: series needs at least 3 points${window}, got ${years.length}`);
  const logs = values.map((v, i) => {
    if (v <= 0) throw new RangeError(`${fn}: values must be > 0 to take their logarithm, got ${v} in ${years[i]}`);
    return Math.log(v);
  });
  const first = years[0]!;
  const last = years.at(-1)!;
  return method === 'drift' ? driftFit(years, logs, first, last, fn) : logLinearFit(years, logs, first, last);
}

function logLinearFit(years: number[], logs: number[], from: number, to: number): GrowthFit {
  const n = years.length;
  // Centred years make the design matrix orthogonal: (X'X)⁻¹ is diag(1/n, 1/Sxx), so the slope's sandwich
  // variance needs only the (slope, slope) entry of the Newey–West middle matrix.
  const meanYear = fsum(years) / n;
  const meanLog = fsum(logs) / n;
  const x = years.map((year) => year - meanYear);
  const sxx = fsum(x.map((xi) => xi * xi));
  const b = fsum(x.map((xi, i) => xi * (logs[i]! - meanLog))) / sxx;
  const e = logs.map((y, i) => y - meanLog - b * x[i]!);
  const lags = Math.floor(4 * Math.pow(n / 100, 2 / 9));
  const terms: number[] = [];
  for (let t = 0; t < n; t++) terms.push(e[t]! * e[t]! * x[t]! * x[t]!);
  for (let l = 1; l <= lags; l++) {
    const w = 1 - l / (lags + 1);
    for (let t = l; t < n; t++) terms.push(2 * w * e[t]! * e[t - l]! * x[t]! * x[t - l]!);
  }
  // Bartlett weights keep the estimate ≥ 0; max() only absorbs rounding on a perfect fit.
  const se = Math.sqrt(Math.max(0, fsum(terms))) / sxx;
  const volatility = Math.sqrt(fsum(e.map((ei) => ei * ei)) / (n - 2));
  return result(b, se, volatility, n, from, to, 'log-linear');
}

function driftFit(years: number[], logs: number[], from: number, to: number, fn: string): GrowthFit {
  const d: number[] = [];
  for (let i = 1; i < years.length; i++) if (years[i] === years[i - 1]! + 1) d.push(logs[i]! - logs[i - 1]!);
  const n = d.length;
  if (n < 2) {
    throw new RangeError(`${fn}: drift needs at least 2 year-on-year changes between consecutive known years, got ${n}`);
  }
  const mean = fsum(d) / n;
  const volatility = Math.sqrt(fsum(d.map((di) => (di - mean) * (di - mean))) / (n - 1));
  return result(mean, volatility / Math.sqrt(n), volatility, n, from, to, 'drift');
}

function result(b: number, se: number, volatility: number, n: number, from: number, to: number, method: FitMethod): GrowthFit {
  return Object.freeze({
    // expm1 keeps the digits of a small log growth that exp(b) − 1 would cancel away.
    rate: Math.expm1(b),
    se,
    interval: Object.freeze({ low: Math.expm1(b - Z_INTERVAL * se), high: Math.expm1(b + Z_INTERVAL * se) }),
    volatility,
    n,
    from,
    to,
    method,
  });
}
