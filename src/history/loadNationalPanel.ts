import { NATIONAL } from './data/national';
import { decodeNational, type DecodedNational } from './decodeNational';
import type { NationalPanel } from './types';

let cached: Promise<DecodedNational> | undefined;

/** The decoded national data with COW's own million-dollar figures (for exact Decimal series). */
export function loadNational(): Promise<DecodedNational> {
  cached ??= decodeNational(NATIONAL).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

/**
 * The bundled Correlates of War national trade totals (v4.0, 1870–2014: 14,410 state-years): each state's total
 * imports and exports, decoded on the first call and cached. Amounts are USD (COW's millions × 1e6); a missing
 * figure is NaN. The columns are shared, so treat them as read-only.
 *
 * @returns the panel in columns, sorted by `ccode`, `year`, with `source` = {@link COW_SOURCE}.
 * @throws {TypeError} (as a rejected Promise) when the platform has no `DecompressionStream`.
 * @example
 * const panel = await loadNationalPanel();
 * panel.rows; // => 14410
 */
export async function loadNationalPanel(): Promise<NationalPanel> {
  return (await loadNational()).panel;
}
