import { RRI } from '@formulajs/formulajs';
import { describe, expect, it } from 'vitest';
import { Decimal, cagr, requiredCagr } from '../../src/index';
import { expectDigits } from './expectDigits';
import { py } from './references';

describe('requiredCagr', () => {
  it('gives the Azerbaijan–Iran required growth to 38 significant digits', () => {
    // Reference: Python decimal at 50 digits, (Decimal(10000)/Decimal(580))**(Decimal(1)/5)-1
    //   = 0.76731678143004192800420119455543645468349911... (fixtures/make-references.py)
    const rate = requiredCagr({ start: '$580M', target: '$10B', years: 5 });
    expect(rate.toFixed(25)).toBe('0.7673167814300419280042012');
    expectDigits(rate, py.requiredCagr['580M->10B in 5'], 38);
  });

  it.each([
    [4, '580M->10B in 4'],
    [6, '580M->10B in 6'],
    [10, '580M->10B in 10'],
  ] as const)('matches Python decimal over %i years', (years, key) => {
    // Reference: Python decimal at 50 digits (fixtures/make-references.py)
    expectDigits(requiredCagr({ start: 580e6, target: 10e9, years }), py.requiredCagr[key], 38);
  });

  it.each([
    [5, 580, 10_000],
    [4.5, 100, 200],
    [10, 1, 0.5],
    [1, 483.3, 580],
    [30, 1e6, 1e12],
  ])('agrees with Excel RRI(%s, %s, %s) in formulajs', (years, start, target) => {
    // Reference: @formulajs/formulajs RRI(nper, pv, fv) = (fv/pv)^(1/nper) − 1, float64
    expect(requiredCagr({ start, target, years }).toNumber()).toBeCloseTo(RRI(years, start, target) as number, 14);
  });

  it('agrees with the published Excel RRI example', () => {
    // Reference: Microsoft's RRI help page: RRI(96, 10000, 11000) = 0.0009933 (an investment of $10,000 grown
    // to $11,000 over 96 periods).
    expect(requiredCagr({ start: 10_000, target: 11_000, years: 96 }).toFixed(7)).toBe('0.0009933');
  });

  it('keeps its digits for many years, huge ratios and tiny rates', () => {
    // Reference: Python decimal at 50 digits:
    //   python3 -c "from decimal import *; getcontext().prec=50; print((Decimal('1e6')/1)**(Decimal(1)/1000)-1)"
    expectDigits(requiredCagr({ start: 1, target: 1e6, years: 1000 }), '0.0139113857366794119988279023017296985954042032867', 38);
    //   (Decimal('1e20')/Decimal('1e-20'))**(Decimal(1)/7)-1
    expectDigits(requiredCagr({ start: '1e-20', target: '1e20', years: 7 }), '517946.46792312111347551746779609533650207263865774', 38);
    //   (Decimal('100.000000001')/Decimal(100))**(Decimal(1)/3)-1
    expectDigits(requiredCagr({ start: 100, target: '100.000000001', years: 3 }), '3.3333333333222222222222839506172835391E-12', 36);
  });

  it('takes years as a number, a numeric string or a Decimal', () => {
    const byNumber = requiredCagr({ start: 100, target: 200, years: 4.5 });
    expect(requiredCagr({ start: 100, target: 200, years: '4.5' }).eq(byNumber)).toBe(true);
    expect(requiredCagr({ start: 100, target: 200, years: new Decimal('4.5') }).eq(byNumber)).toBe(true);
    // Reference: Python decimal at 50 digits
    expectDigits(byNumber, py.requiredCagr['100->200 in 4.5'], 38);
  });

  it('gives 0 for a target equal to the start and a negative rate for a lower target', () => {
    expect(requiredCagr({ start: '$580M', target: 580e6, years: 3 }).isZero()).toBe(true);
    // Reference: analytic, (81/100)^(1/2) − 1 = −0.1
    expect(requiredCagr({ start: 100, target: 81, years: 2 }).toString()).toBe('-0.1');
  });

  it('names the function, the rule and the value in its errors', () => {
    const f = (args: object) => () => requiredCagr(args as never);
    expect(f({ start: '$580M', target: '$10B', years: 0 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: requiredCagr: years must be > 0, got 0]`);
    expect(f({ start: '$580M', target: '$10B', years: -5 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: requiredCagr: years must be > 0, got -5]`);
    expect(f({ start: '$580M', target: '$10B', years: Infinity })).toThrowErrorMatchingInlineSnapshot(`[RangeError: requiredCagr: years must be finite, got Infinity]`);
    expect(f({ start: '$580M', target: '$10B', years: Number.NaN })).toThrowErrorMatchingInlineSnapshot(`[RangeError: requiredCagr: years must be finite, got NaN]`);
    expect(f({ start: '$580M', target: '$10B', years: 'five' })).toThrowErrorMatchingInlineSnapshot(`[TypeError: requiredCagr: years must be a number, a numeric string or a Decimal, got "five"]`);
    expect(f({ start: '$580M', target: '$10B', years: '0x10' })).toThrowErrorMatchingInlineSnapshot(`[TypeError: requiredCagr: years must be a number, a numeric string or a Decimal, got "0x10"]`);
    expect(f({ start: 0, target: '$10B', years: 5 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: requiredCagr: start must be > 0, got 0]`);
    expect(f({ start: '$580M', target: '-$10B', years: 5 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: requiredCagr: target must be > 0, got "-$10B"]`);
    expect(f({ start: '$580M', years: 5 })).toThrowErrorMatchingInlineSnapshot(`[TypeError: requiredCagr: target must be a number, a string like "$580M" or a Decimal, got undefined]`);
    expect(() => (requiredCagr as (...a: unknown[]) => unknown)(580, 10_000, 5)).toThrowErrorMatchingInlineSnapshot(`[TypeError: requiredCagr: takes named arguments { start, target, years }, got 580]`);
  });
});

describe('cagr', () => {
  it('is the growth between two observed values', () => {
    // Reference: the facts file: $580M in 2024 after +20% implies about $483.3M in 2023 → 20.008 %.
    // Python decimal at 50 digits (fixtures/make-references.py)
    expectDigits(cagr({ start: '483.3M', end: '580M', years: 1 }), py.requiredCagr['483.3M->580M in 1'], 38);
  });

  it('agrees with Excel RRI for fractional years', () => {
    // Reference: @formulajs/formulajs RRI(4.5, 100, 200)
    expect(cagr({ start: 100, end: 200, years: 4.5 }).toNumber()).toBeCloseTo(RRI(4.5, 100, 200) as number, 14);
  });

  it('names itself and the argument in its errors', () => {
    expect(() => cagr({ start: 100, end: 0, years: 2 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: cagr: end must be > 0, got 0]`);
    expect(() => cagr({ start: 100, end: 121, years: '' })).toThrowErrorMatchingInlineSnapshot(`[TypeError: cagr: years must be a number, a numeric string or a Decimal, got ""]`);
    expect(() => cagr(null as never)).toThrowErrorMatchingInlineSnapshot(`[TypeError: cagr: takes named arguments { start, end, years }, got null]`);
  });
});
