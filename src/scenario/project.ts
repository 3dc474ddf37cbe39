import { D, isDecimal, type Decimal } from '../money/decimal';
import { formatRate } from '../money/formatRate';
import { compoundRate } from '../growth/compounding';
import type { Scenario } from './document';
import type { Projection, ProjectionTarget } from './projection';
import { defineScenario } from './defineScenario';
import { effectiveType } from './effectiveType';
import { withOverrides, type Overrides } from './withOverrides';
import type { DriverType, ExactFields } from './driverType';

const ZERO = new D(0);
const ONE = new D(1);
const MINUS_ONE = new D(-1);
/** A target counts as reached at the target less this relative tolerance (DESIGN: both engines agree on it). */
export const REACHED_TOLERANCE = 1e-12;
const REACHED_FACTOR = ONE.minus(String(REACHED_TOLERANCE));

/** Options of {@link project}. */
export interface ProjectOptions {
  /** Parameter values by address, e.g. `{ "railway.rate": 0.1 }`; see `listParameters`. */
  readonly overrides?: Overrides;
}

interface Step {
  readonly id: string;
  readonly type: DriverType;
  readonly fields: ExactFields;
  readonly isBase: boolean;
}

/**
 * Projects a scenario year by year, exactly (decimal.js, 40 significant digits).
 *
 * Each year the drivers combine in one order: (1) rates add up — `growth`, `schedule`, `ramp` rates and users'
 * rate drivers; a `schedule` in `replace` mode replaces the `growth` drivers in its years; (2) level factors
 * multiply — `shock`s and `ramp` levels, in document order; (3) caps apply last, in document order.
 * A year whose combined rate is at or below −100 % is an error.
 *
 * @param scenario - a scenario or a scenario document.
 * @param options - `overrides`: parameter values by address.
 * @throws {ScenarioError} for an invalid document, an unknown parameter or an override that makes it invalid.
 * @throws {RangeError} when a year's combined rate is at or below −100 %.
 * @example
 * const p = project({ name: 'Status quo', baseline: { year: 2024, value: 580 }, horizon: { endYear: 2029 },
 *   target: { value: 10000, year: 2029 }, drivers: [{ id: 'base', type: 'growth', rate: 0.2 }] });
 * p.values[5].toString(); // => '1443.2256'
 * p.target.reachedIn; // => null
 * p.target.requiredCagr.toFixed(6); // => '0.767317'
 */
