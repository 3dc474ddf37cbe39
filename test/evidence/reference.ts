/**
 * Reference values made outside the library by scripts/gen-evidence-fixtures.py (numpy 1.24, statsmodels 0.13:
 * OLS with cov_type='HAC', use_correction=False, checked against the Newey–West formula by hand), from the
 * Correlates of War Dyadic Trade v4.0 totals of Azerbaijan (373) and Iran (630), 1992–2014, and small synthetic series.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { tradeSeries, type TradeSeries } from '../../src/index';

interface FitReference {
  readonly method: 'log-linear' | 'drift';
  readonly n: number;
  readonly from: number;
  readonly to: number;
  readonly se: number;
  readonly rate: number;
  readonly low: number;
  readonly high: number;
  readonly volatility: number;
  readonly slope?: number;
  readonly meanDiff?: number;
  readonly lags?: number;
}

export interface SeriesReference {
  readonly name: string;
  readonly years: number[];
  readonly values: number[];
  readonly fits: Record<'log-linear' | 'drift', FitReference>;
}

export interface BacktestReference {
  readonly series: string;
  readonly method: 'log-linear' | 'drift';
  readonly horizon: number;
  readonly from: number;
  readonly rows: { origin: number; forecast: number; actual: number; logError: number; percentError: number; sd: number; in80: boolean; in95: boolean }[];
  readonly p80: number;
  readonly p95: number;
  readonly meanAbsLogError: number;
  readonly meanAbsPercentError: number;
}

const dir = join(__dirname, '..', 'fixtures', 'evidence');
export const reference = JSON.parse(readFileSync(join(dir, 'reference.json'), 'utf8')) as {
  series: SeriesReference[];
  backtests: BacktestReference[];
};
export const cowAzeIrnCsv = readFileSync(join(dir, 'cow-aze-irn.csv'), 'utf8');

export function referenceSeries(name: string): SeriesReference {
  const found = reference.series.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no reference series ${name}`);
  return found;
}

export function asSeries(ref: SeriesReference): TradeSeries {
  return tradeSeries({
    reporter: 'AZE',
    partner: 'IRN',
    source: { title: ref.name },
    points: ref.years.map((year, i) => ({ year, value: ref.values[i]! })),
  });
}

/** |actual − expected| ≤ 1e-12·|expected| (or ≤ 1e-12 when expected is 0). */
export function expectRelative(actual: number, expected: number, what: string, tolerance = 1e-12): void {
  const scale = Math.max(Math.abs(expected), expected === 0 ? 1 : 0);
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance * scale);
}
