import { FV, FVSCHEDULE } from '@formulajs/formulajs';
import { describe, expect, it } from 'vitest';
import { Decimal, futureValue } from '../../src/index';
import { expectDigits } from './expectDigits';
import { py } from './references';

describe('futureValue with a constant rate', () => {
  it('is exact where the decimal expansion is finite', () => {
    // Reference: analytic, 580 · 1.2^5 = 580 · 2.48832 = 1443.2256
    expect(futureValue({ start: 580, rate: 0.2, years: 5 }).toString()).toBe('1443.2256');
    expect(futureValue({ start: '$580M', rate: '20%', years: 5 }).toString()).toBe('1443225600');
    // Reference: Python decimal at 50 digits (fixtures/make-references.py)
    expectDigits(futureValue({ start: '$580M', rate: '20%', years: 5 }), py.futureValue['580M at 0.2 for 5'], 40);
  });

  it('takes fractional years', () => {
    // Reference: Python decimal at 50 digits, 580e6 · 1.2^2.5
    expectDigits(futureValue({ start: 580e6, rate: 0.2, years: 2.5 }), py.futureValue['580M at 0.2 for 2.5'], 38);
  });

  it.each([
    [0.2, 5, 580],
    [0.05 / 12, 120, 100],
    [-0.3, 7, 1e9],
    [0.7673167814300419, 5, 580e6],
  ])('agrees with Excel FV(%s, %s, 0, −pv) in formulajs', (rate, years, start) => {
    // Reference: @formulajs/formulajs FV(rate, nper, 0, −pv) = pv · (1 + rate)^nper, float64
    const expected = FV(rate, years, 0, -start) as number;
    expect(futureValue({ start, rate, years }).toNumber() / expected).toBeCloseTo(1, 13);
  });

  it('agrees with the numpy-financial fv documentation example, payments taken out analytically', () => {
    // Reference: numpy-financial `fv` docs: npf.fv(0.05/12, 10*12, -100, -100) = 15692.928894335748, and
    // npf.fv(np.array([0.05, 0.06, 0.07])/12, 10*12, -100, -100) = [15692.92889434, 16569.87435405, 17509.44688102].
    // With pv = pmt = −100, fv = 100·g + 100·(g − 1)/r where g = (1 + r)^n, so the pmt = 0 value
    // npf.fv(r, n, 0, -100) = 100·g = 100·(fv + 100/r) / (100 + 100/r).
    const published: [number, number][] = [
      [0.05, 15692.928894335748],
      [0.06, 16569.87435405],
      [0.07, 17509.44688102],
    ];
    for (const [annual, fv] of published) {
      const r = new Decimal(annual).div(12);
      const perPayment = new Decimal(100).div(r);
      const expected = new Decimal(fv).plus(perPayment).div(new Decimal(100).plus(perPayment)).times(100);
      const actual = futureValue({ start: 100, rate: r, years: 120 });
      expect(actual.div(expected).minus(1).abs().toNumber()).toBeLessThan(1e-11);
    }
  });
});

describe('futureValue with a schedule', () => {
  it('agrees with the published Excel FVSCHEDULE example', () => {
    // Reference: Microsoft's FVSCHEDULE help page: FVSCHEDULE(1, {0.09, 0.11, 0.1}) = 1.33089
    expect(futureValue({ start: 1, rates: [0.09, 0.11, 0.1] }).toString()).toBe('1.33089');
  });

  it('agrees with FVSCHEDULE in formulajs and is exact', () => {
    const rates = [0.2, 0.35, -0.1, 0.5];
    // Reference: @formulajs/formulajs FVSCHEDULE(580e6, rates), float64
    expect(futureValue({ start: 580e6, rates }).toNumber()).toBeCloseTo(FVSCHEDULE(580e6, rates) as number, 4);
    // Reference: Python decimal, 580e6 · 1.2 · 1.35 · 0.9 · 1.5 = 1268460000 exactly
    expect(futureValue({ start: '$580M', rates: ['20%', '35%', '-10%', '50%'] }).toString()).toBe(
      new Decimal(py.futureValue['580M schedule 0.2,0.35,-0.1,0.5']).toString(),
    );
  });

  it('equals the constant-rate form when every rate is the same', () => {
    const constant = futureValue({ start: '$580M', rate: '76.73%', years: 5 });
    expect(futureValue({ start: '$580M', rates: Array(5).fill('76.73%') }).eq(constant)).toBe(true);
  });
});

describe('futureValue errors', () => {
  it('names the function, the rule and the value', () => {
    const f = (args: object) => () => futureValue(args as never);
    expect(f({ start: 580, rate: 0.2, years: 0 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: futureValue: years must be > 0, got 0]`);
    expect(f({ start: 580, rate: -1, years: 5 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: futureValue: rate must be > -1 (-100%), got -1]`);
    expect(f({ start: -580, rate: 0.2, years: 5 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: futureValue: start must be > 0, got -580]`);
    expect(f({ start: 580, rates: [] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: futureValue: rates must have at least one rate, got an empty array]`);
    expect(f({ start: 580, rates: [0.1, '-100%'] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: futureValue: rates[1] must be > -1 (-100%), got "-100%"]`);
    expect(f({ start: 580, rates: '20%' })).toThrowErrorMatchingInlineSnapshot(`[TypeError: futureValue: rates must be an array of annual rates, got "20%"]`);
    expect(f({ start: 580, rate: 0.2, years: 5, rates: [0.2] })).toThrowErrorMatchingInlineSnapshot(`[TypeError: futureValue: give either rate and years, or rates (a schedule), not both]`);
    expect(f({ start: 580, years: 5 })).toThrowErrorMatchingInlineSnapshot(`[TypeError: futureValue: needs rate and years, or rates (a schedule); got neither]`);
    expect(f({ start: 580, rate: 0.2 })).toThrowErrorMatchingInlineSnapshot(`[TypeError: futureValue: years must be a number, a numeric string or a Decimal, got undefined]`);
  });
});
