import { toText } from '../text';
import type { Report } from './report';

/**
 * A report as plain text for a terminal or a note: underlined headings, aligned tables.
 *
 * @param report - from `analysisReport`.
 * @example
 * renderText({ title: 'T', sections: [{ id: 'a', heading: 'A', text: ['Hello.'], tables: [], notes: [] }] }); // => 'T\n=\n\nA\n-\nHello.\n'
 */
export function renderText(report: Report): string {
  const blocks = [underline(report.title, '=')];
  for (const s of report.sections) {
    const parts = [underline(s.heading, '-')];
    if (s.text.length > 0) parts.push(s.text.join('\n'));
    for (const table of s.tables) parts.push(toText(table).replace(/\n+$/, ''));
    if (s.notes.length > 0) parts.push(s.notes.join('\n'));
    blocks.push(parts.join('\n\n').replace(/^(.*)\n-+\n\n/, (m) => m.slice(0, -1)));
  }
  return `${blocks.join('\n\n')}\n`;
}

function underline(text: string, char: string): string {
  return `${text}\n${char.repeat([...text].length)}`;
}
