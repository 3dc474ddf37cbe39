import type { Scenario } from '../scenario/document';
import { planKernel, type KernelOptions, type KernelPlan } from './plan';
import { affineRunner } from './runners/affine';
import { compiledAffineRunner } from './runners/affineCompiled';
import { genericRunner } from './runners/generic';
import { bareRunner, simpleRunner } from './runners/simple';
import { runState } from './setters';
import type { RunArgs, Runner } from './step';
import { composeKernel, needsComposition, type ComponentKernelOptions } from './components';

export type { KernelOptions } from './plan';
export type { ComponentKernelOptions } from './components';

/**
 * A scenario compiled once into float64 arrays for the Monte Carlo and sensitivity kernel: its plan (what each year
 * does, see `plan.ts`), the state its parameters are written into (`setters.ts`), and the runner the plan needs
 * (`runners/`).
 *
 * Drivers whose parameters are all fixed fold into per-year constants; only drivers with an uncertain parameter, or
 * whose effect reads the current value, are evaluated per run. Growth drivers with a volatility draw their rate each
 * year: Normal(rate, volatility), floored at −99 %.
 */
export interface Kernel {
  readonly years: readonly number[];
  /** Annual steps H. */
  readonly steps: number;
  /** The uncertain parameters, in the order of the columns of a design. */
  readonly names: readonly string[];
  /**
   * How many standard normals one run consumes: steps × noisy growth drivers (and, composed, one per drawn event;
   * see `components.ts`).
   */
  readonly normalsPerRun: number;
  /** What each year does (composed: the first component's plan), and which parameters feed which effect (pure data). */
  readonly plan: KernelPlan;
  /** Which runner runs the plan: `compiled affine` when it was written out as code. */
  readonly runner: RunnerName;
  /**
   * Runs the model for `args.count` runs (see {@link RunArgs}). Returns how many steps had their combined rate
   * floored at −99 %.
   */
  run(args: RunArgs): number;
}

/** The runners, by name; `composed`: one kernel per component and a combine pass (`components.ts`). */
export type RunnerName = 'bare' | 'simple' | 'affine' | 'compiled affine' | 'generic' | 'composed';

/**
 * Compiles a scenario for the given uncertain parameters (names already validated against the scenario). Errors
 * during runs name `options.caller` (default `simulate`). A scenario with components, a real basis or events, or a
 * call with `options.component`, gets a composed kernel (see `components.ts`); any other, the plain one.
 * @throws RangeError for an unknown `options.component`, and what planning throws.
 */
export function compileKernel(scenario: Scenario, uncertain: readonly string[], options: ComponentKernelOptions = {}): Kernel {
  if (needsComposition(scenario, options.component)) return composeKernel(scenario, uncertain, options, plainKernel);
  return plainKernel(scenario, uncertain, options);
}

function plainKernel(scenario: Scenario, uncertain: readonly string[], options: KernelOptions): Kernel {
  const plan = planKernel(scenario, uncertain, options);
  const state = runState(scenario, plan);
  let runner: RunnerName = plan.runner === 'general' ? 'generic' : plan.runner;
  let run: Runner;
  if (plan.runner === 'affine') {
    // The loop written out for this plan where the platform allows it (about twice as fast), or else as it is.
    const compiled = options.codegen === false ? undefined : compiledAffineRunner(plan, state);
    if (compiled !== undefined) runner = 'compiled affine';
    run = compiled ?? affineRunner(plan, state);
  } else run = makeRunner(runner, plan, state);
  return { years: plan.years, steps: plan.steps, names: plan.names, normalsPerRun: plan.normalsPerRun, plan, runner, run };
}

/**
 * A plan's runner by name, for the runners test: every runner that can run the plan gives the same bits. The
 * generic one runs any plan; `bare`, `simple` and the affine ones only the plans of their kind.
 * @throws RangeError for a runner that cannot run the plan, or `compiled affine` where `Function` is refused.
 */
export function runnerFor(name: RunnerName, scenario: Scenario, uncertain: readonly string[], options: KernelOptions = {}): Runner {
  const plan = planKernel(scenario, uncertain, options);
  const state = runState(scenario, plan);
  const fits = name === 'generic' || plan.runner === name || (name === 'compiled affine' && plan.runner === 'affine') || (name === 'simple' && plan.runner === 'bare');
  if (!fits) throw new RangeError(`runnerFor: the ${name} runner cannot run a ${plan.runner} plan`);
  if (name === 'compiled affine') {
    const compiled = compiledAffineRunner(plan, state);
    if (compiled === undefined) throw new RangeError('runnerFor: this plan cannot be compiled');
    return compiled;
  }
  return makeRunner(name, plan, state);
}

function makeRunner(name: Exclude<RunnerName, 'compiled affine' | 'composed'>, plan: KernelPlan, state: ReturnType<typeof runState>): Runner {
  switch (name) {
    case 'bare':
      return bareRunner(plan, state);
    case 'simple':
      return simpleRunner(plan, state);
    case 'affine':
      return affineRunner(plan, state);
    case 'generic':
      return genericRunner(plan, state);
  }
}
