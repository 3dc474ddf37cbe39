import type { Decimal } from '../../money/decimal';
import { show } from '../../internal/show';
import type { ValueAxisOptions } from './chartOptions';
import { checkFormat, toNumber, valueLabel } from './internal/format';
import { checkSize, el, svgDocument } from './internal/frame';
import { line, poly } from './internal/style';
import { readTarget, timePlot } from './internal/timePlot';

/** One year of a fan: the 5th to 95th percentiles of the simulated values (`Simulation.fan()` gives these). */
export interface FanPoint {
  readonly year: number;
  readonly p5: number | Decimal;
  readonly p10: number | Decimal;
  readonly p25: number | Decimal;
  readonly p50: number | Decimal;
  readonly p75: number | Decimal;
  readonly p90: number | Decimal;
  readonly p95: number | Decimal;
}

/** Input of {@link fanChart}. */
export interface FanChartOptions extends ValueAxisOptions {
  /** The percentiles by year (at least one year). */
  readonly fan: readonly FanPoint[];
}

const KEYS = ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'] as const;

// One blue hue, lighter for wider bands (CIE L* 87, 79, 68; median 21), so the nesting reads in greyscale.
const BANDS = [
  { lo: 'p5', hi: 'p95', fill: '#c6dbef', label: '5–95th percentile' },
  { lo: 'p10', hi: 'p90', fill: '#9ecae1', label: '10–90th' },
  { lo: 'p25', hi: 'p75', fill: '#6baed6', label: '25–75th' },
] as const;
const MEDIAN = '#08306b';

/**
 * Draws a fan chart of simulated values as SVG: nested 5–95, 10–90 and 25–75 percentile bands and the median.
 *
 * @param options - `fan` (`{ year, p5, p10, p25, p50, p75, p90, p95 }` per year, numbers or Decimals), optional
 *   `target`, `logScale`, `format`, `currency`, `yLabel`, and the common `title`, `desc`, `width` (default 720),
 *   `height` (default 420, more for a long legend) and `id`.
 * @throws {RangeError} for an empty fan, a value or year that is not finite, a value that is not positive on a
 *   log scale, or a size out of range.
 * @throws {TypeError} for a value that is neither a number nor a Decimal.
 * @example
 * const fan = [2024, 2025].map((year, i) => ({ year, p5: 5e8, p10: 5e8, p25: 5.5e8, p50: 5.8e8 * (1 + i), p75: 8e8 + i * 8e8, p90: 9e8 + i * 9e8, p95: 1e9 + i * 1e9 }));
 * const svg = fanChart({ fan, title: 'Simulated turnover' });
 * svg.match(/class="tp-band"/g).length; // => 3
 */
export function fanChart(options: FanChartOptions): string {
  const fn = 'fanChart';
  const { width, height } = checkSize(options, fn, 720, 420);
  const format = checkFormat(options.format ?? 'amount', fn, 'format');
  const currency = options.currency ?? 'USD';
  const log = options.logScale === true;
  if (!Array.isArray(options.fan) || options.fan.length === 0) {
    throw new RangeError(`${fn}: fan must be a non-empty array, got ${show(options.fan)}`);
  }
  const fan = options.fan
    .map((point: FanPoint, i: number) => {
      const row = { year: toNumber(point?.year, fn, `fan[${i}].year`) } as Record<(typeof KEYS)[number] | 'year', number>;
      for (const key of KEYS) {
        row[key] = toNumber(point?.[key], fn, `fan[${i}].${key}`);
        if (log && row[key] <= 0) throw new RangeError(`${fn}: logScale needs values > 0, got ${row[key]} at fan[${i}].${key}`);
      }
      return row;
    })
    .sort((a, b) => a.year - b.year);
  const target = readTarget(options.target, fn, log);

  const entries = [
    ...BANDS.map((band) => ({
      label: band.label,
      swatch: (x: number, y: number) => el('rect', { x, y: y - 6, width: 24, height: 12, fill: band.fill }),
    })),
    {
      label: 'Median',
      swatch: (x: number, y: number) => el('line', { x1: x, y1: y, x2: x + 24, y2: y, stroke: MEDIAN, 'stroke-width': 2.5 }),
    },
  ];
  const plot = timePlot({
    width,
    height,
    fixed: options.height !== undefined,
    years: fan.map((row) => row.year),
    values: fan.flatMap((row) => [row.p5, row.p95, row.p50]),
    target,
    entries,
    format,
    currency,
    log,
    yLabel: options.yLabel,
  });
  const { x, y } = plot;
  // A single year has no area to fill: its bands become boxes 24 px wide.
  const half = fan.length === 1 ? 12 : 0;
  const bands = BANDS.map((band) => {
    const upper = fan.map((row) => [x(row.year), y(row[band.hi])] as const);
    const lower = fan.map((row) => [x(row.year), y(row[band.lo])] as const).reverse();
    const outline =
      half > 0
        ? [[upper[0]![0] - half, upper[0]![1]], [upper[0]![0] + half, upper[0]![1]], [lower[0]![0] + half, lower[0]![1]], [lower[0]![0] - half, lower[0]![1]]] as const
        : [...upper, ...lower];
    return el('path', { d: poly(outline), fill: band.fill, stroke: band.fill, 'stroke-width': 0.5, class: 'tp-band' });
  });
  const mid = fan.map((row) => [x(row.year), y(row.p50)] as const);
  const medianLine = half > 0 ? [[mid[0]![0] - half, mid[0]![1]], [mid[0]![0] + half, mid[0]![1]]] as const : mid;
  const median = el('path', { d: line(medianLine), fill: 'none', stroke: MEDIAN, 'stroke-width': 2.5, class: 'tp-median' });

  const last = fan[fan.length - 1]!;
  const desc =
    options.desc ??
    `Fan chart of simulated values, ${Math.round(fan[0]!.year)} to ${Math.round(last.year)}. In ${Math.round(last.year)} ` +
      `the median is ${valueLabel(last.p50, format, currency)}, with 90% of runs between ${valueLabel(last.p5, format, currency)} ` +
      `and ${valueLabel(last.p95, format, currency)}.` +
      (target ? ` Target: ${valueLabel(target.value, format, currency)} in ${Math.round(target.year)}.` : '');
  return svgDocument({ kind: 'fan', options, width, height: plot.height,
    title: options.title ?? 'Simulated paths: percentile fan',
    desc,
    body: plot.back + bands.join('') + median + plot.front,
  });
}
