import { D, isDecimal, type Decimal } from '../money/decimal';
import { formatRate } from '../money/formatRate';
import { compoundRate } from '../growth/compounding';
import type { Scenario } from './document';
import type { Projection, ProjectionTarget, ProjectedDriver } from './projection';
import { defineScenario } from './defineScenario';
import { effectiveType } from './effectiveType';
import { componentDrivers } from './componentDrivers';
import { withOverrides, type Overrides } from './withOverrides';
import type { DriverType, ExactFields } from './driverType';
import { priceIndex } from './priceIndex';
import { lnOf, settle, splitByLogShares } from './logShares';

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
  /** The driver's place in the document. */
  readonly index: number;
}

/**
 * Projects a scenario year by year, exactly (decimal.js, 40 significant digits).
 *
 * Each year the drivers combine in one order: (1) rates add up — `growth`, `schedule`, `ramp` rates and users'
 * rate drivers; a `schedule` in `replace` mode replaces the `growth` drivers in its years; (2) level factors
 * multiply — `shock`s, `ramp` levels, `tradeCost`s and assumed `event`s, in document order; (3) caps apply last,
 * in document order. A year whose combined rate is at or below −100 % is an error.
 *
 * Components (`components` in the document): each steps on its own with the drivers that act on it — those scoped
 * to it and every unscoped rate and level driver (a rate driver's `previous` is the component's own value) — and
 * its scoped caps; then the unscoped caps cap the total, scaling every component by capped / total (the last takes
 * the rounding remainder, so they still add up to the capped total). `values` is the components' sum, added in
 * their order; `components` and, for `exports` and `imports`, `balance` (exports − imports) come with it.
 *
 * Price basis: with `basis: 'real'` every value (component, total, target comparison) is the nominal value divided
 * by the price index of its year (1 in the baseline year; see `deflate`); caps act on nominal values.
 *
 * Contributions are order-free log shares: within a year, driver k gets Δ · ln f_k / Σ_j ln f_j of the change Δ,
 * f_j being driver j's factor that year — its level step for a shock, a ramp's level, a trade cost, an event or a
 * cap (capped / candidate; for a total cap, in each component), (1 + R)^(r_j / R) for a rate r_j when the rates
 * add up to R (ln f_j → r_j as R → 0), both for a ramp with a rate and a level — and with `basis: 'real'`
 * the price index's step P(y−1)/P(y) is one more factor, `priceEffect`. A year with only rates gives each
 * previous · r_j; a year whose change is 0 gives zeros. With components the split is made in each component
 * (`componentContributions`) and summed. Logarithms are taken to 25 significant digits (a 40-digit `ln` costs
 * about 100 µs), so a share is exact to about 1e-24 of the change; the year's parts are then settled to add up to
 * the change exactly (the remainder goes to the largest part). They are computed when first read.
 *
 * @param scenario - a scenario or a scenario document.
 * @param options - `overrides`: parameter values by address.
 * @throws {ScenarioError} for an invalid document, an unknown parameter or an override that makes it invalid.
 * @throws {RangeError} when a year's combined rate is at or below −100 % (naming the component, if any).
 * @example
 * const p = project({ name: 'Status quo', baseline: { year: 2024, value: 580 }, horizon: { endYear: 2029 },
 *   target: { value: 10000, year: 2029 }, drivers: [{ id: 'base', type: 'growth', rate: 0.2 }] });
 * p.values[5].toString(); // => '1443.2256'
 * p.target.reachedIn; // => null
 * p.target.requiredCagr.toFixed(6); // => '0.767317'
 * const q = project({ name: 'Accounts', baseline: { year: 2024 }, horizon: { endYear: 2025 },
 *   components: [{ id: 'exports', baseline: { value: 10 } }, { id: 'imports', baseline: { value: 90 } }],
 *   drivers: [{ id: 'g', type: 'growth', rate: '10%' }, { id: 'x', type: 'growth', rate: '40%', scope: 'exports' }] });
 * q.components.exports.map(String); // => ['10', '15']
 * q.values.map(String); // => ['100', '114']
 * q.balance.map(String); // => ['-80', '-84']
 * q.componentContributions.exports.x.map(String); // => ['4']
 */
