import { D, type Decimal } from '../../money/decimal';

const ZERO = new D(0);
const ONE = new D(1);
const DEFAULT_STEEPNESS = 10;

/**
 * The phase-in share φ of an effect that starts in `startYear` and is complete in `fullYear` (shared by `ramp` and
 * `tradeCost`). With n = fullYear − startYear + 1 and t = (y − startYear + 1) / n clamped to [0, 1]: linear φ = t;
 * S-curve φ = (σ(k(t − ½)) − σ(−k/2)) / (σ(k/2) − σ(−k/2)), σ the logistic function and k the steepness (default
 * 10), so that φ is 0 before `startYear` and exactly 1 in `fullYear` (by default `startYear`: all at once).
 */
export interface Phasing {
  readonly startYear: number;
  readonly fullYear?: number | undefined;
  readonly shape?: string | undefined;
  readonly steepness?: number | undefined;
}

function share(d: Phasing, year: number): number {
  const n = (d.fullYear ?? d.startYear) - d.startYear + 1;
  return Math.min(1, Math.max(0, (year - d.startYear + 1) / n));
}

// The S-curve needs exp() at 40 digits (about 0.1–0.2 ms each), by far the most expensive step of a projection. Its
// value depends only on the shape — steepness, length, and the year's place in it — so it is kept by those values:
// scenarios made by overriding a rate (a goal seek, a CLI `--set`) share their ramps' curves. Bounded, as a cache.
const curveCache = new Map<string, Decimal>();
const CURVE_CACHE_LIMIT = 4096;

/** φ(year), exactly (40 digits). */
export function exactPhase(d: Phasing, year: number): Decimal {
  const n = (d.fullYear ?? d.startYear) - d.startYear + 1;
  const j = year - d.startYear + 1;
  if (j <= 0) return ZERO;
  if (j >= n) return ONE;
  if (d.shape !== 's-curve') return new D(j).div(n);
  const steep = String(d.steepness ?? DEFAULT_STEEPNESS);
  const key = `${steep}:${j}/${n}`;
  let phase = curveCache.get(key);
  if (phase === undefined) {
    if (curveCache.size >= CURVE_CACHE_LIMIT) curveCache.clear();
    phase = sCurve(new D(steep), new D(j).div(n));
    curveCache.set(key, phase);
  }
  return phase;
}

/** The rescaled logistic φ(t) of steepness k, exactly (40 digits). */
function sCurve(k: Decimal, t: Decimal): Decimal {
  const sigma = (x: Decimal) => ONE.div(ONE.plus(x.neg().exp()));
  const lo = sigma(k.div(-2));
  const hi = sigma(k.div(2));
  return sigma(k.times(t.minus('0.5'))).minus(lo).div(hi.minus(lo));
}

const sigma = (x: number): number => 1 / (1 + Math.exp(-x));
// The ends of the rescaled logistic depend only on the steepness: kept for the last one seen, since the Monte Carlo
// kernel calls this for every run and year.
let endsFor = Number.NaN;
let low = 0;
let span = 1;

/** A table of φ for `length` years from `first`, for one phasing. */
interface PhaseTable {
  readonly startYear: number;
  readonly fullYear: number;
  readonly shape: string | undefined;
  readonly steepness: number;
  readonly first: number;
  readonly values: Float64Array;
}

// The Monte Carlo asks for the same few phasings run after run (one per driver): their tables are kept, the most
// recent first, so a run reads φ instead of working out an S-curve's exp() a year. Bounded.
const tables: PhaseTable[] = [];
const TABLE_LIMIT = 8;

/**
 * φ for the `out.length` years from `first` into `out`, the same numbers as {@link floatPhase} year by year (kept
 * between calls, by phasing).
 */
export function floatPhases(d: Phasing, first: number, out: Float64Array): void {
  const fullYear = d.fullYear ?? d.startYear;
  const steepness = d.steepness ?? DEFAULT_STEEPNESS;
  let table: PhaseTable | undefined;
  for (let t = 0; t < tables.length; t++) {
    const c = tables[t]!;
    if (c.startYear === d.startYear && c.fullYear === fullYear && c.shape === d.shape && c.steepness === steepness && c.first === first && c.values.length === out.length) {
      table = c;
      break;
    }
  }
  if (table === undefined) {
    const values = new Float64Array(out.length);
    for (let i = 0; i < values.length; i++) values[i] = floatPhase(d, first + i);
    table = { startYear: d.startYear, fullYear, shape: d.shape, steepness, first, values };
    if (tables.length >= TABLE_LIMIT) tables.pop();
    tables.unshift(table);
  }
  out.set(table.values);
}

/** φ(year) in float64. */
export function floatPhase(d: Phasing, year: number): number {
  const t = share(d, year);
  if (d.shape !== 's-curve' || t === 0 || t === 1) return t;
  const steep = d.steepness ?? DEFAULT_STEEPNESS;
  if (steep !== endsFor) {
    endsFor = steep;
    low = sigma(-steep / 2);
    span = sigma(steep / 2) - low;
  }
  return (sigma(steep * (t - 0.5)) - low) / span;
}
