import { priceIndex } from '../scenario/priceIndex';
import { componentDrivers } from '../scenario/componentDrivers';
import { effectiveType } from '../scenario/effectiveType';
import { show } from '../internal/show';
import type { Scenario, ScenarioDocument } from '../scenario/document';
import { defineScenario } from '../scenario/defineScenario';
import { parameterTable } from '../scenario/parameters';
import { REACHED_TOLERANCE } from '../scenario/project';
import { driverType } from '../scenario/registry';
import { toDocument } from '../scenario/toDocument';
import { normalCdf } from '../uncertainty/special/normalCdf';
import { floatDrivers, type FloatDriver, type KernelOptions, type KernelPlan } from './plan';
import type { RunArgs } from './step';

/**
 * Composition of kernels: how the Monte Carlo and sensitivity kernel runs a scenario with components, a real price
 * basis or `event` drivers, out of ordinary kernels (one per component) and one combine pass.
 *
 * - Each component is compiled as its own scenario: its baseline, the drivers scoped to it and every unscoped rate
 *   or level driver (their `scope` dropped), no unscoped cap. Its kernel writes the component's nominal path into
 *   a scratch block. A parameter's columns go to every component whose drivers have it (one draw, shared);
 *   `baseline.value`, drawn, scales every component's baseline pro rata.
 * - Volatility: a growth driver's normal for a run-year is ONE draw, shared by every component it acts on. The
 *   block of normals holds `count × H × N` of them (N: the growth drivers that are noisy in some component, in
 *   document order; run-major, then year, then driver — the layout of an ordinary kernel), then `count × E` normals
 *   for the E drawn events (run-major). Without events, a scenario draws exactly what it draws without components.
 * - Events: an event whose `probability` p lies strictly between 0 and 1 (or is uncertain) happens in run r when
 *   Φ(z) < p, z its normal for the run (so p = 0 never, p = 1 always); in a component kernel its `size` becomes a
 *   per-run column (the size when it happens, 0 when not). With p fixed at 0 or 1 it never or always happens, and
 *   draws nothing. With `volatility: false` (the sensitivity methods: no draws at all) an event follows its
 *   `assume`, as in `project`.
 * - Combine, per run and year i: U_i = Σ components (document order). With unscoped caps (caps of the TOTAL) the
 *   total is T_0 = U_0 and T_{i+1} = cap(T_i, T_i · U_{i+1} / U_i) (each cap in document order) and every component
 *   is scaled by T_i / U_i: this is exactly the year-by-year rule (components step from their capped values, the
 *   total is capped, components scaled pro rata), because a component's step is then proportional to its value.
 *   A component with a value-reading rate driver or its own cap breaks that proportionality, so that combination
 *   (with a total cap) is refused.
 * - `basis: 'real'`: every value is divided by the price index P_i (P_0 = 1): (1 + rate)^i or series[y] /
 *   series[y0]. Caps act on nominal values; the target is compared with the real total.
 * - The view (the total, or one component) is written to `out`; first hits are always the TOTAL's.
 */

/** Options of a kernel that may be composed: those of `compileKernel`, and which path it writes. */
export interface ComponentKernelOptions extends KernelOptions {
  /** The component whose paths the kernel writes (default: the total). First hits stay the total's. */
  readonly component?: string | undefined;
}

/** What composition needs of an ordinary kernel, and what a composed kernel gives. */
export interface BasicKernel {
  readonly years: readonly number[];
  readonly steps: number;
  readonly names: readonly string[];
  readonly normalsPerRun: number;
  readonly plan: KernelPlan;
  run(args: RunArgs): number;
}

/** Compiles an ordinary kernel (kernel.ts passes its own, so that this file need not import it). */
export type CompilePlain<K extends BasicKernel> = (scenario: Scenario, uncertain: readonly string[], options: KernelOptions) => K;

/** True when a scenario's kernel must be composed here: components, a real basis, an event, or a component view. */
export function needsComposition(scenario: Scenario, component: string | undefined): boolean {
  return component !== undefined || scenario.components.length > 0 || scenario.basis === 'real' || scenario.drivers.some((d) => d.type === 'event');
}

/**
 * Checks a component view against a scenario: undefined (the total) or one of its components' ids.
 * @throws RangeError naming `caller`, the value and the valid ids.
 */
