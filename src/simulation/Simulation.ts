import { show } from '../internal/show';
import type { SamplerName } from '../uncertainty/samplers/unitSample';
import { meanSd } from '../uncertainty/stats/meanSd';
import { quantileSorted } from '../uncertainty/stats/quantile';
import { quantilesOfColumn } from '../uncertainty/stats/quantilesOfColumn';
import { wilsonInterval } from '../uncertainty/stats/wilsonInterval';

/** What a simulation was run with, so that it can be run again. */
export interface SimulationSettings {
  readonly runs: number;
  readonly seed: number | string;
  readonly sampler: SamplerName;
  /** The uncertain parameters, as distribution documents by name (the scenario's and the call's). */
  readonly uncertain: Readonly<Record<string, unknown>>;
  /** The rank-correlation matrix over the uncertain parameters, when correlations were asked for. */
  readonly correlation?: readonly (readonly number[])[];
  /** Runs per block; block b draws from its own stream derived from the seed. */
  readonly blockSize: number;
  /** The years kept, when `keepYears` was given. */
  readonly keepYears?: readonly number[];
  /**
   * The component whose paths the simulation holds, when one was asked for (`simulate(s, { component })`);
   * absent: the total. Probabilities of the target stay the total's.
   */
  readonly component?: string;
  /** The price basis of the values: `real` when the scenario divides them by its deflator. */
  readonly basis?: 'nominal' | 'real';
}

/** A probability estimated from the runs, with its 95 % Wilson interval. */
export interface Probability {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
  readonly hits: number;
  readonly runs: number;
  /** True when no run hit: `estimate` is then 0 and `high` (≈ 3.84 / runs) is an upper bound, not a value. */
  readonly upperBoundOnly: boolean;
}

/** The levels of {@link Simulation.fan}, in the order of its fields. */
const FAN_LEVELS: readonly number[] = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95];

/** One row of {@link Simulation.fan}. */
export interface FanRow {
  readonly year: number;
  readonly p5: number;
  readonly p10: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p90: number;
  readonly p95: number;
}

/**
 * The result of `simulate`: every run's path by year, and the summaries of them computed when asked.
 *
 * @example
 * const sim = simulate(presets.azerbaijanIran.combined, { runs: 1000, seed: 3 });
 * sim instanceof Simulation; // => true
 * sim.years.length; // => 11
 * sim.fan()[0].p50; // => 580000000
 * sim.valuesAt(2029).length; // => 1000
 */
export class Simulation {
  /** The years whose values are kept: every projection year, or those asked for with `keepYears`. */
  readonly years: readonly number[];
  /** Every projection year, baseline first: the years first hits and probabilities are counted in. */
  readonly projectionYears: readonly number[];
  readonly settings: SimulationSettings;
  /** The target, when the scenario has one. */
  readonly target: { readonly value: number; readonly year: number } | undefined;
  /** How many run-years had their combined growth rate floored at −99 %. */
  readonly flooredSteps: number;
  /**
   * How many drawn parameter values fell outside their field's rule (a negative volatility or count, a rate at or
   * below −100 %) and were clamped to the nearest allowed value (a rate to −99 %); 0 when none.
   */
  readonly clampedDraws: number;
  readonly #values: Float64Array;
  readonly #runs: number;
  /** hitsBy[i]: runs that first reached the target at year index i (the last entry: never within the horizon). */
  readonly #firstHits: Int32Array;
  readonly #sorted = new Map<number, Float64Array>();
  /** Years (by index) asked for one quantile already: the first is selected, the second sorts the year once. */
  readonly #asked = new Set<number>();
  readonly #design: Float64Array;
  readonly #hit: Int16Array | undefined;
  /** The uncertain parameters, in the order {@link inputsOf} knows them. */
  readonly inputNames: readonly string[];

