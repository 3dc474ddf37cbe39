import { readFileSync } from 'node:fs';
import { UsageError } from './UsageError';

/** Where a command writes: stdout for results, stderr for progress and messages. Tests pass their own. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** True when stderr is a terminal: only then is progress shown. */
  readonly progress: boolean;
}

/** Reads and parses a JSON file, or says in one line what is wrong with it. */
export function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new UsageError(`cannot read ${path}: ${why}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** A progress line on stderr (overwritten in place), only when stderr is a terminal. */
export function progressReporter(io: Io, label: string): ((done: number, total: number) => void) | undefined {
  if (!io.progress) return undefined;
  let last = -1;
  return (done, total) => {
    const percent = Math.floor((100 * done) / total);
    if (percent === last) return;
    last = percent;
    io.err(`\r${label}: ${percent}%${done === total ? '\n' : ''}`);
  };
}
