import { checkOptionsObject } from '../internal/checkOptionsObject';
import { checkSampler } from '../internal/checkSampler';
import { checkSeed } from '../internal/checkSeed';
import { throwIfAborted, type AbortSignalLike } from '../internal/abortSignal';
import { checkMemoryBudget, type MemoryPart } from '../internal/memoryBudget';
import { show } from '../internal/show';
import type { Scenario, ScenarioDocument } from '../scenario/document';
import { defineScenario } from '../scenario/defineScenario';
import { parameterTable } from '../scenario/parameters';
import { driverType } from '../scenario/registry';
import { unknownParameter } from '../scenario/unknownParameter';
import { isDistribution, type Distribution } from '../uncertainty/distributions/distribution';
import { distributionFromDocument, type DistributionDocumentInput } from '../uncertainty/distributions/document';
import { compileKernel } from './kernel';
import { checkComponent, componentScratchBytes, drawnEventCount } from './components';
import { codegenOption } from './plan';
import { fillStandardNormal, restoreRng, streamSeed } from '../uncertainty/rng';
import type { SamplerName } from '../uncertainty/samplers/unitSample';
import { Simulation } from './Simulation';
import { designOf, type DesignPlan } from './design';

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** Distributions of parameters by address, added to (and overriding) the scenario's own `uncertainty`. */
  readonly uncertain?: Readonly<Record<string, Distribution | DistributionDocumentInput>>;
  /** How many runs, 1 to 5,000,000 (and at most 60 million run-years in all). */
  readonly runs: number;
  /** The seed: the same seed gives the same result, whatever the platform or the number of workers. */
  readonly seed: number | string;
  /** How the uncertain parameters are spread: `'random'` (default), `'lhs'` (Latin hypercube) or `'sobol'`. */
  readonly sampler?: SamplerName;
  /**
   * Rank (Spearman) correlations between uncertain parameters, by pair: `{ "base.rate": { "railway.rate": 0.5 } }`.
   * Imposed on the sample by Iman–Conover, which keeps each parameter's distribution; pairs not named are 0, and
   * the matrix must be positive definite.
   */
  readonly correlations?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Called after each block of runs with the runs done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Stops the simulation between blocks of runs — and while the parameter design is drawn, between blocks of rows —
   * with the signal's reason.
   */
  readonly signal?: AbortSignalLike;
  /**
   * The most bytes the call may allocate (paths, first hits, sampled inputs and their working copies, copies for
   * workers); default 2 GiB. A call whose estimate is larger is refused with a RangeError before anything is
   * allocated.
   */
  readonly memoryBudget?: number;
  /**
   * The years whose values are kept (each a projection year, each once); default every year. Paths take
   * runs × kept years of memory; first hits and probabilities still count every year.
   */
  readonly keepYears?: readonly number[];
  /** False: run the plain loops, never code written out for the scenario with `Function` (same results). Default true. */
  readonly codegen?: boolean;
  /**
   * The id of the component to follow: `valuesAt`, `quantile` and `fan` give its values (default: the total).
   * `probabilityOfTarget` stays the total's, since the target is on the total.
   */
  readonly component?: string | undefined;
}

/** Runs are simulated in blocks of this size, each from its own stream, so a block is the unit of parallel work. */
export const BLOCK_SIZE = 8192;
/** The most runs one simulation may have. */
export const MAX_RUNS = 5_000_000;
/** The most run-years (runs × (years + 1)) one simulation may hold: 480 MB of values. */
export const MAX_RUN_YEARS = 60_000_000;

/** A simulation's inputs, resolved and checked: what `simulate` and the worker pool share. */
export interface SimulationPlan extends DesignPlan {
  readonly scenario: Scenario;
  /** What the call will allocate, as counted against its budget. */
  readonly memory: readonly MemoryPart[];
  /** The year indices kept (ascending), or undefined for every year. */
  readonly keep: readonly number[] | undefined;
  /** The function that errors name. */
  readonly fn: string;
  /** Whether the kernel may write its runner out as code. */
  readonly codegen: boolean;
  /** The component followed, or undefined for the total. */
  readonly component: string | undefined;
}

