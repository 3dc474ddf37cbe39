import { show } from '../internal/show';
import { resolveParams, type ModelProblem, type ResolvedProblem } from './resolveParams';
import { codegenIn, isScenarioProblem, resolveScenarioProblem } from './scenarioProblem';
import { modelEvaluator } from './internal/modelEvaluator';
import { codegenOption } from '../simulation/plan';

export type { ModelProblem, ParamSpec, ResolvedProblem } from './resolveParams';

/** Turns any supported problem into arrays, or throws a TypeError/RangeError naming `fnName`. */
export function resolveProblem(problem: unknown, fnName: string, options?: unknown): ResolvedProblem {
  if (isScenarioProblem(problem)) return resolveScenarioProblem(problem, fnName, { codegen: codegenIn(options) });
  if (typeof problem !== 'object' || problem === null || !('model' in problem)) {
    throw new TypeError(`${fnName}: problem must be { model, params } or a scenario, got ${show(problem)}`);
  }
  const { model, params } = problem as { model: unknown; params: unknown };
  if (typeof model !== 'function') {
    throw new TypeError(`${fnName}: problem.model must be a function (x) => number, got ${show(model)}`);
  }
  const resolved = resolveParams(params, fnName);
  return { ...resolved, evaluate: modelEvaluator(model as ModelProblem['model'], resolved.names, fnName, codegenOption(codegenIn(options), fnName)) };
}

/** The index of parameter `name`, or a RangeError that lists the valid names. */
export function paramIndex(problem: ResolvedProblem, name: unknown, fnName: string, what: string): number {
  const j = typeof name === 'string' ? problem.names.indexOf(name) : -1;
  if (j < 0) {
    throw new RangeError(
      `${fnName}: ${what} must be one of the parameters ${problem.names.map((n) => JSON.stringify(n)).join(', ')}, got ${show(name)}`,
    );
  }
  return j;
}

/** Every key of `record` must be a parameter name. */
export function checkParamKeys(problem: ResolvedProblem, record: object, fnName: string, what: string): void {
  for (const key of Object.keys(record)) paramIndex(problem, key, fnName, `each key of ${what}`);
}
