import { z } from 'zod';
import type { Decimal } from '../money/decimal';
import type { AmountInput } from '../money/parseAmount';
import { describeType, isoDateField, textField, yearField } from '../scenario/fields';
import { ScenarioError, formatPath, type ScenarioIssue } from '../scenario/ScenarioError';
import { buildSeries } from './internal/buildSeries';
import { tradeAmount } from './internal/tradeAmount';
import type { TradeFlow, TradeSeries, TradeSource } from './types';

/** One year of a series as written: a value, or `null` for a year known to have no value. */
export interface TradePointInput {
  readonly year: number;
  readonly value: AmountInput | null;
}

/** What {@link tradeSeries} takes: a TradeSeries as people write it. */
export interface TradeSeriesInput {
  /** The reporting country (ISO3 where known, else a name), 1–200 characters. */
  readonly reporter: string;
  readonly partner?: string;
  /** Default `'total'`. */
  readonly flow?: TradeFlow;
  /** Only `'USD'` (the default). */
  readonly unit?: 'USD';
  /** Default `'nominal'`; a `'real'` series needs its `baseYear`. */
  readonly basis?: 'nominal' | 'real';
  readonly baseYear?: number;
  /** Where the values come from: `title` is required. */
  readonly source: TradeSource;
  /** ISO date (`2025-02-10`) the data are as of. */
  readonly asOf?: string;
  /** Years ascending, each once; values in USD (not millions), ≥ 0; `null` marks a year without a value. */
  readonly points: readonly TradePointInput[];
  /** More years without a value (a TradeSeries passed back in keeps its own this way). */
  readonly missing?: readonly number[];
  /** Ignored if given: gaps are always computed from the points. */
  readonly gaps?: readonly number[];
}

const FLOWS = ['total', 'exports', 'imports'] as const;

const value = z.unknown().transform((input, ctx): Decimal | null => {
  if (input === null) return null;
  if (input === undefined) {
    ctx.addIssue({ code: 'custom', message: 'is required (null for a year without a value)', input });
    return z.NEVER;
  }
  const problem = tradeAmount(input);
  if (typeof problem === 'string') {
    ctx.addIssue({ code: 'custom', message: problem, input });
    return z.NEVER;
  }
  return problem;
});

const name = () => textField(200).min(1, { error: 'expected a name (not empty)' });

const schema = z.strictObject({
  reporter: name(),
  partner: name().optional(),
  flow: z
    .enum(FLOWS, { error: (issue) => `expected 'total', 'exports' or 'imports', got ${JSON.stringify(issue.input)}` })
    .default('total'),
  unit: z
    .literal('USD', { error: (issue) => `expected "USD" (amounts in US dollars), got ${JSON.stringify(issue.input)}` })
    .default('USD'),
  basis: z
    .enum(['nominal', 'real'], { error: (issue) => `expected 'nominal' or 'real', got ${JSON.stringify(issue.input)}` })
    .default('nominal'),
  baseYear: yearField().optional(),
  source: z.strictObject(
    {
      title: textField(500).min(1, { error: 'expected a title (not empty)' }),
      citation: textField(5000).optional(),
      url: textField(2000).optional(),
      note: textField().optional(),
    },
    { error: (issue) => `expected a source like { title: "UN Comtrade" }, got ${describeType(issue.input)}` },
  ),
  asOf: isoDateField().optional(),
  points: z
    .array(z.strictObject({ year: yearField(), value }, { error: (issue) => `expected { year, value }, got ${describeType(issue.input)}` }), {
      error: (issue) => `expected a list of { year, value }, got ${describeType(issue.input)}`,
    })
    .min(1, { error: 'expected at least one point' })
    .max(1000, { error: 'expected at most 1000 points' }),
  missing: z.array(yearField()).max(1000).default([]),
  gaps: z.array(z.number()).optional(),
}, { error: (issue) => `expected a trade series (an object), got ${describeType(issue.input)}` });

