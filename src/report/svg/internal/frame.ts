import { show } from '../../../internal/show';
import type { ChartOptions } from '../chartOptions';
import { escapeXml, PLACEHOLDER } from './escape';

/** Stands for the chart's id until the whole document is known; escaped user text never holds it. */
export const ID = `${PLACEHOLDER}id${PLACEHOLDER}`;

export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
export const INK = '#222222';
export const MUTED = '#595959';
export const GRID = '#e3e3e3';

/** A coordinate: two decimals are plenty for a screen, and a non-finite one is a bug, never output. */
export function num(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`tradepath report: internal error, non-finite coordinate ${x}`);
  const r = Math.round(x * 100) / 100;
  return String(r === 0 ? 0 : r);
}

/**
 * Attributes from a record; numbers become coordinates, strings are escaped (but for the `ID` placeholder, which
 * references such as `url(#…)` need), undefined is left out.
 */
export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? num(value) : value.split(ID).map(escapeXml).join(ID)}"`)
    .join('');
}

export function el(name: string, values: Record<string, string | number | undefined>, content?: string): string {
  return content === undefined ? `<${name}${attrs(values)}/>` : `<${name}${attrs(values)}>${content}</${name}>`;
}

/** A `<text>` element with escaped content. */
export function text(x: number, y: number, content: string, extra: Record<string, string | number | undefined> = {}): string {
  return el('text', { x, y, ...extra }, escapeXml(content));
}

// Advance widths of a sans-serif face in em, by kind of character, on the wide side (DejaVu Sans, a common fallback,
// is broad); for layout only: no font metrics are available to a pure function.
export function textWidth(content: string, fontSize: number): number {
  let em = 0;
  for (const c of content) {
    if (/[il.,:;'|!\s]/.test(c)) em += 0.32;
    else if (/[fjrt()[\]/-]/.test(c)) em += 0.42;
    else if (/[mwMW%@]/.test(c)) em += 0.95;
    else if (/[A-Z$€£<>=+]/.test(c)) em += 0.74;
    else em += 0.63;
  }
  return em * fontSize;
}

/** `content` cut with an ellipsis to fit `width` px. */
export function fit(content: string, width: number, fontSize: number): string {
  if (textWidth(content, fontSize) <= width) return content;
  const chars = [...content];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize) > width) chars.pop();
  return `${chars.join('')}…`;
}

export function checkSize(options: ChartOptions, fn: string, width: number, height: number): { width: number; height: number } {
  const w = options.width ?? width;
  const h = options.height ?? height;
  if (typeof w !== 'number' || !Number.isFinite(w) || w < 200 || w > 4000) {
    throw new RangeError(`${fn}: width must be a number from 200 to 4000, got ${show(w)}`);
  }
  if (typeof h !== 'number' || !Number.isFinite(h) || h < 150 || h > 4000) {
    throw new RangeError(`${fn}: height must be a number from 150 to 4000, got ${show(h)}`);
  }
  if (options.id !== undefined && (typeof options.id !== 'string' || !/^[A-Za-z][\w-]*$/.test(options.id))) {
    throw new RangeError(`${fn}: id must be a letter followed by letters, digits, "_" or "-", got ${show(options.id)}`);
  }
  return { width: w, height: h };
}

// FNV-1a, 32 bits (Fowler, Noll, Vo): a short, stable fingerprint of the chart for its default id.
function fnv1a(content: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < content.length; i++) {
    hash ^= content.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/**
 * The visible title in the title band, whole: one line at 16 px; if that is too wide, one line at 13 px; if that
 * is too wide, two lines at 13 px broken at a space. Only a title longer than two lines is cut with an ellipsis.
 * Bold runs about a tenth wider than the widths textWidth assumes, hence the 1.1.
 */
export function titleText(title: string, width: number): string {
  const bold = { 'font-weight': 'bold', fill: INK, class: 'tp-title' };
  if (textWidth(title, 16 * 1.1) <= width) return text(16, 26, title, { 'font-size': 16, ...bold });
  if (textWidth(title, 13 * 1.1) <= width) return text(16, 24, title, { 'font-size': 13, ...bold });
  const [first, second] = wrapLines(title, width, 13 * 1.1, 2);
  return text(16, 17, first!, { 'font-size': 13, ...bold }) + text(16, 33, second ?? '', { 'font-size': 13, ...bold });
}

/**
 * `content` in at most `lines` lines of `width` px broken at spaces; a word wider than a line is kept whole on a line
 * of its own unless it is the last line's, and only what the last line cannot hold is cut with an ellipsis.
 */
export function wrapLines(content: string, width: number, fontSize: number, lines: number): string[] {
  const words = content.split(/\s+/).filter((w) => w !== '');
  const out: string[] = [];
  let i = 0;
  while (i < words.length && out.length < lines - 1) {
    let line = words[i]!;
    i++;
    while (i < words.length && textWidth(`${line} ${words[i]}`, fontSize) <= width) line += ` ${words[i++]}`;
    out.push(line);
  }
  if (i < words.length) out.push(fit(words.slice(i).join(' '), width, fontSize));
  return out;
}

/** Title height in px: the plot starts below it. */
export const TITLE_BAND = 40;

/**
 * The `<svg>` element around a chart's body: no XML prolog (it inlines in HTML), a `viewBox`, `role="img"` named by
 * its `<title>` and `<desc>`, the visible title, and every `ID` in the body replaced by the chart's id.
 */
export function svgDocument(args: {
  kind: string;
  options: ChartOptions;
  width: number;
  height: number;
  title: string;
  desc: string;
  body: string;
}): string {
  const { width, height } = args;
  const head =
    `<title id="${ID}-title">${escapeXml(args.title)}</title><desc id="${ID}-desc">${escapeXml(args.desc)}</desc>` +
    el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }) +
    titleText(args.title, width - 32);
  const draft =
    `<svg xmlns="http://www.w3.org/2000/svg" id="${ID}" viewBox="0 0 ${num(width)} ${num(height)}"` +
    ` width="${num(width)}" height="${num(height)}" role="img" aria-labelledby="${ID}-title ${ID}-desc"` +
    ` font-family="${escapeXml(FONT)}" font-size="12">${head}${args.body}</svg>`;
  const id = args.options.id ?? `tp-${args.kind}-${fnv1a(draft)}`;
  return draft.split(ID).join(id);
}
