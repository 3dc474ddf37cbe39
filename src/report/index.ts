// Public names of src/report, re-exported by src/index.ts. Owned by the report work.

// Tables: one model, written as Markdown, plain text, CSV; any result as JSON.
export type { ColumnKind, Table, TableColumn } from './table';
export { toMarkdown } from './markdown';
export { toText } from './text';
export { toCsv, type ToCsvOptions } from './csv';
export { toJson, type ToJsonOptions } from './json';
