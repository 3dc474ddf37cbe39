/**
 * Benchmarks of the exact growth maths beside the same formulas in plain float64: what exactness costs.
 * Target: a 10-year exact growthPath under 10 µs (median).
 */
import { growthPath, requiredCagr } from '../src/index';
import { measure, row, type BenchRow, type MeasureOptions } from './harness';

const SUITE = 'growth';

// The float64 baselines cycle through a few inputs, so that the JIT cannot fold a call on constants away.
const STARTS = [580e6, 581e6, 582e6, 583e6, 584e6, 585e6, 586e6, 587e6];
let next = 0;
function start(): number {
  next = (next + 1) & 7;
  return STARTS[next]!;
}

/** The same formula as requiredCagr, in float64 with numbers already parsed: the plain-loop baseline. */
function requiredCagrFloat(start: number, target: number, years: number): number {
  return (target / start) ** (1 / years) - 1;
}

/** The same path as growthPath, in float64, each point from its index like the exact one. */
function growthPathFloat(start: number, startYear: number, rate: number, years: number): { year: number; value: number }[] {
  const path = [{ year: startYear, value: start }];
  for (let i = 1; i <= years; i++) path.push({ year: startYear + i, value: start * (1 + rate) ** i });
  return path;
}

/** Runs the growth benchmarks and returns one row per case. */
export function run(options: MeasureOptions = {}): BenchRow[] {
  const cagrFloat = measure('baseline: (target / start) ** (1 / 5) - 1 in float64', () => requiredCagrFloat(start(), 10e9, 5), options);
  const cagrExact = measure(
    "requiredCagr({ start: '$580M', target: '$10B', years: 5 })",
    () => requiredCagr({ start: '$580M', target: '$10B', years: 5 }),
    options,
  );
  const pathFloat = measure(
    'baseline: 10-year path of { year, value } in float64',
    () => growthPathFloat(start(), 2024, 0.2, 10),
    options,
  );
  const pathExact = measure(
    'growthPath({ start: 580e6, startYear: 2024, rate: 0.2, years: 10 })',
    () => growthPath({ start: 580e6, startYear: 2024, rate: 0.2, years: 10 }),
    options,
  );
  // A 40-digit rate takes the working-precision steps from the first year on: the slow case of a path.
  const required = requiredCagr({ start: '$580M', target: '$10B', years: 5 });
  const pathRequired = measure(
    'growthPath at the required CAGR (a 40-digit rate), 10 years',
    () => growthPath({ start: 580e6, startYear: 2024, rate: required, years: 10 }),
    options,
  );
  return [
    row(SUITE, cagrFloat),
    row(SUITE, cagrExact, { baseline: cagrFloat }),
    row(SUITE, pathFloat),
    row(SUITE, pathExact, { baseline: pathFloat, targetNs: 10_000 }),
    row(SUITE, pathRequired, { baseline: pathFloat }),
  ];
}
