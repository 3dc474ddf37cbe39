import type { Decimal } from '../../money/decimal';
import { show } from '../../internal/show';
import type { ChartOptions, ValueFormat } from './chartOptions';
import { axisTitle } from './internal/axis';
import { escapeXml } from './internal/escape';
import { checkFormat, tickLabel, toNumber, valueLabel } from './internal/format';
import { checkSize, el, ID, INK, MUTED, num, svgDocument, text, textWidth, TITLE_BAND } from './internal/frame';
import { legend } from './internal/legend';
import { linearScale } from './internal/scale';
import { TARGET } from './internal/style';
import { niceTicks } from './internal/ticks';

/** One axis of a two-way table: the parameter and the values it takes. */
export interface HeatmapAxis {
  readonly param: string;
  readonly values: readonly (number | Decimal)[];
}

/** Data of {@link heatmap}: `output[i][j]` is the output at `y.values[i]` and `x.values[j]` (what `grid()` gives). */
export interface HeatmapData {
  readonly x: HeatmapAxis;
  readonly y: HeatmapAxis;
  readonly output: readonly (readonly (number | Decimal)[])[];
}

/** Options of {@link heatmap}. */
export interface HeatmapOptions extends ChartOptions {
  /** How outputs read in cells and on the colour legend; default `'amount'`. */
  readonly format?: ValueFormat;
  /** How the x and y parameter values read; default `'number'`. */
  readonly xFormat?: ValueFormat;
  readonly yFormat?: ValueFormat;
  /** Currency of amounts; default `'USD'`. */
  readonly currency?: string;
  /** Cells at or above it are marked and fenced off (e.g. the target). */
  readonly threshold?: number | Decimal;
  /** What the threshold is, for the legend; default `"target"`. */
  readonly thresholdLabel?: string;
}

// ColorBrewer "Blues" (Brewer, colorbrewer2.org), 9 classes: lightness falls steadily, so it reads in greyscale.
const RAMP = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'];

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** The ramp's colour at `t` in [0, 1], interpolated in sRGB between neighbouring classes. */
function colorAt(t: number): string {
  const s = Math.min(1, Math.max(0, t)) * (RAMP.length - 1);
  const i = Math.min(RAMP.length - 2, Math.floor(s));
  const a = rgb(RAMP[i]!);
  const b = rgb(RAMP[i + 1]!);
  return `#${a.map((c, k) => Math.round(c + (b[k]! - c) * (s - i)).toString(16).padStart(2, '0')).join('')}`;
}

