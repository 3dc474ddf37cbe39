import { D, type Decimal } from '../money/decimal';
import { toAmount, type AmountInput } from '../money/parseAmount';
import { show } from '../internal/show';
import { wilsonInterval } from '../uncertainty/stats/wilsonInterval';
import type { CountryRecord, DyadicPanel } from './panelTypes';
import type { OutsideViewExample, OutsideViewResult } from './types';
import { bundledDyadicPanel, countriesByCow } from './bundledHistory';
import { checkDyadicPanel } from './checkPanel';

/** Arguments of {@link outsideView}. Amounts are in USD (`580e6`, `'$580M'`). */
export interface OutsideViewArgs {
  /** Today's trade of the pair, > 0. */
  readonly start: AmountInput;
  /** The target, > start. */
  readonly target: AmountInput;
  /** Years to reach it: a whole number ≥ 1. */
  readonly years: number;
  /** Start values that count as "a similar size", half-open [min, max); default [start/2, 2·start). */
  readonly band?: { readonly min: AmountInput; readonly max: AmountInput };
  /** First start year considered (inclusive); default the panel's first year. */
  readonly from?: number;
  /** Last start year considered (inclusive); default the panel's last year less `years`. */
  readonly to?: number;
  /** The dyadic panel; default the bundled Correlates of War panel (loaded on first use). */
  readonly panel?: DyadicPanel;
  /** Use COW's smoothed flows instead of the raw ones; default false. */
  readonly smoothed?: boolean;
}

const FN = 'outsideView';

/** Arguments after validation, as the counting loop reads them. */
interface Checked {
  readonly start: Decimal;
  readonly target: Decimal;
  readonly years: number;
  readonly min: Decimal;
  readonly max: Decimal;
  readonly from: number | undefined;
  readonly to: number | undefined;
  readonly smoothed: boolean;
}

function checkYear(value: unknown, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new RangeError(`${FN}: ${what} must be a whole year, got ${show(value)}`);
  }
  return value;
}

function check(args: OutsideViewArgs): Checked {
  if (typeof args !== 'object' || args === null) throw new TypeError(`${FN}: expected an object of arguments, got ${show(args)}`);
  const start = toAmount(args.start, FN, 'start');
  const target = toAmount(args.target, FN, 'target');
  if (!start.gt(0)) throw new RangeError(`${FN}: start must be > 0, got ${start.toString()}`);
  if (!target.gt(start)) {
    throw new RangeError(`${FN}: target must be greater than start (${start.toString()}), got ${target.toString()}`);
  }
  const years = args.years;
  if (typeof years !== 'number' || !Number.isSafeInteger(years) || years < 1) {
    throw new RangeError(`${FN}: years must be a whole number ≥ 1, got ${show(years)}`);
  }
  let min = start.div(2);
  let max = start.times(2);
  if (args.band !== undefined) {
    if (typeof args.band !== 'object' || args.band === null) {
      throw new TypeError(`${FN}: band must be { min, max }, got ${show(args.band)}`);
    }
    min = toAmount(args.band.min, FN, 'band.min');
    max = toAmount(args.band.max, FN, 'band.max');
    if (min.lt(0)) throw new RangeError(`${FN}: band.min must be ≥ 0, got ${min.toString()}`);
    if (!min.lt(max)) {
      throw new RangeError(`${FN}: band.min must be less than band.max, got [${min.toString()}, ${max.toString()})`);
    }
  }
  const from = checkYear(args.from, 'from');
  const to = checkYear(args.to, 'to');
  if (from !== undefined && to !== undefined && from > to) {
    throw new RangeError(`${FN}: from must be ≤ to, got from ${from} and to ${to}`);
  }
  if (args.smoothed !== undefined && typeof args.smoothed !== 'boolean') {
    throw new TypeError(`${FN}: smoothed must be true or false, got ${show(args.smoothed)}`);
  }
  return { start, target, years, min, max, from, to, smoothed: args.smoothed === true };
}

/**
 * The smallest float64 that is ≥ the exact amount, so that `v >= ceilToFloat(a)` is `v ≥ a` exactly for any
 * float64 `v` (a bound that is not a float64 itself, like 290000000.05, is not rounded down into the band).
 */
