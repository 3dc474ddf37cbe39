import type { Decimal } from '../../money/decimal';
import { show } from '../../internal/show';
import type { ChartOptions, ValueFormat } from './chartOptions';
import { axisTitle, labelRoom, yAxis } from './internal/axis';
import { escapeXml } from './internal/escape';
import { checkFormat, tickLabel, toNumber, valueLabel } from './internal/format';
import { checkSize, el, ID, INK, MUTED, num, svgDocument, text, textWidth, TITLE_BAND, wrapLines } from './internal/frame';
import { legend } from './internal/legend';
import { linearScale } from './internal/scale';
import { hatch, TARGET } from './internal/style';
import { niceTicks } from './internal/ticks';

/** A labelled amount: a total, a target, or (for a step) a signed contribution. */
export interface WaterfallItem {
  readonly label: string;
  readonly value: number | Decimal;
}

/** Data of {@link waterfallChart}: where it starts, each step's signed contribution, and optionally where it ends and aims. */
export interface WaterfallData {
  readonly start: WaterfallItem;
  readonly steps: readonly WaterfallItem[];
  /** The end total; it must equal start plus the steps (to 1e-9 relative). Default: that sum, labelled "End". */
  readonly end?: WaterfallItem;
  /** A target: a dashed line, and a bar for the gap from the end to it. */
  readonly target?: WaterfallItem;
}

/** Options of {@link waterfallChart}. */
export interface WaterfallOptions extends ChartOptions {
  /** How values read; default `'amount'`. */
  readonly format?: ValueFormat;
  /** Currency of amounts; default `'USD'`. */
  readonly currency?: string;
  /** The value axis title; default none. */
  readonly yLabel?: string;
}

const TOTAL = '#4d4d4d'; // CIE L* 33, solid
const RISE = '#1b7837'; // L* 44, solid
const FALL = '#b2182b'; // hatched on white: reads as a pattern without colour

/**
 * Draws an attribution waterfall as SVG: the start, each driver's signed contribution as a floating bar (rises
 * solid, falls hatched), the end, and the gap to a target if given.
 *
 * @param data - `{ start, steps, end?, target? }`, each `{ label, value }` with numbers or Decimals.
 * @param options - `format`, `currency`, `yLabel`, and the common `title`, `desc`, `width` (default 720, or 72 px a
 *   bar when there are more than eight bars), `height` (default 440) and `id`.
 * @throws {RangeError} for a value that is not finite, an `end` that is not start plus the steps, or a size out of range.
 * @throws {TypeError} for a missing label or a value that is neither a number nor a Decimal.
 * @example
 * const data = { start: { label: '2024', value: 580e6 }, steps: [{ label: 'Growth', value: 9e8 }, { label: 'Sanctions', value: -1e8 }], target: { label: 'Target', value: 10e9 } };
 * waterfallChart(data).match(/class="tp-step"/g).length; // => 2
 * waterfallChart({ start: data.start, steps: data.steps, end: { label: 'End', value: 1 } }); // => throws RangeError
 */