/**
 * Monte Carlo simulation of a scenario in float64: uncertain parameters drawn by the chosen sampler, each growth
 * driver's `volatility` drawn every year, and every run's path kept by year. Synchronous and in process; see
 * `simulateParallel` for worker threads (same result for the same seed).
 *
 * With no uncertainty the paths equal `project` to 1e-12 relative. A year whose combined growth rate falls below
 * −99 % is floored there and counted in `flooredSteps`.
 *
 * @param scenario - a scenario or a scenario document.
 * @param options - `runs` and `seed` (required), `uncertain`, `sampler`, `correlations`, `onProgress`, `signal`,
 *   `memoryBudget` (bytes > 0, default 2 GiB), `keepYears` (projection years whose values to keep; default all),
 *   `codegen` (false: never compile a loop for the scenario with `Function`; same results), `component` (the id
 *   of a component to follow; default the total). With components, each component steps with its own drivers and
 *   the unscoped ones (one volatility draw per driver and year, shared); an unscoped cap caps the total, scaling the
 *   components pro rata; with `basis: 'real'` values are divided by the deflator's index; an `event` happens in a
 *   run with its probability (see `src/simulation/components.ts`).
 * @throws {ScenarioError} for an unknown parameter name.
 * @throws {RangeError} for runs outside 1 to 5,000,000, a seed that is a number but not a safe integer, an unknown
 *   sampler, an amount drawn ≤ 0, a component the scenario does not have (naming those it has), or a call whose
 *   paths, sampled inputs and normals would exceed `memoryBudget` (before anything is allocated).
 * @throws {TypeError} for options that are not an object, a seed that is neither a number nor a string, or a
 *   `codegen` that is not a boolean.
 * @example
 * const sim = simulate(presets.azerbaijanIran.momentum, {
 *   uncertain: { 'base.rate': normal({ mean: 0.2, sd: 0.1 }) }, runs: 2000, seed: 42,
 * });
 * sim.probabilityOfTarget(2029).upperBoundOnly; // => true
 * sim.probabilityOfTarget(2034).hits; // => 192
 * formatAmount(sim.quantile(2029, 0.5)); // => '$1.41B'
 * sim.clampedDraws; // => 0
 * simulate(presets.azerbaijanIran.momentum, { runs: 100000, seed: 1, memoryBudget: 1e6 }); // => throws RangeError
 * // One component of an account: exports of 60 growing 10 % a year are 72.6 two years on.
 * const accounts = { name: 'a', baseline: { year: 2024 }, horizon: { endYear: 2026 }, target: { value: 700, year: 2026 },
 *   components: [{ id: 'exports', baseline: { value: 60 } }, { id: 'imports', baseline: { value: 520 } }],
 *   drivers: [{ id: 'base', type: 'growth', rate: 0.1 }] };
 * simulate(accounts, { runs: 10, seed: 1, component: 'exports' }).quantile(2026, 0.5); // => ≈ 72.6
 * simulate(accounts, { runs: 10, seed: 1, component: 'exports' }).probabilityOfTarget().estimate; // => 1
 * simulate(accounts, { runs: 10, seed: 1, component: 'exprts' }); // => throws RangeError
 */
