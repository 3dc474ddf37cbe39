import type { ValueFormat } from '../chartOptions';
import { axisTitle, labelRoom, xAxis, yAxis } from './axis';
import { tickLabel, toNumber, valueLabel } from './format';
import { el, MUTED, text, TITLE_BAND } from './frame';
import { legend, type LegendEntry } from './legend';
import { linearScale, logScale, type Scale } from './scale';
import { marker, TARGET } from './style';
import { logTicks, niceTicks, yearTicks } from './ticks';

/** A target as a point: a checked `{ year, value }`. */
export interface TargetPoint {
  readonly year: number;
  readonly value: number;
}

/** The target of a chart's options, checked (numbers or Decimals, finite, positive on a log scale). */
export function readTarget(target: unknown, fn: string, log: boolean): TargetPoint | undefined {
  if (target === undefined) return undefined;
  const t = target as { year?: unknown; value?: unknown };
  const point = { year: toNumber(t?.year, fn, 'target.year'), value: toNumber(t?.value, fn, 'target.value') };
  if (log && point.value <= 0) throw new RangeError(`${fn}: logScale needs target.value > 0, got ${point.value}`);
  return point;
}

export function targetEntry(target: TargetPoint, format: ValueFormat, currency: string): LegendEntry {
  return {
    label: `Target ${valueLabel(target.value, format, currency)} in ${Math.round(target.year)}`,
    swatch: (x, y) =>
      el('line', { x1: x, y1: y, x2: x + 24, y2: y, stroke: TARGET, 'stroke-width': 1.5, 'stroke-dasharray': '6 4' }) +
      marker('diamond', x + 12, y, 9, TARGET),
  };
}

/**
 * The frame of a chart of values over years: legend under the title, nice value ticks (linear from zero, or log),
 * whole-year ticks, grid, axes and the target line. The caller draws its data between `back` and `front`.
 */
export function timePlot(a: {
  width: number;
  /** The height asked for; when the user gave none (`fixed` false) it grows so a long legend leaves the plot 220 px. */
  height: number;
  fixed: boolean;
  years: readonly number[];
  values: readonly number[];
  target: TargetPoint | undefined;
  entries: readonly LegendEntry[];
  format: ValueFormat;
  currency: string;
  log: boolean;
  yLabel: string | undefined;
}): {
  x: Scale;
  y: Scale;
  height: number;
  back: string;
  front: string;
  firstYear: number;
  lastYear: number;
} {
  const entries = a.target ? [...a.entries, targetEntry(a.target, a.format, a.currency)] : a.entries;
  const key = legend(entries, 16, TITLE_BAND, a.width - 32);
  const years = a.target ? [...a.years, a.target.year] : a.years;
  const values = a.target ? [...a.values, a.target.value] : a.values;
  const top = TITLE_BAND + key.height + 24;
  const height = a.fixed ? a.height : Math.max(a.height, top + 220 + 34);
  const bottom = height - 34;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const axis = a.log ? logTicks(lo, hi) : niceTicks(Math.min(lo, 0), Math.max(hi, 0), Math.max(2, Math.round((bottom - top) / 60)));
  const labels = axis.ticks.map((tick) => tickLabel(tick, a.format, a.currency));
  const left = 16 + (a.yLabel ? 20 : 0) + labelRoom(labels);
  const right = a.width - 24;
  const xs = yearTicks(Math.min(...years), Math.max(...years), Math.max(2, Math.round((right - left) / 70)));
  const x = linearScale(xs.lo, xs.hi, left, right);
  const y = (a.log ? logScale : linearScale)(axis.lo, axis.hi, bottom, top);
  const back = [
    yAxis({ ticks: axis.ticks, labels, scale: y, left, right }),
    xAxis({ ticks: xs.ticks, labels: xs.ticks.map((t) => tickLabel(t, 'year', a.currency)), scale: x, top, bottom }),
    el('line', { x1: left, y1: bottom, x2: right, y2: bottom, stroke: MUTED }),
    a.yLabel ? axisTitle(a.log ? `${a.yLabel} (log scale)` : a.yLabel, 24, (top + bottom) / 2, true) : '',
    // A log axis is said so above it: equal steps are equal ratios, and a reader must not take them as amounts.
    // (At the right end: the target's label sits at the left.)
    a.log ? text(right, top - 8, 'Log scale: equal steps are equal ratios', { fill: MUTED, 'font-size': 11, 'font-style': 'italic', 'text-anchor': 'end', class: 'tp-log-note' }) : '',
  ];
  const front = [key.svg];
  if (a.target) {
    const ty = y(a.target.value);
    back.push(
      el('line', { x1: left, y1: ty, x2: right, y2: ty, stroke: TARGET, 'stroke-width': 1.5, 'stroke-dasharray': '6 4', class: 'tp-target' }),
      text(left + 6, ty - 6, `Target ${valueLabel(a.target.value, a.format, a.currency)}`, { fill: TARGET }),
    );
    front.unshift(marker('diamond', x(a.target.year), ty, 12, TARGET));
  }
  return { x, y, height, back: back.join(''), front: front.join(''), firstYear: xs.lo, lastYear: xs.hi };
}