export function waterfallChart(data: WaterfallData, options: WaterfallOptions = {}): string {
  const fn = 'waterfallChart';
  const slotCount = 2 + (Array.isArray(data?.steps) ? data.steps.length : 0) + (data?.target === undefined ? 0 : 1);
  // Wide enough that each bar's value label (about 50 px) has a slot of its own: 720 px, or 72 px a bar beyond that.
  const { width, height } = checkSize(options, fn, Math.min(4000, Math.max(720, 110 + 72 * slotCount)), 440);
  const format = checkFormat(options.format ?? 'amount', fn, 'format');
  const currency = options.currency ?? 'USD';
  const item = (value: unknown, where: string) => {
    const it = value as { label?: unknown; value?: unknown } | undefined;
    if (typeof it?.label !== 'string') throw new TypeError(`${fn}: ${where}.label must be a string, got ${show(it?.label)}`);
    return { label: it.label, value: toNumber(it.value, fn, `${where}.value`) };
  };
  const start = item(data?.start, 'data.start');
  if (!Array.isArray(data.steps)) throw new TypeError(`${fn}: data.steps must be an array, got ${show(data.steps)}`);
  const steps = data.steps.map((step, i) => item(step, `data.steps[${i}]`));
  const sum = steps.reduce((total, step) => total + step.value, start.value);
  const end = data.end === undefined ? { label: 'End', value: sum } : item(data.end, 'data.end');
  const scale = Math.max(1, Math.abs(start.value), Math.abs(end.value), ...steps.map((s) => Math.abs(s.value)));
  if (Math.abs(sum - end.value) > 1e-9 * scale) {
    throw new RangeError(`${fn}: start plus steps (${sum}) must equal end.value (${end.value})`);
  }
  const target = data.target === undefined ? undefined : item(data.target, 'data.target');

  // Running totals: step i floats from before[i] to before[i] + value.
  const before = steps.map((_, i) => steps.slice(0, i).reduce((t, s) => t + s.value, start.value));
  const levels = [0, start.value, end.value, ...before, ...steps.map((s, i) => before[i]! + s.value), ...(target ? [target.value] : [])];

  const entries = [
    { label: 'Total', swatch: (x: number, y: number) => el('rect', { x, y: y - 6, width: 24, height: 12, fill: TOTAL }) },
    { label: 'Increase', swatch: (x: number, y: number) => el('rect', { x, y: y - 6, width: 24, height: 12, fill: RISE }) },
    { label: 'Decrease', swatch: (x: number, y: number) => el('rect', { x, y: y - 6, width: 24, height: 12, fill: `url(#${ID}-fall)`, stroke: FALL }) },
  ];
  if (target) {
    entries.push({
      label: `Gap to ${target.label}`,
      swatch: (x, y) => el('rect', { x, y: y - 6, width: 24, height: 12, fill: 'none', stroke: TARGET, 'stroke-width': 1.5, 'stroke-dasharray': '4 2' }),
    });
  }
  const key = legend(entries, 16, TITLE_BAND, width - 32);
  const top = TITLE_BAND + key.height + 24;
  const names = [start.label, ...steps.map((s) => s.label), end.label, ...(target ? [target.label] : [])];
  const slots = names.length;
  // Names go under their bar in up to three lines; a name that three lines of the slot cannot hold whole turns all
  // names 40°, written whole (the slot width here is a first guess, before the y labels fix the left margin).
  const slotGuess = (width - 16 - 90) / slots;
  const wrapped = names.map((name) => wrapLines(name, slotGuess - 6, 12, 3));
  const turned = wrapped.some((lines) => lines.some((line) => line.endsWith('…') || textWidth(line, 12) > slotGuess - 6));
  const SIN = Math.sin((40 * Math.PI) / 180);
  const COS = Math.cos((40 * Math.PI) / 180);
  const longest = Math.max(...names.map((name) => textWidth(name, 12)));
  const lineCount = Math.max(...wrapped.map((lines) => lines.length));
  const bottom = turned ? height - Math.min(height * 0.45, longest * SIN + 24) : height - 24 - 15 * lineCount;
  // A turned name runs left of its bar: the first bar must leave it room (cos 40° of its width).
  const turnedRoom = turned ? Math.max(0, textWidth(names[0]!, 12) * COS - 40) : 0;
  const axis = niceTicks(Math.min(...levels), Math.max(...levels), Math.max(2, Math.round((bottom - top) / 60)));
  const labels = axis.ticks.map((v) => tickLabel(v, format, currency));
  const left = 16 + (options.yLabel ? 20 : 0) + Math.max(labelRoom(labels), turnedRoom);
  const right = width - 16;
  const y = linearScale(axis.lo, axis.hi, bottom, top);
  const slot = (right - left) / slots;
  const barWidth = Math.max(2, slot * 0.62);
  const cx = (k: number) => left + slot * (k + 0.5);

  const parts: string[] = [
    el('defs', {}, hatch('fall', FALL)),
    yAxis({ ticks: axis.ticks, labels, scale: y, left, right }),
    el('line', { x1: left, y1: y(0), x2: right, y2: y(0), stroke: MUTED }),
  ];
  if (options.yLabel) parts.push(axisTitle(options.yLabel, 24, (top + bottom) / 2, true));
  const rect = (k: number, from: number, to: number, fill: string, extra: Record<string, string | number | undefined> = {}) =>
    el('rect', { x: cx(k) - barWidth / 2, y: y(Math.max(from, to)), width: barWidth, height: Math.max(1, Math.abs(y(from) - y(to))), fill, ...extra });
  // Value labels never overlap: each goes at its bar's end, and is moved a line further out while it would touch a
  // label already placed (small neighbouring steps otherwise run into each other).
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const valueLabel11 = (k: number, label: string, at: number, above: boolean): string => {
    const w = textWidth(label, 11);
    let ly = above ? at - 6 : at + 15;
    const box = () => ({ x0: cx(k) - w / 2 - 2, x1: cx(k) + w / 2 + 2, y0: ly - 11, y1: ly + 3 });
    for (let tries = 0; tries < 12 && placed.some((p) => p.x0 < box().x1 && box().x0 < p.x1 && p.y0 < box().y1 && box().y0 < p.y1); tries++) ly += above ? -13 : 13;
    placed.push(box());
    return text(cx(k), ly, label, { 'text-anchor': 'middle', fill: INK, 'font-size': 11, class: 'tp-value' });
  };
  const bar = (k: number, cls: string, title: string, shape: string, label: string, labelAt: number, above: boolean) =>
    el('g', { class: cls }, el('title', {}, escapeXml(title)) + shape + valueLabel11(k, label, y(labelAt), above));
  const signed = (v: number) => (v > 0 ? `+${valueLabel(v, format, currency)}` : valueLabel(v, format, currency));
  const totalBar = (k: number, it: { label: string; value: number }) =>
    bar(k, 'tp-total', `${it.label}: ${valueLabel(it.value, format, currency)}`, rect(k, 0, it.value, TOTAL), valueLabel(it.value, format, currency), it.value, it.value >= 0);

  parts.push(totalBar(0, start));
  steps.forEach((step, i) => {
    const from = before[i]!;
    const to = from + step.value;
    const rising = step.value >= 0;
    const shape = rising ? rect(i + 1, from, to, RISE) : rect(i + 1, from, to, `url(#${ID}-fall)`, { stroke: FALL, 'stroke-width': 1.5 });
    parts.push(bar(i + 1, 'tp-step', `${step.label}: ${signed(step.value)}`, shape, signed(step.value), rising ? to : to, rising));
  });
  parts.push(totalBar(steps.length + 1, end));
  // Connectors carry each level across to the next bar.
  const levelsAfter = [start.value, ...steps.map((s, i) => before[i]! + s.value)];
  levelsAfter.forEach((level, k) => {
    parts.push(el('line', { x1: cx(k) + barWidth / 2, y1: y(level), x2: cx(k + 1) - barWidth / 2, y2: y(level), stroke: MUTED, 'stroke-dasharray': '2 2' }));
  });
  if (target) {
    const k = steps.length + 2;
    const gap = target.value - end.value;
    parts.push(
      el('line', { x1: left, y1: y(target.value), x2: right, y2: y(target.value), stroke: TARGET, 'stroke-width': 1.5, 'stroke-dasharray': '6 4', class: 'tp-target' }),
      bar(
        k,
        'tp-gap',
        `${target.label}: ${valueLabel(target.value, format, currency)}; gap ${signed(gap)}`,
        rect(k, end.value, target.value, 'none', { stroke: TARGET, 'stroke-width': 1.5, 'stroke-dasharray': '4 2' }),
        gap >= 0 ? `Gap ${valueLabel(gap, format, currency)}` : `Above by ${valueLabel(-gap, format, currency)}`,
        Math.max(end.value, target.value),
        true,
      ),
    );
  }
  // Category names under the bars, whole: in up to three lines that fit the slot, or turned.
  names.forEach((name, k) => {
    if (turned) {
      const [tx, ty] = [cx(k) + 4, bottom + 14];
      parts.push(text(tx, ty, name, { 'text-anchor': 'end', fill: INK, class: 'tp-name', transform: `rotate(-40 ${num(tx)} ${num(ty)})` }));
      return;
    }
    wrapLines(name, slot - 6, 12, 3).forEach((line, j) => parts.push(text(cx(k), bottom + 18 + 15 * j, line, { 'text-anchor': 'middle', fill: INK, class: 'tp-name' })));
  });
  parts.push(key.svg);

  const desc =
    options.desc ??
    `Waterfall from ${start.label} (${valueLabel(start.value, format, currency)}) to ${end.label} (${valueLabel(end.value, format, currency)}) ` +
      `through ${steps.length} step${steps.length === 1 ? '' : 's'}: ` +
      steps.map((s) => `${s.label} ${signed(s.value)}`).join(', ') +
      '.' +
      (target ? ` ${target.label}: ${valueLabel(target.value, format, currency)}, a gap of ${signed(target.value - end.value)}.` : '');
  return svgDocument({ kind: 'waterfall', options, width, height, title: options.title ?? 'Where the change comes from', desc, body: parts.join('') });
}
