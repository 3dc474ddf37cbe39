import type { Decimal } from '../../money/decimal';
import { show } from '../../internal/show';
import type { ChartOptions, ValueFormat } from './chartOptions';
import { axisTitle, xAxis } from './internal/axis';
import { escapeXml } from './internal/escape';
import { checkFormat, shortNumber, tickLabel, toNumber, valueLabel } from './internal/format';
import { checkSize, el, ID, INK, MUTED, svgDocument, text, textWidth, TITLE_BAND, wrapLines } from './internal/frame';
import { legend } from './internal/legend';
import { linearScale } from './internal/scale';
import { hatch } from './internal/style';
import { niceTicks } from './internal/ticks';

/** One parameter of a tornado: its low and high values and the output at each (what `tornado()` returns). */
export interface TornadoBar {
  readonly param: string;
  readonly low: number | Decimal;
  readonly high: number | Decimal;
  readonly outputLow: number | Decimal;
  readonly outputHigh: number | Decimal;
  readonly swing: number | Decimal;
}

/** Data of {@link tornadoChart}: the output at the base values and one bar a parameter. */
export interface TornadoData {
  readonly base: number | Decimal;
  readonly bars: readonly TornadoBar[];
}

/** Options of {@link tornadoChart}. */
export interface TornadoChartOptions extends ChartOptions {
  /** The output axis title, e.g. `"Turnover in 2029"`; default `"Output"`. */
  readonly label?: string;
  /** How outputs read; default `'amount'`. */
  readonly format?: ValueFormat;
  /** Currency of amounts; default `'USD'`. */
  readonly currency?: string;
  /** Writes a parameter's low or high value at the bar end; default 4 significant digits (`0.18`, `1.2B`). */
  readonly paramFormat?: (param: string, value: number) => string;
  /** The name people read for a parameter (`"Rasht–Astara railway: growth"` for `railway.rate`); default the parameter itself. */
  readonly paramLabel?: (param: string) => string;
}

// One hue: solid for a parameter's high value (CIE L* 45), hatched on white for its low value, so the two ends
// differ by pattern and by lightness, with or without colour.
const BAR = '#2b6cb0';

/**
 * Draws a tornado chart as SVG: one horizontal bar a parameter around the base output, largest swing on top,
 * the parameter's name on the left and its low and high values at the bar ends.
 *
 * @param data - `{ base, bars }` as `tornado()` returns it; numbers or Decimals.
 * @param options - `label`, `format`, `currency`, `paramFormat`, `paramLabel`, and the common `title`, `desc`, `width` (default
 *   720), `height` (default from the number of bars) and `id`.
 * @throws {RangeError} for a value that is not finite or a size out of range.
 * @throws {TypeError} for a bar without a string `param`, or a value that is neither a number nor a Decimal.
 * @example
 * const data = { base: 1.44e9, bars: [{ param: 'base.rate', low: 0.18, high: 0.22, outputLow: 1.32e9, outputHigh: 1.56e9, swing: 0.24e9 }] };
 * tornadoChart(data, { label: 'Turnover in 2029' }).match(/class="tp-bar"/g).length; // => 1
 */
