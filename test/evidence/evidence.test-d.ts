import { describe, expectTypeOf, it } from 'vitest';
import {
  backtest,
  calibrate,
  fitGrowth,
  parseTradeCsv,
  tradeSeries,
  type BacktestResult,
  type Decimal,
  type GrowthFit,
  type ScenarioDocument,
  type TradeSeries,
} from '../../src/index';

describe('evidence types', () => {
  it('returns series of Decimal points, fits, documents and backtests', () => {
    expectTypeOf(parseTradeCsv).returns.toEqualTypeOf<TradeSeries[]>();
    expectTypeOf(tradeSeries).returns.toEqualTypeOf<TradeSeries>();
    expectTypeOf<TradeSeries['points'][number]['value']>().toEqualTypeOf<Decimal>();
    expectTypeOf(fitGrowth).returns.toEqualTypeOf<GrowthFit>();
    expectTypeOf(calibrate).returns.toEqualTypeOf<ScenarioDocument>();
    expectTypeOf(backtest).returns.toEqualTypeOf<BacktestResult>();
  });

  it('takes only the named methods, layouts and flows', () => {
    const s = {} as TradeSeries;
    // @ts-expect-error: 'ols' is no method
    fitGrowth(s, { method: 'ols' });
    // @ts-expect-error: a backtest needs its horizon
    backtest(s, { method: 'drift' });
    // @ts-expect-error: 'wide' is no layout
    parseTradeCsv('', { layout: 'wide' });
    // @ts-expect-error: flows are total, exports or imports
    tradeSeries({ reporter: 'X', source: { title: 't' }, flow: 'both', points: [] });
    expectTypeOf(tradeSeries).parameter(0).toHaveProperty('points');
  });
});
