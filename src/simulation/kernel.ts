import type { Scenario } from '../scenario/document';
import { planKernel, type KernelOptions, type KernelPlan } from './plan';
import { compiledRunner } from './runners/compiled';
import { plainRunner } from './runners/plain';
import { runState } from './setters';
import type { RunArgs, Runner } from './step';
import { composeKernel, needsComposition, type ComponentKernelOptions } from './components';

export type { KernelOptions } from './plan';
export type { ComponentKernelOptions } from './components';

/**
 * A scenario compiled once into float64 arrays for the Monte Carlo and sensitivity kernel: its plan (what each year
 * does, see `plan.ts`), the state its parameters are written into (`setters.ts`), and a runner of the plan's step
 * description (`step.ts`): written out as code for the plan (`runners/compiled.ts`), or the plain loop that reads
 * the description (`runners/plain.ts`), with the same bits.
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
  /**
   * Which runner runs the calls: `plain` until a call of at least {@link MIN_COMPILED_RUNS} runs has the plan
   * written out as code (`compiled` from then on, where the platform and `codegen` allow it).
   */
  readonly runner: RunnerName;
  /**
   * Runs the model for `args.count` runs (see {@link RunArgs}). Returns how many steps had their combined rate
   * floored at −99 %.
   */
  run(args: RunArgs): number;
}

/** The runners, by name: `plain` and `compiled` run any plan; `composed` is one kernel per component and a combine pass (`components.ts`). */
export type RunnerName = 'plain' | 'compiled' | 'composed';

/**
 * Compiles a scenario for the given uncertain parameters (names already validated against the scenario). Errors
 * during runs name `options.caller` (default `simulate`). With `codegen: false`, or where the platform refuses
 * `Function`, the plain runner runs. A scenario with components, a real basis or events, or a call with
 * `options.component`, gets a composed kernel (see `components.ts`) made of ordinary ones.
 * @throws RangeError for an unknown `options.component`, and what planning throws.
 */
export function compileKernel(scenario: Scenario, uncertain: readonly string[], options: ComponentKernelOptions = {}): Kernel {
  if (needsComposition(scenario, options.component)) return composeKernel(scenario, uncertain, options, plainKernel);
  return plainKernel(scenario, uncertain, options);
}

function plainKernel(scenario: Scenario, uncertain: readonly string[], options: KernelOptions): Kernel {
  const plan = planKernel(scenario, uncertain, options);
  const state = runState(scenario, plan);
  const plain = plainRunner(plan, state);
  // Written out on the first call with enough runs to repay it (a tornado's or Morris's few never are); the bits
  // are the same either way, so the switch changes nothing but the speed.
  let compiled: Runner | undefined;
  let tried = options.codegen === false;
  // A plain property that run() updates (a getter on the literal made each kernel outlive the young generation).
  const kernel: { -readonly [K in keyof Kernel]: Kernel[K] } = {
    years: plan.years,
    steps: plan.steps,
    names: plan.names,
    normalsPerRun: plan.normalsPerRun,
    plan,
    runner: 'plain',
    run(args: RunArgs): number {
      if (!tried && args.count >= MIN_COMPILED_RUNS) {
        tried = true;
        compiled = compiledRunner(plan, state);
      }
      if (compiled === undefined) return plain(args);
      kernel.runner = 'compiled';
      return compiled(args);
    },
  };
  return kernel;
}

/**
 * Calls with fewer runs than this run in the plain loop: writing the plan out (0.1–0.3 ms) and warming the new code
 * cost more than they save on a few thousand runs (a Morris of 100 trajectories, 700 runs, measured slower).
 */
export const MIN_COMPILED_RUNS = 2048;

/**
 * A plan's runner by name, for the runners test: both give the same bits.
 * @throws RangeError for `compiled` where the plan cannot be written out (`Function` refused, a long horizon).
 */
export function runnerFor(name: RunnerName, scenario: Scenario, uncertain: readonly string[], options: KernelOptions = {}): Runner {
  const plan = planKernel(scenario, uncertain, options);
  const state = runState(scenario, plan);
  if (name === 'plain') return plainRunner(plan, state);
  const compiled = compiledRunner(plan, state);
  if (compiled === undefined) throw new RangeError('runnerFor: this plan cannot be compiled');
  return compiled;
}
