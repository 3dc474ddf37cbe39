import { COW_SOURCE } from './cowSource';
import { unpack } from './ByteReader';
import { inflateBase64 } from './inflateBase64';
import type { NationalPanel } from './types';

/** The national panel plus the figures as COW wrote them (million USD), for exact Decimal series. */
export interface DecodedNational {
  readonly panel: NationalPanel;
  readonly importsMillions: Float64Array;
  readonly exportsMillions: Float64Array;
}

/**
 * Decodes the bundled national totals (format: src/history/data/README.md, "Encoding"). Streams: states (ccode
 * step, rows, first year − base), year steps − 1 within a state, and the imports then exports as little-endian
 * float64 stored byte plane by byte plane (NaN = missing).
 */
export async function decodeNational(base64: string): Promise<DecodedNational> {
  const what = 'loadNationalPanel';
  const bytes = await inflateBase64(base64, what);
  const { counts, streams } = unpack(bytes, 'TPN1', 3, what);
  const [rows, states, baseYear] = counts as [number, number, number];
  if (streams.length !== 3) throw new RangeError(`${what}: expected 3 streams, found ${streams.length} (corrupt bundle)`);
  const [stateStream, yearStream, planeStream] = streams as [(typeof streams)[0], (typeof streams)[0], (typeof streams)[0]];

  const ccode = new Int16Array(rows);
  const year = new Int16Array(rows);
  let row = 0;
  let code = 0;
  for (let s = 0; s < states; s++) {
    code += stateStream.varint();
    const n = stateStream.varint();
    let y = stateStream.varint() + baseYear;
    if (row + n > rows) throw new RangeError(`${what}: more rows than the header's ${rows} (corrupt bundle)`);
    for (let k = 0; k < n; k++, row++) {
      if (k > 0) y += yearStream.varint() + 1;
      ccode[row] = code;
      year[row] = y;
    }
  }
  if (row !== rows) throw new RangeError(`${what}: ${row} rows decoded, the header says ${rows} (corrupt bundle)`);

  const planes = planeStream.take(16 * rows);
  const raw = new Uint8Array(16 * rows);
  const values = 2 * rows;
  for (let b = 0; b < 8; b++) for (let i = 0; i < values; i++) raw[i * 8 + b] = planes[b * values + i]!;
  const view = new DataView(raw.buffer);
  const importsMillions = new Float64Array(rows);
  const exportsMillions = new Float64Array(rows);
  const imports = new Float64Array(rows);
  const exports = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    importsMillions[i] = view.getFloat64(8 * i, true);
    exportsMillions[i] = view.getFloat64(8 * (rows + i), true);
    imports[i] = importsMillions[i]! * 1e6;
    exports[i] = exportsMillions[i]! * 1e6;
  }
  for (const stream of streams) stream.done();

  const panel: NationalPanel = Object.freeze({ rows, ccode, year, imports, exports, source: COW_SOURCE });
  return { panel, importsMillions, exportsMillions };
}