export function project(scenario: Scenario | Parameters<typeof defineScenario>[0], options: ProjectOptions = {}): Projection {
  const s = withOverrides(defineScenario(scenario), options.overrides, 'project');
  const plan = planOf(s);
  const y0 = s.baseline.year;
  const horizon = s.horizon.endYear - y0;

  const years: number[] = [y0];
  const lanes = plan.lanes.map((lp): Lane => ({
    plan: lp,
    nominal: [lp.baseline],
    driverRates: [],
    growths: [],
    factors: lp.levelSteps.map((st) => levelFactors(st, y0, horizon)),
    caps: [],
    growth: ONE,
  }));
  const single = plan.lanes[0]!.id === null;
  // What the path needs is computed here; what only the contributions need is kept as its factors (each rate
  // driver's rate, each level step, each cap's value before and after) and worked out when first read.
  const nominalTotal: Decimal[] = single ? lanes[0]!.nominal : [s.baseline.value];
  for (let i = 1; i <= horizon; i++) {
    const year = y0 + i;
    for (const lane of lanes) lane.nominal.push(stepLane(lane, i, year));
    if (!single) nominalTotal.push(capTotal(plan.totalCaps, lanes, i, year, nominalTotal[i - 1]!));
    years.push(year);
  }

  const index = s.basis === 'real' ? priceIndex(s.deflator!, years) : null;
  const shown = lanes.map((lane) => (index === null ? lane.nominal : lane.nominal.map((v, i) => (index[i]!.eq(ONE) ? v : v.div(index[i]!)))));
  const values = single ? shown[0]! : index === null ? nominalTotal : years.map((_, i) => sumAt(shown, i));

  let rates: readonly Decimal[] | undefined;
  let split: Split | undefined;
  // ln of the price index's step into each year, P(y − 1) / P(y), is needed only by the contributions.
  const priceSteps = () => (index === null ? null : years.slice(1).map((_, i) => (index[i]!.eq(index[i + 1]!) ? ZERO : lnOf(index[i]!.div(index[i + 1]!)))));
  const splitOf = () => (split ??= splitAll(plan, lanes, shown, values, priceSteps()));
  // The year-on-year rates (a 40-digit division each) and the contributions are computed when first read, then kept.
  const projection: { -readonly [K in keyof Projection]: Projection[K] } = {
    scenario: s.name,
    currency: s.currency,
    basis: s.basis,
    drivers: plan.drivers,
    years: Object.freeze(years),
    values: Object.freeze(values),
    get rates() {
      return (rates ??= Object.freeze(values.slice(1).map((v, i) => v.div(values[i]!).minus(ONE))));
    },
    get contributions() {
      return splitOf().total;
    },
  };
  if (index !== null) {
    Object.defineProperty(projection, 'priceEffect', { enumerable: true, get: () => splitOf().priceEffect! });
  }
  if (!single) {
    const components = Object.freeze(Object.fromEntries(plan.lanes.map((lp, k) => [lp.id!, Object.freeze(shown[k]!)])));
    projection.components = components;
    const exports = components.exports;
    const imports = components.imports;
    if (exports !== undefined && imports !== undefined) {
      let balance: readonly Decimal[] | undefined;
      Object.defineProperty(projection, 'balance', { enumerable: true, get: () => (balance ??= Object.freeze(exports.map((x, i) => x.minus(imports[i]!)))) });
    }
    Object.defineProperty(projection, 'componentContributions', { enumerable: true, get: () => splitOf().byComponent! });
    if (index !== null) Object.defineProperty(projection, 'componentPriceEffects', { enumerable: true, get: () => splitOf().priceByComponent! });
  }
  if (s.target !== undefined) projection.target = targetOf(s.target, years, values);
  return Object.freeze(projection);
}

/** A component's path while it is projected, with what its contributions need. */
interface Lane {
  readonly plan: LanePlan;
  /** Nominal values, the baseline first. */
  readonly nominal: Decimal[];
  /** Entry i − 1: each rate step's rate into year i. */
  readonly driverRates: Decimal[][];
  /** Entry i − 1: 1 + the combined rate into year i. */
  readonly growths: Decimal[];
  /** Per level step, its steps over the horizon. */
  readonly factors: readonly (readonly LevelStep[])[];
  /** Entry i − 1: the caps (scoped or total) that moved the value into year i. */
  readonly caps: (CapMove[] | undefined)[];
  /** 1 + the current combined rate. */
  growth: Decimal;
}

