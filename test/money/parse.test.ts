import { describe, expect, it } from 'vitest';
import { Decimal, parseAmount, parseRate } from '../../src/index';

describe('parseAmount', () => {
  it.each([
    [580e6, '580000000'],
    ['580000000', '580000000'],
    ['1,200,000', '1200000'],
    ['$580M', '580000000'],
    ['580m', '580000000'],
    ['580 million', '580000000'],
    ['10B', '10000000000'],
    ['$10bn', '10000000000'],
    ['1.2e9', '1200000000'],
    ['$1.5 trillion', '1500000000000'],
    ['  $ 2.5k ', '2500'],
    ['-$5M', '-5000000'],
    ['€483.3m', '483300000'],
    ['USD 1,000', '1000'],
  ] as const)('%s → %s', (input, expected) => {
    expect(parseAmount(input).toString()).toBe(expected);
  });

  it('keeps a Decimal exact, including one from the caller’s own constructor', () => {
    const other = Decimal.clone({ precision: 5 });
    expect(parseAmount(new other('123456789.123456789')).toFixed(9)).toBe('123456789.123456789');
  });

  it('takes a float as its shortest decimal string, not its binary expansion', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in float64; that is what the user passed, and what is kept.
    expect(parseAmount(0.1 + 0.2).toString()).toBe('0.30000000000000004');
  });

  it.each([
    ['abc', TypeError],
    ['0x10', TypeError],
    ['NaN', TypeError],
    ['Infinity', TypeError],
    ['', TypeError],
    ['12 parsecs', TypeError],
    ['1,2345', TypeError],
    ['--5', TypeError],
    ['5M5', TypeError],
    [null, TypeError],
    [undefined, TypeError],
    [{}, TypeError],
    [Number.NaN, RangeError],
    [Infinity, RangeError],
    [new Decimal(Number.NaN), RangeError],
  ] as const)('rejects %s', (input, kind) => {
    expect(() => parseAmount(input as never)).toThrow(kind);
  });

  it('names the function, the rule and the value in its messages', () => {
    expect(() => parseAmount('12 parsecs')).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: parseAmount: value must be an amount like 580e6, "580000000", "$580M", "580 million" or "$10bn", got "12 parsecs"]`,
    );
    expect(() => parseAmount(null as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: parseAmount: value must be a number, a string like "$580M" or a Decimal, got null]`,
    );
    expect(() => parseAmount(Infinity)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: parseAmount: value must be finite, got Infinity]`,
    );
  });
});

describe('parseRate', () => {
  it.each([
    [0.2, '0.2'],
    ['0.2', '0.2'],
    ['20%', '0.2'],
    ['20 %', '0.2'],
    ['-15%', '-0.15'],
    ['76.731678%', '0.76731678'],
    ['150bp', '0.015'],
    ['25 bps', '0.0025'],
    [new Decimal('0.05'), '0.05'],
    [10, '10'],
  ] as const)('%s → %s', (input, expected) => {
    expect(parseRate(input).toString()).toBe(expected);
  });

  it.each([['abc'], ['0x10'], ['NaN'], [''], ['20%%'], [null], [true]] as const)('rejects %s', (input) => {
    expect(() => parseRate(input as never)).toThrow(TypeError);
  });

  it('rejects a rate above 1,000 % with a hint when it looks like a percentage typed as a number', () => {
    expect(() => parseRate(20)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: parseRate: value must be at most 10 (1,000%) in size, got 20; did you mean "20%"?]`,
    );
    expect(() => parseRate('2000%')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: parseRate: value must be at most 10 (1,000%) in size, got "2000%"]`,
    );
    expect(() => parseRate(Number.NaN)).toThrow(RangeError);
  });
});
