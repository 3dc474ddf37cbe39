import { checkOptionsObject } from '../internal/checkOptionsObject';
import { throwIfAborted, type AbortSignalLike } from '../internal/abortSignal';
import { checkMemoryBudget } from '../internal/memoryBudget';
import { show } from '../internal/show';
import { formatAmount } from '../money/formatAmount';
import { defineScenario } from '../scenario/defineScenario';
import type { Scenario, ScenarioDocument } from '../scenario/document';
import type { ParameterKind } from '../scenario/driverType';
import { parameterTable } from '../scenario/parameters';
import { unknownParameter } from '../scenario/unknownParameter';
import type { Distribution } from '../uncertainty/distributions/distribution';
import type { DistributionDocumentInput } from '../uncertainty/distributions/document';
import type { SamplerName } from '../uncertainty/samplers/unitSample';
import { MAX_RUNS, simulate } from '../simulation/simulate';
import { checkSampler } from '../internal/checkSampler';
import { checkSeed } from '../internal/checkSeed';
import { checkOptions, primChecked, type PrimOptions, type PrimResult } from './prim';

/** Options of {@link discover}. */
export interface DiscoverOptions extends PrimOptions {
  /** Distributions of parameters by address, added to (and overriding) the scenario's own `uncertainty`. */
  readonly uncertain?: Readonly<Record<string, Distribution | DistributionDocumentInput>>;
  /** Runs of the experiment, a whole number from 10 to 5,000,000. */
  readonly runs: number;
  /** The seed: the same seed gives the same result. */
  readonly seed: number | string;
  /** How the experiment spreads the uncertain parameters: `'lhs'` (Latin hypercube, default), `'random'`, `'sobol'`. */
  readonly sampler?: SamplerName;
  /** A run is a hit when it first reaches the scenario's target in or before this year (default the target year). */
  readonly year?: number;
  /**
   * Instead of the target: a run is a hit when this returns true for its path (values by year index, baseline year
   * first) and its uncertain parameters by name. Each call gets its own `inputs` object; `path` is a view of the run.
   */
  readonly predicate?: (path: Float64Array, inputs: Readonly<Record<string, number>>) => boolean;
  /**
   * What a hit means when a predicate is given, as a verb phrase for "runs …" (e.g. `'stay above $2B in 2030'`);
   * default `'satisfy the condition'`.
   */
  readonly label?: string;
  /**
   * The component whose path a `predicate` reads (default: the total); hits on the target are the total's, as in
   * `simulate`.
   */
  readonly component?: string | undefined;
  /** Called after each block of simulated runs with the runs done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Aborting it stops the call with the signal's reason. */
  readonly signal?: AbortSignalLike;
  /**
   * The most bytes the call may allocate (the simulation, its inputs copied for PRIM, the sorted orders, the paths a
   * predicate reads); default 2 GiB. A larger estimate is refused with a RangeError before anything is allocated.
   */
  readonly memoryBudget?: number;
}

/** The result of {@link discover}: PRIM's result on the experiment, and what was asked. */
export interface DiscoverResult extends PrimResult {
  /** The scenario's name. */
  readonly scenario: string;
  /** What a hit is, in words: `'reach $10.0B by 2029'`. */
  readonly question: string;
  /** The target and the year by which it counts (`null` with a predicate). */
  readonly target: { readonly value: number; readonly year: number } | null;
  /** The kind of each uncertain parameter (rate, amount, year, …), for writing its limits. */
  readonly kinds: Record<string, ParameterKind>;
  /** How the experiment was run, so that it can be run again. */
  readonly settings: {
    readonly runs: number;
    readonly seed: number | string;
    readonly sampler: SamplerName;
    /** The uncertain parameters as distribution documents (the scenario's and the call's). */
    readonly uncertain: Readonly<Record<string, unknown>>;
  };
}

