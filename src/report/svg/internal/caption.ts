import { MUTED, text, textWidth } from './frame';

const LINE = 15;

/** Lines of `content` broken at spaces to fit `width` px at 11 px (a word longer than a line keeps its own line). */
export function wrapLines(content: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of content.split(/\s+/).filter((w) => w !== '')) {
    const next = current === '' ? word : `${current} ${word}`;
    if (current !== '' && textWidth(next, 11) > width) {
      lines.push(current);
      current = word;
    } else {
      current = next;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** A caption under a chart: paragraphs wrapped to the width, in muted 11 px type; returns the SVG and its height. */
export function caption(paragraphs: readonly string[], x: number, y: number, width: number): { svg: string; height: number } {
  const lines = paragraphs.flatMap((p) => wrapLines(p, width));
  if (lines.length === 0) return { svg: '', height: 0 };
  const svg = lines.map((line, i) => text(x, y + 12 + i * LINE, line, { fill: MUTED, 'font-size': 11 })).join('');
  return { svg: `<g class="tp-caption">${svg}</g>`, height: lines.length * LINE + 8 };
}
