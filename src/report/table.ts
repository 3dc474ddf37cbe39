/** How a column's values read: it picks the default alignment and how {@link toMarkdown} and {@link toText} write them. */
export type ColumnKind = 'text' | 'number' | 'amount' | 'rate' | 'year';

/** One column of a {@link Table}: which key of each row it shows, and how. */
export interface TableColumn {
  /** The key of each row that holds this column's value. */
  readonly key: string;
  /** The header people read; default the key. */
  readonly label?: string;
  /**
   * `'amount'` writes values with `formatAmount` (`$1.44B`), `'rate'` with `formatRate` (`76.73%`), `'year'` as
   * whole numbers, `'number'` with at most 6 significant decimals, `'text'` as they are. Default: `'number'` when
   * every value is a number or a Decimal, else `'text'`. CSV and JSON always hold the raw value.
   */
  readonly kind?: ColumnKind;
  /** Default: right for numbers, amounts, rates and years; left for text. */
  readonly align?: 'left' | 'right';
  /** Writes a value for people (Markdown and text tables); CSV ignores it and writes the raw value. */
  readonly format?: (value: unknown, row: Readonly<Record<string, unknown>>) => string;
}

/**
 * A table: columns that say how to show each row's values, and rows as plain records.
 *
 * Values may be numbers, strings, Decimals, booleans, `null` or `undefined` (an empty cell), or anything
 * `toJson` can write.
 */
export interface Table {
  /** A caption: a line above the text table, a heading-free first line of the Markdown table. */
  readonly title?: string;
  readonly columns: readonly TableColumn[];
  /** Plain records, or any objects — such as `compare()`'s rows — whose keys the columns name. */
  readonly rows: readonly object[];
}
