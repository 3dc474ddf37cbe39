import type { Decimal } from '../../money/decimal';
import { formatRate } from '../../money/formatRate';
import { show } from '../../internal/show';
import type { ChartOptions } from './chartOptions';
import type { PathSeries } from './pathsChart';
import { caption } from './internal/caption';
import { escapeXml } from './internal/escape';
import { shortNumber, toNumber, valueLabel } from './internal/format';
import { checkSize, el, num, svgDocument } from './internal/frame';
import { line, marker, seriesStyle, TARGET, type SeriesStyle } from './internal/style';
import { readTarget, timePlot } from './internal/timePlot';

/** A point of the evidence chart: a year and a value in currency units. */
export interface EvidencePoint {
  readonly year: number;
  readonly value: number | Decimal;
}

/** Data of {@link evidenceChart}: what happened, what the target requires, and what the scenarios say. */
export interface EvidenceChartData {
  /**
   * The pair's recorded trade, one line each (the total and each direction). Years missing between two points
   * break the line (a gap stays a gap); a value of 0 or less cannot sit on a log axis and is left out, which the
   * caption says.
   */
  readonly history: readonly PathSeries[];
  /** The baseline the target is measured from, e.g. `{ year: 2024, value: 580e6 }`. */
  readonly baseline?: EvidencePoint;
  /** The target; with `baseline`, the required path (constant growth from one to the other) is drawn. */
  readonly target?: EvidencePoint;
  /** Scenario paths from the baseline on. */
  readonly scenarios?: readonly PathSeries[];
  /** Where the figures come from, one entry each (at least one): written in the caption under the chart. */
  readonly sources: readonly string[];
}

/** Options of {@link evidenceChart}. */
export interface EvidenceChartOptions extends ChartOptions {
  /** Currency of amounts; default `'USD'`. */
  readonly currency?: string;
  /** The value axis title, to which " (log scale)" is always added; default `"Trade, USD"`. */
  readonly yLabel?: string;
}

const REQUIRED_DASH = '2 4';

/**
 * Draws the evidence on one time axis as SVG: a pair's recorded trade (each direction and the total), the path the
 * target requires from the baseline, and scenario paths, on a log value axis (so equal slopes are equal growth
 * rates; the axis title says it is a log scale), with the target marked and the sources in a caption.
 *
 * @param data - `history` (series of `{ year, value }`), optional `baseline`, `target` and `scenarios`, and
 *   `sources` (at least one).
 * @param options - `currency`, `yLabel`, and the common `title`, `desc`, `width` (default 760), `height` (default
 *   460, more for a long legend or caption) and `id`.
 * @throws {RangeError} for no history and no scenarios, a series without points, no sources, a year or value
 *   that is not finite, a baseline or target that is not positive, or a size out of range.
 * @throws {TypeError} for a value that is neither a number nor a Decimal, or a source that is not a string.
 * @example
 * const svg = evidenceChart({
 *   history: [{ name: 'Total', points: [{ year: 2012, value: 300e6 }, { year: 2013, value: 280e6 }, { year: 2014, value: 248e6 }] }],
 *   baseline: { year: 2024, value: 580e6 }, target: { year: 2029, value: 10e9 },
 *   sources: ['Correlates of War Trade v4.0'],
 * });
 * svg.includes('(log scale)'); // => true
 * svg.includes('Required: 76.73% a year'); // => true
 * evidenceChart({ history: [], sources: ['x'] }); // => throws RangeError
 */