function ceilToFloat(amount: Decimal): number {
  const nearest = amount.toNumber();
  if (!new D(nearest).lt(amount)) return nearest;
  const bits = new Float64Array([nearest]);
  const word = new BigInt64Array(bits.buffer);
  word[0] = nearest >= 0 ? word[0]! + 1n : word[0]! - 1n;
  return bits[0]!;
}

const yearRanges = new WeakMap<DyadicPanel, { first: number; last: number }>();

/** The first and last year of a panel (one pass, remembered per panel). */
function yearRange(panel: DyadicPanel): { first: number; last: number } {
  let range = yearRanges.get(panel);
  if (range === undefined) {
    let first = Infinity;
    let last = -Infinity;
    const year = panel.year;
    for (let i = 0; i < panel.rows; i++) {
      const y = year[i]!;
      if (y < first) first = y;
      if (y > last) last = y;
    }
    range = { first, last };
    yearRanges.set(panel, range);
  }
  return range;
}

/** A hit before names are attached: the row of its start year and its end year. */
interface RawHit {
  readonly row: number;
  readonly endRow: number;
  readonly multiple: number;
}

/**
 * The counting pass: one loop over the rows, pair by pair; a forward pointer finds the row of t + years (years
 * ascend within a pair), so the work is linear in the rows and nothing is allocated per row.
 */
function count(panel: DyadicPanel, c: Checked, from: number, to: number): { cases: number; hits: RawHit[] } {
  const f1 = c.smoothed ? panel.smoothflow1 : panel.flow1;
  const f2 = c.smoothed ? panel.smoothflow2 : panel.flow2;
  const year = panel.year;
  const pairStart = panel.pairStart;
  const pairs = pairStart.length - 1;
  const low = ceilToFloat(c.min);
  const high = ceilToFloat(c.max);
  const years = c.years;
  const multiple = c.target.div(c.start).toNumber();
  // A ratio this far from the multiple is on its side whatever the rounding of two divisions (each within 2⁻⁵³).
  const surelyBelow = multiple * (1 - 1e-12);
  const surelyAbove = multiple * (1 + 1e-12);
  let cases = 0;
  const hits: RawHit[] = [];
  for (let p = 0; p < pairs; p++) {
    const end = pairStart[p + 1]!;
    let j = pairStart[p]!;
    for (let i = j; i < end; i++) {
      const t = year[i]!;
      if (t < from) continue;
      if (t > to) break;
      const v0 = f1[i]! + f2[i]!;
      // NaN (a missing flow) fails both comparisons; a zero start value is never a case.
      if (!(v0 >= low && v0 < high) || v0 === 0) continue;
      const t1 = t + years;
      if (j <= i) j = i + 1;
      while (j < end && year[j]! < t1) j++;
      if (j === end || year[j] !== t1) continue;
      const v1 = f1[j]! + f2[j]!;
      if (v1 !== v1) continue;
      cases++;
      const ratio = v1 / v0;
      let hit = ratio >= surelyAbove;
      if (!hit && ratio >= surelyBelow) {
        // Too close to call in float64: v1/v0 ≥ target/start ⇔ v1·start ≥ target·v0, exactly.
        hit = new D(v1).times(c.start).gte(c.target.times(new D(v0)));
      }
      if (hit) hits.push({ row: i, endRow: j, multiple: ratio });
    }
  }
  return { cases, hits };
}

function nameOf(record: CountryRecord | undefined, cow: number): { name: string; iso3: string | null } {
  return record === undefined ? { name: `COW state ${cow}`, iso3: null } : { name: record.name, iso3: record.iso3 };
}

