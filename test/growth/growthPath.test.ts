import { FV, FVSCHEDULE } from '@formulajs/formulajs';
import { describe, expect, it } from 'vitest';
import { futureValue, growthPath, requiredCagr } from '../../src/index';

const strings = (path: { year: number; value: { toString(): string } }[]) =>
  path.map((p) => [p.year, p.value.toString()]);

describe('growthPath with a constant rate', () => {
  it('has years + 1 points from the start year, the start itself first', () => {
    // Reference: analytic, 580e6 · 1.2^i
    expect(strings(growthPath({ start: '$580M', startYear: 2024, rate: '20%', years: 5 }))).toEqual([
      [2024, '580000000'],
      [2025, '696000000'],
      [2026, '835200000'],
      [2027, '1002240000'],
      [2028, '1202688000'],
      [2029, '1443225600'],
    ]);
  });

  it('agrees with Excel FV for every year', () => {
    const path = growthPath({ start: 580e6, startYear: 2024, rate: 0.3, years: 10 });
    path.forEach((point, i) => {
      // Reference: @formulajs/formulajs FV(0.3, i, 0, −580e6), float64
      expect(point.value.toNumber() / (FV(0.3, i, 0, -580e6) as number)).toBeCloseTo(1, 13);
    });
  });

  it('computes each point from its index, so its last point is exactly futureValue', () => {
    const rate = requiredCagr({ start: '$580M', target: '$10B', years: 5 });
    const path = growthPath({ start: '$580M', startYear: 2024, rate, years: 5 });
    expect(path.at(-1)!.value.eq(futureValue({ start: '$580M', rate, years: 5 }))).toBe(true);
    // Reference: analytic, the required CAGR path ends at the target: 10e9 to 35 significant digits.
    expect(path.at(-1)!.value.toSignificantDigits(35).toString()).toBe('10000000000');
  });

  it('takes years as a whole-number string or Decimal', () => {
    expect(growthPath({ start: 1, startYear: 0, rate: 0.1, years: '3' })).toHaveLength(4);
  });
});

describe('growthPath with a schedule', () => {
  it('compounds the rates in order, one step each', () => {
    const rates = [0.2, 0.35, -0.1, 0.5];
    const path = growthPath({ start: 580e6, startYear: 2024, rates });
    expect(path.map((p) => p.year)).toEqual([2024, 2025, 2026, 2027, 2028]);
    expect(path[0]!.value.toString()).toBe('580000000');
    path.slice(1).forEach((point, i) => {
      // Reference: @formulajs/formulajs FVSCHEDULE(580e6, the first i + 1 rates), float64
      expect(point.value.toNumber()).toBeCloseTo(FVSCHEDULE(580e6, rates.slice(0, i + 1)) as number, 4);
    });
    // Reference: analytic, 580e6 · 1.2 · 1.35 · 0.9 · 1.5 = 1268460000
    expect(path.at(-1)!.value.toString()).toBe('1268460000');
    expect(path.at(-1)!.value.eq(futureValue({ start: 580e6, rates }))).toBe(true);
  });
});

describe('growthPath errors', () => {
  it('names the function, the rule and the value', () => {
    const f = (args: object) => () => growthPath(args as never);
    expect(f({ start: 580, startYear: 2024, rate: 0.2, years: 4.5 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: growthPath: years must be a whole number of annual steps from 1 to 1000, got 4.5]`);
    expect(f({ start: 580, startYear: 2024, rate: 0.2, years: 0 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: growthPath: years must be > 0, got 0]`);
    expect(f({ start: 580, startYear: 2024, rate: 0.2, years: 1001 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: growthPath: years must be a whole number of annual steps from 1 to 1000, got 1001]`);
    expect(f({ start: 580, startYear: 2024.5, rate: 0.2, years: 5 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: growthPath: startYear must be a whole year like 2024, got 2024.5]`);
    expect(f({ start: 580, startYear: '2024', rate: 0.2, years: 5 })).toThrowErrorMatchingInlineSnapshot(`[TypeError: growthPath: startYear must be a year like 2024, got "2024"]`);
    expect(f({ start: 580, startYear: 2024, rates: [0.2], years: 1 })).toThrowErrorMatchingInlineSnapshot(`[TypeError: growthPath: give either rate and years, or rates (a schedule), not both]`);
    expect(f({ start: 580, startYear: 2024, rates: Array(1001).fill(0.1) })).toThrowErrorMatchingInlineSnapshot(`[RangeError: growthPath: rates must have at most 1000 rates, got 1001]`);
    expect(f({ start: 580, startYear: 2024, rates: [0.2, -2] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: growthPath: rates[1] must be > -1 (-100%), got -2]`);
  });
});
