import { TARGET_ROWS } from './data/statements';
import type { TargetRow } from './types';

const FROZEN: readonly TargetRow[] = Object.freeze(TARGET_ROWS.map((r) => Object.freeze({ ...r })));

/**
 * Earlier official bilateral trade targets (Azerbaijan–Iran, Iran–Turkey) and the seed's own, with the trade when
 * each was set and the press report it comes from. Amounts in USD a year.
 *
 * @returns the record's rows in its order.
 * @example
 * targetRows().length; // => 4
 * targetRows().map((r) => r.target); // => [5e9, 30e9, 100e9, 10e9]
 * targetRows()[1].byYear; // => 2015
 */
export function targetRows(): readonly TargetRow[] {
  return FROZEN;
}
