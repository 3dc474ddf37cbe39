import { show } from '../../internal/show';
import type { ModelProblem, ResolvedProblem } from '../resolveParams';

type Evaluate = ResolvedProblem['evaluate'];

/**
 * The `evaluate` of a user's model: fills one reused object of the named parameters per point, calls the model
 * and checks that it returned a finite number.
 *
 * With `codegen` (the default) the loop is written out for these names and compiled with `Function`: each parameter
 * is stored under its own constant key into an object literal of a fixed shape, and the one call site sees only
 * this model, so the engine can keep the object's layout and inline the model. The plain loop (used when `codegen`
 * is false, or where a Content-Security-Policy forbids `Function`) stores by computed key, which on a cheap model
 * costs several times more; both give the same numbers in the same order.
 */
export function modelEvaluator(model: ModelProblem['model'], names: readonly string[], fnName: string, codegen: boolean): Evaluate {
  const k = names.length;
  const fail = (points: Float64Array, row: number, y: unknown): never => {
    const at = names.map((name, j) => `${name}: ${points[row + j]}`).join(', ');
    throw new RangeError(`${fnName}: the model must return a finite number, got ${show(y)} at { ${at} }`);
  };
  if (codegen) {
    // The same model with the same names (a second call, another method) gets the same compiled loop back, already
    // warmed up by the engine; a WeakMap, so a model that is dropped takes its loops with it.
    const key = `${fnName}\u0000${names.join('\u0000')}`;
    let byNames = evaluators.get(model);
    const cached = byNames?.get(key);
    if (cached !== undefined) return cached;
    const compiled = compiledEvaluator(model, names, fail);
    if (compiled !== undefined) {
      if (byNames === undefined) evaluators.set(model, (byNames = new Map()));
      byNames.set(key, compiled);
      return compiled;
    }
  }
  return (points, n, out) => {
    const x: Record<string, number> = {};
    for (let j = 0; j < k; j++) x[names[j]!] = 0;
    for (let i = 0, row = 0; i < n; i++, row += k) {
      for (let j = 0; j < k; j++) x[names[j]!] = points[row + j]!;
      const y = model(x);
      if (typeof y !== 'number' || !Number.isFinite(y)) fail(points, row, y);
      out[i] = y;
    }
  };
}

/** Compiled loops by model, then by caller and names. */
const evaluators = new WeakMap<ModelProblem['model'], Map<string, Evaluate>>();
/** Compiled factories by source (the names decide it), so that models with the same names share one compiled site. */
const factories = new Map<string, (model: ModelProblem['model'], fail: (points: Float64Array, row: number, y: unknown) => never) => Evaluate>();
/** Distinct sources kept at most; past it the oldest is dropped. */
const MAX_FACTORIES = 64;

/** The loop written out for `names` (each a JSON string literal in the source), or undefined where `Function` is forbidden. */
function compiledEvaluator(
  model: ModelProblem['model'],
  names: readonly string[],
  fail: (points: Float64Array, row: number, y: unknown) => never,
): Evaluate | undefined {
  const keys = names.map((name) => JSON.stringify(name));
  const source = [
    'return function evaluate(points, n, out) {',
    `  const x = { ${keys.map((key) => `${key}: 0`).join(', ')} };`,
    `  for (let i = 0, row = 0; i < n; i++, row += ${names.length}) {`,
    ...keys.map((key, j) => `    x[${key}] = points[row + ${j}];`),
    '    const y = model(x);',
    "    if (typeof y !== 'number' || !(y - y === 0)) fail(points, row, y);",
    '    out[i] = y;',
    '  }',
    '};',
  ].join('\n');
  let factory = factories.get(source);
  if (factory === undefined) {
    try {
      factory = new Function('model', 'fail', source) as NonNullable<typeof factory>;
    } catch (error) {
      if (error instanceof EvalError) return undefined;
      throw error;
    }
    if (factories.size >= MAX_FACTORIES) factories.delete(factories.keys().next().value!);
    factories.set(source, factory);
  }
  return factory(model, fail);
}