/**
 * The outside view of a growth target: how often pairs of countries that traded about as much as `start` went on
 * to grow by at least `target / start` within `years` — the base rate of such growth, with its 95 % Wilson
 * interval and every case that did it.
 *
 * A case is a pair and a start year t with both flows known in t and in t + `years` (that year exactly, no
 * interpolation); its value is flow1 + flow2 (raw flows unless `smoothed`). It counts when `band.min ≤ value(t) <
 * band.max`, and it is a hit when `value(t + years) / value(t) ≥ target / start` (decided exactly, never by a
 * rounded multiple). A start value of 0 is never a case, even with `band.min` = 0: growth from nothing has no
 * multiple, and COW writes 0 for anything under $0.5M. Examples are sorted by multiple, largest first, then by
 * start year and the pair's COW codes. Pairs are named from the bundled country list (`COW state <code>` for a
 * code it does not know).
 *
 * Read the rate with care: a pair counts once per start year, so one episode of growth gives several overlapping
 * cases (Nigeria–India from 2002 and from 2003); cases are not independent draws, and the Wilson interval, which
 * assumes they are, is narrower than the evidence warrants.
 *
 * @param args - `start` > 0 and `target` > `start` (USD amounts); `years` a whole number ≥ 1; `band` `{ min, max }`
 *   with 0 ≤ min < max (default [start/2, 2·start)); `from` ≤ `to` whole start years (default every start year
 *   the panel allows); `panel` (default the bundled Correlates of War panel, loaded on first use); `smoothed`.
 * @returns a Promise of the multiple, cases, hits, rate, band, start years, examples and the panel's source.
 * @throws {RangeError} (as a rejected Promise) when an argument breaks its rule, or when no case is left to count.
 * @throws {TypeError} (as a rejected Promise) when an amount is not an amount, or `panel` is not a DyadicPanel.
 * @example
 * const seed = await outsideView({ start: '$580M', target: '$10B', years: 5, band: { min: '300M', max: '1B' } });
 * [seed.cases, seed.hits]; // => [19667, 9]
 * seed.multiple; // => ≈ 17.2414
 * seed.examples[0].pair.a + '–' + seed.examples[0].pair.b + ' ' + seed.examples[0].startYear; // => 'China–South Korea 1990'
 */
export async function outsideView(args: OutsideViewArgs): Promise<OutsideViewResult> {
  const c = check(args);
  const panel = args.panel === undefined ? await bundledDyadicPanel() : checkDyadicPanel(args.panel, FN);
  const range = yearRange(panel);
  const from = Math.max(c.from ?? range.first, range.first);
  const to = Math.min(c.to ?? range.last - c.years, range.last - c.years);
  if (panel.rows === 0) throw new RangeError(`${FN}: the panel has no rows`);
  if (from > to) {
    throw new RangeError(
      `${FN}: no start year to count: the panel allows start years ${range.first}–${range.last - c.years} ` +
        `(its years ${range.first}–${range.last}, less ${c.years}), asked for ${c.from ?? 'any'}–${c.to ?? 'any'}`,
    );
  }
  const { cases, hits } = count(panel, c, from, to);
  if (cases === 0) {
    throw new RangeError(
      `${FN}: no case to count: no pair has a start value in [${c.min.toString()}, ${c.max.toString()}) in the start ` +
        `years ${from}–${to} and its value known ${c.years} years later; widen the band or the start years`,
    );
  }
  let examples: OutsideViewExample[] = [];
  if (hits.length > 0) {
    const byCow = await countriesByCow();
    const f1 = c.smoothed ? panel.smoothflow1 : panel.flow1;
    const f2 = c.smoothed ? panel.smoothflow2 : panel.flow2;
    examples = hits.map(({ row, endRow, multiple }) => {
      const aCow = panel.ccode1[row]!;
      const bCow = panel.ccode2[row]!;
      const a = nameOf(byCow.get(aCow), aCow);
      const b = nameOf(byCow.get(bCow), bCow);
      return {
        pair: { a: a.name, b: b.name, aIso3: a.iso3, bIso3: b.iso3, aCow, bCow },
        startYear: panel.year[row]!,
        start: f1[row]! + f2[row]!,
        end: f1[endRow]! + f2[endRow]!,
        multiple,
      };
    });
    examples.sort(
      (x, y) =>
        y.multiple - x.multiple || x.startYear - y.startYear || x.pair.aCow - y.pair.aCow || x.pair.bCow - y.pair.bCow,
    );
  }
  const interval = wilsonInterval(hits.length, cases);
  return {
    multiple: c.target.div(c.start).toNumber(),
    years: c.years,
    cases,
    hits: hits.length,
    rate: { estimate: interval.estimate, low: interval.low, high: interval.high },
    band: { min: c.min.toNumber(), max: c.max.toNumber() },
    startYears: { from, to },
    smoothed: c.smoothed,
    examples,
    source: panel.source,
  };
}
