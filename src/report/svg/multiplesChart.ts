import { formatRate } from '../../money/formatRate';
import { show } from '../../internal/show';
import type { ChartOptions } from './chartOptions';
import { axisTitle, labelRoom, xAxis, yAxis } from './internal/axis';
import { caption } from './internal/caption';
import { shortNumber, tickLabel } from './internal/format';
import { checkSize, el, ID, INK, MUTED, svgDocument, text, textWidth, TITLE_BAND } from './internal/frame';
import { linearScale, logScale } from './internal/scale';
import { hatch, TARGET } from './internal/style';
import { logTicks, niceTicks } from './internal/ticks';

/** Data of {@link multiplesChart}: every case's growth multiple, and the multiple the target needs. */
export interface MultiplesChartData {
  /** Each case's multiple, end value / start value (≥ 0; `caseMultiples` gives them). At least one. */
  readonly multiples: Float64Array | readonly number[];
  /** The target's multiple (> 0), e.g. 10e9 / 580e6 = 17.24…; cases at or above it are hits. */
  readonly target: number;
  /** The span of a case in years, for the axis title. */
  readonly years: number;
  /** Where the cases come from, one entry each (at least one): written in the caption. */
  readonly sources: readonly string[];
}

/** Options of {@link multiplesChart}. */
export interface MultiplesChartOptions extends ChartOptions {
  /** Bars per tenfold of the multiple, 2 to 40; default 10 (each bar spans a factor of about 1.26). */
  readonly binsPerDecade?: number;
}

const BAR = '#1f2a44';
/** The lowest multiple the axis shows; smaller ones (a trade that all but stopped) are counted in the first bar. */
const FLOOR = 0.01;

/**
 * Draws the distribution of growth multiples among the outside view's cases as an SVG histogram on a log axis of
 * multiples, with the target's multiple marked by a labelled line and the share of cases at or beyond it stated.
 * The bars are aligned so that one edge falls exactly on the target: the bars right of the line are the hits.
 *
 * @param data - `multiples` (each ≥ 0 and finite), `target` (> 0), `years` and `sources`.
 * @param options - `binsPerDecade`, and the common `title`, `desc`, `width` (default 760), `height` (default 420)
 *   and `id`.
 * @throws {RangeError} for no multiples, a multiple that is negative or not finite, a target that is not > 0,
 *   no sources, `binsPerDecade` out of range, or a size out of range.
 * @example
 * const svg = multiplesChart({ multiples: [0.5, 1, 1.2, 2, 20], target: 10e9 / 580e6, years: 5, sources: ['test'] });
 * svg.includes('1 of 5 cases (20.00%) grew ×17.24 or more'); // => true
 * multiplesChart({ multiples: [], target: 17, years: 5, sources: ['test'] }); // => throws RangeError
 */
