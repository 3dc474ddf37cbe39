import { show } from '../../internal/show';
import type { ChartOptions } from './chartOptions';
import { axisTitle, labelRoom, xAxis, yAxis } from './internal/axis';
import { escapeXml } from './internal/escape';
import { tickLabel, toNumber } from './internal/format';
import { checkSize, el, INK, MUTED, svgDocument, text, textWidth, TITLE_BAND } from './internal/frame';
import { linearScale } from './internal/scale';
import { line, marker, TARGET } from './internal/style';
import { niceTicks } from './internal/ticks';

/** Data of {@link tradeoffChart}: PRIM's peeling trajectory, one point a box, and the box chosen. */
export interface TradeoffData {
  /** Coverage and density of each box, both fractions in [0, 1]. */
  readonly points: readonly { readonly coverage: number; readonly density: number }[];
  /** Index of the chosen box in `points`. */
  readonly chosen?: number;
}

const POINT = '#0072b2';
const percent = (v: number) => `${Math.round(v * 100)}%`;

/**
 * Draws PRIM's coverage–density trade-off as SVG: one point a box along the peeling trajectory, the chosen box
 * ringed and labelled.
 *
 * @param data - `points` (`{ coverage, density }`, fractions in [0, 1]) and an optional `chosen` index.
 * @param options - the common `title`, `desc`, `width` (default 560), `height` (default 420) and `id`.
 * @throws {RangeError} for no points, a coverage or density outside [0, 1], a `chosen` that is not an index of
 *   `points`, or a size out of range.
 * @example
 * const svg = tradeoffChart({ points: [{ coverage: 1, density: 0.2 }, { coverage: 0.7, density: 0.5 }, { coverage: 0.4, density: 0.9 }], chosen: 1 });
 * svg.match(/class="tp-point"/g).length; // => 3
 * svg.includes('coverage 70%, density 50%'); // => true
 */
export function tradeoffChart(data: TradeoffData, options: ChartOptions = {}): string {
  const fn = 'tradeoffChart';
  const { width, height } = checkSize(options, fn, 560, 420);
  if (!Array.isArray(data?.points) || data.points.length === 0) {
    throw new RangeError(`${fn}: data.points must be a non-empty array, got ${show(data?.points)}`);
  }
  const points = data.points.map((point, i) => {
    const coverage = toNumber(point?.coverage, fn, `points[${i}].coverage`);
    const density = toNumber(point?.density, fn, `points[${i}].density`);
    if (coverage < 0 || coverage > 1 || density < 0 || density > 1) {
      throw new RangeError(`${fn}: points[${i}] coverage and density must be in [0, 1], got ${coverage}, ${density}`);
    }
    return { coverage, density };
  });
  const chosen = data.chosen;
  if (chosen !== undefined && (!Number.isInteger(chosen) || chosen < 0 || chosen >= points.length)) {
    throw new RangeError(`${fn}: chosen must be an index of points (0 to ${points.length - 1}), got ${show(chosen)}`);
  }

  const ticks = niceTicks(0, 1, 5).ticks;
  const labels = ticks.map((v) => tickLabel(v, 'rate', ''));
  const top = TITLE_BAND + 16;
  const bottom = height - 52;
  const left = 16 + 20 + labelRoom(labels);
  const right = width - 24;
  const x = linearScale(0, 1, left, right);
  const y = linearScale(0, 1, bottom, top);
  const xy = points.map((p) => [x(p.coverage), y(p.density)] as const);
  const parts = [
    yAxis({ ticks, labels, scale: y, left, right }),
    xAxis({ ticks, labels, scale: x, top, bottom }),
    el('line', { x1: left, y1: bottom, x2: right, y2: bottom, stroke: MUTED }),
    axisTitle('Coverage (share of all cases of interest inside the box)', (left + right) / 2, height - 14),
    axisTitle('Density (share of the box that is of interest)', 24, (top + bottom) / 2, true),
    el('path', { d: line(xy), fill: 'none', stroke: POINT, 'stroke-width': 1.5 }),
    ...points.map((p, i) =>
      el('g', { class: 'tp-point' }, el('title', {}, escapeXml(`Box ${i}: coverage ${percent(p.coverage)}, density ${percent(p.density)}`)) + marker('circle', xy[i]![0], xy[i]![1], 7, POINT)),
    ),
  ];
  if (chosen !== undefined) {
    const [cx, cy] = xy[chosen]!;
    const label = `Box ${chosen}: coverage ${percent(points[chosen]!.coverage)}, density ${percent(points[chosen]!.density)}`;
    const w = textWidth(label, 12) * 1.15; // bold, with a margin for broad fonts
    // Of four places around the point, take the one inside the plot that keeps farthest from the trajectory.
    const samples = xy.flatMap(([px, py], i) => {
      const [nx, ny] = xy[i + 1] ?? [px, py];
      return [0, 0.25, 0.5, 0.75].map((f) => [px + (nx - px) * f, py + (ny - py) * f] as const);
    });
    const places = [
      { x: cx + 14, y: cy - 12, anchor: 'start', x0: cx + 14, x1: cx + 14 + w },
      { x: cx + 14, y: cy + 22, anchor: 'start', x0: cx + 14, x1: cx + 14 + w },
      { x: cx - 14, y: cy - 12, anchor: 'end', x0: cx - 14 - w, x1: cx - 14 },
      { x: cx - 14, y: cy + 22, anchor: 'end', x0: cx - 14 - w, x1: cx - 14 },
      // Above and below the point, slid sideways into the plot or to either side of it: for a point whose four
      // places run out of the chart or across the trajectory.
      ...[cy - 40, cy - 16, cy + 28, cy + 52, cy + 76, cy + 100].flatMap((ly) =>
        [Math.min(Math.max(cx - w / 2, left + 8), right - w), left + 8, right - w].map((x0) => ({ x: x0, y: ly, anchor: 'start', x0, x1: x0 + w })),
      ),
    ].map((place) => {
      const [y0, y1] = [place.y - 12, place.y + 3];
      const inside = place.x0 >= left && place.x1 <= right && y0 >= top - 8 && y1 <= bottom;
      const clearance = Math.min(
        ...samples.map(([px, py]) => Math.hypot(Math.max(place.x0 - px, 0, px - place.x1), Math.max(y0 - py, 0, py - y1))),
      );
      return { ...place, score: (inside ? 1e6 : 0) + clearance };
    });
    const best = places.reduce((a, b) => (b.score > a.score ? b : a));
    parts.push(
      el('circle', { cx, cy, r: 9, fill: 'none', stroke: TARGET, 'stroke-width': 2.5, class: 'tp-chosen' }),
      text(best.x, best.y, label, { 'text-anchor': best.anchor, fill: INK, 'font-weight': 'bold' }),
    );
  }
  const desc =
    options.desc ??
    `Coverage against density for ${points.length} box${points.length === 1 ? '' : 'es'} of scenario discovery.` +
      (chosen === undefined ? '' : ` Chosen: box ${chosen}, coverage ${percent(points[chosen]!.coverage)}, density ${percent(points[chosen]!.density)}.`);
  return svgDocument({ kind: 'tradeoff', options, width, height, title: options.title ?? 'Scenario discovery: coverage and density', desc, body: parts.join('') });
}
