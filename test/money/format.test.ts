import { describe, expect, it } from 'vitest';
import { formatAmount, formatRate } from '../../src/index';

describe('formatAmount', () => {
  it.each([
    [580e6, '$580M'],
    ['1443225600', '$1.44B'],
    ['10B', '$10.0B'],
    [483_333_333.33, '$483M'],
    ['999.96M', '$1.00B'], // rounds first, then picks the scale
    [999.4, '$999'],
    [12, '$12.0'],
    [0, '$0'],
    ['-5M', '-$5.00M'],
    ['2.5e12', '$2.50T'],
    [1500, '$1.50K'],
  ] as const)('%s → %s', (input, expected) => {
    expect(formatAmount(input)).toBe(expected);
  });

  it('takes digits and a currency', () => {
    expect(formatAmount('1443225600', { digits: 5 })).toBe('$1.4432B');
    expect(formatAmount(580e6, { currency: 'EUR' })).toBe('€580M');
    expect(formatAmount(580e6, { currency: 'AZN' })).toBe('AZN 580M');
    expect(formatAmount(580e6, { currency: '' })).toBe('580M');
  });

  it('rejects bad digits', () => {
    expect(() => formatAmount(1, { digits: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: formatAmount: digits must be a whole number from 1 to 15, got 0]`,
    );
  });
});

describe('formatRate', () => {
  it.each([
    [0.7673167814, {}, '76.73%'],
    [0.2, {}, '20.00%'],
    ['-15%', { digits: 0 }, '-15%'],
    [0.2, { sign: true }, '+20.00%'],
    [-0.00001, {}, '0.00%'], // no "-0.00%"
  ] as const)('%s %o → %s', (input, options, expected) => {
    expect(formatRate(input, options)).toBe(expected);
  });
});