/**
 * Validates one annual trade series and returns it frozen, values as exact Decimals in USD.
 *
 * Every problem is reported at once in a `ScenarioError` whose issues name the field by path (`points[3].year`).
 * Years must ascend, each once; a `null` value marks a year without data (listed in `missing`, and in `gaps` when
 * it lies between known years); a year simply absent between known years is a gap too. A value of 0 is allowed
 * (COW writes 0 for a flow under $0.5M), though a growth fit cannot take its logarithm.
 *
 * @param input - see {@link TradeSeriesInput}; values are amounts as people write them (`248e6`, `"$248M"`).
 * @throws {ScenarioError} listing every invalid field (context "invalid trade series").
 * @example
 * const s = tradeSeries({ reporter: 'AZE', partner: 'IRN', source: { title: 'my notes' },
 *   points: [{ year: 2022, value: '$480M' }, { year: 2023, value: null }, { year: 2024, value: '580M' }] });
 * s.points.map((p) => p.value.toString()); // => ['480000000', '580000000']
 * s.gaps; // => [2023]
 * s.flow; // => 'total'
 * tradeSeries({ reporter: 'AZE', source: { title: 'x' }, points: [{ year: 2024, value: -1 }] }); // => throws ScenarioError
 */
export function tradeSeries(input: TradeSeriesInput): TradeSeries {
  const issues: ScenarioIssue[] = [];
  const parsed = schema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    issues.push(...parsed.error.issues.flatMap((issue) => toIssues(issue)));
    throw new ScenarioError(issues, 'invalid trade series');
  }
  const doc = parsed.data;
  if (doc.basis === 'real' && doc.baseYear === undefined) {
    issues.push({ path: 'baseYear', message: "is required for a 'real' series (the year whose prices it uses)" });
  }
  if (doc.basis === 'nominal' && doc.baseYear !== undefined) {
    issues.push({ path: 'baseYear', message: `only a 'real' series has a price base year, got ${doc.baseYear} with basis 'nominal'` });
  }
  const seen = new Map<number, string>();
  doc.points.forEach((p, i) => {
    const other = seen.get(p.year);
    const previous = doc.points[i - 1];
    if (other !== undefined) {
      issues.push({ path: `points[${i}].year`, message: `duplicate year ${p.year} (also ${other})` });
    } else if (previous !== undefined && p.year < previous.year) {
      issues.push({ path: `points[${i}].year`, message: `years must ascend: ${p.year} comes after ${previous.year} (points[${i - 1}])` });
    }
    if (!seen.has(p.year)) seen.set(p.year, `points[${i}]`);
  });
  doc.missing.forEach((year, i) => {
    const other = seen.get(year);
    if (other !== undefined) issues.push({ path: `missing[${i}]`, message: `year ${year} is listed in ${other} as well` });
    else seen.set(year, `missing[${i}]`);
  });
  if (issues.length > 0) throw new ScenarioError(issues, 'invalid trade series');

  const known = doc.points.filter((p): p is { year: number; value: Decimal } => p.value !== null);
  const missing = [...doc.missing, ...doc.points.filter((p) => p.value === null).map((p) => p.year)];
  return buildSeries(
    {
      reporter: doc.reporter,
      partner: doc.partner,
      flow: doc.flow,
      basis: doc.basis,
      baseYear: doc.baseYear,
      source: stripUndefined(doc.source),
      asOf: doc.asOf,
    },
    known,
    missing,
  );
}

function stripUndefined(source: { title: string; citation?: string | undefined; url?: string | undefined; note?: string | undefined }): TradeSource {
  const out: { title: string; citation?: string; url?: string; note?: string } = { title: source.title };
  if (source.citation !== undefined) out.citation = source.citation;
  if (source.url !== undefined) out.url = source.url;
  if (source.note !== undefined) out.note = source.note;
  return out;
}

function toIssues(issue: z.core.$ZodIssue): ScenarioIssue[] {
  const path = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: `unknown field "${key}"` }));
  }
  const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined;
  return [{ path, message: missing ? 'is required' : issue.message }];
}
