import type { DyadicPanel } from './panelTypes';

/** Rows [first, end) of the pair of two COW codes (either order), or null; a binary search over the pairs. */
function pairRange(panel: DyadicPanel, cowA: number, cowB: number): [number, number] | null {
  const want = Math.min(cowA, cowB) * 65536 + Math.max(cowA, cowB);
  let left = 0;
  let right = panel.pairStart.length - 2;
  while (left <= right) {
    const mid = (left + right) >> 1;
    const first = panel.pairStart[mid]!;
    const key = panel.ccode1[first]! * 65536 + panel.ccode2[first]!;
    if (key < want) left = mid + 1;
    else if (key > want) right = mid - 1;
    else return [first, panel.pairStart[mid + 1]!];
  }
  return null;
}

/**
 * The recorded total trade (flow1 + flow2, USD) of two states by COW code, year by year: the years with both
 * flows known, ascending (none when the pair is not in the panel).
 */
export function pairTotals(panel: DyadicPanel, cowA: number, cowB: number): Map<number, number> {
  const totals = new Map<number, number>();
  const range = pairRange(panel, cowA, cowB);
  if (range === null) return totals;
  for (let i = range[0]; i < range[1]; i++) {
    const total = panel.flow1[i]! + panel.flow2[i]!;
    if (!Number.isNaN(total)) totals.set(panel.year[i]!, total);
  }
  return totals;
}