// CIE L* of an sRGB colour (IEC 61966-2-1 transfer, CIE 1976 lightness), to pick black or white text on it.
function lightness(hex: string): number {
  const [r, g, b] = rgb(hex).map((c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return lum > 0.008856 ? 116 * Math.cbrt(lum) - 16 : 903.3 * lum;
}

/**
 * Draws a two-way table as an SVG heat map: a light-to-dark colour scale, values in the cells where they fit, a
 * colour legend, and the cells at or above a threshold marked and fenced off by a thick line.
 *
 * @param data - `{ x: { param, values }, y: { param, values }, output }` with `output[i][j]` at `y.values[i]`,
 *   `x.values[j]`; `y.values[0]` is the bottom row. Numbers or Decimals.
 * @param options - `format`, `xFormat`, `yFormat`, `currency`, `threshold`, `thresholdLabel`, and the common `title`,
 *   `desc`, `width` (default 720), `height` (default 460) and `id`.
 * @throws {RangeError} for an empty axis, an `output` whose shape is not `y.values.length × x.values.length`,
 *   a value that is not finite, or a size out of range.
 * @throws {TypeError} for a missing axis or param, or a value that is neither a number nor a Decimal.
 * @example
 * const data = { x: { param: 'base.rate', values: [0.1, 0.2] }, y: { param: 'baseline.value', values: [5e8, 6e8] }, output: [[8e8, 1.2e9], [9.7e8, 1.5e9]] };
 * heatmap(data, { threshold: 1e9 }).match(/class="tp-hit"/g).length; // => 2
 */
export function heatmap(data: HeatmapData, options: HeatmapOptions = {}): string {
  const fn = 'heatmap';
  const { width, height } = checkSize(options, fn, 720, 460);
  const format = checkFormat(options.format ?? 'amount', fn, 'format');
  const xFormat = checkFormat(options.xFormat ?? 'number', fn, 'xFormat');
  const yFormat = checkFormat(options.yFormat ?? 'number', fn, 'yFormat');
  const currency = options.currency ?? 'USD';
  const axisOf = (name: 'x' | 'y') => {
    const axis = (data as unknown as Record<string, HeatmapAxis | undefined> | undefined)?.[name];
    if (typeof axis?.param !== 'string') throw new TypeError(`${fn}: data.${name}.param must be a string, got ${show(axis?.param)}`);
    if (!Array.isArray(axis.values) || axis.values.length === 0) {
      throw new RangeError(`${fn}: data.${name}.values must be a non-empty array, got ${show(axis.values)}`);
    }
    return { param: axis.param, values: axis.values.map((v, i) => toNumber(v, fn, `data.${name}.values[${i}]`)) };
  };
  const xs = axisOf('x');
  const ys = axisOf('y');
  const output = data.output;
  if (!Array.isArray(output) || output.length !== ys.values.length) {
    throw new RangeError(`${fn}: data.output must have one row per y value (${ys.values.length}), got ${show(output)}`);
  }
  const cells = output.map((row, i) => {
    if (!Array.isArray(row) || row.length !== xs.values.length) {
      throw new RangeError(`${fn}: data.output[${i}] must have one value per x value (${xs.values.length}), got ${show(row)}`);
    }
    return row.map((v, j) => toNumber(v, fn, `data.output[${i}][${j}]`));
  });
  const threshold = options.threshold === undefined ? undefined : toNumber(options.threshold, fn, 'threshold');
  const thresholdLabel = options.thresholdLabel ?? 'target';

  const flat = cells.flat();
  const lo = Math.min(...flat);
  const hi = Math.max(...flat);
  const t = (v: number) => (hi === lo ? 0.5 : (v - lo) / (hi - lo));
  const hit = (v: number) => threshold !== undefined && v >= threshold;

  const key = legend(
    threshold === undefined
      ? []
      : [
          {
            label: `At or above the ${thresholdLabel} (${valueLabel(threshold, format, currency)})`,
            swatch: (x: number, y: number) =>
              el('rect', { x: x + 2, y: y - 6, width: 20, height: 12, fill: '#ffffff', stroke: INK, 'stroke-width': 1 }) +
              hitMark(x + 22, y - 6, false) +
              el('line', { x1: x, y1: y + 7, x2: x + 24, y2: y + 7, stroke: INK, 'stroke-width': 2.5 }),
          },
        ],
    16,
    TITLE_BAND,
    width - 32,
  );
  const top = TITLE_BAND + key.height + 16;
  const bottom = height - 52;
  const bar = niceTicks(lo, hi, 5);
  const barTicks = bar.ticks.filter((v) => v >= lo - 1e-9 * Math.abs(lo) && v <= hi + 1e-9 * Math.abs(hi));
  const barLabels = barTicks.map((v) => tickLabel(v, format, currency));
  const right = width - 16 - 14 - 8 - Math.max(30, ...barLabels.map((l) => textWidth(l, 11))) - 16;
  const yLabels = ys.values.map((v) => tickLabel(v, yFormat, currency));
  const left = 16 + 22 + Math.max(...yLabels.map((l) => textWidth(l, 12))) + 10;
  const cw = (right - left) / xs.values.length;
  const ch = (bottom - top) / ys.values.length;
  const cellX = (j: number) => left + j * cw;
  const cellY = (i: number) => bottom - (i + 1) * ch; // y.values[0] at the bottom

  const parts: string[] = [];
  const marks: string[] = [];
  cells.forEach((row, i) =>
    row.forEach((v, j) => {
      const fill = colorAt(t(v));
      const label = valueLabel(v, format, currency);
      const fits = textWidth(label, 11) + 6 <= cw && ch >= 16;
      const ink = lightness(fill) < 55 ? '#ffffff' : INK;
      parts.push(
        el(
          'g',
          { class: 'tp-cell' },
          el('title', {}, escapeXml(`${xs.param} ${tickLabel(xs.values[j]!, xFormat, currency)}, ${ys.param} ${tickLabel(ys.values[i]!, yFormat, currency)}: ${label}`)) +
            el('rect', { x: cellX(j), y: cellY(i), width: cw, height: ch, fill, stroke: '#ffffff', 'stroke-width': 0.5 }) +
            (fits ? text(cellX(j) + cw / 2, cellY(i) + ch / 2 + 4, label, { 'text-anchor': 'middle', fill: ink, 'font-size': 11 }) : ''),
        ),
      );
      if (hit(v)) marks.push(hitMark(cellX(j) + cw, cellY(i), true, Math.min(10, cw * 0.35, ch * 0.35)));
    }),
  );
  // The fence between cells at or above the threshold and those below: drawn white under black, to show on any fill.
  const fence: string[] = [];
  if (threshold !== undefined) {
    cells.forEach((row, i) =>
      row.forEach((v, j) => {
        if (!hit(v)) return;
        if (j + 1 < row.length && !hit(row[j + 1]!)) fence.push(`M${num(cellX(j + 1))} ${num(cellY(i))}v${num(ch)}`);
        if (j > 0 && !hit(row[j - 1]!)) fence.push(`M${num(cellX(j))} ${num(cellY(i))}v${num(ch)}`);
        if (i + 1 < cells.length && !hit(cells[i + 1]![j]!)) fence.push(`M${num(cellX(j))} ${num(cellY(i))}h${num(cw)}`);
        if (i > 0 && !hit(cells[i - 1]![j]!)) fence.push(`M${num(cellX(j))} ${num(cellY(i) + ch)}h${num(cw)}`);
      }),
    );
  }
  if (fence.length > 0) {
    const d = fence.join('');
    parts.push(el('path', { d, fill: 'none', stroke: '#ffffff', 'stroke-width': 5, 'stroke-linecap': 'square' }));
    parts.push(el('path', { d, fill: 'none', stroke: INK, 'stroke-width': 2.5, 'stroke-linecap': 'square', class: 'tp-fence' }));
  }
  parts.push(...marks);

  // Axis labels, thinned to every k-th where they would touch.
  const xLabels = xs.values.map((v) => tickLabel(v, xFormat, currency));
  const xEvery = Math.max(1, Math.ceil((Math.max(...xLabels.map((l) => textWidth(l, 12))) + 8) / cw));
  xLabels.forEach((label, j) => {
    if (j % xEvery === 0) parts.push(text(cellX(j) + cw / 2, bottom + 18, label, { 'text-anchor': 'middle', fill: MUTED }));
  });
  const yEvery = Math.max(1, Math.ceil(16 / ch));
  yLabels.forEach((label, i) => {
    if (i % yEvery === 0) parts.push(text(left - 8, cellY(i) + ch / 2 + 4, label, { 'text-anchor': 'end', fill: MUTED }));
  });
  parts.push(axisTitle(xs.param, (left + right) / 2, height - 14), axisTitle(ys.param, 24, (top + bottom) / 2, true));

  // Colour legend: the ramp from the lowest output (bottom) to the highest (top), with nice ticks.
  const bx = right + 16;
  const stops = RAMP.map((_, k) => el('stop', { offset: `${Math.round((k / (RAMP.length - 1)) * 100)}%`, 'stop-color': RAMP[RAMP.length - 1 - k] }));
  parts.push(
    el('defs', {}, el('linearGradient', { id: `${ID}-ramp`, x1: 0, y1: 0, x2: 0, y2: 1 }, stops.join(''))),
    el('rect', { x: bx, y: top, width: 14, height: bottom - top, fill: hi === lo ? colorAt(0.5) : `url(#${ID}-ramp)`, stroke: MUTED, 'stroke-width': 0.5 }),
  );
  const by = linearScale(lo, hi, bottom, top);
  (hi === lo ? [lo] : barTicks).forEach((v, k) => {
    const yy = by(v);
    const label = hi === lo ? valueLabel(v, format, currency) : barLabels[k]!;
    parts.push(el('line', { x1: bx + 14, y1: yy, x2: bx + 18, y2: yy, stroke: MUTED }), text(bx + 21, yy + 4, label, { fill: MUTED, 'font-size': 11 }));
  });
  if (threshold !== undefined && threshold >= lo && threshold <= hi && hi > lo) {
    const yy = by(threshold);
    parts.push(el('line', { x1: bx - 4, y1: yy, x2: bx + 18, y2: yy, stroke: TARGET, 'stroke-width': 2 }));
  }
  parts.push(key.svg);

  const hits = flat.filter(hit).length;
  const desc =
    options.desc ??
    `Heat map of the output over ${xs.param} (${xLabels[0]} to ${xLabels[xLabels.length - 1]}) and ${ys.param} ` +
      `(${yLabels[0]} to ${yLabels[yLabels.length - 1]}): from ${valueLabel(lo, format, currency)} to ${valueLabel(hi, format, currency)}.` +
      (threshold === undefined ? '' : ` ${hits} of ${flat.length} cells are at or above the ${thresholdLabel} (${valueLabel(threshold, format, currency)}).`);
  return svgDocument({ kind: 'heatmap', options, width, height, title: options.title ?? `Output by ${xs.param} and ${ys.param}`, desc, body: parts.join('') });
}

/** A small corner flag on a cell at or above the threshold: dark red with a white edge, visible on any fill. */
function hitMark(xRight: number, yTop: number, counted = true, size = 10): string {
  const d = `M${num(xRight - size)} ${num(yTop)}H${num(xRight)}V${num(yTop + size)}Z`;
  return el('path', { d, fill: TARGET, stroke: '#ffffff', 'stroke-width': size < 6 ? 0.5 : 1, class: counted ? 'tp-hit' : undefined });
}
