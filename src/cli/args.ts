import { parseArgs, type ParseArgsConfig } from 'node:util';
import { checkTargets } from './output';
import { UsageError } from './UsageError';

export type Options = NonNullable<ParseArgsConfig['options']>;

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * `parseArgs` with its errors turned into one-line usage errors that name the command. A value that starts with a
 * dash but reads as a number or an amount (`--runs -5`, `--from -$580M`) is taken as the option's value, so that
 * the option's own check can say what is wrong with it, rather than Node's parser calling it ambiguous.
 */
export function parse<T extends Options>(command: string, argv: readonly string[], options: T) {
  const all = { ...options, ...HELP };
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv, all), options: all, allowPositionals: true, strict: true });
  } catch (error) {
    const raw = (error as Error).message;
    const ambiguous = /^Option '([^']+)' argument is ambiguous/.exec(raw);
    const message = ambiguous
      ? `${ambiguous[1]} needs a value; to give one that starts with a dash, write ${ambiguous[1]}=-VALUE`
      : raw.replace(/\. To specify a positional argument.*$/s, '').replace(/\s*\n\s*/g, ' ');
    throw new UsageError(`${command}: ${message}; see 'tradepath ${command} --help'`);
  }
  // Output files are checked before any work: a result is never printed and then followed by exit code 2.
  const values = parsed.values as Record<string, unknown>;
  checkTargets(command, values.html, values.svg);
  return parsed;
}

/** A token that starts with a dash yet is a number or an amount: `-5`, `-0.2`, `-.5`, `-20%`, `-$580M`. */
const NEGATIVE_VALUE = /^-[$\d.]/;

/** `--name -5` becomes `--name=-5` for options that take a value; everything else is left as it is. */
function joinNegativeValues(argv: readonly string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    const next = argv[i + 1];
    if (token === '--') {
      out.push(...argv.slice(i));
      break;
    }
    if (next !== undefined && NEGATIVE_VALUE.test(next) && takesValue(token, options)) {
      out.push(`${token}=${next}`);
      i++;
      continue;
    }
    out.push(token);
  }
  return out;
}

function takesValue(token: string, options: Options): boolean {
  if (token.startsWith('--') && !token.includes('=')) {
    const option = Object.hasOwn(options, token.slice(2)) ? options[token.slice(2)] : undefined;
    return option?.type === 'string';
  }
  if (/^-[A-Za-z]$/.test(token)) return Object.values(options).some((o) => o.short === token[1] && o.type === 'string');
  return false;
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
