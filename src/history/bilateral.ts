import type { TradeSeries } from '../evidence/types';
import { D } from '../money/decimal';
import { countryLabel } from './countries';
import { resolveCountry } from './findCountry';
import { loadDyadicPanel } from './loadDyadicPanel';
import { toSeries } from './toSeries';
import type { DyadicPanel } from './types';

/** The three directions of a pair's trade, seen from `a`. */
export interface BilateralTrade {
  /** exports + imports, for the years where both are known. */
  readonly total: TradeSeries;
  /** What `a` exports to `b`: `b`'s recorded imports from `a`. */
  readonly exports: TradeSeries;
  /** What `a` imports from `b`: `a`'s recorded imports. */
  readonly imports: TradeSeries;
}

/** Rows [from, to) of the pair (lo, hi), lo < hi, or null; binary search over the pairs. */
export function pairRows(panel: DyadicPanel, lo: number, hi: number): { from: number; to: number } | null {
  const key = (p: number) => panel.ccode1[panel.pairStart[p]!]! * 4096 + panel.ccode2[panel.pairStart[p]!]!;
  const want = lo * 4096 + hi;
  let left = 0;
  let right = panel.pairStart.length - 2;
  while (left <= right) {
    const mid = (left + right) >> 1;
    const k = key(mid);
    if (k === want) return { from: panel.pairStart[mid]!, to: panel.pairStart[mid + 1]! };
    if (k < want) left = mid + 1;
    else right = mid - 1;
  }
  return null;
}

/**
 * The recorded trade between two countries from the bundled COW dyadic panel (1870–2014), in USD, seen from `a`.
 * COW stores each pair once (lower code first); this reads the right columns for the direction asked. A year
 * where a needed flow is missing is a gap (listed in `gaps`), never a zero. Every series carries
 * {@link COW_SOURCE}.
 *
 * @param a - the reporting country: ISO3, COW code or English name (as {@link findCountry}).
 * @param b - the partner country, likewise; not `a`.
 * @returns `{ total, exports, imports }`, each a `TradeSeries` with `reporter` a and `partner` b (ISO3, or the
 *   COW abbreviation of a historical state).
 * @throws {RangeError} (as a rejected Promise) when a country is unknown, a and b are the same, or the panel has no
 *   trade between them.
 * @example
 * const { total, exports, imports } = await bilateral('AZE', 'IRN');
 * total.points.find((p) => p.year === 2014).value.toString(); // => '248000000'
 * exports.points.find((p) => p.year === 2014).value.toString(); // => '59000000'
 * imports.points.find((p) => p.year === 2014).value.toString(); // => '189000000'
 * total.source.citation.includes('Correlates of War Project'); // => true
 */
export async function bilateral(a: string | number, b: string | number): Promise<BilateralTrade> {
  const from = resolveCountry(a, 'bilateral');
  const to = resolveCountry(b, 'bilateral');
  if (from.cow === to.cow) throw new RangeError(`bilateral: a and b are the same country, ${countryLabel(from)}`);
  const panel = await loadDyadicPanel();
  const lo = Math.min(from.cow, to.cow);
  const hi = Math.max(from.cow, to.cow);
  const rows = pairRows(panel, lo, hi);
  if (rows === null) {
    throw new RangeError(`bilateral: the COW panel records no trade between ${countryLabel(from)} and ${countryLabel(to)}`);
  }
  // flow1 = imports of the lower code from the higher; flow2 = imports of the higher from the lower.
  const aIsFirst = from.cow === lo;
  const aImports = (aIsFirst ? panel.flow1 : panel.flow2).subarray(rows.from, rows.to);
  const bImports = (aIsFirst ? panel.flow2 : panel.flow1).subarray(rows.from, rows.to);
  const years = Array.from(panel.year.subarray(rows.from, rows.to));
  const meta = { reporter: countryLabel(from), partner: countryLabel(to) };
  // Flows are whole millions times 1e6, so integers: exact as Decimals.
  return Object.freeze({
    total: toSeries(
      { ...meta, flow: 'total' },
      years,
      (i) => !Number.isNaN(aImports[i]!) && !Number.isNaN(bImports[i]!),
      (i) => new D(aImports[i]! + bImports[i]!),
    ),
    exports: toSeries({ ...meta, flow: 'exports' }, years, (i) => !Number.isNaN(bImports[i]!), (i) => new D(bImports[i]!)),
    imports: toSeries({ ...meta, flow: 'imports' }, years, (i) => !Number.isNaN(aImports[i]!), (i) => new D(aImports[i]!)),
  });
}
