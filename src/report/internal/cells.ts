import { D, isDecimal } from '../../money/decimal';
import { formatAmount } from '../../money/formatAmount';
import { formatRate } from '../../money/formatRate';
import { show } from '../../internal/show';
import { toJson } from '../json';
import type { ColumnKind, Table, TableColumn } from '../table';

/** Throws unless `table` has a non-empty list of columns with string keys and a list of record rows. */
export function checkTable(table: unknown, fn: string): asserts table is Table {
  if (typeof table !== 'object' || table === null) {
    throw new TypeError(`${fn}: table must be an object { columns, rows }, got ${show(table)}`);
  }
  const { columns, rows } = table as { columns?: unknown; rows?: unknown };
  if (!Array.isArray(columns) || columns.length === 0) {
    throw new TypeError(`${fn}: table.columns must be a non-empty array, got ${show(columns)}`);
  }
  columns.forEach((column: unknown, i) => {
    const key = (column as { key?: unknown } | null)?.key;
    if (typeof key !== 'string') throw new TypeError(`${fn}: columns[${i}].key must be a string, got ${show(key)}`);
  });
  if (!Array.isArray(rows)) throw new TypeError(`${fn}: table.rows must be an array, got ${show(rows)}`);
  rows.forEach((row: unknown, i) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      throw new TypeError(`${fn}: rows[${i}] must be an object, got ${show(row)}`);
    }
  });
}

const isNumeric = (value: unknown): boolean => typeof value === 'number' || isDecimal(value);

/** A row's value under a column's key: rows are any objects, read as records. */
export function valueAt(row: object, key: string): unknown {
  return (row as Readonly<Record<string, unknown>>)[key];
}

/** The column's kind, or the one its values suggest. */
export function kindOf(column: TableColumn, rows: Table['rows']): ColumnKind {
  if (column.kind !== undefined) return column.kind;
  const present = rows.map((row) => valueAt(row, column.key)).filter((v) => v !== null && v !== undefined);
  return present.length > 0 && present.every(isNumeric) ? 'number' : 'text';
}

export function alignOf(column: TableColumn, kind: ColumnKind): 'left' | 'right' {
  return column.align ?? (kind === 'text' ? 'left' : 'right');
}

/** A value as people read it in a Markdown or text table (one line). */
export function peopleCell(column: TableColumn, kind: ColumnKind, row: object, rowIndex: number, fn: string): string {
  const value = valueAt(row, column.key);
  try {
    const text = column.format ? column.format(value, row as Readonly<Record<string, unknown>>) : defaultText(value, kind);
    if (typeof text !== 'string') throw new TypeError(`format must return a string, got ${show(text)}`);
    return text.replace(/\r\n|\r|\n/g, ' ');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const wrapped = `${fn}: column "${column.key}", rows[${rowIndex}]: ${message}`;
    throw error instanceof RangeError ? new RangeError(wrapped) : new TypeError(wrapped);
  }
}

function defaultText(value: unknown, kind: ColumnKind): string {
  if (value === null || value === undefined) return '';
  if (kind === 'amount') return formatAmount(value as never);
  if (kind === 'rate') return formatRate(value as never);
  if (isNumeric(value)) return kind === 'year' ? String(value) : readableNumber(value as number);
  return typeof value === 'object' ? toJson(value, { indent: 0 }) : String(value);
}

/** At most 6 significant decimals but never fewer whole digits: 1234567.891 → "1234568", 0.30000000000000004 → "0.3". */
function readableNumber(value: number | InstanceType<typeof D>): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const x = new D(isDecimal(value) ? value : String(value));
  const wholeDigits = x.abs().lt(1) ? 0 : x.abs().floor().toFixed(0).length;
  const rounded = x.toDecimalPlaces(Math.max(0, 6 - wholeDigits));
  return rounded.isZero() ? '0' : rounded.toFixed();
}

/** A value as machines read it (CSV): numbers as JavaScript writes them, Decimals in full, never formatted. */
export function rawCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDecimal(value)) return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return toJson(value, { indent: 0 });
  return String(value);
}

/** Length as a terminal shows it, close enough: code points, not UTF-16 units. */
export const widthOf = (text: string): number => [...text].length;

export function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - widthOf(text)));
  return align === 'right' ? fill + text : text + fill;
}
