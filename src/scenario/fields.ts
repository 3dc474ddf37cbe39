import { z } from 'zod';
import { isReservedName, RESERVED_NAME_RULE } from '../internal/reservedName';
import { toAmount } from '../money/parseAmount';
import { toRate } from '../money/parseRate';
import type { Decimal } from '../money/decimal';

/**
 * zod field builders for scenario documents and user-written drivers. Amounts and rates accept the same forgiving
 * inputs as the growth maths (`"$580M"`, `"20%"`) and parse to exact Decimals; years are whole numbers.
 */

const numberOrString = z.union([z.number(), z.string()], {
  error: (issue) =>
    typeof issue.input === 'number'
      ? `expected a finite number, got ${String(issue.input)}`
      : `expected a number or a numeric string, got ${describeType(issue.input)}`,
});

/** How an input reads in a message: `null`, `an array`, `an object`, or its `typeof`. */
export function describeType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  return typeof input === 'object' ? 'an object' : typeof input;
}

function parsed<T>(parse: (v: number | string) => T) {
  return numberOrString.transform((value, ctx): T => {
    try {
      return parse(value);
    } catch (error) {
      // The money parsers say "fn: what must ...": keep only the rule and the value for a field issue.
      const message = (error as Error).message.replace(/^[^:]+: \S+ /, '');
      ctx.addIssue({ code: 'custom', message, input: value });
      return z.NEVER;
    }
  });
}

/** A growth rate (`0.2`, `"20%"`) greater than −100 %, as a Decimal. */
export function rateField() {
  return parsed((v) => {
    const rate = toRate(v, 'field', 'rate');
    if (rate.lte(-1)) throw new RangeError(`field: rate must be greater than -100%, got ${JSON.stringify(v)}`);
    return rate;
  });
}

/** Any rate-like number (`0.05`, `"5%"`), possibly ≤ −100 % (for example a volatility or a level change). */
export function signedRateField() {
  return parsed((v) => toRate(v, 'field', 'rate'));
}

/** A volatility: a rate ≥ 0. */
export function volatilityField() {
  return parsed((v) => {
    const rate = toRate(v, 'field', 'volatility');
    if (rate.isNegative()) throw new RangeError(`field: volatility must be >= 0, got ${JSON.stringify(v)}`);
    return rate;
  });
}

/**
 * The largest amount a document may hold. Trade in any currency stays far below it (world trade in Iranian rials is
 * about 1e19), while "1e400" — finite for decimal.js — would be Infinity on the float64 path of `simulate`.
 */
export const MAX_AMOUNT = '1e24';
/** The smallest positive amount a document may hold: below it float64 paths lose their digits, then become 0. */
export const MIN_AMOUNT = '1e-12';

/** A positive amount of money (`580e6`, `"$580M"`) from 1e-12 to 1e24, as a Decimal. */
export function amountField() {
  return parsed((v): Decimal => {
    const amount = toAmount(v, 'field', 'amount');
    if (!amount.isPositive() || amount.isZero()) {
      throw new RangeError(`field: amount must be greater than 0, got ${JSON.stringify(v)}`);
    }
    if (amount.gt(MAX_AMOUNT) || amount.lt(MIN_AMOUNT)) {
      throw new RangeError(`field: amount must be from ${MIN_AMOUNT} to ${MAX_AMOUNT}, got ${JSON.stringify(v)}`);
    }
    return amount;
  });
}

/** Calendar years a scenario may use. Documented limits keep a typo from building a 10,000-year horizon. */
export const YEAR_MIN = 1800;
export const YEAR_MAX = 2300;

/** A calendar year: a whole number from 1800 to 2300. */
export function yearField() {
  return z
    .number({ error: (issue) => `expected a year (a whole number), got ${describeType(issue.input)}` })
    .int({ error: (issue) => `expected a whole year like 2026, got ${String(issue.input)}` })
    .min(YEAR_MIN, { error: (issue) => `expected a year from ${YEAR_MIN} to ${YEAR_MAX}, got ${String(issue.input)}` })
    .max(YEAR_MAX, { error: (issue) => `expected a year from ${YEAR_MIN} to ${YEAR_MAX}, got ${String(issue.input)}` });
}

/** A whole number ≥ 0 (a count of years, for example). */
export function countField(max = 100) {
  return z
    .number({ error: (issue) => `expected a whole number, got ${describeType(issue.input)}` })
    .int({ error: (issue) => `expected a whole number, got ${String(issue.input)}` })
    .min(0, { error: (issue) => `expected a whole number >= 0, got ${String(issue.input)}` })
    .max(max, { error: (issue) => `expected at most ${max}, got ${String(issue.input)}` });
}

/** A finite number in [min, max]. */
export function numberField(min = -Infinity, max = Infinity) {
  return z
    .number({ error: (issue) => `expected a number, got ${describeType(issue.input)}` })
    .min(min, { error: (issue) => `expected a number >= ${min}, got ${String(issue.input)}` })
    .max(max, { error: (issue) => `expected a number <= ${max}, got ${String(issue.input)}` });
}

/** Free text up to `max` characters. */
export function textField(max = 2000) {
  return z
    .string({ error: (issue) => `expected text, got ${describeType(issue.input)}` })
    .max(max, { error: `expected at most ${max} characters` });
}

/** The identifier of a driver: `[A-Za-z_][A-Za-z0-9_]*`, at most 64 characters. */
export function idField() {
  return z
    .string({ error: (issue) => `expected an id (text), got ${describeType(issue.input)}` })
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: (issue) => `expected an id like "railway" (letters, digits, _; not starting with a digit), got ${JSON.stringify(issue.input)}` })
    .max(64, { error: 'expected an id of at most 64 characters' })
    .refine((id) => !isReservedName(id), { error: (issue) => `the id ${JSON.stringify(issue.input)} ${RESERVED_NAME_RULE}` });
}

/** A calendar date written as ISO 8601 `YYYY-MM-DD` (the date facts are as of), checked to exist. */
export function isoDateField() {
  return z
    .string({ error: (issue) => `expected an ISO date like "2025-02-10", got ${describeType(issue.input)}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (issue) => `expected an ISO date like "2025-02-10", got ${JSON.stringify(issue.input)}` })
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
      error: (issue) => `expected a date that exists, got ${JSON.stringify(issue.input)}`,
    });
}
