/**
 * The bundled panels decode exactly. Reference: test/fixtures/history/history-fixture.json, written by
 * scripts/build-history-data.ts straight from the COW CSVs (../shared/data/trade-history, which tests never read):
 * sample rows as their CSV text (every AZE–IRN row, every 1000th row, every 50th row with an NA, the last row;
 * for the national file every AZE and IRN row, every 100th row, every 20th row with a missing figure) and totals
 * over the whole source (rows, pairs, NA counts, sums, an order-sensitive FNV-1a hash of each flow column).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { COW_SOURCE, loadDyadicPanel, loadNationalPanel } from 'tradepath/history';
import { DYADIC } from '../../src/history/data/dyadic';
import { decodeBase64 } from '../../src/history/inflateBase64';
import { decodeDyadic } from '../../src/history/decodeDyadic';

interface Column {
  sumMillions: number;
  nan: number;
  fnv1a: number;
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/history/history-fixture.json', import.meta.url), 'utf8')) as {
  dyadic: { totals: { rows: number; pairs: number; rowsWithNA: number; firstYear: number; lastYear: number; columns: Record<string, Column> }; sample: [number, string][] };
  national: { totals: { rows: number; states: number; columns: Record<string, { sumUsd: number; nan: number }> }; sample: [number, string][] };
};

const FLOWS = ['flow1', 'flow2', 'smoothflow1', 'smoothflow2'] as const;
const cell = (text: string) => (text === 'NA' || text === '' ? Number.NaN : Number(text) * 1e6);

describe('loadDyadicPanel', () => {
  it('gives back every sampled CSV row exactly, NA as NaN', async () => {
    const panel = await loadDyadicPanel();
    expect(fixture.dyadic.sample.length).toBeGreaterThan(1500);
    for (const [row, csv] of fixture.dyadic.sample) {
      const [c1, c2, year, ...flows] = csv.split(',');
      const decoded = [panel.ccode1[row], panel.ccode2[row], panel.year[row], ...FLOWS.map((f) => panel[f][row])];
      expect(decoded, `row ${row}: ${csv}`).toEqual([Number(c1), Number(c2), Number(year), ...flows.map(cell)]);
    }
  });

  it('has the rows, pairs, years, NA counts, sums and column hashes of the whole source file', async () => {
    const panel = await loadDyadicPanel();
    const { totals } = fixture.dyadic;
    expect(panel.rows).toBe(673_654); // the README's count, and the script's
    expect(totals.rows).toBe(673_654);
    expect(panel.pairStart.length - 1).toBe(16_052);
    expect(totals.pairs).toBe(16_052);
    let first = Infinity;
    let last = -Infinity;
    let withNA = 0;
    for (let i = 0; i < panel.rows; i++) {
      first = Math.min(first, panel.year[i]!);
      last = Math.max(last, panel.year[i]!);
      if (FLOWS.some((f) => Number.isNaN(panel[f][i]))) withNA++;
    }
    expect({ first, last, withNA }).toEqual({ first: totals.firstYear, last: totals.lastYear, withNA: totals.rowsWithNA });
    expect(withNA).toBe(50_833); // the README: "50,833 rows have at least one" NA
    for (const name of FLOWS) {
      const column = panel[name];
      let sum = 0;
      let nan = 0;
      let hash = 0x811c9dc5;
      for (let i = 0; i < panel.rows; i++) {
        const millions = column[i]! / 1e6;
        if (Number.isNaN(millions)) nan++;
        else sum += millions;
        hash = Math.imul(hash ^ (Number.isNaN(millions) ? -1 : millions), 16777619) >>> 0;
      }
      expect({ sumMillions: sum, nan, fnv1a: hash }, name).toEqual(totals.columns[name]);
    }
  });

  it('sorts rows by pair and year, with pairStart marking each pair', async () => {
    const panel = await loadDyadicPanel();
    const { pairStart } = panel;
    expect(pairStart[0]).toBe(0);
    expect(pairStart[pairStart.length - 1]).toBe(panel.rows);
    for (let p = 0; p + 1 < pairStart.length; p++) {
      const from = pairStart[p]!;
      const to = pairStart[p + 1]!;
      expect(to).toBeGreaterThan(from);
      if (panel.ccode1[from]! >= panel.ccode2[from]!) throw new Error(`pair ${p}: ccode1 not < ccode2`);
      for (let i = from + 1; i < to; i++) {
        if (panel.ccode1[i] !== panel.ccode1[from] || panel.ccode2[i] !== panel.ccode2[from] || panel.year[i]! <= panel.year[i - 1]!) {
          throw new Error(`row ${i} breaks pair ${p}`);
        }
      }
      if (p > 0) {
        const prev = pairStart[p - 1]!;
        const key = (i: number) => panel.ccode1[i]! * 4096 + panel.ccode2[i]!;
        if (key(from) <= key(prev)) throw new Error(`pair ${p} out of order`);
      }
    }
  });

  it('decodes once and caches; the panel carries the COW citation', async () => {
    const [a, b] = await Promise.all([loadDyadicPanel(), loadDyadicPanel()]);
    expect(a).toBe(b);
    expect(a).toBe(await loadDyadicPanel());
    expect(a.source).toBe(COW_SOURCE);
  });

  it('refuses a corrupt bundle with a clear error', async () => {
    await expect(decodeDyadic('H4sI!')).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: loadDyadicPanel: the bundled data do not gunzip (corrupt bundle): unexpected end of file]`);
    // A valid gzip stream of the wrong content: the magic is checked.
    const notData = 'H4sIAAAAAAAAA8tIzcnJBwCGphA2BQAAAA==';
    await expect(decodeDyadic(notData)).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: loadDyadicPanel: not a TPD1 blob (corrupt bundle)]`);
    const blob = (bytes: number[]) => gzipSync(Uint8Array.from([...'TPD1'].map((c) => c.charCodeAt(0)).concat(bytes))).toString('base64');
    // Header: rows 1, pairs 1, base year 0, six streams of lengths 1, 0, 0, 0, 0, 0 — but no bytes follow.
    await expect(decodeDyadic(blob([1, 1, 0, 6, 1, 0, 0, 0, 0, 0]))).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: loadDyadicPanel: stream lengths do not add up (corrupt bundle)]`);
    // One stream, where six are expected.
    await expect(decodeDyadic(blob([1, 1, 0, 1, 1, 0x80]))).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: loadDyadicPanel: expected 6 streams, found 1 (corrupt bundle)]`);
    // Six streams, the pair stream cut inside a number.
    await expect(decodeDyadic(blob([1, 1, 0, 6, 1, 0, 0, 0, 0, 0, 0x80]))).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: loadDyadicPanel: the data end inside a number (corrupt bundle)]`);
  });

  it('decodes base64 in plain JavaScript (the browser path) exactly as Node does', () => {
    // Reference: Node's own base64 decoder.
    expect(Buffer.from(decodeBase64(DYADIC)).equals(Buffer.from(DYADIC, 'base64'))).toBe(true);
    expect(decodeBase64('aGVsbG8=')).toEqual(new TextEncoder().encode('hello'));
    expect(decodeBase64('aGVsbA==')).toEqual(new TextEncoder().encode('hell'));
    expect(decodeBase64('aGVsbG8h')).toEqual(new TextEncoder().encode('hello!'));
    expect(() => decodeBase64('H4sI!')).toThrowErrorMatchingInlineSnapshot(`[RangeError: decodeBase64: not a base64 character at 4: "!"]`);
    expect(() => decodeBase64('aGVsb')).toThrowErrorMatchingInlineSnapshot(`[RangeError: decodeBase64: not a base64 character at 4: "b"]`);
  });

  it('says so when the platform cannot gunzip', async () => {
    vi.stubGlobal('DecompressionStream', undefined);
    try {
      await expect(decodeDyadic('H4sIAAAAAAAAA8tIzcnJBwCGphA2BQAAAA==')).rejects.toThrowErrorMatchingInlineSnapshot(`[TypeError: loadDyadicPanel: this platform has no DecompressionStream (Node ≥ 18 or a current browser is needed)]`);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('loadNationalPanel', () => {
  it('gives back every sampled CSV row exactly, a missing figure as NaN', async () => {
    const panel = await loadNationalPanel();
    expect(fixture.national.sample.length).toBeGreaterThan(300);
    for (const [row, csv] of fixture.national.sample) {
      const [ccode, year, imports, exports] = csv.split(',');
      const decoded = [panel.ccode[row], panel.year[row], panel.imports[row], panel.exports[row]];
      expect(decoded, `row ${row}: ${csv}`).toEqual([Number(ccode), Number(year), cell(imports!), cell(exports!)]);
    }
  });

  it('has the rows, missing counts and sums of the whole source file', async () => {
    const panel = await loadNationalPanel();
    expect(panel.rows).toBe(14_410); // the README's count
    expect(new Set(panel.ccode).size).toBe(fixture.national.totals.states);
    for (const name of ['imports', 'exports'] as const) {
      let sumUsd = 0;
      let nan = 0;
      for (const v of panel[name]) Number.isNaN(v) ? nan++ : (sumUsd += v);
      expect({ sumUsd, nan }, name).toEqual(fixture.national.totals.columns[name]);
    }
    expect(panel.source).toBe(COW_SOURCE);
    expect(await loadNationalPanel()).toBe(panel);
  });
});

describe('the data README', () => {
  it('gives the sha256 and row counts the build script recorded for each source file', async () => {
    const { SOURCE_FILES } = await import('../../src/history/data/sources');
    const readme = readFileSync(new URL('../../src/history/data/README.md', import.meta.url), 'utf8');
    for (const [file, { sha256, rows }] of Object.entries(SOURCE_FILES)) {
      const line = readme.split('\n').find((l) => l.includes(sha256));
      expect(line, file).toBeDefined();
      expect(line).toContain(file);
      expect(line!.replace(/,/g, '')).toContain(String(rows));
    }
  });
});
