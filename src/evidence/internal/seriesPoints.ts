import { isDecimal } from '../../money/decimal';
import { show } from '../../internal/show';

/** The known points of a series in a window of years, as float64 years and values, ascending. */
export interface WindowPoints {
  readonly years: number[];
  readonly values: number[];
}

/**
 * Reads `series.points` for a statistic: every year a whole number, ascending and unique, every value a finite
 * number ≥ 0 (a Decimal, number or numeric string), then keeps the points with `from ≤ year ≤ to`. A series built
 * elsewhere than `tradeSeries` (the history entry, a caller's own object) is checked here rather than re-validated
 * in full, so added metadata fields do no harm.
 *
 * @throws {TypeError} when series has no points array or a point is not `{ year, value }`.
 * @throws {RangeError} when years are not ascending and unique, or a value is negative or not finite.
 */
export function seriesPoints(series: unknown, fn: string, from: number, to: number): WindowPoints {
  const points = typeof series === 'object' && series !== null ? (series as { points?: unknown }).points : undefined;
  if (!Array.isArray(points)) {
    throw new TypeError(`${fn}: series must be a TradeSeries (an object with points: { year, value }[]), got ${show(series)}`);
  }
  const years: number[] = [];
  const values: number[] = [];
  let previous = -Infinity;
  for (let i = 0; i < points.length; i++) {
    const point: unknown = points[i];
    if (typeof point !== 'object' || point === null) {
      throw new TypeError(`${fn}: series.points[${i}] must be { year, value }, got ${show(point)}`);
    }
    const { year, value } = point as { year?: unknown; value?: unknown };
    if (typeof year !== 'number' || !Number.isInteger(year)) {
      throw new TypeError(`${fn}: series.points[${i}].year must be a whole number, got ${show(year)}`);
    }
    if (year <= previous) {
      throw new RangeError(`${fn}: series.points[${i}].year must be after ${previous} (years ascend, each once), got ${year}`);
    }
    previous = year;
    const v = isDecimal(value) ? value.toNumber() : typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new RangeError(`${fn}: series.points[${i}].value must be a finite amount >= 0, got ${show(value)}`);
    }
    if (year >= from && year <= to) {
      years.push(year);
      values.push(v);
    }
  }
  return { years, values };
}
