/**
 * Small panels built in tests, in the shapes of src/history/types.ts, so the evidence functions can be checked by
 * hand without the bundled data. Amounts are given in USD; `null` is a missing value (NaN in the panel).
 */
import type { DyadicPanel, NationalPanel, TradeSource } from '../../src/history/types';

export const TEST_SOURCE: TradeSource = { title: 'a panel built in the test' };

/** `[ccode1, ccode2, year, flow1, flow2]`, optionally `smoothflow1, smoothflow2` (default: the raw flows). */
export type DyadicRow = readonly [number, number, number, number | null, number | null, (number | null)?, (number | null)?];

const num = (value: number | null | undefined): number => (value === null || value === undefined ? NaN : value);

/** A DyadicPanel from rows in any order: sorted by ccode1, ccode2, year, with `pairStart` computed. */
export function dyadicPanel(rows: readonly DyadicRow[], source: TradeSource = TEST_SOURCE): DyadicPanel {
  const sorted = [...rows].sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
  const n = sorted.length;
  const panel = {
    rows: n,
    ccode1: new Int16Array(n),
    ccode2: new Int16Array(n),
    year: new Int16Array(n),
    flow1: new Float64Array(n),
    flow2: new Float64Array(n),
    smoothflow1: new Float64Array(n),
    smoothflow2: new Float64Array(n),
  };
  const starts: number[] = [];
  sorted.forEach((row, i) => {
    const [c1, c2, year, f1, f2] = row;
    if (c1 >= c2) throw new Error(`dyadicPanel: ccode1 must be < ccode2, got ${c1}, ${c2}`);
    if (i === 0 || c1 !== sorted[i - 1]![0] || c2 !== sorted[i - 1]![1]) starts.push(i);
    panel.ccode1[i] = c1;
    panel.ccode2[i] = c2;
    panel.year[i] = year;
    panel.flow1[i] = num(f1);
    panel.flow2[i] = num(f2);
    panel.smoothflow1[i] = row.length > 5 ? num(row[5]) : num(f1);
    panel.smoothflow2[i] = row.length > 6 ? num(row[6]) : num(f2);
  });
  starts.push(n);
  return { ...panel, pairStart: Int32Array.from(starts), source };
}

/** `[ccode, year, imports, exports]`. */
export type NationalRow = readonly [number, number, number | null, number | null];

/** A NationalPanel from rows in any order, sorted by ccode and year. */
export function nationalPanel(rows: readonly NationalRow[], source: TradeSource = TEST_SOURCE): NationalPanel {
  const sorted = [...rows].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const n = sorted.length;
  const panel = { rows: n, ccode: new Int16Array(n), year: new Int16Array(n), imports: new Float64Array(n), exports: new Float64Array(n) };
  sorted.forEach(([ccode, year, imports, exports], i) => {
    panel.ccode[i] = ccode;
    panel.year[i] = year;
    panel.imports[i] = num(imports);
    panel.exports[i] = num(exports);
  });
  return { ...panel, source };
}