export function simulate(scenario: Scenario | ScenarioDocument, options: SimulateOptions): Simulation {
  const plan = planSimulation(scenario, options, 'simulate');
  const { kernel, years, runs, values, hit } = prepare(plan);
  const normals = new Float64Array(BLOCK_SIZE * kernel.normalsPerRun);
  const { values: design, clamped } = designOf(plan);
  const k = plan.names.length;
  const keep = plan.keep;
  // With keepYears a block's full paths go to a scratch array, and only the kept years are copied out.
  const scratch = keep === undefined ? undefined : new Float64Array(BLOCK_SIZE * years.length);
  let floored = 0;
  const blocks = Math.ceil(runs / BLOCK_SIZE);
  for (let b = 0; b < blocks; b++) {
    throwIfAborted(options.signal, 'simulate');
    const offset = b * BLOCK_SIZE;
    const count = Math.min(BLOCK_SIZE, runs - offset);
    const params = design.subarray(offset * k, (offset + count) * k);
    if (scratch === undefined) floored += runBlock(kernel, b, count, offset, plan.seed, params, normals, values, runs, hit);
    else {
      floored += runBlock(kernel, b, count, 0, plan.seed, params, normals, scratch, count, hit === undefined ? undefined : hit.subarray(offset, offset + count));
      keepRows(scratch, count, keep!, values, runs, offset);
    }
    options.onProgress?.(offset + count, runs);
  }
  return simulationOf(plan, years, { values, hit, flooredSteps: floored, clampedDraws: clamped, design });
}

/** What a run of the plan gives, in process or from the workers, made into its {@link Simulation}. */
export function simulationOf(
  plan: SimulationPlan,
  years: readonly number[],
  run: { values: Float64Array; hit: Int16Array | undefined; flooredSteps: number; clampedDraws: number; design: Float64Array },
): Simulation {
  return new Simulation({
    years: plan.keep === undefined ? years : plan.keep.map((i) => years[i]!),
    projectionYears: years,
    settings: settingsOf(plan),
    target: targetOf(plan.scenario),
    ...run,
    inputNames: plan.names,
  });
}

/** Copies the kept years of a block's paths (`scratch[i · count + r]`) to `values[j · runs + offset + r]`. */
export function keepRows(scratch: Float64Array, count: number, keep: readonly number[], values: Float64Array, runs: number, offset: number): void {
  for (let j = 0; j < keep.length; j++) values.set(scratch.subarray(keep[j]! * count, (keep[j]! + 1) * count), j * runs + offset);
}

/** Runs block b: its normals come from stream b + 1 of the seed (stream 0 draws the design). */
export function runBlock(
  kernel: ReturnType<typeof compileKernel>,
  block: number,
  count: number,
  offset: number,
  seed: number | string,
  params: Float64Array,
  normals: Float64Array,
  values: Float64Array,
  stride: number,
  hit: Int16Array | undefined,
): number {
  const z = normals.subarray(0, count * kernel.normalsPerRun);
  if (z.length > 0) fillStandardNormal(restoreRng(streamSeed(seed, block + 1)), z);
  return kernel.run({ count, params, normals: z, out: values, stride, offset, hit });
}

/** What a caller of {@link planSimulation} allocates beyond `simulate`'s own arrays (workers, a lever's column). */
export type ExtraMemory = (runs: number, k: number, steps: number, scenario: Scenario) => readonly MemoryPart[];

