import { describe, expect, it } from 'vitest';
import { tornado, uniform } from '../../src/index';

/** U(0, 10): its 10th and 90th percentiles are 1 and 9. */
const uniform10 = uniform({ min: 0, max: 10 });

describe('tornado', () => {
  const linear = {
    model: (x: Record<string, number>) => 3 * x.a! - 2 * x.b! + x.c!,
    params: { a: [0, 1], b: [0, 4], c: uniform10 } as const,
  };

  it('moves each parameter over its range or p10..p90, the others at base, largest swing first', () => {
    // Reference: base = 3·0.5 − 2·2 + 5 = 2.5; swings |b|·(high − low): a 3·1, b 2·4, c 1·(9 − 1).
    expect(tornado(linear)).toEqual({
      base: 2.5,
      bars: [
        { param: 'b', low: 0, high: 4, outputLow: 6.5, outputHigh: -1.5, swing: 8 },
        { param: 'c', low: 1, high: 9, outputLow: -1.5, outputHigh: 6.5, swing: 8 },
        { param: 'a', low: 0, high: 1, outputLow: 1, outputHigh: 4, swing: 3 },
      ],
    });
  });

  it('takes explicit ranges and ±relative around the base value', () => {
    const result = tornado(linear, { ranges: { a: [-10, 10] }, relative: 0.5 });
    expect(result.bars.map((bar) => [bar.param, bar.low, bar.high, bar.swing])).toEqual([
      ['a', -10, 10, 60],
      ['c', 2.5, 7.5, 5],
      ['b', 1, 3, 4],
    ]);
  });

  it('evaluates 2k + 1 points in one batch', () => {
    let calls = 0;
    const counted = { model: (x: Record<string, number>) => (calls++, x.a! + x.b!), params: { a: [0, 1], b: [0, 1] } as const };
    tornado(counted);
    expect(calls).toBe(5);
  });

  it('rejects unknown names, bad ranges and a relative range around 0', () => {
    expect(() => tornado(linear, { ranges: { d: [0, 1] } })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: tornado: each key of ranges must be one of the parameters "a", "b", "c", got "d"]`,
    );
    expect(() => tornado(linear, { ranges: { a: [1, 0] } })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: tornado: ranges.a must be [low, high] with finite low < high, got [1, 0]]`,
    );
    expect(() => tornado(linear, { relative: -0.1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: tornado: relative must be a finite fraction > 0 (0.1 is ±10%), got -0.1]`,
    );
    const zero = { model: (x: Record<string, number>) => x.a!, params: { a: [-1, 1] } as const };
    expect(() => tornado(zero, { relative: 0.1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: tornado: relative ranges need a non-zero base value, but a has base 0; give ranges.a]`,
    );
  });
});
