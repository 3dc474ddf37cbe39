import { isDecimal } from '../money/decimal';
import type { Scenario } from '../scenario/document';
import type { DriverType } from '../scenario/driverType';
import { parameterTable, type Parameter } from '../scenario/parameters';
import { driverType } from '../scenario/registry';
import { REACHED_TOLERANCE } from '../scenario/project';
import { affineEffects, affinePlan, affineRunner, affineTerms, badLevel, isAffineIn, type AffineLevel, type AffineRunState, type AffineTerm } from './affine';
import { compileAffineRuns } from './affineCompiled';
import { RATE_FLOOR } from '../uncertainty/rateFloor';

/**
 * A scenario compiled once into float64 arrays for the Monte Carlo and sensitivity kernel.
 *
 * Drivers whose parameters are all fixed fold into per-year constants (`constRate`, `constLevel`); only drivers
 * with an uncertain parameter, or whose effect reads the current value, are evaluated per run. Growth drivers with a
 * volatility draw their rate each year: Normal(rate, volatility), floored at −99 %.
 */
export interface Kernel {
  readonly years: readonly number[];
  /** Annual steps H. */
  readonly steps: number;
  /** The uncertain parameters, in the order of the columns of a design. */
  readonly names: readonly string[];
  /** How many standard normals one run consumes (steps × noisy growth drivers). */
  readonly normalsPerRun: number;
  /**
   * Runs the model for `count` runs. `params` holds `count × names.length` values (row-major), `normals` holds
   * `count × normalsPerRun` standard normals; the path of run r is written to `out[i · stride + offset + r]` for year
   * index i = 0..H, and its first year index reaching the target to `hit[offset + r]` (−1: not reached).
   * Returns how many steps had their combined rate floored at −99 %.
   */
  run(
    count: number,
    params: Float64Array,
    normals: Float64Array,
    out: Float64Array,
    stride: number,
    offset: number,
    hit: Int16Array | undefined,
  ): number;
}

interface DynamicDriver {
  readonly id: string;
  readonly type: DriverType;
  readonly fields: Record<string, unknown>;
  readonly isBase: boolean;
}

interface Slot {
  readonly parameter: Parameter;
  /** Sets the value in the run's mutable fields (or the baseline/target holder). */
  readonly set: (value: number) => void;
}

/** Options of {@link compileKernel}. */
export interface KernelOptions {
  /** The last year of the paths (default: the horizon's), for analyses that read no later year. */
  readonly endYear?: number;
  /** False: every growth rate at its mean, no normals drawn (the sensitivity methods). Default true. */
  readonly volatility?: boolean;
}

/**
 * Compiles a scenario for the given uncertain parameters (names already validated against the scenario).
 */