export function multiplesChart(data: MultiplesChartData, options: MultiplesChartOptions = {}): string {
  const fn = 'multiplesChart';
  const { width, height } = checkSize(options, fn, 760, 420);
  const multiples = data?.multiples;
  if (!(multiples instanceof Float64Array) && !Array.isArray(multiples)) throw new RangeError(`${fn}: multiples must be an array or a Float64Array, got ${show(multiples)}`);
  const n = multiples.length;
  if (n === 0) throw new RangeError(`${fn}: multiples must hold at least one case, got none`);
  const target = data.target;
  if (typeof target !== 'number' || !Number.isFinite(target) || target <= 0) throw new RangeError(`${fn}: target must be a multiple > 0, got ${show(target)}`);
  if (!Number.isInteger(data.years) || data.years < 1) throw new RangeError(`${fn}: years must be a whole number ≥ 1, got ${show(data.years)}`);
  if (!Array.isArray(data.sources) || data.sources.length === 0 || data.sources.some((s) => typeof s !== 'string' || s.trim() === '')) {
    throw new RangeError(`${fn}: sources must name at least one source of the cases, got ${show(data.sources)}`);
  }
  const perDecade = options.binsPerDecade ?? 10;
  if (!Number.isInteger(perDecade) || perDecade < 2 || perDecade > 40) throw new RangeError(`${fn}: binsPerDecade must be a whole number from 2 to 40, got ${show(perDecade)}`);

  let hits = 0;
  let below = 0;
  let zeros = 0;
  let lo = Math.min(target, 1);
  let hi = Math.max(target, 1);
  for (let i = 0; i < n; i++) {
    const m = multiples[i]!;
    if (!Number.isFinite(m) || m < 0) throw new RangeError(`${fn}: multiples[${i}] must be finite and ≥ 0, got ${m}`);
    if (m >= target) hits++;
    if (m === 0) zeros++;
    if (m < FLOOR) below++;
    else if (m < lo) lo = m;
    if (m > hi) hi = m;
  }
  if (below > 0) lo = FLOOR;

  // Bins of width w in log10, one edge on the target: bin k spans [lt + k·w, lt + (k+1)·w), k < 0 left of it.
  const w = 1 / perDecade;
  const lt = Math.log10(target);
  const kLo = Math.floor((Math.log10(lo) - lt) / w);
  const kHi = Math.max(1, Math.floor((Math.log10(hi) - lt) / w) + 1);
  const counts = new Float64Array(kHi - kLo);
  for (let i = 0; i < n; i++) {
    const m = multiples[i]!;
    let k = m < FLOOR ? kLo : Math.floor((Math.log10(m) - lt) / w);
    // log10 rounding must not move a case across the target's edge: m ≥ target decides, as for the count of hits.
    if (m >= target && k < 0) k = 0;
    if (m < target && k >= 0) k = -1;
    counts[Math.min(kHi - 1, Math.max(kLo, k)) - kLo]!++;
  }
  const edge = (k: number) => 10 ** (lt + k * w);

  const share = hits / n;
  const statement = `${hits.toLocaleString('en-US')} of ${n.toLocaleString('en-US')} cases (${formatRate(share)}) grew ×${shortNumber(target)} or more`;
  const notes = [
    `Sources: ${data.sources.join('; ')}.`,
    `Each bar spans a factor of ${shortNumber(10 ** w)}; the bars right of the line are the cases that reached the target's multiple.` +
      (below > 0 ? ` The first bar also holds ${below.toLocaleString('en-US')} case${below === 1 ? '' : 's'} below ×${FLOOR}${zeros > 0 ? ` (${zeros.toLocaleString('en-US')} with no trade at the end)` : ''}.` : ''),
  ];
  const captionHeight = caption(notes, 16, 0, width - 32).height;
  const top = TITLE_BAND + 34;
  const bottom = height - captionHeight - 46;
  const maxCount = Math.max(...counts);
  const yTicks = niceTicks(0, maxCount, Math.max(2, Math.round((bottom - top) / 60)), 1);
  const yLabels = yTicks.ticks.map((t) => tickLabel(t, 'number', ''));
  const left = 16 + 20 + labelRoom(yLabels);
  const right = width - 24;
  const xTicks = logTicks(edge(kLo), edge(kHi));
  const x = logScale(xTicks.lo, xTicks.hi, left, right);
  const y = linearScale(yTicks.lo, yTicks.hi, bottom, top);

  const parts: string[] = [
    el('defs', {}, hatch('hit', TARGET)),
    text(16, TITLE_BAND + 12, `${statement}, the target's multiple.`, { fill: INK }),
    yAxis({ ticks: yTicks.ticks, labels: yLabels, scale: y, left, right }),
    xAxis({ ticks: xTicks.ticks, labels: xTicks.ticks.map((t) => `×${shortNumber(t)}`), scale: x, top, bottom }),
    el('line', { x1: left, y1: bottom, x2: right, y2: bottom, stroke: MUTED }),
    axisTitle(`Growth multiple over ${data.years} years, end value / start value (log scale)`, (left + right) / 2, bottom + 38),
    axisTitle('Cases', 24, (top + bottom) / 2, true),
  ];
  for (let k = kLo; k < kHi; k++) {
    const count = counts[k - kLo]!;
    if (count === 0) continue;
    const x0 = x(edge(k));
    const x1 = x(edge(k + 1));
    const hit = k >= 0;
    const range = `×${shortNumber(edge(k))} to ×${shortNumber(edge(k + 1))}`;
    parts.push(
      el(
        'g',
        { class: hit ? 'tp-bin tp-hit' : 'tp-bin' },
        el('title', {}, `${count.toLocaleString('en-US')} case${count === 1 ? '' : 's'}, ${range}`) +
          el('rect', {
            x: x0 + 0.5,
            y: Math.min(y(count), bottom - 1),
            width: Math.max(1, x1 - x0 - 1),
            height: Math.max(1, bottom - y(count)),
            fill: hit ? `url(#${ID}-hit)` : BAR,
            stroke: hit ? TARGET : undefined,
          }) +
          // The hits are few: their counts are written, so a bar one pixel high still reads.
          (hit ? text((x0 + x1) / 2, Math.min(y(count), bottom - 1) - 4, count.toLocaleString('en-US'), { 'text-anchor': 'middle', fill: TARGET, 'font-size': 11 }) : ''),
      ),
    );
  }
  const tx = x(target);
  const label = `Target ×${shortNumber(target)}`;
  const anchorEnd = tx + 6 + textWidth(label, 12) > right;
  parts.push(
    el('line', { x1: tx, y1: top - 6, x2: tx, y2: bottom, stroke: TARGET, 'stroke-width': 2, 'stroke-dasharray': '6 4', class: 'tp-target' }),
    text(anchorEnd ? tx - 6 : tx + 6, top + 8, label, { fill: TARGET, 'font-weight': 'bold', 'text-anchor': anchorEnd ? 'end' : 'start' }),
  );
  parts.push(caption(notes, 16, height - captionHeight, width - 32).svg);

  const desc =
    options.desc ??
    `Histogram of the ${data.years}-year growth multiples of ${n.toLocaleString('en-US')} cases on a log axis, from ×${shortNumber(edge(kLo))} to ×${shortNumber(edge(kHi))}. ` +
      `${statement}. Sources: ${data.sources.join('; ')}.`;
  return svgDocument({ kind: 'multiples', options, width, height, title: options.title ?? `How often trade grew ×${shortNumber(target)} in ${data.years} years`, desc, body: parts.join('') });
}
