import { show } from '../internal/show';
import type { Scenario, ScenarioDocument } from '../scenario/document';
import { defineScenario, isScenario } from '../scenario/defineScenario';
import { parameterTable, type Parameter } from '../scenario/parameters';
import { isPerYearVolatility } from '../scenario/isPerYearVolatility';
import { unknownParameter } from '../scenario/unknownParameter';
import { isDistribution, type Distribution } from '../uncertainty/distributions/distribution';
import { distributionFromDocument, type DistributionDocumentInput } from '../uncertainty/distributions/document';
import { compileKernel, type ComponentKernelOptions as KernelOptions, type Kernel } from '../simulation/kernel';
import { checkComponent } from '../simulation/components';
import { codegenOption } from '../simulation/plan';
import { RATE_FLOOR } from '../uncertainty/rateFloor';
import { resolveParams, type ModelProblem, type ParamSpec, type ResolvedProblem } from './resolveParams';

/**
 * What a scenario analysis measures, from the float64 path of one run (values by year index, baseline first):
 * - `'final'` (default): the value at the end of the horizon;
 * - `{ year }`: the value in that year;
 * - `{ component }`, `{ component, year }`: a component's value at the end of the horizon, or in that year (the
 *   analyses then look at that component; a real basis divides by the deflator as in `simulate`);
 * - `'yearReached'`: the first year the target is reached, a miss counting as `endYear + 1`;
 * - `'cagr'`: the compound growth a year achieved from the baseline to the end of the horizon;
 * - a function of the path and the years.
 */
export type ScenarioOutput =
  | 'final'
  | { readonly year: number; readonly component?: string }
  | { readonly component: string; readonly year?: number }
  | 'yearReached'
  | 'cagr'
  | ((path: Float64Array, years: readonly number[]) => number);

/** A scenario as a sensitivity problem. */
export interface ScenarioProblem {
  readonly scenario: Scenario | ScenarioDocument;
  /**
   * The parameters to analyse: distributions or `[min, max]` ranges by address, or a list of addresses (moved ±10 %
   * of their value, at least ±0.01 for a rate). Default: the scenario's `uncertainty`, or else every continuous
   * parameter (rates, amounts, levels; not years).
   */
  readonly params?: Readonly<Record<string, ParamSpec | DistributionDocumentInput>> | readonly string[];
  readonly output?: ScenarioOutput;
}

/** Anything a sensitivity method analyses: a user's model, a scenario problem, or a scenario itself. */
export type Problem = ModelProblem | ScenarioProblem | Scenario | ScenarioDocument;

/** Default one-at-a-time move: ±10 % of the value, at least ±0.01 for a rate (DESIGN: tornado). */
const RELATIVE = 0.1;
const MIN_RATE_MOVE = 0.01;
/** How many points the kernel runs at once; the path buffer is sized for this many. */
const BATCH = 4096;

/** True for a scenario, a scenario document, or an object `{ scenario, params?, output? }`. */
export function isScenarioProblem(problem: unknown): boolean {
  if (isScenario(problem) || isDocument(problem)) return true;
  return typeof problem === 'object' && problem !== null && 'scenario' in problem && !('model' in problem);
}

/** A scenario document given where a problem goes: it has a baseline and drivers, and no model. */
function isDocument(problem: unknown): problem is ScenarioDocument {
  return typeof problem === 'object' && problem !== null && 'baseline' in problem && 'drivers' in problem && !('model' in problem) && !('scenario' in problem);
}

/** The scenario problem a scenario, a document or `{ scenario, … }` stands for. */
export function asProblem(problem: unknown): ScenarioProblem {
  return isScenario(problem) || isDocument(problem) ? { scenario: problem } : (problem as ScenarioProblem);
}

/**
 * Resolves a scenario problem for the sensitivity methods: the float64 kernel evaluates the points, each
 * parameter's base is its value in the scenario, and volatility is off (each growth rate at its mean), so the
 * output is a deterministic function of the parameters.
 */
