import { afterEach, describe, expect, it, vi } from 'vitest';
import { sobol } from '../../src/index';
import { resolveProblem } from '../../src/sensitivity/problem';

/** Names that a compiled loop must quote correctly: a quote, a backslash, a line break, a digit, non-ASCII. */
const AWKWARD = ['a"b', 'c\\d', 'line\nbreak', '7', 'ü'] as const;
const params = Object.fromEntries(AWKWARD.map((name) => [name, [0, 1] as [number, number]]));
/** y = Σ (j + 1)·x_j, written against the awkward names. */
const model = (x: Record<string, number>) => AWKWARD.reduce((sum, name, j) => sum + (j + 1) * x[name]!, 0);

describe('the evaluator of a model (compiled, and the plain loop)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('passes each parameter under its own name, compiled or not, with the same numbers', () => {
    for (const codegen of [true, false]) {
      const problem = resolveProblem({ model, params }, 'sobol', { codegen });
      // An integer-like name comes first in a record's key order, so the columns follow problem.names.
      expect(problem.names).toEqual(['7', 'a"b', 'c\\d', 'line\nbreak', 'ü']);
      // By hand, in that column order: (0.4, 0.1, 0.2, 0.3, 0.5) gives 1·0.1 + 2·0.2 + 3·0.3 + 4·0.4 + 5·0.5 = 5.5.
      const points = Float64Array.of(0.4, 0.1, 0.2, 0.3, 0.5, 1, 1, 1, 1, 1);
      const out = new Float64Array(2);
      problem.evaluate(points, 2, out);
      expect(out[0]).toBeCloseTo(5.5, 14);
      expect(out[1]).toBe(15);
    }
  });

  it('gives sobol the same indices bit for bit with codegen false, and the analytic ones (S_j = (j+1)² / Σ (i+1)²)', () => {
    const compiled = sobol({ model, params }, { n: 1024, seed: 5 });
    expect(sobol({ model, params }, { n: 1024, seed: 5, codegen: false })).toEqual(compiled);
    // A linear model of independent U(0, 1) inputs: V_j ∝ (j + 1)², so S_j = (j + 1)² / 55 for 1 + 4 + 9 + 16 + 25 = 55.
    AWKWARD.forEach((name, j) => expect(compiled.first[name]).toBeCloseTo((j + 1) ** 2 / 55, 2));
  });

  it('falls back to the plain loop where Function is refused (EvalError), with the same numbers', () => {
    const expected = sobol({ model: (x) => x.p! * x.q!, params: { p: [0, 1], q: [1, 2] } }, { n: 256, seed: 2 });
    let refusals = 0;
    vi.stubGlobal('Function', function refuse() {
      refusals++;
      throw new EvalError('Refused to evaluate a string as JavaScript');
    });
    // New names: nothing compiled before can be reused.
    const refused = sobol({ model: (x) => x.pp! * x.qq!, params: { pp: [0, 1], qq: [1, 2] } }, { n: 256, seed: 2 });
    expect(refused.first.pp).toBe(expected.first.p);
    expect(refused.total.qq).toBe(expected.total.q);
    expect(refusals).toBe(1);
  });

  it('names the function, the rule, the value and the point when the model returns something that is not finite', () => {
    const bad = { model: (x: Record<string, number>) => (x.a! > 0.5 ? Number.NaN : x.a!), params: { a: [0.75, 1] as [number, number] } };
    for (const codegen of [true, false]) {
      expect(() => resolveProblem(bad, 'sobol', { codegen }).evaluate(Float64Array.of(0.8), 1, new Float64Array(1))).toThrowErrorMatchingInlineSnapshot(`[RangeError: sobol: the model must return a finite number, got NaN at { a: 0.8 }]`);
    }
    expect(() => sobol(bad, { n: 8, seed: 1, codegen: 'yes' as unknown as boolean })).toThrowErrorMatchingInlineSnapshot(`[TypeError: sobol: codegen must be true or false, got "yes"]`);
  });
});
