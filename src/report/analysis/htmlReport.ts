import { isDecimal } from '../../money/decimal';
import { alignOf, checkTable, kindOf, peopleCell } from '../internal/cells';
import type { Table } from '../table';
import { analysisReport, type AnalysisOptions } from './analysisReport';
import type { Report } from './report';

/**
 * One self-contained HTML file: the report's text, tables and SVG charts inline, its CSS inline, nothing fetched
 * from the network — it opens from a file, prints, and can be mailed.
 *
 * @param input - a report (from `analysisReport`), or the options of `analysisReport`; default the embedded
 *   default analysis. For the analysis that opens with the evidence, as `tradepath report --html` writes it,
 *   pass the report: `htmlReport(analysisReport({ evidence: await evidenceFor() }))` (gathering it is async).
 * @example
 * const html = htmlReport({ monteCarlo: false, sensitivity: false });
 * html.startsWith('<!doctype html>'); // => true
 * html.includes('<svg'); // => true
 * /https?:\/\//.test(html.replace(/xmlns(:\w+)?="[^"]*"/g, '')); // => false
 */
export function htmlReport(input: Report | AnalysisOptions = {}): string {
  const report = isReport(input) ? input : analysisReport(input);
  const body = report.sections
    .map((s) => {
      const parts = [`<h2>${escape(s.heading)}</h2>`];
      const paragraphs = s.text.join('\n').split(/\n{2,}/).map((p) => p.replace(/\n/g, ' ').trim()).filter((p) => p !== '');
      parts.push(...paragraphs.map((p) => `<p>${escape(p)}</p>`));
      for (const chart of s.charts?.() ?? []) parts.push(`<figure class="chart">${chart}</figure>`);
      parts.push(...s.tables.map(htmlTable));
      parts.push(...s.notes.map((n) => `<p class="note">${escape(n)}</p>`));
      return `<section id="${escape(s.id)}">\n${parts.join('\n')}\n</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(report.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${escape(report.title)}</h1>
${body}
<footer><p class="note">Made with tradepath. Exact where it is money (40-digit decimals), float64 where it is statistics; seeded, so every number can be reproduced.</p></footer>
</main>
</body>
</html>
`;
}

function isReport(x: unknown): x is Report {
  return typeof x === 'object' && x !== null && Array.isArray((x as Report).sections) && typeof (x as Report).title === 'string';
}

function htmlTable(table: Table): string {
  checkTable(table, 'htmlReport');
  const kinds = table.columns.map((c) => kindOf(c, table.rows));
  const cls = (i: number) => (alignOf(table.columns[i]!, kinds[i]!) === 'right' ? ' class="num"' : '');
  const head = table.columns.map((c, i) => `<th scope="col"${cls(i)}>${escape(c.label ?? c.key)}</th>`).join('');
  const rows = table.rows
    .map((row, r) => `<tr>${table.columns.map((c, i) => `<td${cls(i)}>${escape(peopleCell(c, kinds[i]!, row, r, 'htmlReport'))}</td>`).join('')}</tr>`)
    .join('\n');
  const caption = table.title === undefined ? '' : `<caption>${escape(table.title)}</caption>`;
  return `<div class="table"><table>${caption}<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody></table></div>`;
}

function escape(text: unknown): string {
  const s = isDecimal(text) ? text.toString() : String(text);
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #5b6470; --rule: #d5d9de; --band: #f4f6f8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 72rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 1.5rem; }
h2 { font-size: 1.25rem; margin: 2.5rem 0 0.75rem; padding-top: 1rem; border-top: 1px solid var(--rule); }
p { margin: 0.5rem 0; max-width: 48rem; }
p.note { color: var(--muted); font-size: 0.9rem; }
/* A table fits its column: headers and text cells wrap, numbers stay on one line; a scroll bar only as a last resort. */
.table { max-width: 100%; overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; font-size: 0.95rem; max-width: 100%; }
caption { text-align: left; color: var(--muted); padding-bottom: 0.25rem; }
th, td { padding: 0.3rem 0.6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: bottom; overflow-wrap: anywhere; }
td { vertical-align: top; }
th { background: var(--band); font-weight: 600; line-height: 1.25; }
td.num { white-space: nowrap; }
th.num { min-width: 5.5rem; }
.num { text-align: right; }
figure.chart { margin: 1rem 0; max-width: 100%; }
figure.chart svg { max-width: 100%; height: auto; display: block; }
footer { margin-top: 3rem; }
@media print { h2 { break-after: avoid; } figure.chart, table { break-inside: avoid; } }
`;
