import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, cagr, futureValue, growthPath, requiredCagr, yearsToTarget } from '../../src/index';

// Amounts from $1 to $10T with cents, rates from −90 % to +300 % in basis points, years as whole or tenths.
const amount = fc
  .tuple(fc.integer({ min: 1, max: 10_000_000_000_000 }), fc.integer({ min: 0, max: 99 }))
  .map(([units, cents]) => `${units}.${String(cents).padStart(2, '0')}`);
const rate = fc.integer({ min: -9_000, max: 30_000 }).map((bp) => new Decimal(bp).div(10_000));
const wholeYears = fc.integer({ min: 1, max: 60 });
const fractionalYears = fc.integer({ min: 1, max: 600 }).map((tenths) => new Decimal(tenths).div(10));

/**
 * |a − b| ≤ |b| · 1e-35 · κ. Each step rounds to 40 digits; κ is the condition number of `(1 + r)^years` in the
 * rate, `years / (1 + r)` (at least 1): a rate near −100 % keeps few digits of 1 + r, and years multiply them.
 */
function close(a: Decimal, b: Decimal, r: Decimal, years: Decimal.Value): boolean {
  const kappa = Decimal.max(1, new Decimal(years).div(r.plus(1)));
  return a.minus(b).abs().lte(b.abs().times('1e-35').times(kappa));
}

describe('growth maths properties', () => {
  it('growing the start at its required CAGR for n years reaches the target', () => {
    fc.assert(
      fc.property(amount, amount, fc.oneof(wholeYears, fractionalYears), (start, target, years) => {
        const r = requiredCagr({ start, target, years });
        // Rates above 1,000 % a year are refused as input (a likely typo for a percentage), so they cannot go back in;
        // a fall by a factor of 10^40 within a year rounds to exactly −100 %, which no growth comes back from.
        fc.pre(r.lte(10) && r.gt(-1));
        expect(close(futureValue({ start, rate: r, years }), new Decimal(target), r, years)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('growing the start for yearsToTarget years reaches the target', () => {
    fc.assert(
      fc.property(amount, amount, rate, (start, target, r) => {
        const s = new Decimal(start);
        const t = new Decimal(target);
        // Only pairs the rate can reach: up with a positive rate, down with a negative one.
        fc.pre(!s.eq(t) && !r.isZero() && r.gt(0) === t.gt(s));
        const years = yearsToTarget({ start, target, rate: r });
        expect(years.gt(0)).toBe(true);
        expect(close(futureValue({ start, rate: r, years }), t, r, years)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a target equal to the start takes 0 years at any rate', () => {
    fc.assert(
      fc.property(amount, rate, (start, r) => {
        expect(yearsToTarget({ start, target: start, rate: r }).isZero()).toBe(true);
      }),
    );
  });

  it('the last point of a growth path is exactly futureValue, and cagr over the path gives the rate back', () => {
    fc.assert(
      fc.property(amount, rate, wholeYears, fc.integer({ min: 1900, max: 2100 }), (start, r, years, startYear) => {
        const path = growthPath({ start, startYear, rate: r, years });
        expect(path).toHaveLength(years + 1);
        expect(path.at(-1)!.year).toBe(startYear + years);
        expect(path.at(-1)!.value.eq(futureValue({ start, rate: r, years }))).toBe(true);
        const back = cagr({ start, end: path.at(-1)!.value, years });
        expect(back.minus(r).abs().lte('1e-30')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('the last point of a scheduled path is exactly futureValue of the schedule', () => {
    fc.assert(
      fc.property(amount, fc.array(rate, { minLength: 1, maxLength: 30 }), (start, rates) => {
        const path = growthPath({ start, startYear: 2024, rates });
        expect(path).toHaveLength(rates.length + 1);
        expect(path.at(-1)!.value.eq(futureValue({ start, rates }))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
