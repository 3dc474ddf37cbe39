import { alignOf, checkTable, kindOf, pad, peopleCell, widthOf } from './internal/cells';
import type { Table } from './table';

// Backslash escapes (CommonMark §2.4) for the characters that would end a cell, start HTML, code, links or emphasis.
const escapeMarkdown = (text: string): string => text.replace(/[\\|<>`[\]*&]/g, (c) => `\\${c}`);

/**
 * Writes a table as an aligned GitHub-flavoured Markdown pipe table; amounts and rates formatted for people.
 *
 * @param table - columns (each with a `key`, optional `label`, `kind`, `align`, `format`) and rows of records.
 * @throws {TypeError} when the table has no columns, a column has no string key or a row is not a record.
 * @throws {RangeError | TypeError} when a value does not fit its column's kind (naming the column and row).
 * @example
 * const table = {
 *   columns: [{ key: 'name', label: 'Scenario' }, { key: 'value', label: 'Value', kind: 'amount' }],
 *   rows: [{ name: 'Status quo', value: 1443225600 }],
 * };
 * toMarkdown(table); // => '| Scenario   |  Value |\n| :--------- | -----: |\n| Status quo | $1.44B |'
 */
export function toMarkdown(table: Table): string {
  checkTable(table, 'toMarkdown');
  const kinds = table.columns.map((column) => kindOf(column, table.rows));
  const aligns = table.columns.map((column, c) => alignOf(column, kinds[c]!));
  const header = table.columns.map((column) => escapeMarkdown(column.label ?? column.key));
  const body = table.rows.map((row, r) =>
    table.columns.map((column, c) => escapeMarkdown(peopleCell(column, kinds[c]!, row, r, 'toMarkdown'))),
  );
  const widths = header.map((label, c) => Math.max(3, widthOf(label), ...body.map((cells) => widthOf(cells[c]!))));
  const line = (cells: string[]) => `| ${cells.map((cell, c) => pad(cell, widths[c]!, aligns[c]!)).join(' | ')} |`;
  const rule = widths.map((w, c) => (aligns[c] === 'right' ? `${'-'.repeat(w - 1)}:` : `:${'-'.repeat(w - 1)}`));
  const lines = [line(header), `| ${rule.join(' | ')} |`, ...body.map(line)];
  if (table.title !== undefined) lines.unshift(escapeMarkdown(table.title.replace(/\s+/g, ' ')), '');
  return lines.join('\n');
}