/**
 * Scenario discovery: under which combinations of assumptions does the scenario reach its target? Runs an
 * experiment (`simulate`, a Latin hypercube by default), marks the runs that first reach the target by `year` (or
 * that satisfy `predicate`), and finds with PRIM (see {@link prim}) the box of parameter values in which those runs
 * are dense: the peeling trajectory (coverage against density), the chosen box's limits, a p-value per restricted
 * parameter, and each parameter's Kolmogorov–Smirnov separation of hits from misses. {@link discoverySummary}
 * writes it as "what would have to be true".
 *
 * No hits, or only hits, gives one box of everything and an `explanation` saying so (never NaN).
 *
 * @param scenario - a scenario or a scenario document; it needs a target unless `predicate` is given.
 * @param options - `runs` (10 to 5,000,000) and `seed` (required); `uncertain`, `sampler`, `year` (a year of the
 *   projection) or `predicate` (not both), `label`, `component` (the component whose path the predicate reads;
 *   default the total); PRIM's `alpha`, `minMass`, `threshold`, `paste`; `onProgress`, `signal`.
 * @throws {ScenarioError} for an unknown parameter name.
 * @throws {RangeError} for runs out of range, no uncertain parameter, no target and no predicate, a year outside
 *   the projection, both `year` and `predicate`, an unknown `component`, or a PRIM option out of range.
 * @throws {RangeError} when the call would allocate more than `memoryBudget` (bytes, default 2 GiB), naming the
 *   estimate and the budget, before anything is allocated.
 * @throws {TypeError} for a predicate that is not a function. Aborting `signal` throws its reason.
 * @example
 * const result = discover(presets.azerbaijanIran.momentum, {
 *   uncertain: { 'base.rate': uniform({ min: 0.1, max: 1 }) }, runs: 400, seed: 1,
 * });
 * result.question; // => 'reach $10.0B by 2029'
 * result.boxes[result.chosen].limits['base.rate'].min; // => ≈ 0.77
 * result.boxes[result.chosen].density; // => 1
 * discover(presets.azerbaijanIran.momentum, { runs: 400, seed: 1 }); // => throws RangeError
 */
