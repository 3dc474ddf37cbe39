#!/usr/bin/python3
"""Reference values for the evidence tests (fitGrowth, backtest), from numpy and statsmodels.
Writes test/fixtures/evidence/reference.json (the tests read it and need neither library) and
test/fixtures/evidence/cow-aze-irn.csv and examples/data/azerbaijan-iran-cow.csv (the Azerbaijan-Iran lines of the COW file, header included, unchanged).

Run: /usr/bin/python3 scripts/gen-evidence-fixtures.py   (Debian: apt-get install -y python3-statsmodels)
It reads ../shared/data/trade-history/cow-dyadic-trade-4.0.csv (Correlates of War Dyadic Trade v4.0; see that
folder's README) once, and copies the Azerbaijan (COW 373) – Iran (COW 630) values it uses into the fixture.

Definitions (DESIGN.md, "Evidence"):
- log-linear: OLS of ln(value) on year. slope b, rate = exp(b) - 1. se of b by Newey-West (Bartlett weights
  w_l = 1 - l/(L+1)) with L = floor(4 (n/100)^(2/9)), lags counted in observations (as statsmodels does), and no
  small-sample correction: statsmodels OLS(...).fit(cov_type='HAC', cov_kwds={'maxlags': L, 'use_correction':
  False}). The same se is computed by hand below from the formula (Newey and West 1987, Econometrica 55(3) 703-708,
  eq. 2 with the sandwich (X'X)^-1 S (X'X)^-1) and the two must agree. volatility = sd of the residuals with
  n - 2 (statsmodels' sqrt(scale), the standard error of the regression).
- drift: d = ln v_t - ln v_{t-1} over consecutive known years only; rate = exp(mean d) - 1; volatility = sd of d
  with n - 1; se = volatility / sqrt(n); n = number of differences.
- interval: exp(b +- 1.96 se) - 1 (DESIGN's 1.96), b the log growth (slope or mean d).
- backtest (rolling origin, expanding window): for each origin t (a known year, t >= from, t + h known), fit on the
  points with year <= t; forecast v_t exp(b h); log error ln(actual / forecast); percent error (forecast - actual)
  / actual; the 80 % and 95 % intervals are log-normal around the forecast with
  sd = sqrt(volatility^2 h + (se h)^2); an outcome is inside when |log error| <= z sd (z = 1.2815515655446004 and
  1.959963984540054).
"""
import csv
import json
import math
import os

import numpy as np
import statsmodels
import statsmodels.api as sm

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
COW = os.path.join(ROOT, '..', 'shared', 'data', 'trade-history', 'cow-dyadic-trade-4.0.csv')
Z95 = 1.959963984540054  # backtest: the normal quantile
Z_FIT = 1.96  # fitGrowth's interval: DESIGN.md writes exp(b ± 1.96·se) − 1
Z80 = 1.2815515655446004


def nw_lag(n):
    return int(math.floor(4 * (n / 100) ** (2 / 9)))


def nw_by_hand(x, e, lags):
    """Newey-West covariance of OLS coefficients, by the formula."""
    n = x.shape[0]
    xtx_inv = np.linalg.inv(x.T @ x)
    s = np.zeros((x.shape[1], x.shape[1]))
    for t in range(n):
        s += e[t] * e[t] * np.outer(x[t], x[t])
    for l in range(1, lags + 1):
        w = 1 - l / (lags + 1)
        for t in range(l, n):
            g = e[t] * e[t - l] * np.outer(x[t], x[t - l])
            s += w * (g + g.T)
    return xtx_inv @ s @ xtx_inv


def log_linear(years, values):
    years = np.asarray(years, dtype=float)
    y = np.log(np.asarray(values, dtype=float))
    n = len(years)
    x = sm.add_constant(years - years.mean())
    lags = nw_lag(n)
    res = sm.OLS(y, x).fit(cov_type='HAC', cov_kwds={'maxlags': lags, 'use_correction': False})
    b = float(res.params[1])
    se = float(res.bse[1])
    hand = math.sqrt(nw_by_hand(x, res.resid, lags)[1, 1])
    assert abs(hand - se) <= 1e-12 * max(se, 1e-300), (hand, se)
    vol = float(math.sqrt(res.scale))
    assert abs(vol - float(np.std(res.resid, ddof=2))) <= 1e-12 * vol
    return {
        'method': 'log-linear', 'n': n, 'from': int(years[0]), 'to': int(years[-1]), 'lags': lags,
        'slope': b, 'intercept': float(res.params[0] - b * years.mean()), 'se': se, 'rate': math.expm1(b),
        'low': math.expm1(b - Z_FIT * se), 'high': math.expm1(b + Z_FIT * se), 'volatility': vol,
    }


