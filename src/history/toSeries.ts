import type { TradeFlow, TradePoint, TradeSeries } from '../evidence/types';
import type { Decimal } from '../money/decimal';
import { COW_SOURCE } from './cowSource';

/**
 * A frozen COW series from parallel years (ascending) and values, where `known(i)` says whether year i has a value
 * and `value(i)` gives it as an exact Decimal. Years between the first and last known one without a value, or
 * absent from `years`, become `gaps`.
 */
export function toSeries(
  meta: { reporter: string; partner?: string; flow: TradeFlow },
  years: readonly number[],
  known: (i: number) => boolean,
  value: (i: number) => Decimal,
): TradeSeries {
  const points: TradePoint[] = [];
  for (let i = 0; i < years.length; i++) {
    if (known(i)) points.push(Object.freeze({ year: years[i]!, value: value(i) }));
  }
  const gaps: number[] = [];
  const have = new Set(points.map((p) => p.year));
  if (points.length > 0) {
    for (let y = points[0]!.year; y <= points[points.length - 1]!.year; y++) if (!have.has(y)) gaps.push(y);
  }
  return Object.freeze({
    reporter: meta.reporter,
    ...(meta.partner === undefined ? {} : { partner: meta.partner }),
    flow: meta.flow,
    unit: 'USD' as const,
    basis: 'nominal' as const,
    source: COW_SOURCE,
    points: Object.freeze(points),
    gaps: Object.freeze(gaps),
  });
}