  /** @internal Built by `simulate`. */
  constructor(init: {
    years: readonly number[];
    /** Every projection year, when `years` keeps only some of them. */
    projectionYears?: readonly number[];
    settings: SimulationSettings;
    target: { value: number; year: number } | undefined;
    values: Float64Array;
    hit: Int16Array | undefined;
    flooredSteps: number;
    clampedDraws?: number;
    design: Float64Array;
    inputNames: readonly string[];
  }) {
    this.years = Object.freeze([...init.years]);
    this.projectionYears = init.projectionYears === undefined ? this.years : Object.freeze([...init.projectionYears]);
    this.settings = Object.freeze(init.settings);
    this.target = init.target === undefined ? undefined : Object.freeze(init.target);
    this.flooredSteps = init.flooredSteps;
    this.clampedDraws = init.clampedDraws ?? 0;
    this.#values = init.values;
    this.#design = init.design;
    this.#hit = init.hit;
    this.inputNames = Object.freeze([...init.inputNames]);
    this.#runs = init.settings.runs;
    const H = this.projectionYears.length;
    this.#firstHits = new Int32Array(H + 1);
    if (init.hit !== undefined) {
      for (let r = 0; r < this.#runs; r++) {
        const h = init.hit[r]!;
        this.#firstHits[h < 0 ? H : h]! += 1;
      }
    }
    Object.freeze(this);
  }

  /**
   * Every run's value in a year, one per run, in run order (a copy: changing it changes nothing here): the total's,
   * or the component's when the simulation follows one (`settings.component`), as are `quantile` and `fan`.
   * @throws {RangeError} for a year outside the projection.
   */
  valuesAt(year: number): Float64Array {
    const i = this.#index(year, 'valuesAt');
    return this.#values.slice(i * this.#runs, (i + 1) * this.#runs);
  }

