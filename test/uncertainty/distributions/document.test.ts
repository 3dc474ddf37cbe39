import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  distributionDocumentSchema,
  distributionFromDocument,
  type DistributionDocument,
} from '../../../src/uncertainty/distributions/document';
import { fromInterval } from '../../../src/uncertainty/distributions/fromInterval';
import { pert } from '../../../src/uncertainty/distributions/pert';

const documents: DistributionDocument[] = [
  { type: 'normal', mean: 0.2, sd: 0.05 },
  { type: 'lognormal', median: 580e6, sigma: 0.3 },
  { type: 'uniform', min: -0.1, max: 0.3 },
  { type: 'triangular', min: 0.05, mode: 0.15, max: 0.4 },
  { type: 'pert', min: 0.05, mode: 0.2, max: 0.6 },
  { type: 'pert', min: 0.05, mode: 0.2, max: 0.6, lambda: 6 },
  { type: 'fromInterval', p5: -0.3, p95: 0.1 },
  { type: 'fromInterval', p5: 300e6, p95: 1200e6 },
];

describe('distributionFromDocument', () => {
  it.each(documents)('round-trips %o through toDocument', (doc) => {
    const d = distributionFromDocument(doc);
    expect(d.type).toBe(doc.type);
    expect(d.toDocument()).toEqual(doc);
    expect(distributionDocumentSchema.parse(d.toDocument())).toEqual(doc);
  });

  it('reads percentages and amounts with the money layer', () => {
    expect(distributionFromDocument({ type: 'normal', mean: '20%', sd: '5%' }).toDocument()).toEqual({
      type: 'normal',
      mean: 0.2,
      sd: 0.05,
    });
    expect(distributionFromDocument({ type: 'fromInterval', p5: '$300M', p95: '1.2 billion' }).toDocument()).toEqual({
      type: 'fromInterval',
      p5: 300e6,
      p95: 1.2e9,
    });
    expect(distributionFromDocument({ type: 'uniform', min: '-0.1', max: '0.3' }).mean).toBeCloseTo(0.1, 15);
    expect(distributionFromDocument({ type: 'pert', min: 0, mode: 1, max: 2, lambda: '4' }).mean).toBe(1);
  });

  it('builds the same distribution as the constructor', () => {
    const a = distributionFromDocument({ type: 'pert', min: 0, mode: 0.3, max: 1 });
    const b = pert({ min: 0, mode: 0.3, max: 1 });
    expect(a.quantile(0.37)).toBe(b.quantile(0.37));
    expect(distributionFromDocument({ type: 'fromInterval', p5: 1, p95: 2 }).quantile(0.2)).toBe(
      fromInterval({ p5: 1, p95: 2 }).quantile(0.2),
    );
  });

  it('throws a TypeError for a wrong shape and a RangeError for a broken rule', () => {
    expect(() => distributionFromDocument({ type: 'normal', mean: 0.2, sd: 0.05, extra: 1 } as never))
      .toThrowErrorMatchingInlineSnapshot(`[TypeError: distributionFromDocument: ✖ Unrecognized key: "extra"]`);
    expect(() => distributionFromDocument({ type: 'beta', a: 1 } as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: distributionFromDocument: ✖ expected a distribution type: normal, lognormal, uniform, triangular, pert or fromInterval, got "beta" → at type]`,
    );
    expect(() => distributionFromDocument({ type: 'normal', mean: 'lots', sd: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: distributionFromDocument: ✖ must be a number, a percentage like "20%" or an amount like "$580M", got "lots" → at mean]`,
    );
    expect(() => distributionFromDocument({ type: 'normal', mean: 0.2 } as never)).toThrow(TypeError);
    expect(() => distributionFromDocument({ type: 'normal', mean: Number.NaN, sd: 1 })).toThrow(TypeError);
    expect(() => distributionFromDocument({ type: 'normal', mean: 0.2, sd: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: distributionFromDocument: ✖ sd must be > 0, got 0 → at sd]`,
    );
    expect(() => distributionFromDocument({ type: 'triangular', min: 0, mode: '150%', max: 1 }))
      .toThrowErrorMatchingInlineSnapshot(
        `[RangeError: distributionFromDocument: ✖ mode must be in [min, max] = [0, 1], got 1.5 → at mode]`,
      );
    expect(() => distributionFromDocument({ type: 'fromInterval', p5: '$2B', p95: '$1B' })).toThrow(RangeError);
  });
});

describe('distributionDocumentSchema', () => {
  it('reports each broken rule at its path when embedded in a larger document', () => {
    const scenario = z.object({ uncertainty: z.record(z.string(), distributionDocumentSchema) });
    const result = scenario.safeParse({
      uncertainty: {
        'base.rate': { type: 'normal', mean: 0.2, sd: -0.05 },
        'baseline.value': { type: 'uniform', min: '$600M', max: '$500M' },
        'shock.size': { type: 'pert', min: 0, mode: 0.5, max: 1, lambda: 0 },
      },
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path)).toEqual([
      ['uncertainty', 'base.rate', 'sd'],
      ['uncertainty', 'baseline.value', 'max'],
      ['uncertainty', 'shock.size', 'lambda'],
    ]);
  });

  it('converts to a JSON Schema of its input form', () => {
    const schema = z.toJSONSchema(distributionDocumentSchema, { io: 'input' }) as { oneOf: { properties: object }[] };
    expect(schema.oneOf.map((option) => Object.keys(option.properties))).toEqual([
      ['type', 'mean', 'sd'],
      ['type', 'median', 'sigma'],
      ['type', 'min', 'max'],
      ['type', 'min', 'mode', 'max'],
      ['type', 'min', 'mode', 'max', 'lambda'],
      ['type', 'p5', 'p95'],
    ]);
  });
});