/** Resolves and checks everything `simulate` is asked to do, before any work — its memory budget included. */
export function planSimulation(input: Scenario | ScenarioDocument, options: SimulateOptions, fn: string, extra?: ExtraMemory): SimulationPlan {
  const scenario = defineScenario(input);
  checkOptionsObject(options, fn, 'an object with runs and seed');
  const { runs, seed } = options;
  if (typeof runs !== 'number' || !Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) {
    throw new RangeError(`${fn}: runs must be a whole number from 1 to ${MAX_RUNS.toLocaleString('en-US')}, got ${show(runs)}`);
  }
  const years = scenario.horizon.endYear - scenario.baseline.year + 1;
  if (runs * years > MAX_RUN_YEARS) {
    throw new RangeError(`${fn}: ${runs} runs × ${years} years is more than ${MAX_RUN_YEARS.toLocaleString('en-US')} values in memory; use fewer runs or a shorter horizon`);
  }
  checkSeed(seed, fn);
  const sampler = checkSampler(options.sampler, fn, 'random');
  const table = parameterTable(scenario);
  const merged: Record<string, Distribution> = {};
  for (const [name, doc] of Object.entries(scenario.uncertainty)) merged[name] = distributionFromDocument(doc as DistributionDocumentInput);
  for (const [name, value] of Object.entries(options.uncertain ?? {})) {
    if (!table.has(name)) {
      throw unknownParameter(scenario, table.keys(), name, `uncertain["${name}"]`, fn);
    }
    merged[name] = isDistribution(value) ? value : distributionFromDocument(value);
  }
  const names = Object.keys(merged);
  const correlation = correlationMatrix(names, options.correlations, fn);
  const limits = names.map((name) => limitOf(scenario, table.get(name)));
  const keep = keptIndices(options.keepYears, scenario, fn);
  const codegen = codegenOption(options.codegen, fn);
  const component = checkComponent(scenario, options.component, fn);
  const memory = memoryOf(runs, names.length, years - 1, scenario, correlation !== undefined, extra, keep);
  checkMemoryBudget(fn, memory, options.memoryBudget, 'use fewer runs, fewer uncertain parameters, a shorter horizon or keepYears');
  return { scenario, names, distributions: names.map((n) => merged[n]!), runs, seed, sampler, correlation, limits, signal: options.signal, memory, keep, fn, codegen, component };
}

/** The year indices of `keepYears` (ascending), or undefined for every year; a year outside the projection is a RangeError. */
function keptIndices(keepYears: unknown, scenario: Scenario, fn: string): number[] | undefined {
  if (keepYears === undefined) return undefined;
  const first = scenario.baseline.year;
  const last = scenario.horizon.endYear;
  if (!Array.isArray(keepYears) || keepYears.length === 0) {
    throw new RangeError(`${fn}: keepYears must be a non-empty list of years from ${first} to ${last}, got ${show(keepYears)}`);
  }
  const indices = new Set<number>();
  for (const year of keepYears) {
    if (typeof year !== 'number' || !Number.isInteger(year) || year < first || year > last) {
      throw new RangeError(`${fn}: keepYears must hold years from ${first} to ${last}, got ${show(year)}`);
    }
    if (indices.has(year - first)) throw new RangeError(`${fn}: keepYears must name each year once, got ${year} twice`);
    indices.add(year - first);
  }
  return [...indices].sort((a, b) => a - b);
}

/** The field rule of a parameter, from its driver type's `limits` (`'rates.*'` covers a record's keys). */
function limitOf(scenario: Scenario, parameter: ReturnType<ReturnType<typeof parameterTable>['get']>): readonly [number, number] | undefined {
  if (parameter === undefined || parameter.driver < 0) return undefined;
  const limits = driverType(scenario.drivers[parameter.driver]!.type)?.limits;
  if (limits === undefined) return undefined;
  const path = parameter.path;
  const pattern = path.length > 1 ? `${path.slice(0, -1).join('.')}.*` : path[0]!;
  return Object.hasOwn(limits, path.join('.')) ? limits[path.join('.')] : Object.hasOwn(limits, pattern) ? limits[pattern] : undefined;
}

/**
 * Bytes a simulation allocates: the paths (runs × years), first hits, the sampled inputs (runs × uncertain
 * parameters, with the working copies that rank correlation makes), one block of normals, and the caller's extra.
 */
