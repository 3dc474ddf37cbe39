import { describe, expect, it } from 'vitest';
import { Decimal, toCsv } from '../../src/index';

const one = (value: unknown) => toCsv({ columns: [{ key: 'v' }], rows: [{ v: value }] }, { header: 'none' });

describe('toCsv', () => {
  // Reference: RFC 4180 §2 rules 5–7 (fields with commas, quotes, CR or LF are enclosed in double quotes; a double
  // quote inside is escaped by preceding it with another double quote) and rule 1 (records end with CRLF).
  it.each([
    ['plain', 'plain\r\n'],
    ['a,b', '"a,b"\r\n'],
    ['b"bb', '"b""bb"\r\n'],
    ['"', '""""\r\n'],
    ['line\nbreak', '"line\nbreak"\r\n'],
    ['cr\rhere', '"cr\rhere"\r\n'],
    ['crlf\r\nhere', '"crlf\r\nhere"\r\n'],
    [' spaces kept ', ' spaces kept \r\n'], // rule 4: spaces are part of a field
    ['', '\r\n'],
  ])('quotes %j exactly', (value, expected) => {
    expect(one(value)).toBe(expected);
  });

  it('writes the RFC 4180 example records byte for byte', () => {
    // Reference: RFC 4180 §2 rule 6–7 example: "aaa","b CRLF bb","ccc" and "aaa","b""bb","ccc" (we quote only when needed).
    const table = {
      columns: [{ key: 'a' }, { key: 'b' }, { key: 'c' }],
      rows: [
        { a: 'aaa', b: 'b\r\nbb', c: 'ccc' },
        { a: 'aaa', b: 'b"bb', c: 'ccc' },
      ],
    };
    expect(toCsv(table)).toBe('a,b,c\r\naaa,"b\r\nbb",ccc\r\naaa,"b""bb",ccc\r\n');
  });

  it('writes raw values: Decimals in full, numbers unformatted, empty cells for null and undefined', () => {
    const table = {
      columns: [
        { key: 'name', label: 'Scenario, name' },
        { key: 'value', label: 'Value', kind: 'amount' as const, format: () => 'ignored' },
        { key: 'rate', kind: 'rate' as const },
        { key: 'none' },
      ],
      rows: [{ name: 'Status quo', value: new Decimal('1443225600.123456789012345678901234'), rate: 0.2, none: null }],
    };
    expect(toCsv(table)).toBe('"Scenario, name",Value,rate,none\r\nStatus quo,1443225600.123456789012345678901234,0.2,\r\n');
    expect(toCsv(table, { header: 'key' }).split('\r\n')[0]).toBe('name,value,rate,none');
  });

  it('rejects a bad table or option with a message naming the rule', () => {
    expect(() => toCsv({ columns: [], rows: [] })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: toCsv: table.columns must be a non-empty array, got an array of 0]`,
    );
    expect(() => toCsv({ columns: [{ key: 'a' }], rows: [null as never] })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: toCsv: rows[0] must be an object, got null]`,
    );
    expect(() => toCsv({ columns: [{ key: 'a' }], rows: [] }, { header: 'x' as never })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: toCsv: header must be 'label', 'key' or 'none', got "x"]`,
    );
  });
});
