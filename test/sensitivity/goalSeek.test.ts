import { describe, expect, it } from 'vitest';
import { goalSeek, lognormal } from '../../src/index';

const growth = {
  // Five years of compound growth from $580M.
  model: (x: Record<string, number>) => 580e6 * (1 + x.rate!) ** 5,
  params: { rate: [0, 0.5] as [number, number] },
};

describe('goalSeek', () => {
  it('finds the rate that reaches $10B in five years', () => {
    const result = goalSeek(growth, { param: 'rate', target: 10e9 });
    // Reference: (10e9 / 580e6)^(1/5) − 1 = 0.7673… (DESIGN.md's required CAGR ≈ 76.73 %); found by widening past 0.5.
    expect(result.found).toBe(true);
    if (result.found) expect(result.value).toBeCloseTo((10e9 / 580e6) ** (1 / 5) - 1, 10);
  });

  it('stays inside given bounds and says why nothing there reaches the target', () => {
    const result = goalSeek(growth, { param: 'rate', target: 10e9, bounds: [-0.5, 0.5] });
    expect(result).toMatchInlineSnapshot(`
      {
        "found": false,
        "reason": "goalSeek: no value of rate in [-0.5, 0.5] reaches 10000000000: the output ranges from 18125000 to 4404375000 there",
      }
    `);
  });

  it('finds a root of a non-monotone model between equal-signed ends', () => {
    // (x − 0.3)(x − 0.7) is 0.21 at both ends of [0, 1] and negative between its roots 0.3 and 0.7.
    const problem = { model: (x: Record<string, number>) => (x.x! - 0.3) * (x.x! - 0.7), params: { x: [0, 1] as [number, number] } };
    const result = goalSeek(problem, { param: 'x', target: 0 });
    expect(result.found).toBe(true);
    if (result.found) expect(result.value).toBeCloseTo(0.3, 10);
  });

  it('holds the other parameters at their base values', () => {
    const problem = { model: (x: Record<string, number>) => x.a! * x.b!, params: { a: [0, 10], b: [1, 3] } as const };
    const result = goalSeek(problem, { param: 'a', target: 8 });
    // Reference: b stays at its midpoint 2, so a = 8 / 2.
    expect(result).toMatchObject({ found: true, value: 4 });
  });

  it('never widens past a distribution\'s support', () => {
    const problem = { model: (x: Record<string, number>) => x.level!, params: { level: lognormal({ median: 1, sigma: 0.5 }) } };
    const result = goalSeek(problem, { param: 'level', target: -1 });
    expect(result.found).toBe(false);
    if (!result.found) expect(result.reason).toMatch(/^goalSeek: no value of level in \[0, /);
  });

  it('rejects bad options with messages naming the rule', () => {
    expect(() => goalSeek(growth, { param: 'growth', target: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: goalSeek: param must be one of the parameters "rate", got "growth"]`,
    );
    expect(() => goalSeek(growth, { param: 'rate' })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: goalSeek: target must be a finite number, got undefined]`,
    );
    expect(() => goalSeek(growth, { param: 'rate', target: 1, bounds: [1, 0] })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: goalSeek: bounds must be [lo, hi] with finite lo < hi, got [1, 0]]`,
    );
    expect(() => goalSeek(growth, { param: 'rate', target: 1, tolerance: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: goalSeek: tolerance must be a finite number > 0, got 0]`,
    );
  });
});
