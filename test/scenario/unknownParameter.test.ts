import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../src/index';
import { unknownParameter } from '../../src/scenario/unknownParameter';

describe('unknownParameter (the one error for a name a scenario lacks)', () => {
  it('places the issue at the path given, lists the valid names and names the caller', () => {
    const error = unknownParameter({ name: 'demo' }, ['baseline.value', 'base.rate'], 'base.rat', 'uncertain["base.rat"]', 'simulate');
    expect(error).toBeInstanceOf(ScenarioError);
    expect(error.issues).toEqual([
      { path: 'uncertain["base.rat"]', message: 'unknown parameter; valid parameters of "demo": baseline.value, base.rate' },
    ]);
    expect(error.message).toMatchInlineSnapshot(`
      "simulate: unknown parameter "base.rat" (1 problem):
        - uncertain["base.rat"]: unknown parameter; valid parameters of "demo": baseline.value, base.rate"
    `);
  });
});