export function compileKernel(scenario: Scenario, uncertain: readonly string[], options: KernelOptions = {}): Kernel {
  const table = parameterTable(scenario);
  const y0 = scenario.baseline.year;
  const endYear = options.endYear ?? scenario.horizon.endYear;
  if (!Number.isInteger(endYear) || endYear <= y0 || endYear > scenario.horizon.endYear) {
    throw new RangeError(`compileKernel: endYear must be a year after ${y0} and up to ${scenario.horizon.endYear}, got ${endYear}`);
  }
  const H = endYear - y0;
  const years = Array.from({ length: H + 1 }, (_, i) => y0 + i);
  const uncertainSet = new Set(uncertain);
  const drivers = scenario.drivers.map((d) => ({ id: d.id, type: driverType(d.type)!, fields: toFloat(d) as Record<string, unknown>, isBase: driverType(d.type)!.base === true }));
  const touched = new Set(uncertain.map((name) => table.get(name)!.driver).filter((i) => i >= 0));

  // Years in which a replace-mode schedule drops the growth drivers: structure, fixed whatever the parameters.
  const baseDropped = new Uint8Array(H);
  for (const d of drivers) {
    if (d.type.replacesBase === undefined) continue;
    for (let i = 0; i < H; i++) if (d.type.replacesBase(scenario.drivers[drivers.indexOf(d)]!, y0 + i + 1)) baseDropped[i] = 1;
  }

  const constRate = new Float64Array(H);
  const constLevel = new Float64Array(H).fill(1);
  // Drivers whose uncertain fields they are affine in: their effects are worked out here, and a run only weights them.
  const affineRate = new Float64Array(H);
  const rateTerms: AffineTerm[] = [];
  const affineLevels: AffineLevel[] = [];
  const affineDrivers = new Set<number>();
  const noisy: { driver: DynamicDriver; index: number }[] = [];
  const perRun: DynamicDriver[] = []; // effects that change with the parameters, computed once per run
  const perStep: DynamicDriver[] = []; // rates that read the current value, computed every step
  const caps: DynamicDriver[] = [];
  drivers.forEach((d, index) => {
    const uncertainHere = touched.has(index);
    const volatility = d.isBase ? (d.fields.volatility as number | undefined) : undefined;
    const isNoisy = d.isBase && options.volatility !== false && ((volatility ?? 0) > 0 || uncertainSet.has(`${d.id}.volatility`));
    if (d.type.floatCap !== undefined) caps.push(d);
    if (uncertainHere && !isNoisy && d.type.floatCap === undefined && (d.type.floatRate === undefined || d.type.dependsOnValue === false)) {
      const columns = uncertain.flatMap((name, column) => (table.get(name)!.driver === index ? [column] : []));
      if (columns.every((column) => isAffineIn(d.type, table.get(uncertain[column]!)!))) {
        affineDrivers.add(index);
        const parameters = columns.map((column) => table.get(uncertain[column]!)!);
        // The driver's fields with the uncertain ones at 0, or one of them at 1.
        const at = (unit: number) => {
          const copy = toFloat(d.fields) as Record<string, unknown>;
          parameters.forEach((parameter, q) => setPath(copy, parameter.path, q === unit ? 1 : 0));
          return copy;
        };
        if (d.type.floatRate !== undefined) {
          rateTerms.push(...affineTerms(columns, at, affineRate, (fields, into) => addRates({ ...d, fields }, into, baseDropped, y0)));
        }
        if (d.type.floatLevel !== undefined) {
          const base = new Float64Array(H + 1);
          const terms = affineTerms(columns, at, base, (fields, into) => {
            for (let i = 0; i <= H; i++) into[i] = into[i]! + d.type.floatLevel!(fields, y0 + i);
          });
          affineLevels.push({ id: d.id, base, terms });
        }
        return;
      }
    }
    if (d.type.floatRate !== undefined) {
      if (isNoisy) noisy.push({ driver: d, index });
      else if (d.type.dependsOnValue !== false) perStep.push(d);
      else if (uncertainHere) perRun.push(d);
      else addRates(d, constRate, baseDropped, y0);
    }
    if (d.type.floatLevel !== undefined) {
      if (uncertainHere) {
        if (!perRun.includes(d)) perRun.push(d);
      } else multiplyLevels(d, constLevel, y0);
    }
  });

  const holders = { baseline: { value: scenario.baseline.value.toNumber() }, target: { value: scenario.target?.value.toNumber() ?? Infinity } };
  const slots: Slot[] = uncertain.map((name) => {
    const parameter = table.get(name)!;
    const whole = parameter.kind === 'year' || parameter.kind === 'count';
    let node: Record<string, unknown> =
      parameter.driver < 0 ? (holders[name.split('.')[0] as 'baseline' | 'target'] as Record<string, unknown>) : drivers[parameter.driver]!.fields;
    for (const key of parameter.path.slice(0, -1)) node = node[key] as Record<string, unknown>;
    const last = parameter.path[parameter.path.length - 1]!;
    const holder = node;
    const positive = parameter.kind === 'amount';
    return {
      parameter,
      set: (value: number) => {
        if (positive && !(value > 0)) {
          throw new RangeError(`simulate: ${name} drew ${value}, but an amount must stay above 0; use a distribution that stays positive (lognormal, say)`);
        }
        holder[last] = whole ? Math.round(value) : value;
      },
    };
  });

  // Drivers with an uncertain year or count are checked again after each draw (a start drawn after a ramp's end,
  // say), since their own rules tie fields together.
  const rechecked = [...new Set(slots.filter((sl) => sl.parameter.driver >= 0 && (sl.parameter.kind === 'year' || sl.parameter.kind === 'count')).map((sl) => sl.parameter.driver))]
    .map((index) => drivers[index]!)
    .filter((d) => d.type.check !== undefined);
  const context = { baselineYear: y0, endYear: scenario.horizon.endYear };
  const recheck = (): void => {
    for (const d of rechecked) {
      d.type.check!(d.fields, (path, message) => {
        throw new RangeError(`simulate: a draw makes driver "${d.id}" invalid: ${[...path].join('.') || 'driver'} ${message}; narrow its distributions`);
      }, context);
    }
  };

  // A run sets only the fields that are read during it: not those of drivers whose effects were worked out above.
  const setters = slots.filter((sl) => !affineDrivers.has(sl.parameter.driver)).map((sl) => ({ set: sl.set, column: slots.indexOf(sl) }));
  const k = uncertain.length;
  const nNoisy = noisy.length;
  const dynRate = new Float64Array(H);
  const dynLevel = new Float64Array(H);
  const hasPerRun = perRun.length > 0 || rateTerms.length > 0 || affineLevels.length > 0;
  const affine = affinePlan(H, y0, affineRate, rateTerms, affineLevels);
  // Only affine effects and caps vary between runs: a loop of its own (see affineRunner).
  const affineOnly = hasPerRun && perRun.length === 0 && nNoisy === 0 && perStep.length === 0 && rechecked.length === 0;
  const noisyRate = new Float64Array(nNoisy);
  const noisySd = new Float64Array(nNoisy);
  const tolerance = 1 - REACHED_TOLERANCE;
  const affineState: AffineRunState = {
    setters,
    holders,
    threshold: tolerance,
    caps,
    constRate,
    constLevel,
    work: { rate: dynRate, level: dynLevel },
  };
  // The loop written out for this scenario where the platform allows it (about twice as fast), or else as it is.
  const runAffine = affineOnly ? (compileAffineRuns(affine, affineState) ?? affineRunner(affine, affineState)) : undefined;
  const simple = nNoisy <= 1 && perStep.length === 0 && caps.length === 0 && !hasPerRun;
  // The plainest case of all (the status quo): no constant rate, level or dropped base year to apply.
  const bare = simple && constRate.every((x) => x === 0) && constLevel.every((x) => x === 1) && baseDropped.every((x) => x === 0);
  const scratch = new Float64Array(2);

  return {
    years,
    steps: H,
    names: [...uncertain],
    normalsPerRun: H * nNoisy,
    run(count, params, normals, out, stride, offset, hit) {
      let floored = 0;
      if (simple && k === 0) {
        // Nothing changes between runs but the normals: the constants are read once, and the runs stepped tightly.
        const rate0 = nNoisy === 1 ? (noisy[0]!.driver.fields.rate as number) : 0;
        const sd0 = nNoisy === 1 ? ((noisy[0]!.driver.fields.volatility as number | undefined) ?? 0) : 0;
        const start = holders.baseline.value;
        const threshold = holders.target.value * tolerance;
        if (bare && nNoisy === 1) {
          for (let r = 0; r < count; r++) {
            let v = start;
            let first = v >= threshold ? 0 : -1;
            const at = offset + r;
            out[at] = v;
            for (let i = 0, zi = r * H; i < H; i++, zi++) {
              let rate = rate0 + sd0 * normals[zi]!;
              // The draw's floor (−99 %) is also the combined rate's: with one driver they are the same.
              if (rate < RATE_FLOOR) rate = RATE_FLOOR;
              v *= 1 + rate;
              out[(i + 1) * stride + at] = v;
              if (first < 0 && v >= threshold) first = i + 1;
            }
            if (!(v > 0 && v < Infinity)) throw outOfRange(v, y0 + H);
            if (hit !== undefined) hit[at] = first;
          }
          return floored;
        }
        for (let r = 0; r < count; r++) {
          const first = simplePath(H, start, threshold, rate0, sd0, nNoisy, constRate, constLevel, baseDropped, normals, r * H * nNoisy, out, stride, offset + r, scratch);
          floored += scratch[0]!;
          const v = scratch[1]!;
          if (!(v > 0 && v < Infinity)) throw outOfRange(v, y0 + H);
          if (hit !== undefined) hit[offset + r] = first;
        }
        return floored;
      }
      if (runAffine !== undefined) return runAffine(count, k, params, out, stride, offset, hit, (v) => outOfRange(v, y0 + H));
      for (let r = 0; r < count; r++) {
        for (const setter of setters) setter.set(params[r * k + setter.column]!);
        if (rechecked.length > 0) recheck();
        for (let q = 0; q < nNoisy; q++) {
          noisyRate[q] = noisy[q]!.driver.fields.rate as number;
          noisySd[q] = (noisy[q]!.driver.fields.volatility as number | undefined) ?? 0;
        }
        if (hasPerRun) {
          // Plain loops: for a handful of years they beat a call into the native fill.
          affineEffects(affine, params, r * k, dynRate, dynLevel);
          for (const d of perRun) {
            if (d.type.floatRate !== undefined && perStep.indexOf(d) < 0) addRates(d, dynRate, baseDropped, y0);
            if (d.type.floatLevel !== undefined) multiplyLevels(d, dynLevel, y0);
          }
        }
        let v = holders.baseline.value;
        const threshold = holders.target.value * tolerance;
        let first: number;
        if (simple) {
          // The common case — one noisy growth driver at most, every other effect a per-year constant — runs in a
          // function of its own whose state is all arguments and locals: about twice as fast as the general loop.
          const outcome = simplePath(H, v, threshold, nNoisy === 1 ? noisyRate[0]! : 0, nNoisy === 1 ? noisySd[0]! : 0, nNoisy, constRate, constLevel, baseDropped, normals, r * H * nNoisy, out, stride, offset + r, scratch);
          first = outcome;
          floored += scratch[0]!;
          v = scratch[1]!;
        } else {
          first = v >= threshold ? 0 : -1;
          out[offset + r] = v;
          let zi = r * H * nNoisy;
          for (let i = 0; i < H; i++) {
            let rate = constRate[i]!;
            if (hasPerRun) rate += dynRate[i]!;
            if (nNoisy > 0) {
              if (baseDropped[i] === 0) {
                for (let q = 0; q < nNoisy; q++) {
                  let x = noisyRate[q]! + noisySd[q]! * normals[zi + q]!;
                  if (x < RATE_FLOOR) x = RATE_FLOOR;
                  rate += x;
                }
              }
              zi += nNoisy;
            }
            for (let q = 0; q < perStep.length; q++) {
              const d = perStep[q]!;
              if (!(d.isBase && baseDropped[i] === 1)) rate += d.type.floatRate!(d.fields, y0 + i + 1, v);
            }
            if (rate < RATE_FLOOR) {
              rate = RATE_FLOOR;
              floored++;
            }
            let next = v * (1 + rate) * constLevel[i]!;
            if (hasPerRun) next *= dynLevel[i]!;
            for (let q = 0; q < caps.length; q++) next = caps[q]!.type.floatCap!(caps[q]!.fields, v, next);
            v = next;
            out[(i + 1) * stride + offset + r] = v;
            if (first < 0 && v >= threshold) first = i + 1;
          }
        }
        // Infinity stays Infinity and 0 stays 0 under the steps, so the last value tells whether a run left the
        // float64 range; checked once per run, off the per-year path.
        if (!(v > 0 && v < Infinity)) throw outOfRange(v, y0 + H);
        if (hit !== undefined) hit[offset + r] = first;
      }
      return floored;
    },
  };
}

