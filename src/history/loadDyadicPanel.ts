import { DYADIC } from './data/dyadic';
import { decodeDyadic } from './decodeDyadic';
import type { DyadicPanel } from './types';

let cached: Promise<DyadicPanel> | undefined;

/**
 * The bundled Correlates of War dyadic trade panel (v4.0, 1870–2014: 673,654 pair-years of 16,052 pairs), decoded
 * on the first call and cached: later calls return the same object. Flows are USD (COW's millions × 1e6); a
 * missing flow is NaN. The columns are shared, so treat them as read-only. `smoothflow1` and `smoothflow2` are
 * decoded when first read (most uses never need them).
 *
 * @returns the panel in columns, sorted by `ccode1`, `ccode2`, `year`, with `source` = {@link COW_SOURCE}.
 * @throws {TypeError} (as a rejected Promise) when the platform has no `DecompressionStream`.
 * @example
 * const panel = await loadDyadicPanel();
 * panel.rows; // => 673654
 * panel.pairStart.length - 1; // => 16052
 */
export function loadDyadicPanel(): Promise<DyadicPanel> {
  cached ??= decodeDyadic(DYADIC).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
