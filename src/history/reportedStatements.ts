import { REPORTED_ROWS } from './data/statements';
import type { ReportedStatement } from './types';

const FROZEN: readonly ReportedStatement[] = Object.freeze(REPORTED_ROWS.map((r) => Object.freeze({ ...r })));

/**
 * Azerbaijan–Iran trade after 2014 (where COW ends) as officials stated it in the press, with the URL of each
 * report. They differ in coverage (goods or all, oil or non-oil), calendar (Gregorian or Iranian year) and
 * reporter: statements to quote, not one series to fit.
 *
 * @returns the statements in the order of the record, amounts in USD (null where only a change was stated).
 * @example
 * reportedStatements().length; // => 7
 * reportedStatements().find((r) => r.period === '2024' && r.value !== null).value; // => 580000000
 * reportedStatements().every((r) => r.source.startsWith('http')); // => true
 */
export function reportedStatements(): readonly ReportedStatement[] {
  return FROZEN;
}
