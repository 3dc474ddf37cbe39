import { D } from '../money/decimal';
import type { Driver } from './document';
import type { DriverType } from './driverType';
import { driverType } from './registry';

const ZERO = new D(0);
const wrapped = new WeakMap<DriverType, Map<string, DriverType>>();

/**
 * The driver type as one driver uses it: its registered type, with the driver's `active: { from, until }` applied
 * to every effect. Outside the active years a rate adds nothing and a level stays where it was: the level seen in
 * year y is the type's level in y clamped to [from − 1, until], so the step into a year outside has no change and a
 * change that happened stays. Both engines read drivers through this, so they agree.
 * @throws TypeError for a driver whose type is not registered (defined scenarios never have one).
 */
export function effectiveType(driver: Driver): DriverType {
  const type = driverType(driver.type);
  if (type === undefined) throw new TypeError(`effectiveType: unknown driver type "${driver.type}"`);
  const active = driver.active;
  if (active === undefined || (active.from === undefined && active.until === undefined)) return type;
  const lo = active.from === undefined ? -Infinity : active.from;
  const hi = active.until === undefined ? Infinity : active.until;
  const key = `${lo}:${hi}`;
  let byRange = wrapped.get(type);
  if (byRange === undefined) wrapped.set(type, (byRange = new Map()));
  let result = byRange.get(key);
  if (result === undefined) {
    result = activeIn(type, lo, hi);
    byRange.set(key, result);
  }
  return result;
}

function activeIn(type: DriverType, from: number, until: number): DriverType {
  const inRange = (year: number) => year >= from && year <= until;
  const clamp = (year: number) => Math.min(until, Math.max(from - 1, year));
  const t: DriverType = { ...type };
  if (type.exactRate !== undefined) {
    const exact = type.exactRate;
    const float = type.floatRate!;
    Object.assign(t, {
      exactRate: (f: never, year: number, previous: never) => (inRange(year) ? exact(f, year, previous) : ZERO),
      floatRate: (f: never, year: number, previous: never) => (inRange(year) ? float(f, year, previous) : 0),
    });
  }
  if (type.replacesBase !== undefined) {
    const replaces = type.replacesBase;
    Object.assign(t, { replacesBase: (f: never, year: number) => inRange(year) && replaces(f, year) });
  }
  if (type.exactLevel !== undefined) {
    const exact = type.exactLevel;
    const float = type.floatLevel!;
    Object.assign(t, {
      exactLevel: (f: never, year: number) => exact(f, clamp(year)),
      floatLevel: (f: never, year: number) => float(f, clamp(year)),
      floatLevels: clampedLevels(type, clamp),
    });
  }
  return t;
}

/**
 * `floatLevels` of a type active only in some years: the levels at the clamped years. With the type's own batch,
 * one call over the clamped span (the years are clamped in order, so they fall in it), then each year read from it;
 * without, year by year through `floatLevel`.
 */
function clampedLevels(type: DriverType, clamp: (year: number) => number): (f: never, first: number, out: Float64Array) => void {
  const float = type.floatLevel!;
  const batch = type.floatLevels;
  if (batch === undefined) {
    return (f, first, out) => {
      for (let i = 0; i < out.length; i++) out[i] = float(f, clamp(first + i));
    };
  }
  let span = new Float64Array(0);
  return (f, first, out) => {
    const lo = clamp(first);
    const length = clamp(first + out.length - 1) - lo + 1;
    if (span.length !== length) span = new Float64Array(length);
    batch(f, lo, span);
    for (let i = 0; i < out.length; i++) out[i] = span[clamp(first + i) - lo]!;
  };
}
