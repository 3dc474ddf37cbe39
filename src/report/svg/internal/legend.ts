import { fit, INK, text, textWidth } from './frame';

export interface LegendEntry {
  readonly label: string;
  /** Draws the 24 × 12 px swatch whose left-centre is (x, y). */
  readonly swatch: (x: number, y: number) => string;
}

const ROW = 18;
const SWATCH = 24;

/** Legend entries in rows that wrap at `width`; returns the SVG and the height it takes. */
export function legend(entries: readonly LegendEntry[], x0: number, y0: number, width: number): { svg: string; height: number } {
  if (entries.length === 0) return { svg: '', height: 0 };
  let x = x0;
  let y = y0 + ROW / 2;
  const parts: string[] = [];
  for (const entry of entries) {
    const label = fit(entry.label, width - SWATCH - 6 - 18, 12);
    const w = SWATCH + 6 + textWidth(label, 12) + 18;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += ROW;
    }
    parts.push(entry.swatch(x, y), text(x + SWATCH + 6, y + 4, label, { fill: INK }));
    x += w;
  }
  return { svg: `<g>${parts.join('')}</g>`, height: y - y0 + ROW / 2 };
}
