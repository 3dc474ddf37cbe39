import { show } from '../internal/show';
import type { DyadicPanel } from './panelTypes';
import { toAmount, type AmountInput } from '../money/parseAmount';

/** Options of {@link caseMultiples}: the case rule of `outsideView`, on a panel the caller gives. */
export interface CaseMultiplesOptions {
  /** The starting value, USD; it sets the default band `[start/2, 2·start)`. */
  readonly start: AmountInput;
  /** The span of a case in years (a whole number ≥ 1): the end year is the start year plus `years`, exactly. */
  readonly years: number;
  /** Start values in the band, half-open `[min, max)`, USD, `min ≥ 0`; default `[start/2, 2·start)`. */
  readonly band?: { readonly min: AmountInput; readonly max: AmountInput };
  /** First start year, inclusive; default the panel's first year. */
  readonly from?: number;
  /** Last start year, inclusive; default the panel's last year. */
  readonly to?: number;
  /** Use COW's smoothed flows instead of the raw ones; default false. */
  readonly smoothed?: boolean;
  /** The dyadic panel (from `tradepath/history`, or the caller's own). */
  readonly panel: DyadicPanel;
}

/**
 * The growth multiple of every case of the outside view, hits or not: for each pair and start year t with both
 * flows known in t and in t + `years`, and a total in the band, value(t + years) / value(t). The case rule is
 * `outsideView`'s (DESIGN.md, "Evidence"), so the share of these multiples at or above the target's multiple is
 * its base rate; this gives the whole distribution, for a histogram.
 *
 * @param options - `start`, `years`, optional `band`, `from`, `to`, `smoothed`, and the `panel`.
 * @returns The multiples in panel order (by pair, then start year); a multiple may be 0 (no trade at the end).
 * @throws {RangeError} for `years` that is not a whole number ≥ 1, a band with `min < 0` or `max ≤ min`, or
 *   `from`/`to` that are not whole numbers.
 * @throws {TypeError} for a panel without its columns.
 * @example
 * const panel = { rows: 3, ccode1: Int16Array.of(373, 373, 373), ccode2: Int16Array.of(630, 630, 630), year: Int16Array.of(2000, 2001, 2005), flow1: Float64Array.of(300e6, 1, 5e9), flow2: Float64Array.of(200e6, 1, 5e9), smoothflow1: new Float64Array(3), smoothflow2: new Float64Array(3), pairStart: Int32Array.of(0, 3), source: { title: 'test' } };
 * Array.from(caseMultiples({ start: 580e6, years: 5, panel })); // => [20]
 * caseMultiples({ start: 580e6, years: 0, panel }); // => throws RangeError
 */
export function caseMultiples(options: CaseMultiplesOptions): Float64Array {
  const fn = 'caseMultiples';
  const { years, panel } = options;
  if (!Number.isInteger(years) || years < 1) throw new RangeError(`${fn}: years must be a whole number ≥ 1, got ${show(years)}`);
  if (panel === null || typeof panel !== 'object' || !(panel.year instanceof Int16Array) || !(panel.pairStart instanceof Int32Array)) {
    throw new TypeError(`${fn}: panel must be a DyadicPanel (columns ccode1, ccode2, year, flows, pairStart), got ${show(panel)}`);
  }
  const start = toAmount(options.start, fn, 'start').toNumber();
  const min = options.band === undefined ? start / 2 : toAmount(options.band.min, fn, 'band.min').toNumber();
  const max = options.band === undefined ? start * 2 : toAmount(options.band.max, fn, 'band.max').toNumber();
  if (!(min >= 0)) throw new RangeError(`${fn}: band.min must be ≥ 0, got ${min}`);
  if (!(max > min)) throw new RangeError(`${fn}: band.max must be > band.min (${min}), got ${max}`);
  for (const [name, value] of [['from', options.from], ['to', options.to]] as const) {
    if (value !== undefined && !Number.isInteger(value)) throw new RangeError(`${fn}: ${name} must be a whole year, got ${show(value)}`);
  }
  const from = options.from ?? -Infinity;
  const to = options.to ?? Infinity;
  const f1 = options.smoothed === true ? panel.smoothflow1 : panel.flow1;
  const f2 = options.smoothed === true ? panel.smoothflow2 : panel.flow2;
  const { year, pairStart } = panel;
  const out: number[] = [];
  for (let p = 0; p + 1 < pairStart.length; p++) {
    const end = pairStart[p + 1]!;
    // Years ascend within a pair, so the row `years` later is found by a pointer that only moves forward.
    let j = pairStart[p]!;
    for (let i = pairStart[p]!; i < end; i++) {
      const t = year[i]!;
      if (t < from || t > to) continue;
      const v0 = f1[i]! + f2[i]!;
      // As in outsideView: a missing flow (NaN) or a zero start value (no multiple) is never a case.
      if (!(v0 >= min && v0 < max) || v0 === 0) continue;
      if (j < i) j = i;
      while (j < end && year[j]! < t + years) j++;
      if (j >= end || year[j] !== t + years) continue;
      const v1 = f1[j]! + f2[j]!;
      if (Number.isNaN(v1)) continue;
      out.push(v1 / v0);
    }
  }
  return Float64Array.from(out);
}
