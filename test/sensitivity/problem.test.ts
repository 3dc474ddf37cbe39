import { describe, expect, it } from 'vitest';
import * as api from '../../src/index';
import { normal, uniform } from '../../src/index';
import { resolveProblem } from '../../src/sensitivity/problem';

const uniform10 = uniform({ min: 0, max: 10 });

describe('resolveProblem on a model', () => {
  const model = (x: Record<string, number>) => x.a! + x.b!;

  it('takes a range at its midpoint and a distribution at its median, swept over p5..p95', () => {
    const p = resolveProblem({ model, params: { a: [2, 4], b: uniform10 } }, 'test');
    expect(p.names).toEqual(['a', 'b']);
    expect(Array.from(p.base)).toEqual([3, 5]);
    // Reference: the quantiles of U(0, 10) at 0.05 and 0.95 are 0.5 and 9.5.
    expect(Array.from(p.low)).toEqual([2, 0.5]);
    expect(Array.from(p.high)).toEqual([4, 9.5]);
    const values = (j: number, ...units: number[]) => {
      const out = new Float64Array(units.length);
      p.toValues(j, units.length, Float64Array.from(units), 0, 1, out, 0, 1);
      return Array.from(out);
    };
    expect(values(0, 0.25, 1)).toEqual([2.5, 4]);
    expect(values(1, 0.25, 0.75)).toEqual([2.5, 7.5]);
    expect(p.sweep(1, 0)).toBe(0.5);
    expect(p.sweep(1, 1)).toBe(9.5);
  });

  it('takes a normal at its mean and sweeps it over mean ± 1.645 sd', () => {
    const p = resolveProblem({ model, params: { a: [0, 1], b: normal({ mean: 0.2, sd: 0.1 }) } }, 'test');
    expect(p.base[1]).toBeCloseTo(0.2, 14);
    // Reference: Φ⁻¹(0.95) = 1.6448536269514722 (scipy.stats.norm.ppf(0.95)).
    expect(p.low[1]).toBeCloseTo(0.2 - 0.1 * 1.6448536269514722, 12);
    expect(p.high[1]).toBeCloseTo(0.2 + 0.1 * 1.6448536269514722, 12);
  });

  it('keeps quantiles finite at u = 0 and u = 1', () => {
    const p = resolveProblem({ model, params: { a: [0, 1], b: normal({ mean: 0, sd: 1 }) } }, 'test');
    const out = new Float64Array(2);
    p.toValues(1, 2, Float64Array.of(0, 1), 0, 1, out, 0, 1);
    // Reference: Φ⁻¹(2^−53) = −8.209536151601387 (scipy.stats.norm.ppf(2**-53)); the ends are clamped to 2^−53 from 0 and 1.
    expect(out[0]).toBeCloseTo(-8.209536151601387, 9);
    expect(out[1]).toBeCloseTo(8.209536151601387, 9);
  });

  it('reads a column of a row-major sample and writes a column of a row-major matrix (strides)', () => {
    const p = resolveProblem({ model, params: { a: [2, 4], b: [0, 10] } }, 'test');
    // Two rows of a 2-dimensional unit sample, [u_a, u_b] each; b's column into column 1 of a 2-row, 3-column matrix.
    const units = Float64Array.of(0.5, 0.25, 0, 0.75);
    const out = new Float64Array(6);
    p.toValues(1, 2, units, 1, 2, out, 1, 3);
    // By hand: 0 + 10 · 0.25 = 2.5 and 10 · 0.75 = 7.5; the other cells stay 0.
    expect(Array.from(out)).toEqual([0, 2.5, 0, 0, 7.5, 0]);
  });

  it('evaluates a batch row by row', () => {
    const p = resolveProblem({ model, params: { a: [0, 1], b: [0, 1] } }, 'test');
    const out = new Float64Array(3);
    p.evaluate(Float64Array.of(1, 2, 3, 4, 5, 6), 3, out);
    expect(Array.from(out)).toEqual([3, 7, 11]);
  });

  it('names the parameter values when the model returns NaN or a non-number', () => {
    const bad = resolveProblem({ model: (x: Record<string, number>) => Math.sqrt(x.a!), params: { a: [-1, 1] } }, 'sobol');
    expect(() => bad.evaluate(Float64Array.of(-1), 1, new Float64Array(1))).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: sobol: the model must return a finite number, got NaN at { a: -1 }]`,
    );
    const text = resolveProblem({ model: () => '1' as unknown as number, params: { a: [0, 1], b: [0, 1] } }, 'morris');
    expect(() => text.evaluate(Float64Array.of(0.5, 0.25), 1, new Float64Array(1))).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: morris: the model must return a finite number, got "1" at { a: 0.5, b: 0.25 }]`,
    );
  });

  it('rejects malformed problems with messages that say what was wrong', () => {
    expect(() => resolveProblem(null, 'tornado')).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: tornado: problem must be { model, params } or a scenario, got null]`,
    );
    expect(() => resolveProblem({ model: 1, params: {} }, 'tornado')).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: tornado: problem.model must be a function (x) => number, got 1]`,
    );
    expect(() => resolveProblem({ model, params: {} }, 'tornado')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: tornado: params must name at least one parameter, got an empty record]`,
    );
    expect(() => resolveProblem({ model, params: { a: [2, 2] } }, 'tornado')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: tornado: params.a must be a range [min, max] with min < max, got [2, 2]]`,
    );
    expect(() => resolveProblem({ model, params: { a: [0, Number.NaN] } }, 'tornado')).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: tornado: params.a must be a distribution or a [min, max] range of finite numbers, got [0, NaN]]`,
    );
    expect(() => resolveProblem({ model, params: { a: 5 } }, 'tornado')).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: tornado: params.a must be a distribution or a [min, max] range of finite numbers, got 5]`,
    );
    expect(() => resolveProblem({ model, params: [] }, 'tornado')).toThrow(TypeError);
  });
});

describe('the problem resolver hook', () => {
  it('is gone: scenarios are resolved inside sensitivity, and nothing else registers a kind (issue #16)', () => {
    expect('registerProblemResolver' in api).toBe(false);
  });
});