export function project(scenario: Scenario | Parameters<typeof defineScenario>[0], options: ProjectOptions = {}): Projection {
  const s = withOverrides(defineScenario(scenario), options.overrides, 'project');
  const { steps, rateSteps, levelSteps, capSteps, replacing, drivers } = planOf(s);
  const y0 = s.baseline.year;
  const horizon = s.horizon.endYear - y0;

  const years: number[] = [y0];
  const values: Decimal[] = [s.baseline.value];
  // What the path needs is computed here; what only the contributions need is kept as its factors (each rate driver's
  // rate, each level or cap step's value before and after) and worked out when `contributions` is first read.
  const driverRates: Decimal[][] = [];
  const moves: Move[] = [];
  const factors = levelSteps.map((st) => levelFactors(st, y0, horizon));
  let growth = ONE; // 1 + the year's combined rate

  for (let i = 1; i <= horizon; i++) {
    const year = y0 + i;
    const previous = values[i - 1]!;
    let baseReplaced = false;
    for (const st of replacing) if (st.type.replacesBase!(st.fields, year)) baseReplaced = true;
    const yearRates = new Array<Decimal>(rateSteps.length);
    let same = i > 1;
    for (let k = 0; k < rateSteps.length; k++) {
      const st = rateSteps[k]!;
      const r = st.isBase && baseReplaced ? ZERO : finiteStep(st, 'rate', year, st.type.exactRate!(st.fields, year, previous));
      yearRates[k] = r;
      if (same && r !== driverRates[i - 2]![k]) same = false;
    }
    driverRates.push(yearRates);
    // Once the ramps are complete the drivers give the very same rates year after year: their sum is kept.
    if (!same) {
      let rate = ZERO;
      for (const r of yearRates) {
        // The first rate is taken as it is: adding it to zero would round it to the same value.
        if (!r.isZero()) rate = rate.isZero() ? r : rate.plus(r);
      }
      if (rate.isNeg() && rate.lte(MINUS_ONE)) {
        throw new RangeError(`project: the combined growth rate into ${year} is ${formatRate(rate)}, at or below -100%`);
      }
      growth = rate.isZero() ? ONE : ONE.plus(rate);
    }
    let current = growth === ONE ? previous : previous.times(growth);
    for (let k = 0; k < levelSteps.length; k++) {
      const step = factors[k]![i - 1]!;
      if (step === null) continue;
      // Multiply, then divide: one rounding, so a shock that recovers returns to the exact level. From a level of
      // 1 the division changes nothing and is skipped.
      const next = step.before === null ? current.times(step.level) : current.times(step.level).div(step.before);
      moves.push({ id: levelSteps[k]!.id, index: i - 1, from: current, to: next });
      current = next;
    }
    for (const st of capSteps) {
      const capped = finiteStep(st, 'capped value', year, st.type.exactCap!(st.fields, previous, current));
      if (!capped.eq(current)) moves.push({ id: st.id, index: i - 1, from: current, to: capped });
      current = capped;
    }
    years.push(year);
    values.push(current);
  }

  let rates: readonly Decimal[] | undefined;
  let contributions: Readonly<Record<string, readonly Decimal[]>> | undefined;
  const buildContributions = () => {
    const byDriver: Record<string, Decimal[]> = {};
    steps.forEach((st) => {
      const k = rateSteps.indexOf(st);
      byDriver[st.id] = Array.from({ length: horizon }, (_, i) => (k < 0 || driverRates[i]![k]!.isZero() ? ZERO : values[i]!.times(driverRates[i]![k]!)));
    });
    for (const m of moves) byDriver[m.id]![m.index] = byDriver[m.id]![m.index]!.plus(m.to.minus(m.from));
    settleRemainders(steps.map((st) => byDriver[st.id]!), values);
    return Object.freeze(Object.fromEntries(steps.map((st) => [st.id, Object.freeze(byDriver[st.id]!)])));
  };
  // The year-on-year rates (a 40-digit division each) and the contributions are computed when first read, then kept.
  const projection: { -readonly [K in keyof Projection]: Projection[K] } = {
    scenario: s.name,
    currency: s.currency,
    drivers,
    years: Object.freeze(years),
    values: Object.freeze(values),
    get rates() {
      return (rates ??= Object.freeze(values.slice(1).map((v, i) => v.div(values[i]!).minus(ONE))));
    },
    get contributions() {
      return (contributions ??= buildContributions());
    },
  };
  if (s.target !== undefined) projection.target = targetOf(s.target, years, values);
  return Object.freeze(projection);
}

/** A level or cap step that moved the value in year index `index`. */
interface Move {
  readonly id: string;
  readonly index: number;
  readonly from: Decimal;
  readonly to: Decimal;
}

/** Which drivers act at which stage, and how a projection names them: fixed for a scenario, so worked out once. */
interface Plan {
  readonly steps: readonly Step[];
  readonly rateSteps: readonly Step[];
  readonly levelSteps: readonly Step[];
  readonly capSteps: readonly Step[];
  readonly replacing: readonly Step[];
  readonly drivers: Projection['drivers'];
}

const plans = new WeakMap<Scenario, Plan>();

function planOf(s: Scenario): Plan {
  let plan = plans.get(s);
  if (plan !== undefined) return plan;
  const steps: Step[] = s.drivers.map((d) => ({ id: d.id, type: effectiveType(d), fields: d, isBase: effectiveType(d).base === true }));
  const rateSteps = steps.filter((st) => st.type.exactRate !== undefined);
  plan = {
    steps,
    rateSteps,
    levelSteps: steps.filter((st) => st.type.exactLevel !== undefined),
    capSteps: steps.filter((st) => st.type.exactCap !== undefined),
    replacing: rateSteps.filter((st) => st.type.replacesBase !== undefined),
    drivers: Object.freeze(s.drivers.map((d) => Object.freeze({ id: d.id, type: d.type, ...(d.label === undefined ? {} : { label: d.label }) }))),
  };
  plans.set(s, plan);
  return plan;
}

// A level effect depends only on its frozen fields and the year, so its factors are computed once per driver.
const factorCache = new WeakMap<ExactFields, Map<string, readonly LevelStep[]>>();

