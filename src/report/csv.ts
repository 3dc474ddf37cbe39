import { show } from '../internal/show';
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
 * Writes a table as RFC 4180 CSV: raw values (Decimals in full, numbers unformatted), CRLF after every record.
 *
 * Columns' `format` and `kind` are for people and are ignored here: a spreadsheet gets `1443225600`, not `$1.44B`.
 *
 * @param table - columns (each with a `key`, optional `label`) and rows of records.
 * @param options - `header`: `'label'` (default), `'key'` or `'none'`.
 * @throws {TypeError} when the table has no columns, a column has no string key or a row is not a record.
 * @throws {RangeError} for an unknown `header` option.
 * @example
 * const table = { columns: [{ key: 'name' }, { key: 'value' }], rows: [{ name: 'Say "hi", go', value: new Decimal('0.1') }] };
 * toCsv(table); // => 'name,value\r\n"Say ""hi"", go",0.1\r\n'
 */
export function toCsv(table: Table, options: ToCsvOptions = {}): string {
  checkTable(table, 'toCsv');
  const header = options.header ?? 'label';
  if (header !== 'label' && header !== 'key' && header !== 'none') {
    throw new RangeError(`toCsv: header must be 'label', 'key' or 'none', got ${show(header)}`);
  }
  const records = table.rows.map((row) => table.columns.map((column) => field(rawCell(valueAt(row, column.key)))));
  if (header !== 'none') {
    records.unshift(table.columns.map((column) => field(header === 'key' ? column.key : (column.label ?? column.key))));
  }
  return records.map((cells) => `${cells.join(',')}\r\n`).join('');
}
