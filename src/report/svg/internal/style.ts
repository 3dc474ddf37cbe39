import { el, ID, num } from './frame';

/** How a series looks: a colour, a dash pattern and a marker, so series differ in greyscale and without colour. */
export interface SeriesStyle {
  readonly color: string;
  readonly dash: string | undefined;
  readonly marker: MarkerShape;
}

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down' | 'cross';

// Okabe & Ito's colour-blind-safe hues plus a navy, ordered so neighbours differ in CIE L* (17, 71, 46, 61, 37, 58).
const COLORS = ['#1f2a44', '#e69f00', '#0072b2', '#cc79a7', '#7a3b8f', '#009e73'];
const DASHES = [undefined, '8 4', '2 3', '10 3 2 3', '5 5', '1 4'];
const MARKERS: MarkerShape[] = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'cross'];

/** The style of series `i`; past six, colours and patterns shift against each other so pairs stay distinct. */
export function seriesStyle(i: number): SeriesStyle {
  const n = COLORS.length;
  return { color: COLORS[i % n]!, dash: DASHES[(i + Math.floor(i / n)) % n], marker: MARKERS[(i + 2 * Math.floor(i / n)) % n]! };
}

/** A marker of `size` px centred on (x, y). */
export function marker(shape: MarkerShape, x: number, y: number, size: number, color: string, fill = color): string {
  const r = size / 2;
  const common = { fill, stroke: color, 'stroke-width': 1.5 };
  switch (shape) {
    case 'circle':
      return el('circle', { cx: x, cy: y, r, ...common });
    case 'square':
      return el('rect', { x: x - r * 0.9, y: y - r * 0.9, width: r * 1.8, height: r * 1.8, ...common });
    case 'triangle':
      return el('path', { d: poly([[x, y - r * 1.15], [x + r * 1.1, y + r * 0.8], [x - r * 1.1, y + r * 0.8]]), ...common });
    case 'triangle-down':
      return el('path', { d: poly([[x, y + r * 1.15], [x + r * 1.1, y - r * 0.8], [x - r * 1.1, y - r * 0.8]]), ...common });
    case 'diamond':
      return el('path', { d: poly([[x, y - r * 1.25], [x + r, y], [x, y + r * 1.25], [x - r, y]]), ...common });
    case 'cross':
      return el('path', {
        d: `M${num(x - r)} ${num(y - r)}L${num(x + r)} ${num(y + r)}M${num(x - r)} ${num(y + r)}L${num(x + r)} ${num(y - r)}`,
        fill: 'none',
        stroke: color,
        'stroke-width': 2,
      });
  }
}

/** A closed path through the points. */
export function poly(points: readonly (readonly [number, number])[]): string {
  return `${points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${num(x)} ${num(y)}`).join('')}Z`;
}

/** An open path through the points. */
export function line(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${num(x)} ${num(y)}`).join('');
}

/** A `<pattern>` of diagonal lines, `ID-<name>`, to fill shapes that must read without colour. */
export function hatch(name: string, color: string, background = '#ffffff'): string {
  return el(
    'pattern',
    { id: `${ID}-${name}`, patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' },
    el('rect', { x: 0, y: 0, width: 6, height: 6, fill: background }) +
      el('line', { x1: 1.5, y1: 0, x2: 1.5, y2: 6, stroke: color, 'stroke-width': 2 }),
  );
}

/** The target's colour: a dark red (CIE L* 38) that stays dark in greyscale. */
export const TARGET = '#b2182b';
