import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './UsageError';

export type Options = NonNullable<ParseArgsConfig['options']>;

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/** `parseArgs` with its errors turned into one-line usage errors that name the command. */
export function parse<T extends Options>(command: string, argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options: { ...options, ...HELP }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(`${command}: ${message}; see 'tradepath ${command} --help'`);
  }
}

/** A whole number option, checked. */
export function wholeNumber(command: string, name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.replace(/_/g, ''))) throw new UsageError(`${command}: --${name} must be a whole number, got "${value}"`);
  return Number(value.replace(/_/g, ''));
}

/** `--format`: md (default), csv or json. */
export function format(command: string, value: string | undefined): 'md' | 'csv' | 'json' {
  const f = value ?? 'md';
  if (f !== 'md' && f !== 'csv' && f !== 'json') throw new UsageError(`${command}: --format must be md, csv or json, got "${f}"`);
  return f;
}

/** The options every command shares. */
export const common = {
  format: { type: 'string' },
  html: { type: 'string' },
  svg: { type: 'string' },
} as const satisfies Options;
