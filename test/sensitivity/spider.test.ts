import { describe, expect, it } from 'vitest';
import { spider, uniform } from '../../src/index';

describe('spider', () => {
  const problem = {
    model: (x: Record<string, number>) => x.a! * x.a! + x.b!,
    params: { a: [0, 2] as [number, number], b: uniform({ min: 0, max: 100 }) },
  };

  it('sweeps a range evenly and a distribution through its quantiles p5..p95', () => {
    const result = spider(problem, { steps: 3 });
    // Reference: base a = 1, b = median 50.
    expect(result.base).toBe(51);
    expect(result.mode).toBe('range');
    expect(result.lines).toEqual([
      { param: 'a', values: [0, 1, 2], offsets: [0, 0.5, 1], outputs: [50, 51, 54], swing: 4 },
      { param: 'b', values: [5, 50, 95], offsets: [0, 0.5, 1], outputs: [6, 51, 96], swing: 90 },
    ]);
  });

  it('sweeps ±span of the base value in relative mode', () => {
    const result = spider(problem, { steps: 5, span: 0.5 });
    expect(result.mode).toBe('relative');
    expect(result.lines[0]!.offsets).toEqual([-0.5, -0.25, 0, 0.25, 0.5]);
    expect(result.lines[0]!.values).toEqual([0.5, 0.75, 1, 1.25, 1.5]);
    expect(result.lines[1]!.values).toEqual([25, 37.5, 50, 62.5, 75]);
    expect(result.lines[0]!.outputs).toEqual([50.25, 50.5625, 51, 51.5625, 52.25]);
  });

  it('defaults to 11 steps', () => {
    expect(spider(problem).lines[0]!.values).toHaveLength(11);
  });

  it('rejects bad steps and span', () => {
    expect(() => spider(problem, { steps: 2.5 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: spider: steps must be an integer ≥ 2, got 2.5]`,
    );
    expect(() => spider(problem, { span: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: spider: span must be a finite fraction > 0 (0.2 is ±20%), got 0]`,
    );
    const zero = { model: (x: Record<string, number>) => x.a!, params: { a: [-1, 1] as [number, number] } };
    expect(() => spider(zero, { span: 0.1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: spider: span needs a non-zero base value, but a has base 0; sweep its range without span]`,
    );
  });
});