export function checkComponent(scenario: Scenario, component: unknown, caller: string): string | undefined {
  if (component === undefined) return undefined;
  const ids = scenario.components.map((c) => c.id);
  if (typeof component !== 'string' || !ids.includes(component)) {
    const valid = ids.length === 0 ? 'the scenario has no components' : `components: ${ids.join(', ')}`;
    throw new RangeError(`${caller}: unknown component ${show(component)}; ${valid}`);
  }
  return component;
}

/** How many standard normals one run of a scenario's events draws (events whose occurrence is random). */
export function drawnEventCount(scenario: Scenario, uncertain: readonly string[] = []): number {
  return drawnEvents(scenario, new Set(uncertain)).length;
}

/**
 * Bytes a composed kernel holds for each run of a block (at most): every component's path, gathered inputs and
 * gathered normals, and a byte per drawn event. 0 for a scenario whose kernel is not composed.
 */
export function componentScratchBytes(scenario: Scenario, steps: number, k: number): number {
  if (!needsComposition(scenario, undefined)) return 0;
  const parts = Math.max(1, scenario.components.length);
  const noisy = scenario.drivers.filter((d) => driverType(d.type)?.base === true).length;
  return parts * (steps + 1 + k + 1 + steps * noisy) * 8 + scenario.drivers.filter((d) => d.type === 'event').length;
}

/** Where a component kernel's parameter column comes from. */
type Source = { readonly kind: 'column'; readonly j: number; readonly scale: number } | { readonly kind: 'event'; readonly e: number };

interface DrawnEvent {
  readonly id: string;
  /** The event's driver index in the scenario. */
  readonly driver: number;
  readonly size: number;
  readonly sizeColumn: number;
  readonly probability: number;
  readonly probabilityColumn: number;
}

interface Part<K extends BasicKernel> {
  readonly kernel: K;
  /** Where each of the part's columns comes from, as arrays for the gathering loop: a design column (−1: an event's size), its scale, the event. */
  readonly sourceColumn: Int32Array;
  readonly sourceScale: Float64Array;
  readonly sourceEvent: Int32Array;
  /** True when the part's columns are the call's own, in order: no gathering. */
  readonly direct: boolean;
  /** The part's noisy drivers as positions in the shared list, or undefined when they are that list. */
  readonly noisyMap: Int32Array | undefined;
}

/** The events whose occurrence is drawn per run (volatility on): probability strictly inside (0, 1), or uncertain. */
function drawnEvents(scenario: Scenario, uncertain: ReadonlySet<string>): DrawnEvent[] {
  const out: DrawnEvent[] = [];
  const names = [...uncertain];
  scenario.drivers.forEach((d, driver) => {
    if (d.type !== 'event') return;
    const probability = Number((d as { probability: number }).probability);
    const probabilityColumn = names.indexOf(`${d.id}.probability`);
    if (probabilityColumn < 0 && (probability <= 0 || probability >= 1)) return;
    const size = (d as { size: { toNumber(): number } }).size.toNumber();
    out.push({ id: d.id, driver, size, sizeColumn: names.indexOf(`${d.id}.size`), probability, probabilityColumn });
  });
  return out;
}

/**
 * Compiles a scenario's kernel by composition (see the comment at the top of this file), or, when the scenario
 * needs no combine pass (no components, nominal, no drawn event), the ordinary kernel of the scenario with its
 * events' `assume` set as Monte Carlo needs.
 * @throws RangeError for an unknown component, a total cap over a component whose step reads its value or has its
 *   own cap, or (from the component kernels) what compiling them throws.
 */
