import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '../report/csv';
import { toJson } from '../report/json';
import { toMarkdown } from '../report/markdown';
import type { Table } from '../report/table';
import type { Io } from './io';
import { UsageError } from './UsageError';

/** Writes tables as Markdown (separated by blank lines) or CSV, or `json` as JSON. */
export function emit(io: Io, format: 'md' | 'csv' | 'json', tables: readonly Table[], json: unknown, lines: readonly string[] = []): void {
  if (format === 'json') {
    io.out(`${toJson(json, { indent: 2 })}\n`);
    return;
  }
  if (format === 'csv') {
    if (tables.length !== 1) throw new UsageError(`--format csv writes one table; this command makes ${tables.length}: use md or json`);
    io.out(toCsv(tables[0]!));
    return;
  }
  const blocks = [...tables.map((t) => toMarkdown(t).replace(/\n+$/, ''))];
  if (lines.length > 0) blocks.push(lines.join('\n'));
  io.out(`${blocks.join('\n\n')}\n`);
}

/** Writes SVG charts into a folder (made if missing), one file each, and says where on stderr. */
export function writeCharts(io: Io, dir: string | undefined, charts: () => Record<string, string>): void {
  if (dir === undefined) return;
  try {
    mkdirSync(dir, { recursive: true });
    for (const [name, svg] of Object.entries(charts())) {
      const file = join(dir, `${name}.svg`);
      writeFileSync(file, svg);
      io.err(`wrote ${file}\n`);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot write charts to ${dir}: ${(error as Error).message}`);
  }
}

/** Writes an HTML file, and says where on stderr. */
export function writeHtml(io: Io, file: string | undefined, html: () => string): void {
  if (file === undefined) return;
  try {
    writeFileSync(file, html());
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${(error as Error).message}`);
  }
  io.err(`wrote ${file}\n`);
}