/** A cap that moved a component's value in a year: driver `index` (document order) took it from `from` to `to`. */
interface CapMove {
  readonly index: number;
  readonly from: Decimal;
  readonly to: Decimal;
}

/** One year's step of a component: rates, then level factors, then its own caps. Returns the candidate value. */
function stepLane(lane: Lane, i: number, year: number): Decimal {
  const lp = lane.plan;
  const previous = lane.nominal[i - 1]!;
  const driverRates = lane.driverRates;
  let baseReplaced = false;
  for (const st of lp.replacing) if (st.type.replacesBase!(st.fields, year)) baseReplaced = true;
  const rateSteps = lp.rateSteps;
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
      const of = lp.id === null ? '' : ` of component "${lp.id}"`;
      throw new RangeError(`project: the combined growth rate${of} into ${year} is ${formatRate(rate)}, at or below -100%`);
    }
    lane.growth = rate.isZero() ? ONE : ONE.plus(rate);
  }
  const growth = lane.growth;
  lane.growths.push(growth);
  let current = growth === ONE ? previous : previous.times(growth);
  const factors = lane.factors;
  for (let k = 0; k < factors.length; k++) {
    const step = factors[k]![i - 1]!;
    if (step === null) continue;
    // Multiply, then divide: one rounding, so a shock that recovers returns to the exact level. From a level of
    // 1 the division changes nothing and is skipped.
    current = step.before === null ? current.times(step.level) : current.times(step.level).div(step.before);
  }
  let moves: CapMove[] | undefined;
  for (const st of lp.capSteps) {
    const capped = finiteStep(st, 'capped value', year, st.type.exactCap!(st.fields, previous, current));
    if (!capped.eq(current)) (moves ??= []).push({ index: st.index, from: current, to: capped });
    current = capped;
  }
  lane.caps.push(moves);
  return current;
}

/**
 * Applies the unscoped caps to the total of the components' candidates for year i, in document order: a cap that
 * binds scales every component by capped / total, the last taking the remainder. Returns the (nominal) total.
 */
function capTotal(caps: readonly Step[], lanes: readonly Lane[], i: number, year: number, previous: Decimal): Decimal {
  let total = laneSum(lanes, i);
  for (const st of caps) {
    const capped = finiteStep(st, 'capped value', year, st.type.exactCap!(st.fields, previous, total));
    if (capped.eq(total)) continue;
    let assigned = ZERO;
    lanes.forEach((lane, k) => {
      const from = lane.nominal[i]!;
      const to = k === lanes.length - 1 ? capped.minus(assigned) : from.times(capped).div(total);
      assigned = k === 0 ? to : assigned.plus(to);
      lane.nominal[i] = to;
      if (!to.eq(from)) (lane.caps[i - 1] ??= []).push({ index: st.index, from, to });
    });
    total = laneSum(lanes, i);
  }
  return total;
}

/** The lanes' nominal values in year i, added in their order. */
function laneSum(lanes: readonly Lane[], i: number): Decimal {
  let sum = lanes[0]!.nominal[i]!;
  for (let k = 1; k < lanes.length; k++) sum = sum.plus(lanes[k]!.nominal[i]!);
  return sum;
}

/** Entry i of each path, added in their order. */
function sumAt(paths: readonly (readonly Decimal[])[], i: number): Decimal {
  let sum = paths[0]![i]!;
  for (let k = 1; k < paths.length; k++) sum = sum.plus(paths[k]![i]!);
  return sum;
}

/** The contributions, worked out from the kept factors. */
interface Split {
  readonly total: Readonly<Record<string, readonly Decimal[]>>;
  readonly priceEffect?: readonly Decimal[];
  readonly byComponent?: Readonly<Record<string, Readonly<Record<string, readonly Decimal[]>>>>;
  readonly priceByComponent?: Readonly<Record<string, readonly Decimal[]>>;
}

