import type { Decimal } from '../../money/decimal';
import type { TradeFlow, TradePoint, TradeSeries, TradeSource } from '../types';

/** The metadata of a series, checked. */
export interface SeriesMeta {
  readonly reporter: string;
  readonly partner?: string | undefined;
  readonly flow: TradeFlow;
  readonly basis: 'nominal' | 'real';
  readonly baseYear?: number | undefined;
  readonly source: TradeSource;
  readonly asOf?: string | undefined;
}

/**
 * A frozen TradeSeries from checked parts: `points` ascending with unique years, `missing` the years listed with no
 * value. `gaps` are the years strictly between the first and last known point that have no value.
 */
export function buildSeries(meta: SeriesMeta, points: readonly { year: number; value: Decimal }[], missing: readonly number[]): TradeSeries {
  const known = new Set(points.map((p) => p.year));
  const gaps: number[] = [];
  if (points.length > 0) {
    for (let year = points[0]!.year + 1; year < points.at(-1)!.year; year++) if (!known.has(year)) gaps.push(year);
  }
  const source: TradeSource = Object.freeze({ ...meta.source });
  return Object.freeze({
    reporter: meta.reporter,
    ...(meta.partner === undefined ? {} : { partner: meta.partner }),
    flow: meta.flow,
    unit: 'USD' as const,
    basis: meta.basis,
    ...(meta.baseYear === undefined ? {} : { baseYear: meta.baseYear }),
    source,
    ...(meta.asOf === undefined ? {} : { asOf: meta.asOf }),
    points: Object.freeze(points.map((p): TradePoint => Object.freeze({ year: p.year, value: p.value }))),
    gaps: Object.freeze(gaps),
    missing: Object.freeze([...missing].sort((a, b) => a - b)),
  });
}
