import { throwIfAborted } from '../internal/abortSignal';
import { show } from '../internal/show';
import type { Scenario, ScenarioDocument } from '../scenario/document';
import { defineScenario } from '../scenario/defineScenario';
import { findParameter } from '../scenario/parameters';
import { compileKernel } from '../simulation/kernel';
import { BLOCK_SIZE, planSimulation, runBlock, type SimulateOptions } from '../simulation/simulate';
import { designOf } from '../simulation/design';
import { wilsonInterval, type ProportionInterval } from '../uncertainty/stats/wilsonInterval';
import { boundText, percentText } from '../uncertainty/stats/formatProbability';

/** Options of {@link probabilisticGoalSeek}. */
export interface ProbabilisticGoalSeekOptions extends Omit<SimulateOptions, 'onProgress'> {
  /** The lever: a scenario parameter, not itself uncertain. */
  readonly param: string;
  /** The probability of reaching the target in or before `year` that is asked for, in (0, 1). */
  readonly probability: number;
  /** The year by which the target must be reached; default the target year. */
  readonly year?: number;
  /** Where to look, `[lo, hi]`; default `[−0.99, 10]` for a rate, `[value / 100, value · 100]` otherwise. */
  readonly bounds?: readonly [number, number];
  /** Absolute tolerance on the lever; default 1e-6. */
  readonly tolerance?: number;
}

/** What {@link probabilisticGoalSeek} finds. */
export type ProbabilisticGoalSeekResult =
  | { readonly found: true; readonly value: number; readonly probability: ProportionInterval; readonly evaluations: number }
  | { readonly found: false; readonly reason: string };

/**
 * The smallest value of a lever at which the target is reached, in or before `year`, in at least `probability`
 * of the runs under the scenario's uncertainty.
 *
 * Every value of the lever is tried on the same runs (common random numbers: one design, the same normals), so
 * the share of runs that reach the target moves only because the lever moved. Where the lever helps growth that
 * share never falls as the lever rises, and bisection finds the smallest value that gives `probability`.
 *
 * @param scenario - a scenario or document; its `uncertainty` plus `uncertain` are the uncertain parameters.
 * @param options - `param`, `probability`, `runs`, `seed`, and optionally `uncertain`, `sampler`, `year`, `bounds`,
 *   `tolerance`, `signal`.
 * @throws {RangeError} for a probability outside (0, 1), bad bounds, a lever that is also uncertain, or a scenario
 *   without a target.
 * @throws {RangeError} when the call would allocate more than `memoryBudget` (bytes, default 2 GiB), naming the
 *   estimate and the budget, before anything is allocated.
 * @example
 * const r = probabilisticGoalSeek(presets.azerbaijanIran.momentum, {
 *   param: 'base.rate', probability: 0.5, runs: 2000, seed: 1,
 *   uncertain: { 'baseline.value': uniform({ min: 560e6, max: 600e6 }) },
 * });
 * r.found; // => true
 * r.value; // => ≈ 0.767
 */
export function probabilisticGoalSeek(scenario: Scenario | ScenarioDocument, options: ProbabilisticGoalSeekOptions): ProbabilisticGoalSeekResult {
  const fn = 'probabilisticGoalSeek';
  const s = defineScenario(scenario);
  if (s.target === undefined) throw new RangeError(`${fn}: the scenario has no target`);
  const { param, probability } = options;
  if (typeof probability !== 'number' || !(probability > 0 && probability < 1)) {
    throw new RangeError(`${fn}: probability must be in (0, 1), got ${show(probability)}`);
  }
  const lever = findParameter(s, param, fn);
  // Beyond simulate's arrays: the design again with the lever as a last column.
  const plan = planSimulation(s, options, fn, (runs, k) => [{ what: 'design with the lever', bytes: runs * (k + 1) * 8 }]);
  if (plan.names.includes(param)) throw new RangeError(`${fn}: param "${param}" is uncertain; the lever must be a fixed parameter`);
  const year = options.year ?? s.target.year;
  const yearIndex = year - s.baseline.year;
  if (!Number.isInteger(yearIndex) || yearIndex < 1 || year > s.horizon.endYear) {
    throw new RangeError(`${fn}: year must be within ${s.baseline.year + 1}..${s.horizon.endYear}, got ${show(year)}`);
  }
  const current = Number(lever.value);
  const bounds = options.bounds ?? (lever.kind === 'rate' ? [-0.99, 10] : [current / 100, current * 100]);
  if (!Array.isArray(bounds) || bounds.length !== 2 || !(bounds[0] < bounds[1]) || !bounds.every(Number.isFinite)) {
    throw new RangeError(`${fn}: bounds must be [lo, hi] with finite lo < hi, got ${show(bounds)}`);
  }
  const tolerance = options.tolerance ?? 1e-6;

  // One design with the lever as its last column; only that column changes between evaluations.
  const names = [...plan.names, param];
  const kernel = compileKernel(s, names, { caller: fn, codegen: plan.codegen });
  const k = names.length;
  const base = designOf(plan).values;
  const design = new Float64Array(plan.runs * k);
  for (let r = 0; r < plan.runs; r++) for (let j = 0; j < k - 1; j++) design[r * k + j] = base[r * (k - 1) + j]!;
  const values = new Float64Array(plan.runs * kernel.years.length);
  const hit = new Int16Array(plan.runs);
  const normals = new Float64Array(BLOCK_SIZE * kernel.normalsPerRun);
  let evaluations = 0;
  const share = (x: number): number => {
    throwIfAborted(options.signal, fn);
    evaluations++;
    for (let r = 0; r < plan.runs; r++) design[r * k + k - 1] = x;
    for (let offset = 0, b = 0; offset < plan.runs; offset += BLOCK_SIZE, b++) {
      const count = Math.min(BLOCK_SIZE, plan.runs - offset);
      runBlock(kernel, b, count, offset, plan.seed, design.subarray(offset * k, (offset + count) * k), normals, values, plan.runs, hit);
    }
    let hits = 0;
    for (let r = 0; r < plan.runs; r++) if (hit[r]! >= 0 && hit[r]! <= yearIndex) hits++;
    return hits;
  };
  const needed = Math.ceil(probability * plan.runs - 1e-9);
  let lo = bounds[0];
  let hi = bounds[1];
  const atHi = share(hi);
  if (atHi < needed) {
    return { found: false, reason: `${fn}: even ${param} = ${hi} reaches the target by ${year} in ${atHi === 0 ? `none of the ${plan.runs} runs (a chance below ${boundText(wilsonInterval(0, plan.runs).high)})` : `only ${percentText(atHi / plan.runs, 1)} of runs`}, below ${(100 * probability).toFixed(1)}%` };
  }
  if (share(lo) >= needed) {
    return { found: false, reason: `${fn}: already ${param} = ${lo} (the lower bound) reaches the target by ${year} in at least ${(100 * probability).toFixed(1)}% of runs; lower the bound` };
  }
  while (hi - lo > tolerance) {
    const mid = (lo + hi) / 2;
    if (share(mid) >= needed) hi = mid;
    else lo = mid;
  }
  const hits = share(hi);
  return { found: true, value: hi, probability: wilsonInterval(hits, plan.runs), evaluations };
}