export function resolveScenarioProblem(problem: unknown, fnName: string, extra: { byYear?: boolean; output?: ScenarioOutput; codegen?: unknown } = {}): ResolvedProblem {
  const p = asProblem(problem);
  const scenario = defineScenario(p.scenario);
  const table = parameterTable(scenario);
  const output = extra.output ?? p.output ?? 'final';
  const specs = paramSpecs(scenario, table, p.params, fnName, output === 'yearReached');
  const names = Object.keys(specs);
  const resolved = resolveParams(specs, fnName);
  const parameters = names.map((n) => table.get(n)!);
  const base = new Float64Array(parameters.map((param) => Number(param.value)));
  const y0 = scenario.baseline.year;
  const measure = outputOf(output, scenario, Array.from({ length: scenario.horizon.endYear - y0 + 1 }, (_, i) => y0 + i), fnName);
  // A value in one year needs no later year: the paths stop there.
  const byYear = extra.byYear === true;
  const oneYear = !byYear && typeof output === 'object' && output !== null && typeof output.year === 'number';
  const component = componentOf(scenario, output, fnName);
  const kernelOptions: KernelOptions = {
    endYear: oneYear ? Math.max(output.year!, y0 + 1) : scenario.horizon.endYear,
    volatility: false,
    caller: fnName,
    codegen: codegenOption(extra.codegen, fnName),
    component,
  };
  const shared = sharedKernel(scenario, names, kernelOptions);
  const kernel = shared.kernel;
  // A kernel keeps scratch state: an output function that analyses the same scenario again while this one runs
  // gets a kernel of its own.
  let own: Kernel | undefined;
  const H = kernel.steps;
  const outputs = byYear ? H : 1;
  // A value in one year is read straight from the paths.
  const last = oneYear ? output.year! - y0 : output === 'final' || (component !== undefined && !oneYear) ? H : -1;
  const paths = new Float64Array(BATCH * (H + 1));
  const path = new Float64Array(H + 1);
  const noNormals = new Float64Array(0); // volatility is off: a run draws none
  const hit = new Int16Array(BATCH);
  // Parameters with a distribution or range (the caller's, or the scenario's uncertainty) keep it for tornado; the
  // defaults — a list of names, or every continuous parameter — move ±10 %.
  const explicit = new Set(Array.isArray(p.params) || (p.params === undefined && Object.keys(scenario.uncertainty).length === 0) ? [] : Object.keys(specs));

  const evaluateWith = (runner: Kernel, points: Float64Array, n: number, out: Float64Array): void => {
    for (let start = 0; start < n; start += BATCH) {
      const count = Math.min(BATCH, n - start);
      runner.run({ count, params: points.subarray(start * names.length, (start + count) * names.length), normals: noNormals, out: paths, stride: BATCH, offset: 0, hit });
      for (let r = 0; r < count; r++) {
        if (outputs > 1) {
          for (let i = 1; i <= H; i++) out[(start + r) * outputs + i - 1] = paths[i * BATCH + r]!;
          continue;
        }
        if (last >= 0) {
          out[start + r] = paths[last * BATCH + r]!;
          continue;
        }
        for (let i = 0; i <= H; i++) path[i] = paths[i * BATCH + r]!;
        out[start + r] = measure(path, hit[r]!);
      }
    }
  };

  return {
    ...resolved,
    base,
    outputs,
    evaluate(points, n, out) {
      const mine = !shared.busy;
      const runner = mine ? kernel : (own ??= compileKernel(scenario, names, kernelOptions));
      if (mine) shared.busy = true;
      try {
        evaluateWith(runner, points, n, out);
      } finally {
        if (mine) shared.busy = false;
      }
    },
    tornadoRange(j, relative) {
      if (relative === undefined && explicit.has(names[j]!)) return resolved.tornadoRange(j, undefined);
      return relativeRange(parameters[j]!, base[j]!, relative ?? RELATIVE);
    },
    // The scenario's target is on the total: a component's analysis has none by default.
    ...(scenario.target === undefined || component !== undefined ? {} : { defaultTarget: scenario.target.value.toNumber() }),
    seekLimits: (j) => limitsOf(parameters[j]!),
  };
}

/** Compiled kernels by scenario, then by parameters and options, each with whether an evaluation is using it. */
const kernels = new WeakMap<Scenario, Map<string, { readonly kernel: Kernel; busy: boolean }>>();

/**
 * The kernel of a scenario for these parameters and options, compiled once and kept with the (frozen) scenario, so
 * that a second analysis of the same scenario (another method, another n) runs code the engine has already
 * optimised instead of compiling and warming up a new loop. A WeakMap: a scenario that is dropped takes its kernels.
 */
function sharedKernel(scenario: Scenario, names: readonly string[], options: KernelOptions): { readonly kernel: Kernel; busy: boolean } {
  const key = JSON.stringify([names, options.endYear, options.volatility, options.caller, options.codegen, options.component ?? null]);
  let byKey = kernels.get(scenario);
  if (byKey === undefined) kernels.set(scenario, (byKey = new Map()));
  let entry = byKey.get(key);
  if (entry === undefined) byKey.set(key, (entry = { kernel: compileKernel(scenario, names, options), busy: false }));
  return entry;
}

