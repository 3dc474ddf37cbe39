import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/index';

/** A strict RFC 4180 reader, written from the grammar in §2 (ABNF: file, record, field, escaped, non-escaped). */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} in an unquoted field`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.slice(i, i + 2) !== '\r\n') throw new Error(`expected CRLF at ${i}`);
    i += 2;
    records.push(record);
    record = [];
    if (i === text.length) return records;
  }
}

describe('toCsv (property)', () => {
  it('reads back, through a strict RFC 4180 reader, exactly the strings written (a formula-like one behind a \')', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\r', '\n', 'é', '😀', '|', '=', '+', '-', '@', '\t') });
    // OWASP CSV injection: text starting with = + - @ tab or CR is written with a leading ' (and only such text).
    const expected = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 6 }), (n, rows) => {
        const keys = ['a', 'b', 'c', 'd'].slice(0, n);
        const table = { columns: keys.map((key) => ({ key })), rows: rows.map((r) => Object.fromEntries(keys.map((k, j) => [k, r[j]]))) };
        expect(readCsv(toCsv(table))).toEqual([keys, ...rows.map((r) => r.slice(0, n).map(expected))]);
      }),
    );
  });

  it('never runs as a formula: no text field starts with = + - @ tab or CR, and numbers are left as they are', () => {
    const text = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', 'a', '1', ',', '"') });
    fc.assert(
      fc.property(text, fc.double({ noNaN: true, noDefaultInfinity: true }), (label, v) => {
        const [, row] = readCsv(toCsv({ columns: [{ key: 'label' }, { key: 'v' }], rows: [{ label, v }] }));
        expect(row![0]).not.toMatch(/^[=+\-@\t\r]/);
        expect(Number(row![1]) === v).toBe(true); // -0 is written 0, which equals it
      }),
    );
  });

  it('writes every finite number so that Number() reads it back exactly', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const csv = toCsv({ columns: [{ key: 'v' }], rows: [{ v }] }, { header: 'none' });
        expect(Object.is(Number(csv.slice(0, -2)), v === 0 ? v : v) || Number(csv.slice(0, -2)) === v).toBe(true);
      }),
    );
  });
});