function memoryOf(
  runs: number,
  k: number,
  steps: number,
  scenario: Scenario,
  correlated: boolean,
  extra: ExtraMemory | undefined,
  keep: readonly number[] | undefined,
): MemoryPart[] {
  const noisy = scenario.drivers.filter((d) => driverType(d.type)?.base === true).length;
  const parts: MemoryPart[] = [
    // Kept years only, plus one block's full paths to copy them from.
    { what: 'paths', bytes: keep === undefined ? runs * (steps + 1) * 8 : runs * keep.length * 8 + BLOCK_SIZE * (steps + 1) * 8 },
    { what: 'first hits', bytes: scenario.target === undefined ? 0 : runs * 2 },
    // Iman–Conover holds the scores, their transform and the result beside the unit points, and per-row orders.
    { what: 'sampled inputs', bytes: runs * k * 8 * (correlated ? 4 : 1) + (correlated ? runs * 28 : 0) },
    { what: 'normals', bytes: BLOCK_SIZE * (steps * noisy + drawnEventCount(scenario)) * 8 },
    // Components, a real basis or events: each component's block of paths and gathered inputs.
    { what: 'component blocks', bytes: BLOCK_SIZE * componentScratchBytes(scenario, steps, k) },
  ];
  return extra === undefined ? parts : [...parts, ...extra(runs, k, steps, scenario)];
}

/** The full matrix from pairs; a pair named twice must agree, and every name must be an uncertain parameter. */
function correlationMatrix(names: readonly string[], pairs: SimulateOptions['correlations'], fn: string): number[][] | undefined {
  if (pairs === undefined) return undefined;
  if (typeof pairs !== 'object' || pairs === null) throw new TypeError(`${fn}: correlations must be { a: { b: rho } }, got ${show(pairs)}`);
  const index = (name: string) => {
    const j = names.indexOf(name);
    if (j < 0) throw new RangeError(`${fn}: correlations name "${name}", which is not uncertain; uncertain: ${names.join(', ') || 'none'}`);
    return j;
  };
  const matrix: number[][] = names.map((_, i) => names.map((__, j) => (i === j ? 1 : 0)));
  for (const [a, row] of Object.entries(pairs)) {
    for (const [b, rho] of Object.entries(row ?? {})) {
      const i = index(a);
      const j = index(b);
      if (i === j) throw new RangeError(`${fn}: correlations["${a}"]["${b}"]: a parameter's correlation with itself is 1`);
      if (typeof rho !== 'number' || !(rho >= -1 && rho <= 1)) throw new RangeError(`${fn}: correlations["${a}"]["${b}"] must be in [-1, 1], got ${show(rho)}`);
      if (matrix[i]![j] !== 0 && matrix[i]![j] !== rho) throw new RangeError(`${fn}: correlations of "${a}" and "${b}" are given twice, as ${matrix[i]![j]} and ${rho}`);
      matrix[i]![j] = rho;
      matrix[j]![i] = rho;
    }
  }
  return matrix;
}

/** The compiled kernel and the arrays a simulation fills. */
export function prepare(plan: SimulationPlan) {
  const kernel = compileKernel(plan.scenario, plan.names, { caller: plan.fn, codegen: plan.codegen, component: plan.component });
  const years = kernel.years;
  const values = new Float64Array(plan.runs * (plan.keep?.length ?? years.length));
  const hit = plan.scenario.target === undefined ? undefined : new Int16Array(plan.runs);
  return { kernel, years, runs: plan.runs, values, hit };
}

function settingsOf(plan: SimulationPlan) {
  return {
    runs: plan.runs,
    seed: plan.seed,
    sampler: plan.sampler,
    uncertain: Object.fromEntries(plan.names.map((n, j) => [n, plan.distributions[j]!.toDocument()])),
    ...(plan.correlation === undefined ? {} : { correlation: plan.correlation }),
    blockSize: BLOCK_SIZE,
    ...(plan.keep === undefined ? {} : { keepYears: plan.keep.map((i) => plan.scenario.baseline.year + i) }),
    ...(plan.component === undefined ? {} : { component: plan.component }),
    ...(plan.scenario.basis === 'real' ? { basis: 'real' as const } : {}),
  };
}

function targetOf(scenario: Scenario) {
  return scenario.target === undefined ? undefined : { value: scenario.target.value.toNumber(), year: scenario.target.year };
}
