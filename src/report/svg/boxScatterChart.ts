import { show } from '../../internal/show';
import type { ChartOptions, ValueFormat } from './chartOptions';
import { axisTitle, labelRoom, xAxis, yAxis } from './internal/axis';
import { escapeXml } from './internal/escape';
import { checkFormat, tickLabel } from './internal/format';
import { checkSize, el, MUTED, svgDocument, TITLE_BAND } from './internal/frame';
import { legend } from './internal/legend';
import { linearScale } from './internal/scale';
import { TARGET } from './internal/style';
import { niceTicks } from './internal/ticks';

/** One axis of {@link boxScatterChart}: a parameter and the value it took in each run. */
export interface ScatterAxis {
  readonly param: string;
  /** The axis title people read (the driver's label); default the parameter. */
  readonly label?: string;
  readonly values: ArrayLike<number>;
  /** How its values read on the axis; default `'number'`. */
  readonly format?: ValueFormat;
}

/** Data of {@link boxScatterChart}: runs by two parameters, which of them hit, and the box found. */
export interface BoxScatterData {
  readonly x: ScatterAxis;
  readonly y: ScatterAxis;
  /** Per run: truthy where the run is a case of interest (reached the target, say). */
  readonly hits: ArrayLike<number | boolean>;
  /** The box's limits on the two parameters; a missing side is unrestricted. */
  readonly box?: { readonly x?: { readonly min: number; readonly max: number }; readonly y?: { readonly min: number; readonly max: number } };
}

const HIT = '#0072b2';
const MISS = '#bdbdbd';
/** More misses than this are thinned evenly, so a 100,000-run experiment still makes a light SVG; hits are all drawn. */
const MAX_POINTS = 3000;

/**
 * Draws the runs of an experiment over two parameters — hits filled, misses as light rings, so the two read
 * apart in grey — with the box scenario discovery found drawn over them (the pairwise view of PRIM).
 *
 * @param data - `x` and `y` (parameter and values per run), `hits` per run, and the `box` limits.
 * @param options - the common `title`, `desc`, `width` (default 560), `height` (default 460) and `id`.
 * @throws {RangeError} when the arrays differ in length, are empty, or hold a non-finite value.
 * @example
 * const svg = boxScatterChart({ x: { param: 'a', values: [0.1, 0.8, 0.9] }, y: { param: 'b', values: [0.5, 0.2, 0.1] }, hits: [0, 1, 1], box: { x: { min: 0.7, max: 1 } } });
 * svg.match(/class="tp-hit"/g).length; // => 2
 * svg.includes('class="tp-box"'); // => true
 */
export function boxScatterChart(data: BoxScatterData, options: ChartOptions = {}): string {
  const fn = 'boxScatterChart';
  const { width, height } = checkSize(options, fn, 560, 460);
  const n = data?.hits?.length;
  if (typeof n !== 'number' || n === 0 || data.x?.values?.length !== n || data.y?.values?.length !== n) {
    throw new RangeError(`${fn}: x.values, y.values and hits must be non-empty and of one length, got ${show(data?.x?.values?.length)}, ${show(data?.y?.values?.length)}, ${show(n)}`);
  }
  const fx = checkFormat(data.x.format ?? 'number', fn, 'x.format');
  const fy = checkFormat(data.y.format ?? 'number', fn, 'y.format');
  const extent = (values: ArrayLike<number>, name: string): [number, number] => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (!Number.isFinite(v)) throw new RangeError(`${fn}: ${name}[${i}] must be finite, got ${show(v)}`);
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
  };
  const tx = niceTicks(...extent(data.x.values, 'x.values'), 5);
  const ty = niceTicks(...extent(data.y.values, 'y.values'), 5);
  const xLabels = tx.ticks.map((v) => tickLabel(v, fx, 'USD'));
  const yLabels = ty.ticks.map((v) => tickLabel(v, fy, 'USD'));
  // A box that restricts neither parameter (none found, or found on other parameters) is not drawn: a frame around
  // everything would read as a finding.
  const box = data.box?.x !== undefined || data.box?.y !== undefined ? data.box : undefined;
  const key = legend(
    [
      { label: 'reaches it', swatch: (sx, sy) => el('circle', { cx: sx + 12, cy: sy, r: 3, fill: HIT }) },
      { label: 'does not', swatch: (sx, sy) => el('circle', { cx: sx + 12, cy: sy, r: 3, fill: 'none', stroke: MISS, 'stroke-width': 1.2 }) },
      ...(box === undefined ? [] : [{ label: 'box found', swatch: (sx: number, sy: number) => el('rect', { x: sx, y: sy - 6, width: 24, height: 12, fill: 'none', stroke: TARGET, 'stroke-width': 2, 'stroke-dasharray': '6 3' }) }]),
    ],
    16,
    TITLE_BAND,
    width - 32,
  );
  const top = TITLE_BAND + key.height + 12;
  const bottom = height - 52;
  const left = 16 + 20 + labelRoom(yLabels);
  const right = width - 24;
  const x = linearScale(tx.lo, tx.hi, left, right);
  const y = linearScale(ty.lo, ty.hi, bottom, top);
  let hitTotal = 0;
  for (let i = 0; i < n; i++) if (data.hits[i]) hitTotal++;
  const step = Math.max(1, Math.ceil((n - hitTotal) / MAX_POINTS));
  const hits: string[] = [];
  const misses: string[] = [];
  const hitCount = hitTotal;
  let missIndex = 0;
  for (let i = 0; i < n; i++) {
    const hit = Boolean(data.hits[i]);
    if (!hit && missIndex++ % step !== 0) continue;
    const cx = x(data.x.values[i]!).toFixed(1);
    const cy = y(data.y.values[i]!).toFixed(1);
    if (hit) hits.push(el('circle', { class: 'tp-hit', cx, cy, r: 2.6, fill: HIT }));
    else misses.push(el('circle', { class: 'tp-miss', cx, cy, r: 2.4, fill: 'none', stroke: MISS, 'stroke-width': 1 }));
  }
  const parts = [
    key.svg,
    yAxis({ ticks: ty.ticks, labels: yLabels, scale: y, left, right }),
    xAxis({ ticks: tx.ticks, labels: xLabels, scale: x, top, bottom }),
    el('line', { x1: left, y1: bottom, x2: right, y2: bottom, stroke: MUTED }),
    axisTitle(data.x.label ?? data.x.param, (left + right) / 2, height - 14),
    axisTitle(data.y.label ?? data.y.param, 24, (top + bottom) / 2, true),
    ...misses,
    ...hits,
  ];
  if (box !== undefined) {
    const x0 = x(Math.max(box.x?.min ?? tx.lo, tx.lo));
    const x1 = x(Math.min(box.x?.max ?? tx.hi, tx.hi));
    const y0 = y(Math.min(box.y?.max ?? ty.hi, ty.hi));
    const y1 = y(Math.max(box.y?.min ?? ty.lo, ty.lo));
    parts.push(el('rect', { class: 'tp-box', x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0), fill: 'none', stroke: TARGET, 'stroke-width': 2, 'stroke-dasharray': '6 3' }));
  }
  const desc =
    options.desc ??
    `${n} runs by ${data.x.label ?? data.x.param} and ${data.y.label ?? data.y.param}; ${hitCount} reach the target` + (box === undefined ? '.' : ', with the box found by scenario discovery drawn.');
  return svgDocument({ kind: 'box-scatter', options, width, height, title: options.title ?? escapeXml(`${data.y.param} against ${data.x.param}`), desc, body: parts.join('') });
}
