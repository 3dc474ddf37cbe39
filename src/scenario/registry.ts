import { COMMON_DRIVER_KEYS } from './commonDriverKeys';
import type { DriverShape, DriverType } from './driverType';
import { growthDriver } from './drivers/growth';
import { scheduleDriver } from './drivers/schedule';
import { rampDriver } from './drivers/ramp';
import { shockDriver } from './drivers/shock';
import { capDriver } from './drivers/cap';
import { tradeCostDriver } from './drivers/tradeCost';
import { eventDriver } from './drivers/event';

const builtIn: readonly DriverType[] = [growthDriver, scheduleDriver, rampDriver, shockDriver, capDriver, tradeCostDriver, eventDriver];
const types = new Map<string, DriverType>(builtIn.map((t) => [t.type, t]));

/**
 * Adds a driver type that documents, `project`, `simulate` and every analysis then accept like a built-in.
 *
 * The type gives its zod `fields` (build them with `driverFields` so amounts and rates parse like everywhere else),
 * and its effects — a rate (adds growth points), a level (a cumulative multiplier) or a cap (applied last) — each
 * twice: exact (Decimal, for `project`) and float64 (for Monte Carlo and sensitivity). See {@link DriverType}. The
 * effects receive the fields typed from `fields`: `driverFields.rate()` is a `Decimal` in `exactRate` and a `number`
 * in `floatRate`, a field with `.optional()` may be `undefined`; no casts needed.
 *
 * @param type - the driver type; its `type` must be new and match `[a-z][a-z0-9-]*`.
 * @throws {TypeError} when the type is malformed (an effect without its twin, no effect, a common field, `affine` or
 *   `main` naming a field it lacks, `base` without a rate), or its name is taken.
 * @example
 * registerDriver({
 *   type: 'tariff-cut', description: 'A tariff cut that adds growth from a year on',
 *   fields: { from: driverFields.year(), rate: driverFields.rate() },
 *   parameters: { from: 'year', rate: 'rate' },
 *   exactRate: (d, year) => (year >= d.from ? d.rate : new Decimal(0)),
 *   floatRate: (d, year) => (year >= d.from ? d.rate : 0),
 * });
 * const s = defineScenario({ name: 'cut', baseline: { year: 2024, value: 100 }, horizon: { endYear: 2026 },
 *   drivers: [{ id: 'cut', type: 'tariff-cut', from: 2026, rate: '10%' }] });
 * project(s).values.map(String); // => ['100', '100', '110']
 */
export function registerDriver<const S extends DriverShape>(type: DriverType<S>): void {
  // Checked as JavaScript may pass it: any field may be missing or of the wrong kind.
  const t = type as Partial<DriverType> & { type?: unknown; base?: unknown; main?: unknown };
  if (typeof t.type !== 'string' || !/^[a-z][a-z0-9-]*$/.test(t.type)) {
    throw new TypeError(`registerDriver: type must match [a-z][a-z0-9-]*, got ${JSON.stringify(t.type)}`);
  }
  if (types.has(t.type)) throw new TypeError(`registerDriver: a driver type "${t.type}" is already registered`);
  const pairs = [
    ['exactRate', 'floatRate'],
    ['exactLevel', 'floatLevel'],
    ['exactCap', 'floatCap'],
  ] as const;
  let effects = 0;
  for (const [exact, float] of pairs) {
    const has = [typeof t[exact] === 'function', typeof t[float] === 'function'];
    if (has[0] !== has[1]) throw new TypeError(`registerDriver: ${exact} and ${float} go together; "${t.type}" has one`);
    if (has[0]) effects += 1;
  }
  if (t.floatLevels !== undefined && (typeof t.floatLevels !== 'function' || typeof t.floatLevel !== 'function')) {
    throw new TypeError(`registerDriver: floatLevels must be a function beside floatLevel; "${t.type}" has ${typeof t.floatLevel === 'function' ? 'a floatLevels that is not a function' : 'no floatLevel'}`);
  }
  if (effects === 0) {
    throw new TypeError(`registerDriver: "${t.type}" needs an effect: exactRate/floatRate, exactLevel/floatLevel or exactCap/floatCap`);
  }
  if (typeof t.fields !== 'object' || t.fields === null) {
    throw new TypeError('registerDriver: fields must be an object of zod schemas');
  }
  const clash = Object.keys(t.fields).find((k) => COMMON_DRIVER_KEYS.has(k));
  if (clash !== undefined) throw new TypeError(`registerDriver: field "${clash}" is common to every driver; rename it`);
  if (t.affine !== undefined) {
    const fields = t.fields;
    const named = (entry: unknown) => typeof entry === 'string' && Object.hasOwn(fields, entry.endsWith('.*') ? entry.slice(0, -2) : entry);
    const bad = Array.isArray(t.affine) ? t.affine.find((entry) => !named(entry)) : t.affine;
    if (!Array.isArray(t.affine) || bad !== undefined) {
      throw new TypeError(`registerDriver: affine must list fields of "${t.type}" ('rate', 'rates.*'), got ${JSON.stringify(bad)}`);
    }
  }
  if (t.affineThrough !== undefined) {
    const fields = t.fields;
    const through = t.affineThrough as Record<string, unknown>;
    const bad = typeof through !== 'object' || through === null
      ? String(through)
      : Object.keys(through).find((key) => {
          const entry = through[key] as { to?: unknown; from?: unknown } | undefined;
          return !Object.hasOwn(fields, key) || typeof entry?.to !== 'function' || typeof entry.from !== 'function';
        });
    if (bad !== undefined) {
      throw new TypeError(`registerDriver: affineThrough must map fields of "${t.type}" to { to, from } functions, got ${JSON.stringify(bad)}`);
    }
  }
  if (t.main !== undefined) {
    const fields = t.fields;
    const bad = Array.isArray(t.main) ? t.main.find((entry) => typeof entry !== 'string' || !Object.hasOwn(fields, entry)) : t.main;
    if (!Array.isArray(t.main) || bad !== undefined) {
      throw new TypeError(`registerDriver: main must list fields of "${t.type}" ('rate'), got ${JSON.stringify(bad)}`);
    }
  }
  if (t.base !== undefined && typeof t.base !== 'boolean') {
    throw new TypeError(`registerDriver: base must be true or false, got ${JSON.stringify(t.base)}`);
  }
  if (t.base === true && typeof t.exactRate !== 'function') {
    throw new TypeError(`registerDriver: "${t.type}" is a base (base: true), so it needs a rate: exactRate/floatRate`);
  }
  // Each type's effects take its own fields; the registry holds every type as one over any fields.
  types.set(t.type, Object.freeze({ ...(type as DriverType) }));
}

/** The registered driver type called `name`, or undefined. */
export function driverType(name: string): DriverType | undefined {
  return types.get(name);
}

/** Every registered driver type, built-ins first. */
export function driverTypes(): readonly DriverType[] {
  return [...types.values()];
}