export function discover(scenario: Scenario | ScenarioDocument, options: DiscoverOptions): DiscoverResult {
  const fn = 'discover';
  const defined = defineScenario(scenario);
  checkOptionsObject(options, fn, 'an object with runs and seed');
  const primOptions = checkOptions(
    {
      ...(options.alpha === undefined ? {} : { alpha: options.alpha }),
      ...(options.minMass === undefined ? {} : { minMass: options.minMass }),
      ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
      ...(options.paste === undefined ? {} : { paste: options.paste }),
    },
    fn,
  );
  const { runs, predicate, year } = options;
  if (typeof runs !== 'number' || !Number.isInteger(runs) || runs < 10 || runs > MAX_RUNS) {
    throw new RangeError(`${fn}: runs must be a whole number from 10 to 5,000,000 (PRIM needs points to peel), got ${show(runs)}`);
  }
  checkSeed(options.seed, fn);
  if (predicate !== undefined && typeof predicate !== 'function') {
    throw new TypeError(`${fn}: predicate must be a function (path, inputs) => boolean, got ${show(predicate)}`);
  }
  if (predicate !== undefined && year !== undefined) {
    throw new RangeError(`${fn}: give year or predicate, not both (got year ${show(year)} and a predicate)`);
  }
  if (predicate === undefined && defined.target === undefined) {
    throw new RangeError(`${fn}: the scenario "${defined.name}" has no target; give it one or pass a predicate`);
  }

  if (options.label !== undefined && (typeof options.label !== 'string' || options.label.trim() === '')) {
    throw new TypeError(`${fn}: label must be a non-empty string, got ${show(options.label)}`);
  }
  // Unknown names are reported here, so that the error names discover rather than the simulation inside it.
  const table = parameterTable(defined);
  for (const name of Object.keys(options.uncertain ?? {})) {
    if (!table.has(name)) {
      throw unknownParameter(defined, table.keys(), name, `uncertain["${name}"]`, fn);
    }
  }

  // Checked before the simulation, which is the long part.
  if (Object.keys(defined.uncertainty).length + Object.keys(options.uncertain ?? {}).length === 0) {
    throw new RangeError(`${fn}: needs at least one uncertain parameter (in options.uncertain or the scenario's uncertainty), got none`);
  }
  const first = defined.baseline.year;
  const end = defined.horizon.endYear;
  const targetYear = year ?? defined.target?.year;
  if (predicate === undefined && (typeof targetYear !== 'number' || !Number.isInteger(targetYear) || targetYear < first || targetYear > end)) {
    throw new RangeError(`${fn}: year must be one of ${first}..${end}, got ${show(targetYear)}`);
  }

  const sampler = checkSampler(options.sampler, fn, 'lhs');
  // The simulation's arrays and discover's own: the inputs again for PRIM, each column's sorted order, the hits,
  // and for a predicate the paths run by run.
  const uncertainCount = new Set([...Object.keys(defined.uncertainty), ...Object.keys(options.uncertain ?? {})]).size;
  const yearsCount = end - first + 1;
  checkMemoryBudget(
    fn,
    [
      { what: 'paths', bytes: runs * yearsCount * 8 + runs * 2 },
      { what: 'sampled inputs', bytes: runs * uncertainCount * 8 },
      { what: 'inputs for PRIM', bytes: runs * uncertainCount * (8 + 12) + runs * 9 },
      { what: 'paths for the predicate', bytes: predicate === undefined ? 0 : runs * yearsCount * 8 + runs * 8 },
    ],
    options.memoryBudget,
    'use fewer runs',
  );
  const sim = simulate(defined, {
    // Counted above, as part of discover's budget.
    memoryBudget: Number.MAX_VALUE,
    runs,
    seed: options.seed,
    sampler,
    ...(options.uncertain === undefined ? {} : { uncertain: options.uncertain }),
    ...(options.component === undefined ? {} : { component: options.component }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  const names = sim.inputNames;
  const years = sim.years;

  const k = names.length;
  const x = new Float64Array(runs * k);
  names.forEach((name, j) => {
    const column = sim.inputsOf(name);
    for (let r = 0; r < runs; r++) x[r * k + j] = column[r]!;
  });
  const y = new Uint8Array(runs);
  if (predicate === undefined) {
    const last = years.indexOf(targetYear!);
    const hitAt = sim.firstHitIndex();
    for (let r = 0; r < runs; r++) y[r] = hitAt[r]! >= 0 && hitAt[r]! <= last ? 1 : 0;
  } else {
    const Y = years.length;
    const paths = new Float64Array(runs * Y);
    years.forEach((yr, t) => {
      const values = sim.valuesAt(yr);
      for (let r = 0; r < runs; r++) paths[r * Y + t] = values[r]!;
    });
    for (let r = 0; r < runs; r++) {
      const inputs: Record<string, number> = {};
      for (let j = 0; j < k; j++) inputs[names[j]!] = x[r * k + j]!;
      y[r] = predicate(paths.subarray(r * Y, (r + 1) * Y), inputs) ? 1 : 0;
    }
  }
  throwIfAborted(options.signal, fn);

  const target = predicate === undefined ? { value: defined.target!.value.toNumber(), year: targetYear! } : null;
  const question =
    target === null ? (options.label ?? 'satisfy the condition') : `reach ${formatAmount(target.value)} by ${target.year}`;
  const result = primChecked(x, k, y, names, primOptions, question);
  const kinds: Record<string, ParameterKind> = {};
  for (const name of names) kinds[name] = table.get(name)!.kind;
  return {
    ...result,
    scenario: defined.name,
    question,
    target,
    kinds,
    settings: { runs, seed: options.seed, sampler, uncertain: sim.settings.uncertain },
  };
}
