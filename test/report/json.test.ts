import { describe, expect, it } from 'vitest';
import { Decimal, toJson } from '../../src/index';

describe('toJson', () => {
  it('writes a nested result with Decimals as strings, typed arrays as arrays, keys sorted, functions left out', () => {
    const projection = {
      years: [2024, 2025],
      values: [new Decimal('580000000'), new Decimal('1024939332.0600000000000000000000000001')],
      target: { value: new Decimal('1e10'), year: 2029, reachedIn: null, gap: new Decimal('-0.5') },
      contributions: new Map([['base', [new Decimal('0.2')]]]),
      samples: new Float64Array([1.5, -2, 0]),
      quantile: () => 1,
      missing: undefined,
      2029: 'year keys first',
    };
    // Reference: RFC 8259 JSON text; expected written by hand.
    expect(toJson(projection)).toBe(`{
  "2029": "year keys first",
  "contributions": {
    "base": [
      "0.2"
    ]
  },
  "samples": [
    1.5,
    -2,
    0
  ],
  "target": {
    "gap": "-0.5",
    "reachedIn": null,
    "value": "10000000000",
    "year": 2029
  },
  "values": [
    "580000000",
    "1024939332.0600000000000000000000000001"
  ],
  "years": [
    2024,
    2025
  ]
}`);
  });

  it('gives the same text whatever order the keys were set in', () => {
    expect(toJson({ b: 1, a: { d: 2, c: 3 } }, { indent: 0 })).toBe(toJson({ a: { c: 3, d: 2 }, b: 1 }, { indent: 0 }));
    expect(toJson({ 10: 'a', 9: 'b', x: 1 }, { indent: 0 })).toBe('{"9":"b","10":"a","x":1}');
  });

  it('handles Sets, Dates, bigints, toJSON, shared (not cyclic) references and undefined in arrays', () => {
    const shared = { k: 1 };
    const value = {
      s: new Set([1, 2]),
      d: new Date(Date.UTC(2029, 0, 1)),
      n: 12n,
      t: { toJSON: () => ({ z: 1 }) },
      a: [shared, shared, undefined],
    };
    expect(toJson(value, { indent: 0 })).toBe(
      '{"a":[{"k":1},{"k":1},null],"d":"2029-01-01T00:00:00.000Z","n":"12","s":[1,2],"t":{"z":1}}',
    );
  });

  it('refuses what JSON cannot hold, saying where', () => {
    expect(() => toJson({ bars: [{ swing: Number.NaN }] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: toJson: numbers must be finite, got NaN at $.bars[0].swing]`,
    );
    expect(() => toJson({ v: new Decimal(Infinity) })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: toJson: Decimals must be finite, got Infinity at $.v]`,
    );
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => toJson(cycle)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: toJson: value must not hold a cycle, found one at $.self]`,
    );
    expect(() => toJson(undefined)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: toJson: value must be something JSON can hold, got undefined]`,
    );
    expect(() => toJson(1, { indent: 11 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: toJson: indent must be a whole number from 0 to 10, got 11]`,
    );
  });
});