function paramSpecs(
  scenario: Scenario,
  table: ReadonlyMap<string, Parameter>,
  params: ScenarioProblem['params'],
  fnName: string,
  targetMatters: boolean,
): Record<string, ParamSpec> {
  const unknown = (name: string) => unknownParameter(scenario, table.keys(), name, `params["${name}"]`, fnName);
  const specs: Record<string, ParamSpec> = {};
  if (Array.isArray(params)) {
    for (const name of params) {
      const parameter = table.get(name);
      if (parameter === undefined) throw unknown(String(name));
      specs[name] = relativeRange(parameter, Number(parameter.value), RELATIVE);
    }
    return specs;
  }
  if (params !== undefined) {
    if (typeof params !== 'object' || params === null) {
      throw new TypeError(`${fnName}: params must be a record of distributions or ranges, or a list of names, got ${show(params)}`);
    }
    for (const [name, spec] of Object.entries(params as Record<string, unknown>)) {
      if (!table.has(name)) throw unknown(name);
      specs[name] = isDistribution(spec) || Array.isArray(spec) ? (spec as ParamSpec) : distributionFromDocument(spec as DistributionDocumentInput);
    }
    return specs;
  }
  const uncertainty = Object.entries(scenario.uncertainty);
  if (uncertainty.length > 0) {
    for (const [name, doc] of uncertainty) specs[name] = distributionFromDocument(doc as DistributionDocumentInput) as Distribution;
    return specs;
  }
  for (const parameter of table.values()) {
    if (parameter.kind === 'year' || parameter.kind === 'count') continue;
    if (isPerYearVolatility(scenario, parameter)) continue; // volatility is off in sensitivity runs
    if (parameter.name === 'target.value' && !targetMatters) continue; // moves no path, only the year reached
    specs[parameter.name] = relativeRange(parameter, Number(parameter.value), RELATIVE);
  }
  return specs;
}

/** ±relative of the value, at least ±0.01 for a rate; a zero amount or number gets ±relative around 0 as ±1. */
function relativeRange(parameter: Parameter, value: number, relative: number): [number, number] {
  let move = Math.abs(value) * relative;
  if (parameter.kind === 'rate' && move < MIN_RATE_MOVE) move = MIN_RATE_MOVE;
  if (move === 0) move = relative;
  const [lo, hi] = limitsOf(parameter);
  return [Math.max(lo, value - move), Math.min(hi, value + move)];
}

/** Where a parameter can be moved at all: rates above −99 %, amounts above 0. */
function limitsOf(parameter: Parameter): readonly [number, number] {
  if (parameter.kind === 'rate') return [RATE_FLOOR, 10];
  if (parameter.kind === 'amount') return [Number.MIN_VALUE, Number.MAX_VALUE];
  return [-Number.MAX_VALUE, Number.MAX_VALUE];
}

function outputOf(output: ScenarioOutput, scenario: Scenario, years: readonly number[], fnName: string): (path: Float64Array, hit: number) => number {
  const last = years.length - 1;
  if (output === 'final') return (path) => path[last]!;
  if (output === 'cagr') return (path) => Math.pow(path[last]! / path[0]!, 1 / last) - 1;
  if (output === 'yearReached') {
    if (scenario.target === undefined) throw new RangeError(`${fnName}: output 'yearReached' needs a scenario with a target`);
    return (_path, hit) => (hit < 0 ? years[last]! + 1 : years[hit]!);
  }
  if (typeof output === 'function') {
    return (path) => {
      const y = output(path, years);
      if (typeof y !== 'number' || !Number.isFinite(y)) throw new RangeError(`${fnName}: the output function must return a finite number, got ${show(y)}`);
      return y;
    };
  }
  if (typeof output === 'object' && output !== null && typeof output.year === 'number') {
    const i = years.indexOf(output.year);
    if (i < 0) throw new RangeError(`${fnName}: output.year must be one of ${years[0]}..${years[last]}, got ${show(output.year)}`);
    return (path) => path[i]!;
  }
  // { component } alone: the component's final value (its id is checked when the kernel is compiled).
  if (typeof output === 'object' && output !== null && output.year === undefined && 'component' in output) return (path) => path[last]!;
  throw new TypeError(`${fnName}: output must be 'final', { year }, { component, year? }, 'yearReached', 'cagr' or a function, got ${show(output)}`);
}

/**
 * The component an output looks at (`{ component }` or `{ component, year }`), checked against the scenario; undefined
 * for the total.
 * @throws RangeError for a component the scenario does not have, naming those it has.
 */
export function componentOf(scenario: Scenario, output: unknown, fnName: string): string | undefined {
  if (typeof output !== 'object' || output === null || !('component' in output)) return undefined;
  return checkComponent(scenario, (output as { component: unknown }).component, fnName);
}

/**
 * Runs a method once on a scenario with every projection year as an output — one design, one index per year — and
 * labels each result with its year (the years after the baseline).
 */
export function perYear<T extends object>(problem: unknown, fnName: string, run: (resolved: ResolvedProblem) => T[], options?: unknown): (T & { readonly year: number })[] {
  if (!isScenarioProblem(problem)) throw new TypeError(`${fnName}: byYear needs a scenario problem, got ${show(problem)}`);
  const scenario = defineScenario(asProblem(problem).scenario);
  const results = run(resolveScenarioProblem(problem, fnName, { byYear: true, codegen: codegenIn(options) }));
  return results.map((result, i) => ({ year: scenario.baseline.year + i + 1, ...result }));
}

/** The `codegen` option of a method's options object (which the method checks is an object), if any. */
export function codegenIn(options: unknown): unknown {
  return typeof options === 'object' && options !== null ? (options as { codegen?: unknown }).codegen : undefined;
}