def drift(years, values):
    d = []
    for i in range(1, len(years)):
        if years[i] == years[i - 1] + 1:
            d.append(math.log(values[i]) - math.log(values[i - 1]))
    d = np.asarray(d)
    n = len(d)
    mean = float(np.mean(d))
    vol = float(np.std(d, ddof=1))
    se = vol / math.sqrt(n)
    return {
        'method': 'drift', 'n': n, 'from': int(years[0]), 'to': int(years[-1]), 'meanDiff': mean, 'se': se,
        'rate': math.expm1(mean), 'low': math.expm1(mean - Z_FIT * se), 'high': math.expm1(mean + Z_FIT * se),
        'volatility': vol,
    }


FITS = {'log-linear': log_linear, 'drift': drift}


def backtest(name, years, values, method, horizon, start):
    known = dict(zip(years, values))
    rows = []
    for i, t in enumerate(years):
        if t < start or (t + horizon) not in known:
            continue
        fit = FITS[method](years[: i + 1], values[: i + 1])
        b = math.log1p(fit['rate'])
        forecast = values[i] * math.exp(b * horizon)
        actual = known[t + horizon]
        log_error = math.log(actual / forecast)
        sd = math.sqrt(fit['volatility'] ** 2 * horizon + (fit['se'] * horizon) ** 2)
        rows.append({'origin': t, 'forecast': forecast, 'actual': actual, 'logError': log_error,
                     'percentError': (forecast - actual) / actual, 'sd': sd,
                     'in80': abs(log_error) <= Z80 * sd, 'in95': abs(log_error) <= Z95 * sd})
    return {
        'series': name, 'method': method, 'horizon': horizon, 'from': start, 'rows': rows,
        'p80': sum(r['in80'] for r in rows) / len(rows), 'p95': sum(r['in95'] for r in rows) / len(rows),
        'meanAbsLogError': float(np.mean([abs(r['logError']) for r in rows])),
        'meanAbsPercentError': float(np.mean([abs(r['percentError']) for r in rows])),
    }


def series_entry(name, note, years, values):
    return {
        'name': name, 'note': note, 'years': years, 'values': values,
        'fits': {'log-linear': log_linear(years, values), 'drift': drift(years, values)},
    }


with open(COW, newline='') as f:
    lines = f.read().splitlines(keepends=True)
# The same lines serve the test fixture and the example file the README's `tradepath fit` reads.
for path in (('test', 'fixtures', 'evidence', 'cow-aze-irn.csv'), ('examples', 'data', 'azerbaijan-iran-cow.csv')):
    with open(os.path.join(ROOT, *path), 'w', newline='') as f:
        f.write(lines[0])
        f.writelines(line for line in lines[1:] if line.startswith('373,630,'))
aze_irn = [r for r in csv.DictReader(lines) if r['ccode1'] == '373' and r['ccode2'] == '630']
aze_irn.sort(key=lambda r: int(r['year']))
years = [int(r['year']) for r in aze_irn]
# Total trade of the pair (flow1 + flow2), million USD -> USD.
totals = [(int(r['flow1']) + int(r['flow2'])) * 1_000_000 for r in aze_irn]
assert years == list(range(1992, 2015)), years

gap_years = [y for y in years if y not in (1998, 2005, 2006)]
gap_values = [v for y, v in zip(years, totals) if y in gap_years]

series = [
    series_entry('aze-irn-total', 'COW Dyadic Trade v4.0, Azerbaijan (373) - Iran (630), flow1 + flow2, x 1e6 USD',
                 years, totals),
    series_entry('aze-irn-gaps', 'the same totals without 1998, 2005 and 2006 (gaps)', gap_years, gap_values),
    series_entry('short', 'synthetic: three points', [2020, 2021, 2022], [100, 130, 120]),
    series_entry('short-five', 'synthetic: five points', [2010, 2011, 2012, 2013, 2014], [50, 65, 61, 80, 99]),
]

backtests = [
    backtest('aze-irn-total', years, totals, 'drift', 1, 1995),
    backtest('aze-irn-total', years, totals, 'drift', 5, 1995),
    backtest('aze-irn-total', years, totals, 'log-linear', 3, 1995),
    backtest('aze-irn-gaps', gap_years, gap_values, 'log-linear', 2, 1996),
]

out = {
    'note': 'generated by scripts/gen-evidence-fixtures.py; do not edit',
    'versions': {'numpy': np.__version__, 'statsmodels': statsmodels.__version__},
    'source': 'Correlates of War Project, Dyadic Trade v4.0 (Barbieri and Keshk 2016; Barbieri, Keshk and Pollins 2009)',
    'series': series,
    'backtests': backtests,
}
path = os.path.join(ROOT, 'test', 'fixtures', 'evidence', 'reference.json')
os.makedirs(os.path.dirname(path), exist_ok=True)
with open(path, 'w') as f:
    json.dump(out, f, indent=1)
    f.write('\n')
print('wrote', os.path.relpath(path, ROOT))
