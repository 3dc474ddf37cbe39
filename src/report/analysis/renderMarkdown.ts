import { toMarkdown } from '../markdown';
import type { Report } from './report';

/**
 * A report as Markdown: `#` title, `##` sections, pipe tables.
 *
 * @param report - from `analysisReport`.
 * @example
 * renderMarkdown({ title: 'T', sections: [{ id: 'a', heading: 'A', text: ['Hello.'], tables: [], notes: [] }] }); // => '# T\n\n## A\n\nHello.\n'
 */
export function renderMarkdown(report: Report): string {
  const blocks = [`# ${report.title}`];
  for (const s of report.sections) {
    blocks.push(`## ${s.heading}`);
    if (s.text.length > 0) blocks.push(s.text.filter((l) => l !== '').join(' '));
    for (const table of s.tables) blocks.push(toMarkdown(table).replace(/\n+$/, ''));
    if (s.notes.length > 0) blocks.push(s.notes.map((n) => `*${n}*`).join('\n\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
