import { COW_SOURCE } from './cowSource';
import { unpack } from './ByteReader';
import { inflateBase64 } from './inflateBase64';
import type { DyadicPanel } from './types';

/**
 * Decodes the bundled dyadic panel (format: src/history/data/README.md, "Encoding"). Streams: pairs (ccode1 step,
 * ccode2, rows, first year − base), year steps − 1 within a pair, flow1, flow2 (0 = NA, else zigzag(flow − the
 * pair's last known flow in the column, 0 at first) + 1), and smoothflow1, smoothflow2 (0 = NA, else
 * zigzag(smooth − flow) + 1, a missing flow counting as 0).
 */
export async function decodeDyadic(base64: string): Promise<DyadicPanel> {
  const what = 'loadDyadicPanel';
  const bytes = await inflateBase64(base64, what);
  const { counts, streams } = unpack(bytes, 'TPD1', 3, what);
  const [rows, pairs, baseYear] = counts as [number, number, number];
  if (streams.length !== 6) throw new RangeError(`${what}: expected 6 streams, found ${streams.length} (corrupt bundle)`);
  type Reader = (typeof streams)[number];
  const [pairStream, yearStream, f1, f2, s1, s2] = streams as [Reader, Reader, Reader, Reader, Reader, Reader];

  const ccode1 = new Int16Array(rows);
  const ccode2 = new Int16Array(rows);
  const year = new Int16Array(rows);
  const pairStart = new Int32Array(pairs + 1);
  const pairFields = pairStream.varints(4 * pairs);
  const steps = yearStream.varints(rows - pairs);
  let row = 0;
  let step = 0;
  let a = 0;
  for (let p = 0; p < pairs; p++) {
    a += pairFields[4 * p]!;
    const b = pairFields[4 * p + 1]!;
    const n = pairFields[4 * p + 2]!;
    let y = pairFields[4 * p + 3]! + baseYear;
    pairStart[p] = row;
    if (n < 1 || row + n > rows) throw new RangeError(`${what}: pair ${p} overruns the header's ${rows} rows (corrupt bundle)`);
    for (let k = 0; k < n; k++, row++) {
      if (k > 0) y += steps[step++]! + 1;
      ccode1[row] = a;
      ccode2[row] = b;
      year[row] = y;
    }
  }
  if (row !== rows) throw new RangeError(`${what}: ${row} rows decoded, the header says ${rows} (corrupt bundle)`);
  pairStart[pairs] = rows;

  // zigzag back: 0, 1, 2, 3, … → 0, −1, 1, −2, …
  const unzigzag = (z: number) => (z >>> 1) ^ -(z & 1);
  const flows = [f1, f2].map((stream) => {
    const codes = stream.varints(rows);
    stream.done();
    const flow = new Float64Array(rows);
    for (let p = 0; p < pairs; p++) {
      let last = 0; // whole millions
      for (let i = pairStart[p]!, end = pairStart[p + 1]!; i < end; i++) {
        const f = codes[i]!;
        if (f === 0) flow[i] = Number.NaN;
        else {
          last += unzigzag(f - 1);
          flow[i] = last * 1e6;
        }
      }
    }
    return flow;
  }) as [Float64Array, Float64Array];

  // The smoothed columns are decoded when first read: most uses (bilateral series, the raw outside view) never
  // touch them, and the first load is then about a third less work.
  const smoothed = [s1, s2].map((stream, k) => {
    let column: Float64Array | undefined;
    return () => {
      if (column !== undefined) return column;
      const codes = stream.varints(rows);
      stream.done();
      const flow = flows[k]!;
      const smooth = new Float64Array(rows);
      for (let i = 0; i < rows; i++) {
        const s = codes[i]!;
        // A missing flow counts as 0; a known one is a whole number of millions, so flow / 1e6 is exact.
        const base = Number.isNaN(flow[i]!) ? 0 : flow[i]! / 1e6;
        smooth[i] = s === 0 ? Number.NaN : (base + unzigzag(s - 1)) * 1e6;
      }
      column = smooth;
      return smooth;
    };
  });
  pairStream.done();
  yearStream.done();

  const panel: DyadicPanel = {
    rows,
    ccode1,
    ccode2,
    year,
    flow1: flows[0],
    flow2: flows[1],
    get smoothflow1() {
      return smoothed[0]!();
    },
    get smoothflow2() {
      return smoothed[1]!();
    },
    pairStart,
    source: COW_SOURCE,
  };
  return Object.freeze(panel);
}
