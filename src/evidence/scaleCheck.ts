import { toAmount, type AmountInput } from '../money/parseAmount';
import { show } from '../internal/show';
import type { CountryRecord, NationalPanel, TradeSource } from './panelTypes';
import { bundledNationalPanel, findCountryFor } from './bundledHistory';
import { checkNationalPanel } from './checkPanel';

/** Arguments of {@link scaleCheck}. */
export interface ScaleCheckArgs {
  /** The bilateral target, USD a year, > 0. */
  readonly target: AmountInput;
  /** The year of the totals; default the latest year with both totals known. */
  readonly year?: number;
  /** The country that would import the goods: ISO3 (first), COW code or English name. */
  readonly importer: string | number;
  /** The country that would export them. */
  readonly exporter: string | number;
  /** National totals; default the bundled Correlates of War national panel (loaded on first use). */
  readonly panel?: NationalPanel;
}

/** The target beside each partner's total trade ({@link scaleCheck}). Amounts in USD. */
export interface ScaleCheckResult {
  readonly year: number;
  readonly target: number;
  /** The importer, its total imports in `year`, and the target as a share of them. */
  readonly importer: { readonly country: CountryRecord; readonly totalImports: number; readonly share: number };
  /** The exporter, its total exports in `year`, and the target as a share of them. */
  readonly exporter: { readonly country: CountryRecord; readonly totalExports: number; readonly share: number };
  readonly source: TradeSource;
}

const FN = 'scaleCheck';

/** The rows of one state in a national panel sorted by code and year, as [first, end). */
function rowsOf(panel: NationalPanel, ccode: number): [number, number] {
  const firstAtLeast = (code: number): number => {
    let lo = 0;
    let hi = panel.rows;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (panel.ccode[mid]! < code) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return [firstAtLeast(ccode), firstAtLeast(ccode + 1)];
}

/** Year → value for the known (finite, > 0) values of one column of one state. */
function knownByYear(panel: NationalPanel, rows: [number, number], column: Float64Array): Map<number, number> {
  const known = new Map<number, number>();
  for (let i = rows[0]; i < rows[1]; i++) {
    const value = column[i]!;
    if (Number.isFinite(value) && value > 0) known.set(panel.year[i]!, value);
  }
  return known;
}

/**
 * How big a bilateral target is beside each partner's whole trade: the target as a share of the importer's total
 * imports and of the exporter's total exports in one year. A share near or above 1 means the pair's trade alone
 * would have to be about as large as all the importer's trade with the world.
 *
 * Country lookup: ISO3 first, then COW code, then English name (COW abbreviations are not ISO3: COW `AUS` is
 * Austria). A total of 0 or a missing one counts as unknown.
 *
 * @param args - `target` > 0 (USD a year); `importer` and `exporter` two different countries; `year` a whole year
 *   with both totals known (default the latest such year: 2014 in COW); `panel` (default the bundled COW national
 *   panel, loaded on first use).
 * @returns a Promise of the year, the target, each partner with its total and the share, and the panel's source.
 * @throws {RangeError} (as a rejected Promise) for a target ≤ 0, an unknown or repeated country, a year without
 *   both totals, or no such year at all.
 * @throws {TypeError} (as a rejected Promise) when the target is not an amount, or `panel` is not a NationalPanel.
 * @example
 * const scale = await scaleCheck({ target: '$10B', importer: 'AZE', exporter: 'IRN' });
 * scale.year; // => 2014
 * scale.importer.share; // => ≈ 0.7223
 * scale.exporter.share; // => ≈ 0.1158
 */
export async function scaleCheck(args: ScaleCheckArgs): Promise<ScaleCheckResult> {
  if (typeof args !== 'object' || args === null) throw new TypeError(`${FN}: expected an object of arguments, got ${show(args)}`);
  const target = toAmount(args.target, FN, 'target');
  if (!target.gt(0)) throw new RangeError(`${FN}: target must be > 0, got ${target.toString()}`);
  if (args.year !== undefined && (typeof args.year !== 'number' || !Number.isSafeInteger(args.year))) {
    throw new RangeError(`${FN}: year must be a whole year, got ${show(args.year)}`);
  }
  const importer = await findCountryFor(args.importer, FN, 'importer');
  const exporter = await findCountryFor(args.exporter, FN, 'exporter');
  if (importer.cow === exporter.cow) {
    throw new RangeError(`${FN}: importer and exporter must be two countries, got ${importer.name} twice`);
  }
  const panel = args.panel === undefined ? await bundledNationalPanel() : checkNationalPanel(args.panel, FN);
  const imports = knownByYear(panel, rowsOf(panel, importer.cow), panel.imports);
  const exports = knownByYear(panel, rowsOf(panel, exporter.cow), panel.exports);
  let year = args.year;
  if (year === undefined) {
    for (const y of imports.keys()) if (exports.has(y) && (year === undefined || y > year)) year = y;
    if (year === undefined) {
      throw new RangeError(
        `${FN}: no year has both the total imports of ${importer.name} and the total exports of ${exporter.name}`,
      );
    }
  }
  const totalImports = imports.get(year);
  const totalExports = exports.get(year);
  if (totalImports === undefined || totalExports === undefined) {
    const missing = totalImports === undefined ? `imports of ${importer.name}` : `exports of ${exporter.name}`;
    throw new RangeError(`${FN}: year ${year} has no total ${missing}`);
  }
  const t = target.toNumber();
  return {
    year,
    target: t,
    importer: { country: importer, totalImports, share: t / totalImports },
    exporter: { country: exporter, totalExports, share: t / totalExports },
    source: panel.source,
  };
}
