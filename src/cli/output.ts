import { accessSync, constants, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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

/**
 * Checks, before any work, that `--html <file>` and `--svg <dir>` can be written, so that a command never prints
 * its whole result and then fails on them. Throws a one-line UsageError naming the target and why.
 */
export function checkTargets(command: string, html: unknown, svg: unknown): void {
  if (typeof html === 'string') {
    const why = html === '' ? 'no file name given' : fileProblem(resolve(html));
    if (why !== undefined) throw new UsageError(`${command}: cannot write --html ${html}: ${why}`);
  }
  if (typeof svg === 'string') {
    const why = svg === '' ? 'no folder given' : folderProblem(resolve(svg));
    if (why !== undefined) throw new UsageError(`${command}: cannot write --svg ${svg}: ${why}`);
  }
}

/** Why a file could not be written, or undefined when it can. */
function fileProblem(path: string): string | undefined {
  const stat = statOf(path);
  if (stat !== undefined) {
    if (stat.isDirectory()) return 'it is a folder';
    return writable(path) ? undefined : 'permission denied';
  }
  const parent = statOf(dirname(path));
  if (parent === undefined) return `the folder ${dirname(path)} does not exist`;
  if (!parent.isDirectory()) return `${dirname(path)} is not a folder`;
  return writable(dirname(path)) ? undefined : `permission denied in ${dirname(path)}`;
}

/** Why a folder could not be written (or made), or undefined when it can. */
function folderProblem(path: string): string | undefined {
  let at = path;
  for (;;) {
    const stat = statOf(at);
    if (stat !== undefined) {
      if (!stat.isDirectory()) return `${at} is not a folder`;
      return writable(at) ? undefined : `permission denied in ${at}`;
    }
    const up = dirname(at);
    if (up === at) return 'no folder on its path exists';
    at = up;
  }
}

function statOf(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
