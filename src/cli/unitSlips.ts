import { toAmount } from '../money/parseAmount';
import { UsageError } from './UsageError';

// The command line reads what people type, so it refuses two slips the library would take literally: an amount
// typed without its unit (`--from 580` beside `--to 10B`: 580 dollars, 2701% a year) and a rate typed as a
// percentage without its sign (`railway.rate=5`: 500%). The library itself stays literal (580 is 580).

/** A number with nothing around it: no currency sign, no unit, no percent sign (`580`, `1,200`, `0.5`, `5e2`). */
const PLAIN = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** Below this a plain amount beside a large one is taken as a slip (thousands would be written 10K or 10,000). */
const SMALL = 10_000;
/** "Large": a million or more. */
const LARGE = 1_000_000;

/** One amount as typed on the command line, with the words that name it in a message (`--from`, `--set cap.capacity=`). */
export interface TypedAmount {
  readonly name: string;
  readonly text: string;
}

/**
 * Refuses a plain amount below 10,000 written beside one of a million or more: the unit was left out.
 *
 * @param fn - the command, for the message.
 * @param amounts - the amounts as typed; those that are not amounts at all are left to the parser's own error.
 * @throws {UsageError} naming the slip and the fix: `required: --from 580 has no unit, beside --to 10B; did you
 *   mean 580M? (a plain number is in dollars: write $580 if you mean it)`.
 */
export function checkAmountUnits(fn: string, amounts: readonly TypedAmount[]): void {
  const values = amounts.map((a) => ({ ...a, value: valueOf(a.text) }));
  const large = values.find((a) => a.value !== undefined && Math.abs(a.value) >= LARGE);
  if (large?.value === undefined) return;
  const big = Math.abs(large.value);
  for (const a of values) {
    const text = a.text.trim();
    if (a.value === undefined || !PLAIN.test(text) || Math.abs(a.value) >= SMALL || a.value === 0) continue;
    // The unit that brings it nearest the large amount (on a log scale): 580 beside 10B → 580M, 8 beside 580M → 8B.
    const distance = (scale: number) => Math.abs(Math.log((Math.abs(a.value!) * scale) / big));
    const unit = distance(1e6) <= distance(1e9) ? 'M' : 'B';
    throw new UsageError(
      `${fn}: ${typed(a.name, text)} has no unit, beside ${typed(large.name, large.text.trim())}; did you mean ${text}${unit}? ` +
        `(a plain number is in currency units: write $${text.replace(/^\+/, '')} if you mean it)`,
    );
  }
}

/**
 * Refuses a rate written as a plain number above 1 (100%), which is almost always a percentage without its sign.
 *
 * @param fn - the command, for the message.
 * @param name - how the rate was given (`--set railway.rate`).
 * @param text - the rate as typed; `"5%"`, `"0.05"` and `"1.5"`-style fractions up to 1 pass.
 * @throws {UsageError} `run: --set railway.rate=5: write 5% for five percent; 5 means 500%`.
 */
export function checkPlainRate(fn: string, name: string, text: string): void {
  const typed = text.trim();
  if (!PLAIN.test(typed)) return;
  const value = Number(typed.replace(/,/g, ''));
  if (!(Math.abs(value) > 1)) return;
  const words = `${NUMBER_WORDS[Math.abs(value)] ?? typed.replace(/^[+-]/, '')} percent`;
  throw new UsageError(`${fn}: ${name}=${typed}: write ${typed}% for ${value < 0 ? 'minus ' : ''}${words}; ${typed} means ${percent(value)}`);
}

const NUMBER_WORDS: Record<number, string> = { 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten', 12: 'twelve', 15: 'fifteen', 20: 'twenty' };

/** `--from 580`, or `--set cap.capacity=8` when the name ends in `=`. */
function typed(name: string, text: string): string {
  return name.endsWith('=') ? `${name}${text}` : `${name} ${text}`;
}

function valueOf(text: string): number | undefined {
  try {
    return toAmount(text, 'cli', 'amount').toNumber();
  } catch {
    return undefined;
  }
}

/** 5 → "500%", 2.5 → "250%": the plain number read as a fraction, in words a reader checks at a glance. */
function percent(value: number): string {
  return `${Number((value * 100).toPrecision(12))}%`;
}
