import { alignOf, checkTable, kindOf, pad, peopleCell, widthOf } from './internal/cells';
import type { Table } from './table';

/**
 * Writes a table as aligned plain text for a terminal: a header, a rule, one line a row; amounts and rates formatted.
 *
 * @param table - columns (each with a `key`, optional `label`, `kind`, `align`, `format`) and rows of records;
 *   a `title` becomes the first line.
 * @throws {TypeError} when the table has no columns, a column has no string key or a row is not a record.
 * @throws {RangeError | TypeError} when a value does not fit its column's kind (naming the column and row).
 * @example
 * const table = {
 *   columns: [{ key: 'year', kind: 'year' }, { key: 'rate', label: 'Growth', kind: 'rate' }],
 *   rows: [{ year: 2025, rate: 0.2 }, { year: 2026, rate: 0.7673 }],
 * };
 * toText(table); // => 'year  Growth\n----  ------\n2025  20.00%\n2026  76.73%'
 */
export function toText(table: Table): string {
  checkTable(table, 'toText');
  const kinds = table.columns.map((column) => kindOf(column, table.rows));
  const aligns = table.columns.map((column, c) => alignOf(column, kinds[c]!));
  const header = table.columns.map((column) => (column.label ?? column.key).replace(/\s+/g, ' '));
  const body = table.rows.map((row, r) =>
    table.columns.map((column, c) => peopleCell(column, kinds[c]!, row, r, 'toText')),
  );
  const widths = header.map((label, c) => Math.max(widthOf(label), ...body.map((cells) => widthOf(cells[c]!))));
  const line = (cells: string[]) => cells.map((cell, c) => pad(cell, widths[c]!, aligns[c]!)).join('  ').trimEnd();
  const lines = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
  if (table.title !== undefined) lines.unshift(table.title.replace(/\s+/g, ' '));
  return lines.join('\n');
}