export function tornadoChart(data: TornadoData, options: TornadoChartOptions = {}): string {
  const fn = 'tornadoChart';
  const bars0 = (data as { bars?: unknown } | undefined)?.bars;
  if (!Array.isArray(bars0)) throw new TypeError(`${fn}: data.bars must be an array, got ${show(bars0)}`);
  const base = toNumber(data.base, fn, 'data.base');
  const bars = (bars0 as TornadoBar[])
    .map((bar, i) => {
      if (typeof bar?.param !== 'string') throw new TypeError(`${fn}: bars[${i}].param must be a string, got ${show(bar?.param)}`);
      return {
        param: bar.param,
        low: toNumber(bar.low, fn, `bars[${i}].low`),
        high: toNumber(bar.high, fn, `bars[${i}].high`),
        outputLow: toNumber(bar.outputLow, fn, `bars[${i}].outputLow`),
        outputHigh: toNumber(bar.outputHigh, fn, `bars[${i}].outputHigh`),
        swing: Math.abs(toNumber(bar.swing, fn, `bars[${i}].swing`)),
      };
    })
    .sort((a, b) => b.swing - a.swing);
  const { width, height } = checkSize(options, fn, 720, Math.max(240, 150 + bars.length * 34));
  const format = checkFormat(options.format ?? 'amount', fn, 'format');
  const currency = options.currency ?? 'USD';
  const paramText = (param: string, value: number): string => {
    if (options.paramFormat === undefined) return shortNumber(value);
    const written = options.paramFormat(param, value);
    if (typeof written !== 'string') throw new TypeError(`${fn}: paramFormat must return a string, got ${show(written)}`);
    return written;
  };

  const key = legend(
    [
      { label: 'Parameter at its low value', swatch: (x, y) => el('rect', { x, y: y - 6, width: 24, height: 12, fill: `url(#${ID}-low)`, stroke: BAR }) },
      { label: 'at its high value', swatch: (x, y) => el('rect', { x, y: y - 6, width: 24, height: 12, fill: BAR, stroke: BAR }) },
    ],
    16,
    TITLE_BAND,
    width - 32,
  );
  const top = TITLE_BAND + key.height + 34;
  const bottom = height - 52;
  const labelOf = (param: string): string => {
    if (options.paramLabel === undefined) return param;
    const written = options.paramLabel(param);
    if (typeof written !== 'string') throw new TypeError(`${fn}: paramLabel must return a string, got ${show(written)}`);
    return written;
  };
  const names = bars.map((bar) => labelOf(bar.param));
  // Names are written whole, in up to two lines of at most 35% of the width.
  const room = Math.min(Math.max(40, ...names.map((name) => textWidth(name, 12))), width * 0.35);
  const left = 16 + room + 12;
  const right = width - 24;

  const outputs = [base, ...bars.flatMap((bar) => [bar.outputLow, bar.outputHigh])];
  const lo = Math.min(...outputs);
  const hi = Math.max(...outputs);
  // Room beyond the bar ends for the parameter values written there.
  const pad = (hi - lo) * 0.2;
  const axis = niceTicks(lo - pad, hi + pad, Math.max(2, Math.round((right - left) / 110)));
  const x = linearScale(axis.lo, axis.hi, left, right);
  const xb = x(base);
  const row = bars.length === 0 ? 0 : (bottom - top) / bars.length;
  const thick = Math.min(24, row * 0.62);

  const parts: string[] = [
    el('defs', {}, hatch('low', BAR)),
    xAxis({ ticks: axis.ticks, labels: axis.ticks.map((t) => tickLabel(t, format, currency)), scale: x, top, bottom }),
    el('line', { x1: left, y1: bottom, x2: right, y2: bottom, stroke: MUTED }),
    axisTitle(options.label ?? 'Output', (left + right) / 2, height - 14),
  ];
  bars.forEach((bar, i) => {
    const cy = top + row * (i + 0.5);
    const nameLines = wrapLines(names[i]!, room, 12, 2);
    const nameSvg = nameLines.map((line, j) => text(left - 12, cy + 4 + (j - (nameLines.length - 1) / 2) * 14, line, { 'text-anchor': 'end', fill: INK, class: 'tp-name' })).join('');
    const dLow = bar.outputLow - base;
    const dHigh = bar.outputHigh - base;
    // Both ends on one side of the base (a non-monotone effect): split the bar so neither hides the other.
    const split = Math.sign(dLow) === Math.sign(dHigh) && dLow !== 0;
    const segment = (output: number, fill: string, half: -1 | 0 | 1) => {
      const y0 = half === 0 ? cy - thick / 2 : half < 0 ? cy - thick / 2 : cy;
      const h = half === 0 ? thick : thick / 2;
      const x0 = Math.min(xb, x(output));
      return el('rect', { x: x0, y: y0, width: Math.max(1, Math.abs(x(output) - xb)), height: h, fill, stroke: BAR, 'stroke-width': 1 });
    };
    const endLabel = (output: number, value: number, dy: number) => {
      const toRight = output > base || (output === base && value === bar.high);
      const xe = x(output) + (toRight ? 5 : -5);
      return text(xe, cy + dy, paramText(bar.param, value), { 'text-anchor': toRight ? 'start' : 'end', fill: INK, 'font-size': 11 });
    };
    parts.push(
      el(
        'g',
        { class: 'tp-bar' },
        el('title', {}, escapeXml(`${names[i]}: ${valueLabel(bar.outputLow, format, currency)} to ${valueLabel(bar.outputHigh, format, currency)}`)) +
          nameSvg +
          segment(bar.outputLow, `url(#${ID}-low)`, split ? -1 : 0) +
          segment(bar.outputHigh, BAR, split ? 1 : 0) +
          endLabel(bar.outputLow, bar.low, split ? -2 : 4) +
          endLabel(bar.outputHigh, bar.high, split ? 11 : 4),
      ),
    );
  });
  parts.push(
    el('line', { x1: xb, y1: top - 10, x2: xb, y2: bottom, stroke: INK, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' }),
    text(xb, top - 14, `Base ${valueLabel(base, format, currency)}`, { 'text-anchor': 'middle', fill: INK }),
    key.svg,
  );

  const first = bars[0];
  const desc =
    options.desc ??
    (first === undefined
      ? `Tornado chart with no parameters; base ${valueLabel(base, format, currency)}.`
      : `Tornado chart of ${bars.length} parameter${bars.length === 1 ? '' : 's'} around a base of ${valueLabel(base, format, currency)}. ` +
        `Largest swing: ${names[0]}, from ${valueLabel(first.outputLow, format, currency)} at ${paramText(first.param, first.low)} ` +
        `to ${valueLabel(first.outputHigh, format, currency)} at ${paramText(first.param, first.high)}.`);
  return svgDocument({ kind: 'tornado', options, width, height, title: options.title ?? 'What moves the result most', desc, body: parts.join('') });
}