/** Every lane's contributions by log shares, then (with components) their sums, settled on the total's change. */
function splitAll(plan: Plan, lanes: readonly Lane[], shown: readonly (readonly Decimal[])[], values: readonly Decimal[], priceSteps: readonly Decimal[] | null): Split {
  const n = plan.steps.length;
  const horizon = values.length - 1;
  // columns[lane][driver in document order, then the price index at n][year]
  const columns = lanes.map((lane, k) => splitLane(lane, shown[k]!, n, priceSteps));
  const freezeColumns = (cols: Decimal[][]) => Object.freeze(Object.fromEntries(plan.steps.map((st) => [st.id, Object.freeze(cols[st.index]!)])));
  if (plan.lanes[0]!.id === null) {
    const cols = columns[0]!;
    return { total: freezeColumns(cols), ...(priceSteps === null ? {} : { priceEffect: Object.freeze(cols[n]!) }) };
  }
  const total: Decimal[][] = Array.from({ length: n + 1 }, () => new Array<Decimal>(horizon));
  for (let i = 0; i < horizon; i++) {
    const parts: Decimal[] = [];
    for (let d = 0; d <= n; d++) parts.push(sumAt(columns.map((c) => c[d]!), i));
    settle(parts, values[i + 1]!.minus(values[i]!), values[i]!, values[i + 1]!);
    for (let d = 0; d <= n; d++) total[d]![i] = parts[d]!;
  }
  const ids = plan.lanes.map((lp) => lp.id!);
  return {
    total: freezeColumns(total),
    byComponent: Object.freeze(Object.fromEntries(ids.map((id, k) => [id, freezeColumns(columns[k]!)]))),
    ...(priceSteps === null
      ? {}
      : { priceEffect: Object.freeze(total[n]!), priceByComponent: Object.freeze(Object.fromEntries(ids.map((id, k) => [id, Object.freeze(columns[k]![n]!)]))) }),
  };
}

/**
 * One lane's contributions: columns[d][i] is driver d's part (document order; index n: the price index's) of the
 * change into year i + 1, by log shares; zeros for drivers that do not act on the lane.
 */
function splitLane(lane: Lane, shown: readonly Decimal[], n: number, priceSteps: readonly Decimal[] | null): Decimal[][] {
  const lp = lane.plan;
  const horizon = shown.length - 1;
  const columns: Decimal[][] = Array.from({ length: n + 1 }, () => new Array<Decimal>(horizon).fill(ZERO));
  const used = [...lp.columns, n];
  const terms = new Array<Decimal>(n + 1);
  for (let i = 0; i < horizon; i++) {
    const previous = shown[i]!;
    const delta = shown[i + 1]!.minus(previous);
    if (delta.isZero()) continue;
    const yearRates = lane.driverRates[i]!;
    const caps = lane.caps[i];
    const price = priceSteps?.[i] ?? ZERO;
    let mixed = caps !== undefined || !price.isZero();
    for (let k = 0; !mixed && k < lane.factors.length; k++) if (lane.factors[k]![i] !== null) mixed = true;
    if (!mixed) {
      // Only rates: Δ · ln f_j / Σ ln f = Δ · r_j / R, that is previous · r_j, with no logarithm.
      for (let k = 0; k < lp.rateSteps.length; k++) {
        const r = yearRates[k]!;
        if (!r.isZero()) columns[lp.rateSteps[k]!.index]![i] = columns[lp.rateSteps[k]!.index]![i]!.plus(previous.times(r));
      }
      const parts = used.map((d) => columns[d]![i]!);
      settle(parts, delta, previous, shown[i + 1]!);
      used.forEach((d, k) => (columns[d]![i] = parts[k]!));
      continue;
    }
    for (const d of used) terms[d] = ZERO;
    // Rates: ln f_j = (r_j / R) · ln(1 + R), or r_j when R = 0.
    const growth = lane.growths[i]!;
    const perRate = growth.eq(ONE) ? null : lnOf(growth).div(growth.minus(ONE));
    for (let k = 0; k < lp.rateSteps.length; k++) {
      const r = yearRates[k]!;
      if (r.isZero()) continue;
      const d = lp.rateSteps[k]!.index;
      terms[d] = terms[d]!.plus(perRate === null ? r : r.times(perRate));
    }
    for (let k = 0; k < lane.factors.length; k++) {
      const step = lane.factors[k]![i];
      if (step === null || step === undefined) continue;
      const d = lp.levelSteps[k]!.index;
      terms[d] = terms[d]!.plus(lnStep(step));
    }
    // A cap (a registered type may) that takes the value to 0 or below has no logarithm: it takes the whole change.
    const wipe = caps?.find((m) => !m.to.isPositive() || m.to.isZero());
    if (wipe !== undefined) {
      columns[wipe.index]![i] = delta;
      continue;
    }
    for (const m of caps ?? []) terms[m.index] = terms[m.index]!.plus(lnOf(m.to.div(m.from)));
    terms[n] = price;
    const parts = splitByLogShares(delta, previous, shown[i + 1]!, used.map((d) => terms[d]!));
    used.forEach((d, k) => (columns[d]![i] = parts[k]!));
  }
  return columns;
}

