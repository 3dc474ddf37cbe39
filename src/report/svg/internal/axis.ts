import { el, GRID, INK, MUTED, num, text, textWidth } from './frame';
import type { Scale } from './scale';

/** Horizontal grid lines with labels at the left of the plot. */
export function yAxis(a: {
  ticks: readonly number[];
  labels: readonly string[];
  scale: Scale;
  left: number;
  right: number;
}): string {
  return a.ticks
    .map((tick, i) => {
      const y = a.scale(tick);
      const stroke = tick === 0 ? MUTED : GRID;
      return (
        el('line', { x1: a.left, y1: y, x2: a.right, y2: y, stroke, 'stroke-width': 1 }) +
        text(a.left - 8, y + 4, a.labels[i]!, { 'text-anchor': 'end', fill: MUTED })
      );
    })
    .join('');
}

/** Vertical grid lines with labels under the plot; labels that would touch are thinned to every k-th. */
export function xAxis(a: {
  ticks: readonly number[];
  labels: readonly string[];
  scale: Scale;
  top: number;
  bottom: number;
}): string {
  const widest = Math.max(0, ...a.labels.map((label) => textWidth(label, 12)));
  const spacing = a.ticks.length > 1 ? Math.abs(a.scale(a.ticks[1]!) - a.scale(a.ticks[0]!)) : Infinity;
  const every = Math.max(1, Math.ceil((widest + 10) / spacing));
  const parts = a.ticks.map((tick, i) => {
    const x = a.scale(tick);
    const gridLine = el('line', { x1: x, y1: a.top, x2: x, y2: a.bottom, stroke: GRID });
    const label = i % every === 0 ? text(x, a.bottom + 18, a.labels[i]!, { 'text-anchor': 'middle', fill: MUTED }) : '';
    return gridLine + el('line', { x1: x, y1: a.bottom, x2: x, y2: a.bottom + 5, stroke: MUTED }) + label;
  });
  return parts.join('');
}

/** An axis title: under the x axis, or turned up the left side for the y axis. */
export function axisTitle(content: string, x: number, y: number, vertical = false): string {
  return text(x, y, content, {
    'text-anchor': 'middle',
    fill: INK,
    transform: vertical ? `rotate(-90 ${num(x)} ${num(y)})` : undefined,
  });
}

/** Left margin that fits the widest y label. */
export function labelRoom(labels: readonly string[]): number {
  return Math.max(0, ...labels.map((label) => textWidth(label, 12))) + 14;
}
