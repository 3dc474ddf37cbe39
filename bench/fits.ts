/**
 * Benchmarks of the evidence layer on the Correlates of War Azerbaijan–Iran lines (23 years, the test fixture):
 * reading the CSV, fitting both ways (beside the same log-linear OLS slope in a plain float64 loop), calibrating and
 * backtesting; and reading a COW-layout file of 100,000 generated pair-years, about a seventh of the full panel.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { backtest, calibrate, fitGrowth, parseTradeCsv } from '../src/index';
import { measure, row, type BenchRow, type MeasureOptions } from './harness';

const SUITE = 'fits';

/** OLS slope of ln(value) on year in float64 with plain sums: the baseline of the fit (no standard error). */
function slopeFloat(years: readonly number[], values: readonly number[]): number {
  const n = years.length;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += years[i]!;
    sy += Math.log(values[i]!);
  }
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = years[i]! - sx / n;
    sxy += dx * (Math.log(values[i]!) - sy / n);
    sxx += dx * dx;
  }
  return sxy / sxx;
}

/** A COW-layout file of `rows` pair-years: 50 years for each pair, a few NA. */
function cowText(rows: number): string {
  const lines = ['ccode1,ccode2,year,flow1,flow2,smoothflow1,smoothflow2'];
  for (let i = 0; i < rows; i++) {
    const pair = Math.floor(i / 50);
    const year = 1960 + (i % 50);
    const f1 = i % 17 === 0 ? 'NA' : String((i * 7919) % 5000);
    lines.push(`${2 + pair},${1000 + pair},${year},${f1},${(i * 104729) % 3000},${f1},${(i * 104729) % 3000}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Runs the evidence benchmarks and returns one row per case. */
export function run(options: MeasureOptions = {}): BenchRow[] {
  const text = readFileSync(fileURLToPath(new URL('../test/fixtures/evidence/cow-aze-irn.csv', import.meta.url)), 'utf8');
  const [total] = parseTradeCsv(text);
  const years = total!.points.map((p) => p.year);
  const values = total!.points.map((p) => p.value.toNumber());
  const big = cowText(100_000);
  const parse = measure('parseTradeCsv: COW Azerbaijan–Iran, 23 lines → 3 series', () => parseTradeCsv(text), options);
  const slope = measure('baseline: OLS slope of ln(value), 23 points, float64', () => slopeFloat(years, values), options);
  const logLinear = measure("fitGrowth(23 points, 'log-linear') with Newey–West se", () => fitGrowth(total!), options);
  const drift = measure("fitGrowth(23 points, 'drift')", () => fitGrowth(total!, { method: 'drift' }), options);
  const cal = measure('calibrate(23 points) incl. defineScenario check', () => calibrate(total!), options);
  const back = measure("backtest(23 points, 'drift', horizon 1): 20 fits", () => backtest(total!, { method: 'drift', horizon: 1 }), options);
  const bigParse = measure('parseTradeCsv: 100,000 COW-layout lines → 6,000 series', () => parseTradeCsv(big), {
    ...options,
    minSamples: 5,
    minTimeMs: 0,
    warmupMs: 0,
    batchUs: 1,
  });
  return [
    row(SUITE, parse),
    row(SUITE, slope),
    row(SUITE, logLinear, { baseline: slope }),
    row(SUITE, drift, { baseline: slope }),
    row(SUITE, cal),
    row(SUITE, back),
    row(SUITE, bigParse),
  ];
}