/** The error for a run whose value left float64 (it stays Infinity or 0 once it has). */
function outOfRange(v: number, endYear: number): RangeError {
  if (Number.isNaN(v)) {
    return new RangeError(`simulate: a run's value became NaN by ${endYear}: a driver's float step returned something that is not a finite number`);
  }
  const way = v === 0 ? 'falls below' : 'grows beyond';
  return new RangeError(`simulate: a run's value ${way} what float64 holds (about 1e${v === 0 ? '-308' : '308'}) by ${endYear}; shorten the horizon or narrow the rates`);
}

/**
 * One run's path when every effect but one noisy growth driver is a per-year constant. Returns the first year index
 * reaching the threshold (−1: none); writes the floored steps to scratch[0] and the last value to scratch[1].
 */
function simplePath(
  H: number,
  start: number,
  threshold: number,
  rate0: number,
  sd0: number,
  noisy: number,
  constRate: Float64Array,
  constLevel: Float64Array,
  baseDropped: Uint8Array,
  normals: Float64Array,
  zi: number,
  out: Float64Array,
  stride: number,
  at: number,
  scratch: Float64Array,
): number {
  let v = start;
  let first = v >= threshold ? 0 : -1;
  let floored = 0;
  out[at] = v;
  for (let i = 0; i < H; i++) {
    let rate = constRate[i]!;
    if (noisy === 1) {
      if (baseDropped[i] === 0) {
        let x = rate0 + sd0 * normals[zi]!;
        if (x < RATE_FLOOR) x = RATE_FLOOR;
        rate += x;
      }
      zi++;
    }
    if (rate < RATE_FLOOR) {
      rate = RATE_FLOOR;
      floored++;
    }
    v = v * (1 + rate) * constLevel[i]!;
    out[(i + 1) * stride + at] = v;
    if (first < 0 && v >= threshold) first = i + 1;
  }
  scratch[0] = floored;
  scratch[1] = v;
  return first;
}

function setPath(node: Record<string, unknown>, path: readonly string[], value: number): void {
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1]!] = value;
}

function addRates(d: DynamicDriver, into: Float64Array, baseDropped: Uint8Array, y0: number): void {
  for (let i = 0; i < into.length; i++) {
    if (d.isBase && baseDropped[i] === 1) continue;
    into[i] = into[i]! + d.type.floatRate!(d.fields, y0 + i + 1, Number.NaN);
  }
}

function multiplyLevels(d: DynamicDriver, into: Float64Array, y0: number): void {
  let before = d.type.floatLevel!(d.fields, y0);
  for (let i = 0; i < into.length; i++) {
    const level = d.type.floatLevel!(d.fields, y0 + i + 1);
    if (!(level > 0)) throw badLevel(d.id, level, y0 + i + 1);
    into[i] = (into[i]! * level) / before;
    before = level;
  }
}

/** A deep copy of a driver's fields with every Decimal turned into a number, mutable for the kernel. */
function toFloat(value: unknown): unknown {
  if (isDecimal(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toFloat);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = toFloat((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