export function composeKernel<K extends BasicKernel>(
  scenario: Scenario,
  uncertain: readonly string[],
  options: ComponentKernelOptions,
  compile: CompilePlain<K>,
): K | (BasicKernel & { readonly runner: 'composed' }) {
  const caller = options.caller ?? 'simulate';
  const view = checkComponent(scenario, options.component, caller);
  const { component: _omit, ...plainOptions } = options;
  const volatility = options.volatility !== false;
  const table = parameterTable(scenario);
  const names = [...uncertain];
  const k = names.length;
  const events = volatility ? drawnEvents(scenario, new Set(names)) : [];
  const eventOf = new Map(events.map((e, index) => [e.driver, index]));
  const document = toDocument(scenario);
  const hasComponents = scenario.components.length > 0;
  const drivers = componentDrivers(scenario);
  // Components that share every driver (none scoped, none reading the value) move in proportion: one kernel runs
  // the total, its caps included, and a component is the total times its share of the baseline.
  const proportional =
    hasComponents &&
    scenario.drivers.every((d) => {
      const type = effectiveType(d);
      return d.scope === undefined && !(type.floatRate !== undefined && type.dependsOnValue !== false);
    });
  const byComponent = proportional ? [scenario.drivers.map((_, index) => index)] : drivers.byComponent;
  const totalCaps = proportional ? [] : drivers.totalCaps;

  // Each part: a component (or the whole scenario), its driver indices, and its baseline's share of the total.
  const partSpecs = hasComponents && !proportional
    ? scenario.components.map((c, p) => ({
        baseline: c.baseline.value.toString(),
        share: c.baseline.value.div(scenario.baseline.value).toNumber(),
        drivers: byComponent[p]!,
      }))
    : [{ baseline: scenario.baseline.value.toString(), share: 1, drivers: byComponent[0]! }];

  const partDocument = (spec: (typeof partSpecs)[number]): ScenarioDocument => {
    const { components: _c, basis: _b, deflator: _d, uncertainty: _u, ...rest } = document as ScenarioDocument & Record<string, unknown>;
    const drivers = spec.drivers.map((index) => {
      const { scope: _s, ...driver } = document.drivers[index] as unknown as Record<string, unknown>;
      if (driver.type === 'event' && volatility) {
        // Drawn: happens with its column; fixed at 0 or 1: never or always.
        driver.assume = eventOf.has(index) ? true : Number(driver.probability) >= 1;
      }
      return driver;
    });
    return { ...rest, baseline: { year: scenario.baseline.year, value: spec.baseline }, drivers } as unknown as ScenarioDocument;
  };

  const simple = !hasComponents && scenario.basis !== 'real' && events.length === 0;
  if (simple) {
    return compile(defineScenario(partDocument(partSpecs[0]!)), names, plainOptions);
  }

  // One part, nominal, no total cap (one component, or events alone): the part's kernel writes the paths and first
  // hits itself, with the target as its own; no combine pass.
  const viewPart = view === undefined ? -1 : proportional ? 0 : scenario.components.findIndex((c) => c.id === view);
  const viewShare = view !== undefined && proportional ? scenario.components.find((c) => c.id === view)!.baseline.value.div(scenario.baseline.value).toNumber() : 1;
  const single = partSpecs.length === 1 && scenario.basis !== 'real' && totalCaps.length === 0 && viewShare === 1;
  const parts: Part<K>[] = partSpecs.map((spec) => {
    const inPart = new Set(spec.drivers);
    const partNames: string[] = [];
    const sources: Source[] = [];
    names.forEach((name, j) => {
      const parameter = table.get(name)!;
      if (parameter.driver < 0) {
        if (name === 'baseline.value' || (single && name === 'target.value')) {
          partNames.push(name);
          sources.push({ kind: 'column', j, scale: name === 'baseline.value' ? spec.share : 1 });
        }
        return;
      }
      if (!inPart.has(parameter.driver)) return;
      const field = parameter.path[0];
      if (eventOf.has(parameter.driver) && (field === 'size' || field === 'probability')) return;
      partNames.push(name);
      sources.push({ kind: 'column', j, scale: 1 });
    });
    for (const [driver, e] of eventOf) {
      if (!inPart.has(driver)) continue;
      partNames.push(`${events[e]!.id}.size`);
      sources.push({ kind: 'event', e });
    }
    const kernel = compile(defineScenario(partDocument(spec)), partNames, plainOptions);
    const direct = sources.length === k && sources.every((s, q) => s.kind === 'column' && s.j === q && s.scale === 1);
    const sourceColumn = Int32Array.from(sources, (s) => (s.kind === 'column' ? s.j : -1));
    const sourceScale = Float64Array.from(sources, (s) => (s.kind === 'column' ? s.scale : 0));
    const sourceEvent = Int32Array.from(sources, (s) => (s.kind === 'event' ? s.e : -1));
    return { kernel, sourceColumn, sourceScale, sourceEvent, direct, noisyMap: undefined };
  });

  // The shared list of noisy growth drivers (scenario indices, document order) and each part's place in it.
  const partNoisy = parts.map((part, p) => part.kernel.plan.noisy.map((sub) => partSpecs[p]!.drivers[sub]!));
  const shared = [...new Set(partNoisy.flat())].sort((a, b) => a - b);
  const N = shared.length;
  const H = parts[0]!.kernel.steps;
  const ready: Part<K>[] = parts.map((part, p) => {
    if (part.kernel.normalsPerRun !== H * partNoisy[p]!.length) {
      throw new Error(`${caller}: internal: a component kernel draws ${part.kernel.normalsPerRun} normals per run, not steps × noisy drivers`);
    }
    const map = Int32Array.from(partNoisy[p]!, (index) => shared.indexOf(index));
    const same = map.length === N && map.every((at, q) => at === q);
    return { ...part, noisyMap: same || map.length === 0 ? undefined : map };
  });

  if (totalCaps.length > 0) {
    ready.forEach((part, p) => {
      const plan = part.kernel.plan;
      const bad = [...plan.perStep, ...plan.caps].map((sub) => scenario.drivers[partSpecs[p]!.drivers[sub]!]!.id);
      if (bad.length > 0) {
        const cap = scenario.drivers[totalCaps[0]!]!.id;
        throw new RangeError(
          `${caller}: the total cap "${cap}" scales components pro rata, which is exact only when each component's step is proportional to its value; component "${scenario.components[p]!.id}" has ${bad.map((id) => `"${id}"`).join(', ')} (a cap of its own, or a rate that reads the value): scope the cap to a component, or drop one of them`,
        );
      }
    });
  }

  const all = floatDrivers(scenario);
  const caps: FloatDriver[] = totalCaps.map((index) => all[index]!);
  const capSetters = names.flatMap((name, j) => {
    const parameter = table.get(name)!;
    const at = totalCaps.indexOf(parameter.driver);
    if (at < 0) return [];
    let node = caps[at]!.fields;
    for (const key of parameter.path.slice(0, -1)) node = node[key] as Record<string, unknown>;
    return [{ j, node, key: parameter.path[parameter.path.length - 1]!, name }];
  });
  const index = deflatorIndex(scenario, H);
  const targetColumn = names.indexOf('target.value');
  const target = scenario.target?.value.toNumber() ?? Infinity;
  const reached = 1 - REACHED_TOLERANCE;
  const E = events.length;
  const eventSize = Float64Array.from(events, (e) => e.size);
  const eventSizeColumn = Int32Array.from(events, (e) => e.sizeColumn);

  // Scratch, grown to the largest block seen.
  let rows = 0;
  let paths: Float64Array[] = [];
  let params: Float64Array[] = [];
  let normals: Float64Array[] = [];
  let happens = new Uint8Array(0);
  let previousU = new Float64Array(0);
  let previousT = new Float64Array(0);
  let thresholds = new Float64Array(0);
  let first = new Int16Array(0);
  const grow = (count: number) => {
    rows = count;
    previousU = new Float64Array(count);
    previousT = new Float64Array(count);
    thresholds = new Float64Array(count);
    first = new Int16Array(count);
    paths = ready.map(() => new Float64Array(single ? 0 : count * (H + 1)));
    params = ready.map((part) => new Float64Array(part.direct ? 0 : count * part.sourceColumn.length));
    normals = ready.map((part) => new Float64Array(part.noisyMap === undefined ? 0 : count * H * part.noisyMap.length));
    happens = new Uint8Array(count * E);
  };

  const run = (args: RunArgs): number => {
    const { count, out, stride, offset, hit } = args;
    if (count > rows) grow(count);
    const zEvents = count * H * N;
    for (let r = 0; r < count; r++) {
      for (let e = 0; e < E; e++) {
        const ev = events[e]!;
        const p = ev.probabilityColumn < 0 ? ev.probability : args.params[r * k + ev.probabilityColumn]!;
        happens[r * E + e] = p >= 1 || (p > 0 && normalCdf(args.normals[zEvents + r * E + e]!) < p) ? 1 : 0;
      }
    }
    let floored = 0;
    for (let p = 0; p < ready.length; p++) {
      const part = ready[p]!;
      let partParams = args.params;
      if (!part.direct) {
        partParams = params[p]!;
        const kc = part.sourceColumn.length;
        const { sourceColumn, sourceScale, sourceEvent } = part;
        const from = args.params;
        for (let r = 0; r < count; r++) {
          for (let q = 0; q < kc; q++) {
            const j = sourceColumn[q]!;
            let x: number;
            if (j >= 0) x = from[r * k + j]! * sourceScale[q]!;
            else {
              const e = sourceEvent[q]!;
              const column = eventSizeColumn[e]!;
              x = happens[r * E + e] === 1 ? (column < 0 ? eventSize[e]! : from[r * k + column]!) : 0;
            }
            partParams[r * kc + q] = x;
          }
        }
      }
      let partNormals = args.normals.subarray(0, part.kernel.normalsPerRun === 0 ? 0 : zEvents);
      const map = part.noisyMap;
      if (map !== undefined) {
        partNormals = normals[p]!;
        const n = map.length;
        for (let r = 0; r < count; r++) {
          for (let i = 0; i < H; i++) {
            const from = r * H * N + i * N;
            const to = r * H * n + i * n;
            for (let q = 0; q < n; q++) partNormals[to + q] = args.normals[from + map[q]!]!;
          }
        }
      }
      if (single) return part.kernel.run({ count, params: partParams, normals: partNormals, out, stride, offset, hit });
      floored += part.kernel.run({ count, params: partParams, normals: partNormals, out: paths[p]!, stride: count, offset: 0, hit: undefined });
    }
    combine(count, out, stride, offset, hit, args.params);
    return floored;
  };

  // Year by year over the runs (so that every array is read and written in order), keeping each run's last
  // uncapped and capped totals and its first hit.
  const combine = (count: number, out: Float64Array, stride: number, offset: number, hit: Int16Array | undefined, columns: Float64Array): void => {
    const P = paths.length;
    const viewPath = viewPart < 0 ? undefined : paths[viewPart]!;
    const capped = caps.length > 0;
    for (let r = 0; r < count; r++) {
      thresholds[r] = (targetColumn < 0 ? target : columns[r * k + targetColumn]!) * reached;
      first[r] = -1;
    }
    for (let i = 0; i <= H; i++) {
      const at = i * count;
      const to = i * stride + offset;
      const deflate = index === undefined ? 1 : index[i]!;
      for (let r = 0; r < count; r++) {
        let u = paths[0]![at + r]!;
        for (let p = 1; p < P; p++) u += paths[p]![at + r]!;
        let t = u;
        if (capped) {
          if (i > 0) {
            for (const s of capSetters) {
              const x = columns[r * k + s.j]!;
              if (!(x > 0)) throw new RangeError(`${caller}: ${s.name} drew ${x}, but an amount must stay above 0; use a distribution that stays positive (lognormal, say)`);
              s.node[s.key] = x;
            }
            const before = previousT[r]!;
            t = before * (u / previousU[r]!);
            for (let c = 0; c < caps.length; c++) t = caps[c]!.type.floatCap!(caps[c]!.fields, before, t);
          }
          previousU[r] = u;
          previousT[r] = t;
        }
        let v = viewPath === undefined ? t : capped ? viewPath[at + r]! * (t / u) : viewPath[at + r]! * viewShare;
        if (index !== undefined) {
          t /= deflate;
          v /= deflate;
        }
        out[to + r] = v;
        if (first[r]! < 0 && t >= thresholds[r]!) first[r] = i;
      }
    }
    if (hit !== undefined) hit.set(first.subarray(0, count), offset);
  };

  return { years: ready[0]!.kernel.years, steps: H, names, normalsPerRun: H * N + E, plan: ready[0]!.kernel.plan, runner: 'composed', run };
}

/** The price index P_i by year index (P_0 = 1), or undefined for a nominal basis: `project`'s index, as floats. */
function deflatorIndex(scenario: Scenario, H: number): Float64Array | undefined {
  if (scenario.basis !== 'real' || scenario.deflator === undefined) return undefined;
  const years = Array.from({ length: H + 1 }, (_, i) => scenario.baseline.year + i);
  return Float64Array.from(priceIndex(scenario.deflator, years), (p) => p.toNumber());
}
