import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../src/money/decimal';
import { loadHistory } from '../../src/internal/loadHistory';
import * as history from 'tradepath/history';
import type { BilateralTrade, CountryRecord, DyadicPanel, NationalPanel, TradeSeries } from 'tradepath/history';

describe('tradepath/history types', () => {
  it('loadHistory resolves to the entry module', () => {
    expectTypeOf(loadHistory).returns.resolves.toEqualTypeOf<typeof history>();
  });

  it('gives panels in typed-array columns and series of Decimals', () => {
    expectTypeOf(history.loadDyadicPanel).returns.resolves.toEqualTypeOf<DyadicPanel>();
    expectTypeOf(history.loadNationalPanel).returns.resolves.toEqualTypeOf<NationalPanel>();
    expectTypeOf<DyadicPanel['flow1']>().toEqualTypeOf<Float64Array>();
    expectTypeOf(history.bilateral).parameters.toEqualTypeOf<[string | number, string | number]>();
    expectTypeOf(history.bilateral).returns.resolves.toEqualTypeOf<BilateralTrade>();
    expectTypeOf<BilateralTrade['total']>().toEqualTypeOf<TradeSeries>();
    expectTypeOf<TradeSeries['points'][number]['value']>().toEqualTypeOf<Decimal>();
    expectTypeOf(history.findCountry).returns.toEqualTypeOf<CountryRecord>();
    expectTypeOf(history.COW_SOURCE.citation).toEqualTypeOf<string>();
  });

  it('rejects a country given as anything but a code or a name', () => {
    // @ts-expect-error a country is a string or a number
    void history.findCountry({ iso3: 'AZE' });
  });
});
