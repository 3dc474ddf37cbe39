import { describe, expect, it } from 'vitest';
import { grid } from '../../src/index';

describe('grid', () => {
  const problem = {
    model: (x: Record<string, number>) => 100 * x.rows! + x.cols! + 1000 * x.other!,
    params: { cols: [0, 4], rows: [0, 2], other: [1, 3] } as const,
  };

  it('lays out output[i][j] at y.values[i] and x.values[j], the rest at base', () => {
    const result = grid(problem, { x: 'cols', y: 'rows', steps: 3 });
    // Reference: other stays at its midpoint 2, adding 2000 everywhere.
    expect(result).toEqual({
      x: { param: 'cols', values: [0, 2, 4] },
      y: { param: 'rows', values: [0, 1, 2] },
      output: [
        [2000, 2002, 2004],
        [2100, 2102, 2104],
        [2200, 2202, 2204],
      ],
    });
  });

  it('takes explicit values for either axis', () => {
    const result = grid(problem, { x: 'cols', y: 'rows', xValues: [7], yValues: [5, 6] });
    expect(result.output).toEqual([[2507], [2607]]);
  });

  it('does not keep the caller’s arrays', () => {
    const xValues = [1, 2];
    const result = grid(problem, { x: 'cols', y: 'rows', xValues });
    xValues.push(3);
    expect(result.x.values).toEqual([1, 2]);
  });

  it('rejects unknown or equal axes and bad values', () => {
    expect(() => grid(problem, { x: 'cols', y: 'row' })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: grid: y must be one of the parameters "cols", "rows", "other", got "row"]`,
    );
    expect(() => grid(problem, { x: 'cols', y: 'cols' })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: grid: x and y must be different parameters, got "cols" twice]`,
    );
    expect(() => grid(problem, { x: 'cols', y: 'rows', xValues: [] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: grid: xValues must be a non-empty array of finite numbers, got an array of 0]`,
    );
    expect(() => grid(problem, { x: 'cols', y: 'rows', yValues: [1, Number.NaN] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: grid: yValues[1] must be a finite number, got NaN]`,
    );
  });
});
