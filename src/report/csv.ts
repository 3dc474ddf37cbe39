import { show } from '../internal/show';
import { isDecimal } from '../money/decimal';
import { checkTable, rawCell, valueAt } from './internal/cells';
import type { Table } from './table';

/** Options of {@link toCsv}. */
export interface ToCsvOptions {
  /** The header record: column labels (default), column keys, or `'none'` for no header. */
  readonly header?: 'label' | 'key' | 'none';
}

// RFC 4180 §2: a field holding a comma, a double quote, CR or LF is quoted, and its quotes are doubled.
const field = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * A text cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return: OWASP's "CSV injection") gets a leading `'`, which spreadsheets show as text. Numbers are never changed:
 * `-0.5` stays a number.
 */
const safeText = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** A cell's CSV field: numbers and Decimals as they are, anything else as text made safe. */
const cell = (value: unknown): string => {
  const raw = rawCell(value);
  return field(typeof value === 'number' || isDecimal(value) ? raw : safeText(raw));
};

/**
 * Writes a table as RFC 4180 CSV: raw values (Decimals in full, numbers unformatted), CRLF after every record.
 *
 * Columns' `format` and `kind` are for people and are ignored here: a spreadsheet gets `1443225600`, not `$1.44B`.
 * Text that a spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return)
 * gets a leading `'`; numbers are written as they are.
 *
 * @param table - columns (each with a `key`, optional `label`) and rows of records.
 * @param options - `header`: `'label'` (default), `'key'` or `'none'`.
 * @throws {TypeError} when the table has no columns, a column has no string key or a row is not a record.
 * @throws {RangeError} for an unknown `header` option.
 * @example
 * const table = { columns: [{ key: 'name' }, { key: 'value' }], rows: [{ name: 'Say "hi", go', value: new Decimal('0.1') }] };
 * toCsv(table); // => 'name,value\r\n"Say ""hi"", go",0.1\r\n'
 * toCsv({ columns: [{ key: 'id' }, { key: 'x' }], rows: [{ id: '=1+1', x: -1 }] }); // => "id,x\r\n'=1+1,-1\r\n"
 */
export function toCsv(table: Table, options: ToCsvOptions = {}): string {
  checkTable(table, 'toCsv');
  const header = options.header ?? 'label';
  if (header !== 'label' && header !== 'key' && header !== 'none') {
    throw new RangeError(`toCsv: header must be 'label', 'key' or 'none', got ${show(header)}`);
  }
  const records = table.rows.map((row) => table.columns.map((column) => cell(valueAt(row, column.key))));
  if (header !== 'none') {
    records.unshift(table.columns.map((column) => field(safeText(header === 'key' ? column.key : (column.label ?? column.key)))));
  }
  return records.map((cells) => `${cells.join(',')}\r\n`).join('');
}
