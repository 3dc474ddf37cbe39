import { PDURATION } from '@formulajs/formulajs';
import { describe, expect, it } from 'vitest';
import { yearsToTarget } from '../../src/index';
import { expectDigits } from './expectDigits';
import { py } from './references';

describe('yearsToTarget', () => {
  it.each([
    ['20%', '580M->10B at 0.2'],
    ['30%', '580M->10B at 0.3'],
    ['50%', '580M->10B at 0.5'],
  ] as const)('gives the years from $580M to $10B at %s to 38 digits', (rate, key) => {
    // Reference: Python decimal at 50 digits, ln(10000/580)/ln(1+rate) (fixtures/make-references.py)
    expectDigits(yearsToTarget({ start: '$580M', target: '$10B', rate }), py.yearsToTarget[key], 38);
  });

  it('matches the facts file: about 15.6 years at 20 %', () => {
    // Reference: data/azerbaijan-iran-facts.md, "$10B only after about 15.6 years (during 2040)"
    expect(yearsToTarget({ start: '$580M', target: '$10B', rate: '20%' }).toFixed(1)).toBe('15.6');
  });

  it.each([
    [0.2, 580, 10_000],
    [0.025, 2000, 2200],
    [0.025 / 12, 1000, 1200],
    [0.07, 1, 2],
  ])('agrees with Excel PDURATION(%s, %s, %s) in formulajs', (rate, start, target) => {
    // Reference: @formulajs/formulajs PDURATION(rate, pv, fv) = (ln fv − ln pv) / ln(1 + rate), float64; it loses
    // digits in ln(1 + rate) for small rates (and, like Excel, takes only rate > 0), hence a relative comparison.
    const expected = PDURATION(rate, start, target) as number;
    expect(yearsToTarget({ start, target, rate }).toNumber() / expected).toBeCloseTo(1, 12);
  });

  it('agrees with the published Excel PDURATION examples', () => {
    // Reference: Microsoft's PDURATION help page: PDURATION(2.5%, 2000, 2200) = 3.86 years and
    // PDURATION(2.5%/12, 1000, 1200) = 87.6 months.
    expect(yearsToTarget({ start: 2000, target: 2200, rate: '2.5%' }).toFixed(2)).toBe('3.86');
    expect(yearsToTarget({ start: 1000, target: 1200, rate: 0.025 / 12 }).toFixed(1)).toBe('87.6');
  });

  it('reaches a lower target with a negative rate, and a target equal to the start at once', () => {
    // Reference: Python decimal at 50 digits, ln(1/2)/ln(0.9)
    expectDigits(yearsToTarget({ start: 100, target: 50, rate: -0.1 }), py.yearsToTarget['100->50 at -0.1'], 38);
    expect(yearsToTarget({ start: '$580M', target: 580e6, rate: '20%' }).toString()).toBe('0');
    expect(yearsToTarget({ start: '$580M', target: 580e6, rate: 0 }).toString()).toBe('0');
  });

  it('says when a rate can never reach the target', () => {
    expect(() => yearsToTarget({ start: '$580M', target: '$10B', rate: 0 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: yearsToTarget: target 10000000000 can never be reached from start 580000000 at a rate of 0 (the value never changes)]`);
    expect(() => yearsToTarget({ start: '$10B', target: '$580M', rate: '20%' })).toThrowErrorMatchingInlineSnapshot(`[RangeError: yearsToTarget: target 580000000 can never be reached from start 10000000000 at a positive rate (it only grows), got rate 0.2]`);
    expect(() => yearsToTarget({ start: '$580M', target: '$10B', rate: '-5%' })).toThrowErrorMatchingInlineSnapshot(`[RangeError: yearsToTarget: target 10000000000 can never be reached from start 580000000 at a negative rate (it only shrinks), got rate -0.05]`);
  });

  it('rejects bad arguments with the function, rule and value', () => {
    expect(() => yearsToTarget({ start: '$580M', target: '$10B', rate: -1 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: yearsToTarget: rate must be > -1 (-100%), got -1]`);
    expect(() => yearsToTarget({ start: '$580M', target: '$10B', rate: '-150%' })).toThrowErrorMatchingInlineSnapshot(`[RangeError: yearsToTarget: rate must be > -1 (-100%), got "-150%"]`);
    expect(() => yearsToTarget({ start: '$580M', target: '$10B', rate: 20 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: yearsToTarget: rate must be at most 10 (1,000%) in size, got 20; did you mean "20%"?]`);
    expect(() => yearsToTarget({ start: '$580M', target: 0, rate: 0.2 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: yearsToTarget: target must be > 0, got 0]`);
  });
});