export function evidenceChart(data: EvidenceChartData, options: EvidenceChartOptions = {}): string {
  const fn = 'evidenceChart';
  const { width, height } = checkSize(options, fn, 760, 460);
  const currency = options.currency ?? 'USD';
  const history = readSeries(data?.history, fn, 'history');
  const scenarios = readSeries(data.scenarios ?? [], fn, 'scenarios');
  if (history.length + scenarios.length === 0) throw new RangeError(`${fn}: history and scenarios are both empty: nothing to draw`);
  if (!Array.isArray(data.sources) || data.sources.length === 0) {
    throw new RangeError(`${fn}: sources must name at least one source of the figures, got ${show(data.sources)}`);
  }
  data.sources.forEach((s, i) => {
    if (typeof s !== 'string' || s.trim() === '') throw new TypeError(`${fn}: sources[${i}] must be a non-empty string, got ${show(s)}`);
  });
  const baseline = readTarget(data.baseline, fn, false);
  const target = readTarget(data.target, fn, true);
  if (baseline && baseline.value <= 0) throw new RangeError(`${fn}: baseline.value must be > 0 on a log axis, got ${baseline.value}`);
  const rate = baseline && target && target.year > baseline.year ? (target.value / baseline.value) ** (1 / (target.year - baseline.year)) - 1 : undefined;
  // A ratio beyond float64 (a baseline near 1e-300) has no growth rate to write: the path is left out then.
  const required = rate !== undefined && Number.isFinite(rate) ? rate : undefined;

  // Series styles: history first (solid, the data), scenarios after them in the same cycle.
  const styles = [...history, ...scenarios].map((_, i) => seriesStyle(i));
  const dropped = [...history, ...scenarios].flatMap((s) => s.dropped.map((year) => `${s.name} ${year}`));
  const all = [...history, ...scenarios];
  const swatch = (style: SeriesStyle) => (x: number, y: number) =>
    el('line', { x1: x, y1: y, x2: x + 24, y2: y, stroke: style.color, 'stroke-width': 2.5, 'stroke-dasharray': style.dash }) +
    marker(style.marker, x + 12, y, 7, style.color);
  const entries = all.map((s, i) => ({ label: s.name, swatch: swatch(styles[i]!) }));
  if (required !== undefined) {
    entries.push({
      label: `Required: ${growth(required)} a year`,
      swatch: (x: number, y: number) => el('line', { x1: x, y1: y, x2: x + 24, y2: y, stroke: TARGET, 'stroke-width': 2, 'stroke-dasharray': REQUIRED_DASH }),
    });
  }

  const notes = [
    `Sources: ${data.sources.join('; ')}.`,
    'Values on a log scale: equal slopes are equal growth rates.' +
      (dropped.length > 0 ? ` Not drawn (zero or less, which a log axis cannot show): ${dropped.join(', ')}.` : ''),
  ];
  const captionHeight = caption(notes, 16, 0, width - 32).height;
  // The time plot adds " (log scale)" to the axis title of a log axis.
  const yLabel = options.yLabel ?? 'Trade, USD';
  const points = all.flatMap((s) => s.points);
  if (points.length === 0) throw new RangeError(`${fn}: no value above zero to draw on a log axis (left out: ${dropped.join(', ')})`);
  const plot = timePlot({
    width,
    height: Math.max(150, height - captionHeight),
    fixed: options.height !== undefined,
    years: [...points.map((p) => p.year), ...(baseline ? [baseline.year] : [])],
    values: [...points.map((p) => p.value), ...(baseline ? [baseline.value] : [])],
    target,
    entries,
    format: 'amount',
    currency,
    log: true,
    yLabel,
  });
  const { x, y } = plot;
  const drawn = all.map((s, i) => {
    const style = styles[i]!;
    const scenario = i >= history.length;
    // A new sub-path after every missing year: the line never bridges a gap.
    const d = s.points
      .map((p, j) => `${j > 0 && p.year - s.points[j - 1]!.year <= 1 ? 'L' : 'M'}${num(x(p.year))} ${num(y(p.value))}`)
      .join('');
    const path = el('path', { d, fill: 'none', stroke: style.color, 'stroke-width': scenario ? 2 : 2.5, 'stroke-dasharray': style.dash, 'stroke-linejoin': 'round' });
    const dots = s.points.length <= 60 ? s.points.map((p) => marker(style.marker, x(p.year), y(p.value), 7, style.color, '#ffffff')).join('') : '';
    return el('g', { class: scenario ? 'tp-series tp-scenario' : 'tp-series tp-history' }, el('title', {}, escapeXml(s.name)) + path + dots);
  });
  const extra: string[] = [];
  if (baseline) {
    extra.push(
      el('g', { class: 'tp-baseline' }, el('title', {}, escapeXml(`Baseline ${valueLabel(baseline.value, 'amount', currency)} in ${baseline.year}`)) + marker('circle', x(baseline.year), y(baseline.value), 10, TARGET, '#ffffff')),
    );
  }
  if (required !== undefined && baseline && target) {
    extra.push(
      el(
        'g',
        { class: 'tp-required' },
        el('title', {}, escapeXml(`Required path: ${growth(required)} a year from ${baseline.year} to ${target.year}`)) +
          el('path', { d: line([[x(baseline.year), y(baseline.value)], [x(target.year), y(target.value)]]), fill: 'none', stroke: TARGET, 'stroke-width': 2, 'stroke-dasharray': REQUIRED_DASH }),
      ),
    );
  }
  const note = caption(notes, 16, plot.height, width - 32);
  const total = plot.height + note.height;

  const describe = (s: ReadSeries) => {
    const first = s.points[0]!;
    const last = s.points[s.points.length - 1]!;
    return `${s.name}: ${valueLabel(first.value, 'amount', currency)} in ${first.year} to ${valueLabel(last.value, 'amount', currency)} in ${last.year}.`;
  };
  const desc =
    options.desc ??
    `Line chart on a log scale, ${Math.round(plot.firstYear)} to ${Math.round(plot.lastYear)}. ` +
      [...all.filter((s) => s.points.length > 0).map(describe)].join(' ') +
      (baseline ? ` Baseline: ${valueLabel(baseline.value, 'amount', currency)} in ${baseline.year}.` : '') +
      (target ? ` Target: ${valueLabel(target.value, 'amount', currency)} in ${Math.round(target.year)}.` : '') +
      (required !== undefined ? ` Required growth: ${growth(required)} a year.` : '') +
      ` Sources: ${data.sources.join('; ')}.`;
  const body = plot.back + extra.join('') + drawn.join('') + plot.front + note.svg;
  return svgDocument({ kind: 'evidence', options, width, height: total, title: options.title ?? 'What happened, and what the target requires', desc, body });
}

interface ReadSeries {
  readonly name: string;
  readonly points: readonly { readonly year: number; readonly value: number }[];
  readonly dropped: readonly number[];
}

function readSeries(input: unknown, fn: string, where: string): ReadSeries[] {
  if (!Array.isArray(input)) throw new RangeError(`${fn}: ${where} must be an array, got ${show(input)}`);
  return input.map((s: PathSeries, i) => {
    if (!Array.isArray(s?.points) || s.points.length === 0) {
      throw new RangeError(`${fn}: ${where}[${i}].points must be a non-empty array, got ${show(s?.points)}`);
    }
    const read = s.points.map((point, j) => ({
      year: toNumber(point?.year, fn, `${where}[${i}].points[${j}].year`),
      value: toNumber(point?.value, fn, `${where}[${i}].points[${j}].value`),
    }));
    read.sort((a, b) => a.year - b.year);
    return { name: String(s.name), points: read.filter((p) => p.value > 0), dropped: read.filter((p) => p.value <= 0).map((p) => p.year) };
  });
}

/** A growth rate as a percent, or as a factor when it is beyond what a percent reads well (formatRate stops at 1,000 %). */
function growth(rate: number): string {
  return rate <= 10 ? formatRate(rate) : `×${shortNumber(1 + rate)}`;
}