/** Which drivers act on a component and at which stage. */
interface LanePlan {
  /** The component's id; null for a scenario without components (one lane, every driver). */
  readonly id: string | null;
  readonly baseline: Decimal;
  readonly rateSteps: readonly Step[];
  readonly levelSteps: readonly Step[];
  /** The caps scoped to it (without components: every cap). */
  readonly capSteps: readonly Step[];
  readonly replacing: readonly Step[];
  /** The document indices of the drivers that may contribute to it (its own and the total caps), in order. */
  readonly columns: readonly number[];
}

/** Which drivers act where, and how a projection names them: fixed for a scenario, so worked out once. */
interface Plan {
  readonly steps: readonly Step[];
  readonly lanes: readonly LanePlan[];
  /** With components: the unscoped caps, which cap the total. */
  readonly totalCaps: readonly Step[];
  readonly drivers: Projection['drivers'];
}

const plans = new WeakMap<Scenario, Plan>();

function planOf(s: Scenario): Plan {
  let plan = plans.get(s);
  if (plan !== undefined) return plan;
  const steps: Step[] = s.drivers.map((d, index) => {
    const type = effectiveType(d);
    return { id: d.id, type, fields: d, isBase: type.base === true, index };
  });
  const isCap = (st: Step) => st.type.exactCap !== undefined;
  const lane = (id: string | null, baseline: Decimal, acting: readonly Step[], totalCaps: readonly Step[]): LanePlan => {
    const rateSteps = acting.filter((st) => st.type.exactRate !== undefined);
    return {
      id,
      baseline,
      rateSteps,
      levelSteps: acting.filter((st) => st.type.exactLevel !== undefined),
      capSteps: acting.filter(isCap),
      replacing: rateSteps.filter((st) => st.type.replacesBase !== undefined),
      columns: [...acting, ...totalCaps].map((st) => st.index).sort((a, b) => a - b),
    };
  };
  const acting = componentDrivers(s);
  const totalCaps = acting.totalCaps.map((index) => steps[index]!);
  plan = {
    steps,
    lanes:
      s.components.length === 0
        ? [lane(null, s.baseline.value, steps, [])]
        : s.components.map((c, p) => lane(c.id, c.baseline.value, acting.byComponent[p]!.map((index) => steps[index]!), totalCaps)),
    totalCaps,
    drivers: Object.freeze(
      s.drivers.map((d): ProjectedDriver =>
        Object.freeze({ id: d.id, type: d.type, ...(d.label === undefined ? {} : { label: d.label }), ...(d.scope === undefined ? {} : { scope: d.scope }) }),
      ),
    ),
  };
  plans.set(s, plan);
  return plan;
}

// A level effect depends only on its frozen fields and the year, so its factors are computed once per driver.
const factorCache = new WeakMap<ExactFields, Map<string, readonly LevelStep[]>>();
// ln of a level step (level / before), for the log shares: kept with the step.
const lnStepCache = new WeakMap<object, Decimal>();

/** ln(level / before) of a level step, to the log shares' precision. */
function lnStep(step: NonNullable<LevelStep>): Decimal {
  let value = lnStepCache.get(step);
  if (value === undefined) {
    value = lnOf(step.before === null ? step.level : step.level.div(step.before));
    lnStepCache.set(step, value);
  }
  return value;
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