/** A level driver's step into a year: × level(y) / level(y − 1), with `before` null for a level of 1; null for no change. */
/**
 * Each year's contributions, added in document order, must give that year's change exactly; 40-digit rounding of
 * each part can leave a remainder in the last digits. It goes to the last driver (in document order) that
 * contributes that year, as the change less the sum before it — a subtraction that is exact for any realistic
 * spread of magnitudes — so the sum lands on the change and a driver that contributes nothing keeps its zero.
 * `columns[d][i]` is driver d's contribution to step i.
 */
function settleRemainders(columns: Decimal[][], values: readonly Decimal[]): void {
  for (let i = 0; i + 1 < values.length; i++) {
    let last = -1;
    for (let d = 0; d < columns.length; d++) if (!columns[d]![i]!.isZero()) last = d;
    if (last < 0) continue;
    let before = ZERO;
    for (let d = 0; d < last; d++) before = before.plus(columns[d]![i]!);
    columns[last]![i] = values[i + 1]!.minus(values[i]!).minus(before);
  }
}

/**
 * What a driver's exact step returned, if it is a finite Decimal; a registered type's own code may return anything,
 * and a NaN or an Infinity must stop the projection with its name rather than spread through every later year.
 */
function finiteStep(st: Step, what: string, year: number, value: unknown): Decimal {
  if (isDecimal(value) && value.isFinite()) return value;
  const got = isDecimal(value) ? value.toString() : typeof value === 'number' ? String(value) : typeof value;
  throw new RangeError(`project: driver "${st.id}" (type "${st.type.type}") returned ${got} as its ${what} for ${year}; a driver's exact step must return a finite Decimal`);
}

type LevelStep = { readonly level: Decimal; readonly before: Decimal | null } | null;

/** The steps of a level driver for the H years after `y0`. */
function levelFactors(st: Step, y0: number, horizon: number): readonly LevelStep[] {
  const key = `${y0}:${horizon}`;
  let byRange = factorCache.get(st.fields);
  const cached = byRange?.get(key);
  if (cached !== undefined) return cached;
  const factors: LevelStep[] = [];
  let before = finiteStep(st, 'level', y0, st.type.exactLevel!(st.fields, y0));
  for (let year = y0 + 1; year <= y0 + horizon; year++) {
    const level = finiteStep(st, 'level', year, st.type.exactLevel!(st.fields, year));
    if (level.lte(0)) throw new RangeError(`project: driver "${st.id}" gives a level of ${level.toString()} in ${year}; it must stay above 0`);
    factors.push(level.eq(before) ? null : { level, before: before.eq(ONE) ? null : before });
    before = level;
  }
  if (Object.isFrozen(st.fields)) {
    if (byRange === undefined) factorCache.set(st.fields, (byRange = new Map()));
    byRange.set(key, factors);
  }
  return factors;
}

function targetOf(target: { value: Decimal; year: number }, years: readonly number[], values: readonly Decimal[]): ProjectionTarget {
  const threshold = target.value.times(REACHED_FACTOR);
  const index = values.findIndex((v) => v.gte(threshold));
  let crossing: number | null = null;
  if (index === 0) crossing = years[0]!;
  else if (index > 0) {
    const before = values[index - 1]!;
    const after = values[index]!;
    // Inside the year the path grows geometrically: solve before·(after/before)^t = target for t in [0, 1]. The
    // result is a fractional year, so float64 logarithms are precise enough (a 40-digit ln() costs ~100 µs).
    const lnBefore = Math.log(before.toNumber());
    const t = (Math.log(target.value.toNumber()) - lnBefore) / (Math.log(after.toNumber()) - lnBefore);
    crossing = years[index - 1]! + Math.min(1, Math.max(0, t));
  }
  const t = years.indexOf(target.year);
  const inTarget = values[t]!;
  // The required growth costs an n-th root at 60 digits per year, most of a projection's time, and many callers
  // never read it: it is computed on first read and kept.
  let byYear: readonly Decimal[] | undefined;
  const requiredFrom = (i: number) => compoundRate(values[i]!, target.value, new D(t - i));
  const requiredCagrByYear = () => (byYear ??= Object.freeze(values.slice(0, t).map((_, i) => requiredFrom(i))));
  const result: ProjectionTarget = {
    value: target.value,
    year: target.year,
    reachedIn: index < 0 ? null : years[index]!,
    crossing,
    gap: target.value.minus(inTarget),
    get requiredCagr() {
      return requiredCagrByYear()[0]!;
    },
    get requiredCagrByYear() {
      return requiredCagrByYear();
    },
  };
  return Object.freeze(result);
}
