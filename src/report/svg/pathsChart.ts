import type { Decimal } from '../../money/decimal';
import { show } from '../../internal/show';
import type { ValueAxisOptions } from './chartOptions';
import { escapeXml } from './internal/escape';
import { checkFormat, toNumber, valueLabel } from './internal/format';
import { checkSize, el, svgDocument } from './internal/frame';
import { line, marker, seriesStyle } from './internal/style';
import { readTarget, timePlot } from './internal/timePlot';

/** One scenario's path: a name and its `{ year, value }` points (a `Projection` gives them by year). */
export interface PathSeries {
  readonly name: string;
  readonly points: readonly { readonly year: number; readonly value: number | Decimal }[];
}

/** Input of {@link pathsChart}. */
export interface PathsChartOptions extends ValueAxisOptions {
  /** The paths, one line each (at least one, each with at least one point). */
  readonly series: readonly PathSeries[];
}

/**
 * Draws several scenario paths against a target as an SVG line chart (a string; no DOM needed).
 *
 * @param options - `series` (name and `{ year, value }` points; values numbers or Decimals), optional `target`,
 *   `logScale`, `format`, `currency`, `yLabel`, and the common `title`, `desc`, `width` (default 720), `height`
 *   (default 420, more for a long legend) and `id`.
 * @throws {RangeError} for no series, a series without points, a value or year that is not finite, a value
 *   that is not positive on a log scale, or a size out of range.
 * @throws {TypeError} for a value that is neither a number nor a Decimal.
 * @example
 * const svg = pathsChart({ series: [{ name: 'Status quo', points: [{ year: 2024, value: 580e6 }, { year: 2029, value: 1.44e9 }] }], target: { year: 2029, value: 10e9 } });
 * svg.startsWith('<svg'); // => true
 * svg.includes('$10B'); // => true
 */
export function pathsChart(options: PathsChartOptions): string {
  const fn = 'pathsChart';
  const { width, height } = checkSize(options, fn, 720, 420);
  const format = checkFormat(options.format ?? 'amount', fn, 'format');
  const currency = options.currency ?? 'USD';
  const log = options.logScale === true;
  if (!Array.isArray(options.series) || options.series.length === 0) {
    throw new RangeError(`${fn}: series must be a non-empty array, got ${show(options.series)}`);
  }
  const series = options.series.map((s, i) => {
    if (!Array.isArray(s?.points) || s.points.length === 0) {
      throw new RangeError(`${fn}: series[${i}].points must be a non-empty array, got ${show(s?.points)}`);
    }
    const points = s.points.map((point: PathSeries['points'][number], j: number) => {
      const year = toNumber(point?.year, fn, `series[${i}].points[${j}].year`);
      const value = toNumber(point?.value, fn, `series[${i}].points[${j}].value`);
      if (log && value <= 0) throw new RangeError(`${fn}: logScale needs values > 0, got ${value} at series[${i}].points[${j}]`);
      return { year, value };
    });
    return { name: String(s.name), points: [...points].sort((a, b) => a.year - b.year) };
  });
  const target = readTarget(options.target, fn, log);
  const styles = series.map((_, i) => seriesStyle(i));
  const entries = series.map((s, i) => ({
    label: s.name,
    swatch: (x: number, y: number) =>
      el('line', { x1: x, y1: y, x2: x + 24, y2: y, stroke: styles[i]!.color, 'stroke-width': 2.5, 'stroke-dasharray': styles[i]!.dash }) +
      marker(styles[i]!.marker, x + 12, y, 7, styles[i]!.color),
  }));
  const plot = timePlot({
    width,
    height,
    fixed: options.height !== undefined,
    years: series.flatMap((s) => s.points.map((point) => point.year)),
    values: series.flatMap((s) => s.points.map((point) => point.value)),
    target,
    entries,
    format,
    currency,
    log,
    yLabel: options.yLabel,
  });
  const { x, y } = plot;
  const lines = series.map((s, i) => {
    const style = styles[i]!;
    const xy = s.points.map((point) => [x(point.year), y(point.value)] as const);
    const dots = s.points.length <= 40 ? xy.map(([px, py]) => marker(style.marker, px, py, 7, style.color, '#ffffff')).join('') : '';
    const path = el('path', {
      d: line(xy),
      fill: 'none',
      stroke: style.color,
      'stroke-width': 2.5,
      'stroke-dasharray': style.dash,
      'stroke-linejoin': 'round',
    });
    return el('g', { class: 'tp-series' }, el('title', {}, escapeXml(s.name)) + path + dots);
  });

  const desc =
    options.desc ??
    `Line chart of ${series.length} scenario path${series.length === 1 ? '' : 's'}, ${Math.round(plot.firstYear)} to ${Math.round(plot.lastYear)}. ` +
      series
        .map((s) => {
          const last = s.points[s.points.length - 1]!;
          return `${s.name}: ${valueLabel(last.value, format, currency)} in ${Math.round(last.year)}.`;
        })
        .join(' ') +
      (target ? ` Target: ${valueLabel(target.value, format, currency)} in ${Math.round(target.year)}.` : '');
  return svgDocument({ kind: 'paths', options, width, height: plot.height, title: options.title ?? 'Scenario paths', desc, body: plot.back + lines.join('') + plot.front });
}
