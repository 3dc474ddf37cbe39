import { z } from 'zod';
import { toAmount } from '../../money/parseAmount';
import { toRate } from '../../money/parseRate';
import type { Distribution, DistributionDocument, ParamProblem } from './distribution';
import { fromInterval, fromIntervalProblem } from './fromInterval';
import { lognormal, lognormalProblem } from './lognormal';
import { normal, normalProblem } from './normal';
import { pert, pertProblem, type PertParams } from './pert';
import { triangular, triangularProblem } from './triangular';
import { uniform, uniformProblem } from './uniform';

/**
 * A number in a document: a finite number, a percentage string (`"20%"` → 0.2, read by the money layer's rate
 * parser) or an amount string (`"$580M"` → 580000000, `"0.2"` → 0.2, read by its amount parser).
 */
const documentNumber = z
  .union([z.number(), z.string()])
  .transform((value, ctx) => {
    if (typeof value === 'number') return value;
    try {
      const parsed = value.trim().endsWith('%') ? toRate(value, 'distribution', 'value') : toAmount(value, 'distribution', 'value');
      return parsed.toNumber();
    } catch (error) {
      // The money parsers' own rule says what was expected; only a non-finite value needs the general wording.
      const message = (error as Error).message.replace(/^distribution: value /, '');
      const text = error instanceof RangeError ? message : `must be a number, a percentage like "20%" or an amount like "$580M", got ${JSON.stringify(value)}`;
      ctx.issues.push({ code: 'custom', message: text, input: value });
      return z.NEVER;
    }
  });

/** Marks the issues that are broken parameter rules (RangeError), as opposed to a wrong shape (TypeError). */
const RULE = { rule: true } as const;

/** PERT parameters without an explicit `lambda: undefined` (exactOptionalPropertyTypes). */
function pertParams(doc: { min: number; mode: number; max: number; lambda?: number | undefined }): PertParams {
  const { min, mode, max, lambda } = doc;
  return lambda === undefined ? { min, mode, max } : { min, mode, max, lambda };
}

/** Adds a distribution's parameter rules to its object schema, as issues on the offending field. */
function withRules<T extends z.ZodObject>(schema: T, problemOf: (doc: z.output<T>) => ParamProblem | undefined): T {
  return schema.check((ctx) => {
    const problem = problemOf(ctx.value);
    if (problem) {
      ctx.issues.push({ code: 'custom', message: problem.message, path: [problem.field], input: ctx.value, params: RULE });
    }
  });
}

const normalDocument = withRules(
  z.strictObject({ type: z.literal('normal'), mean: documentNumber, sd: documentNumber }),
  normalProblem,
);
const lognormalDocument = withRules(
  z.strictObject({ type: z.literal('lognormal'), median: documentNumber, sigma: documentNumber }),
  lognormalProblem,
);
const uniformDocument = withRules(
  z.strictObject({ type: z.literal('uniform'), min: documentNumber, max: documentNumber }),
  uniformProblem,
);
const triangularDocument = withRules(
  z.strictObject({ type: z.literal('triangular'), min: documentNumber, mode: documentNumber, max: documentNumber }),
  triangularProblem,
);
const pertDocument = withRules(
  z.strictObject({
    type: z.literal('pert'),
    min: documentNumber,
    mode: documentNumber,
    max: documentNumber,
    lambda: documentNumber.optional(),
  }),
  (doc) => pertProblem(pertParams(doc)),
);
const fromIntervalDocument = withRules(
  z.strictObject({ type: z.literal('fromInterval'), p5: documentNumber, p95: documentNumber }),
  fromIntervalProblem,
);

/**
 * The zod 4 schema of a distribution document, as written in a scenario's `uncertainty`: one of
 * `{ type: 'normal', mean, sd }`, `{ type: 'lognormal', median, sigma }`, `{ type: 'uniform', min, max }`,
 * `{ type: 'triangular', min, mode, max }`, `{ type: 'pert', min, mode, max, lambda? }`,
 * `{ type: 'fromInterval', p5, p95 }`. Objects are strict (an extra key is an issue); numbers may be written as
 * `0.2`, `"20%"` or `"$580M"`; the parsed output has plain numbers. The parameter rules of each distribution (sd > 0,
 * min < max, …) are issues on the offending field. For JSON Schema use `z.toJSONSchema(schema, { io: 'input' })`.
 */
export const distributionDocumentSchema = z.discriminatedUnion(
  'type',
  [
  normalDocument,
  lognormalDocument,
  uniformDocument,
  triangularDocument,
  pertDocument,
  fromIntervalDocument,
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `expected a distribution type: normal, lognormal, uniform, triangular, pert or fromInterval, got ${JSON.stringify((issue.input as { type?: unknown } | undefined)?.type)}`
        : undefined,
  },
);

// DistributionDocument, the parsed form, is written beside Distribution (whose toDocument gives it).
export type { DistributionDocument };

/** A distribution document as written by people: numbers may also be strings such as `"20%"` or `"$580M"`. */
export type DistributionDocumentInput = z.input<typeof distributionDocumentSchema>;

// The hand-written type and the schema's output must stay the same shape.
type Output = z.output<typeof distributionDocumentSchema>;
const sameShape: [Output, DistributionDocument] extends [DistributionDocument, Output] ? true : false = true;
void sameShape;

/**
 * Builds a distribution from its document form (as found in a scenario file), validating it first.
 *
 * @param document - a distribution document: `{ type, ...parameters }` with numbers, `"20%"` or `"$580M"` strings.
 * @throws {TypeError} when the document has the wrong shape (unknown type, missing or extra key, unreadable number).
 * @throws {RangeError} when the numbers break the distribution's rules (sd ≤ 0, min ≥ max, mode outside, p5 ≥ p95).
 * @example
 * distributionFromDocument({ type: 'normal', mean: '20%', sd: 0.05 }).mean; // => 0.2
 * distributionFromDocument({ type: 'uniform', min: '$400M', max: '$800M' }).quantile(0.5); // => 600000000
 * distributionFromDocument({ type: 'normal', mean: 0.2, sd: -1 }); // => throws RangeError
 * distributionFromDocument({ type: 'normal', mean: 0.2, sd: 1, extra: 1 }); // => throws TypeError
 */
export function distributionFromDocument(document: DistributionDocumentInput | DistributionDocument): Distribution {
  const result = distributionDocumentSchema.safeParse(document);
  if (!result.success) {
    const onlyRules = result.error.issues.every((issue) => issue.code === 'custom' && issue.params?.rule === true);
    const message = `distributionFromDocument: ${z.prettifyError(result.error).replace(/\n\s*/g, ' ')}`;
    throw onlyRules ? new RangeError(message) : new TypeError(message);
  }
  const doc = result.data;
  switch (doc.type) {
    case 'normal':
      return normal(doc);
    case 'lognormal':
      return lognormal(doc);
    case 'uniform':
      return uniform(doc);
    case 'triangular':
      return triangular(doc);
    case 'pert':
      return pert(pertParams(doc));
    case 'fromInterval':
      return fromInterval(doc);
  }
}