  /**
   * The value an uncertain parameter took in every run, in run order (a copy), e.g. to plot it against
   * `valuesAt(year)` or to look for the conditions under which the target is reached.
   * @throws {RangeError} for a name that was not uncertain in this simulation.
   */
  inputsOf(name: string): Float64Array {
    const j = this.inputNames.indexOf(name);
    if (j < 0) throw new RangeError(`inputsOf: name must be one of the uncertain parameters (${this.inputNames.join(', ') || 'none'}), got ${show(name)}`);
    const k = this.inputNames.length;
    const out = new Float64Array(this.#runs);
    for (let r = 0; r < this.#runs; r++) out[r] = this.#design[r * k + j]!;
    return out;
  }

  /**
   * The first year index at which each run reached the target (−1: not within the horizon), in run order.
   * @throws {RangeError} when the scenario has no target.
   */
  firstHitIndex(): Int16Array {
    if (this.#hit === undefined) throw new RangeError('firstHitIndex: the scenario has no target');
    return this.#hit.slice();
  }

  /**
   * The p-quantile of the values in a year: type 7, linear interpolation between order statistics (numpy's default).
   * The first call for a year finds the order statistics it needs by counting (O(runs), no copy); the second sorts
   * that year's values once, and later calls reuse them.
   * @throws {RangeError} for a year outside the projection or p outside [0, 1].
   */
  quantile(year: number, p: number): number {
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) throw new RangeError(`quantile: p must be in [0, 1], got ${show(p)}`);
    const i = this.#index(year, 'quantile');
    const sorted = this.#sorted.get(i);
    if (sorted !== undefined) return quantileSorted(sorted, p);
    if (!this.#asked.has(i)) {
      this.#asked.add(i);
      return quantilesOfColumn(this.#values, i * this.#runs, (i + 1) * this.#runs, [p])[0]!;
    }
    return quantileSorted(this.#sortedAt(i), p);
  }

  /**
   * The fan of every year: the 5th, 10th, 25th, 50th, 75th, 90th and 95th percentiles, found by counting the year's
   * values into buckets and sorting only the few buckets that hold the levels (not a sort of the year, not a copy);
   * the same numbers a sort would give.
   */
  fan(): FanRow[] {
    return this.years.map((year, i) => {
      const sorted = this.#sorted.get(i);
      const q = sorted !== undefined ? FAN_LEVELS.map((p) => quantileSorted(sorted, p)) : quantilesOfColumn(this.#values, i * this.#runs, (i + 1) * this.#runs, FAN_LEVELS);
      return { year, p5: q[0]!, p10: q[1]!, p25: q[2]!, p50: q[3]!, p75: q[4]!, p90: q[5]!, p95: q[6]! };
    });
  }

  /** Mean and standard deviation (n − 1) of the values of every year (Welford's algorithm). */
  stats(): { year: number; mean: number; sd: number }[] {
    return this.years.map((year, i) => {
      const { mean, sd } = meanSd(this.#values.subarray(i * this.#runs, (i + 1) * this.#runs));
      return { year, mean, sd };
    });
  }

  /**
   * The probability that the target is first reached in or before `year` (default: the target year), with its
   * 95 % Wilson interval. With no hit the estimate is 0 and `high` (≈ 3.84 / runs) is an upper bound only. The
   * target is on the total, so this is the total's probability even when the simulation follows a component.
   * @throws {RangeError} when the scenario has no target, or the year is outside the projection.
   */
  probabilityOfTarget(year?: number): Probability {
    if (this.target === undefined) throw new RangeError('probabilityOfTarget: the scenario has no target');
    const i = this.projectionYears.indexOf(year ?? this.target.year);
    if (i < 0) {
      throw new RangeError(`probabilityOfTarget: year must be one of ${this.projectionYears[0]}..${this.projectionYears[this.projectionYears.length - 1]}, got ${show(year)}`);
    }
    let hits = 0;
    for (let j = 0; j <= i; j++) hits += this.#firstHits[j]!;
    const interval = wilsonInterval(hits, this.#runs);
    return Object.freeze({ ...interval, hits, runs: this.#runs, upperBoundOnly: hits === 0 });
  }

  /** {@link probabilityOfTarget} for every year of the projection. */
  probabilityByYear(): ({ year: number } & Probability)[] {
    return this.projectionYears.map((year) => ({ year, ...this.probabilityOfTarget(year) }));
  }

  /**
   * When the target is first reached: the share of runs for each year, and for "not within the horizon"
   * (`year: null`). The shares add up to 1.
   * @throws {RangeError} when the scenario has no target.
   */
  firstReached(): { year: number | null; runs: number; share: number }[] {
    if (this.target === undefined) throw new RangeError('firstReached: the scenario has no target');
    const rows: { year: number | null; runs: number; share: number }[] = this.projectionYears.map((year, i) => ({
      year,
      runs: this.#firstHits[i]!,
      share: this.#firstHits[i]! / this.#runs,
    }));
    const never = this.#firstHits[this.projectionYears.length]!;
    rows.push({ year: null, runs: never, share: never / this.#runs });
    return rows;
  }

  /** The summaries, for JSON: settings, fan, mean and sd, and the probabilities when there is a target. */
  toJSON(): Record<string, unknown> {
    return {
      settings: this.settings,
      years: this.years,
      flooredSteps: this.flooredSteps,
      clampedDraws: this.clampedDraws,
      fan: this.fan(),
      stats: this.stats(),
      ...(this.target === undefined
        ? {}
        : { target: this.target, probabilityOfTarget: this.probabilityOfTarget(), probabilityByYear: this.probabilityByYear(), firstReached: this.firstReached() }),
    };
  }

  #index(year: number, fn: string): number {
    const i = this.years.indexOf(year);
    if (i < 0) {
      const kept = this.years === this.projectionYears ? `${this.years[0]}..${this.years[this.years.length - 1]}` : `the kept years ${this.years.join(', ')}`;
      throw new RangeError(`${fn}: year must be one of ${kept}, got ${show(year)}`);
    }
    return i;
  }

  #sortedAt(i: number): Float64Array {
    let sorted = this.#sorted.get(i);
    if (sorted === undefined) {
      sorted = this.#values.slice(i * this.#runs, (i + 1) * this.#runs).sort();
      this.#sorted.set(i, sorted);
    }
    return sorted;
  }
}
