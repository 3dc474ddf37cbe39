import { describe, expectTypeOf, it } from 'vitest';
import {
  futureValue,
  glidePath,
  growthPath,
  impliedCagr,
  requiredCagr,
  type Decimal,
  type GlidePathResult,
  type GrowthPoint,
} from '../../src/index';

describe('growth types', () => {
  it('returns Decimals and points of Decimals', () => {
    expectTypeOf(requiredCagr({ start: '$580M', target: 10e9, years: 5 })).toEqualTypeOf<Decimal>();
    expectTypeOf(growthPath({ start: 580e6, startYear: 2024, rate: '20%', years: 5 })).toEqualTypeOf<GrowthPoint[]>();
    expectTypeOf(impliedCagr([{ year: 2024, value: 1 }], { method: 'log-linear' })).toEqualTypeOf<Decimal>();
    expectTypeOf(glidePath).returns.toEqualTypeOf<GlidePathResult>();
    expectTypeOf<GlidePathResult['requiredCagrNow']>().toEqualTypeOf<Decimal | null>();
  });

  it('takes a rate and years, or a schedule, never both', () => {
    futureValue({ start: 1, rate: 0.2, years: 5 });
    futureValue({ start: 1, rates: [0.2, '30%'] });
    // @ts-expect-error a rate and a schedule together
    futureValue({ start: 1, rate: 0.2, years: 5, rates: [0.2] });
    // @ts-expect-error a schedule has its own number of years
    growthPath({ start: 1, startYear: 2024, rates: [0.2], years: 1 });
    // @ts-expect-error named arguments only
    requiredCagr(580e6, 10e9, 5);
    // @ts-expect-error an unknown method
    impliedCagr([], { method: 'regression' });
  });
});
