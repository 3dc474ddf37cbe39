import { isDecimal } from '../money/decimal';
import { show } from '../internal/show';

/** Options of {@link toJson}. */
export interface ToJsonOptions {
  /** Spaces per level, 0 to 10; 0 writes one line. Default 2. */
  readonly indent?: number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Serialises any result to JSON: Decimals as strings, typed arrays as arrays, Maps as objects, keys in a stable order.
 *
 * Object keys are sorted (whole-number keys such as years first, in numeric order, then the rest by code unit),
 * so the same result always gives the same text. Functions and `undefined` properties are left out (a
 * `Simulation`'s methods, for example), Sets become arrays, Dates ISO strings, bigints strings; an object with
 * its own `toJSON` is written through it.
 *
 * @param value - any value built of the above; it must not hold a cycle.
 * @param options - `indent` (0 to 10 spaces, default 2).
 * @throws {RangeError} for a number or Decimal that is NaN or infinite (JSON has none), naming where it is,
 *   or a bad `indent`.
 * @throws {TypeError} for a cycle, or a top-level value that JSON cannot hold (a function, `undefined`).
 * @example
 * toJson({ b: new Decimal('0.1'), a: new Float64Array([1.5, 2]) }, { indent: 0 }); // => '{"a":[1.5,2],"b":"0.1"}'
 * toJson({ 2029: 1, 2025: 2, name: 'x' }, { indent: 0 }); // => '{"2025":2,"2029":1,"name":"x"}'
 * toJson({ x: NaN }); // => throws RangeError
 */
export function toJson(value: unknown, options: ToJsonOptions = {}): string {
  const indent = options.indent ?? 2;
  if (!Number.isInteger(indent) || indent < 0 || indent > 10) {
    throw new RangeError(`toJson: indent must be a whole number from 0 to 10, got ${show(indent)}`);
  }
  const json = normalise(value, '$', new Set());
  if (json === undefined) throw new TypeError(`toJson: value must be something JSON can hold, got ${show(value)}`);
  return JSON.stringify(json, null, indent);
}

/** Whole-number keys first in numeric order (where JavaScript objects put them anyway), then by code unit. */
function compareKeys(a: string, b: string): number {
  const ia = isIndexKey(a);
  const ib = isIndexKey(b);
  if (ia && ib) return Number(a) - Number(b);
  if (ia !== ib) return ia ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

// The keys that JavaScript orders as array indices: canonical whole numbers below 2^32 − 1 (ECMA-262 §6.1.7).
const isIndexKey = (key: string): boolean => /^(0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;

/** `undefined` means "leave this property out" (or `null` inside an array, as JSON.stringify does). */
function normalise(value: unknown, path: string, open: Set<object>): Json | undefined {
  if (value === null) return null;
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new RangeError(`toJson: numbers must be finite, got ${value} at ${path}`);
      return value;
    case 'bigint':
      return value.toString();
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    default:
      break;
  }
  const object = value as object;
  if (isDecimal(object)) {
    if (!object.isFinite()) throw new RangeError(`toJson: Decimals must be finite, got ${object.toString()} at ${path}`);
    return object.toString();
  }
  if (object instanceof Date) return object.toISOString();
  if (open.has(object)) throw new TypeError(`toJson: value must not hold a cycle, found one at ${path}`);
  open.add(object);
  try {
    if (ArrayBuffer.isView(object) && !(object instanceof DataView)) {
      const items = Array.from(object as unknown as ArrayLike<number | bigint>);
      return items.map((item, i) => normalise(item, `${path}[${i}]`, open) as Json);
    }
    if (Array.isArray(object)) return object.map((item, i) => normalise(item, `${path}[${i}]`, open) ?? null);
    if (object instanceof Set) return [...object].map((item, i) => normalise(item, `${path}[${i}]`, open) ?? null);
    if (object instanceof Map) {
      const entries = [...object].map(([key, item]) => [isDecimal(key) ? key.toString() : String(key), item] as const);
      return record(entries, path, open);
    }
    const toJSON = (object as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return normalise(toJSON.call(object), path, open);
    return record(Object.entries(object), path, open);
  } finally {
    open.delete(object);
  }
}

function record(entries: readonly (readonly [string, unknown])[], path: string, open: Set<object>): Json {
  const out: { [key: string]: Json } = {};
  for (const [key, item] of [...entries].sort(([a], [b]) => compareKeys(a, b))) {
    const json = normalise(item, `${path}.${key}`, open);
    if (json !== undefined) out[key] = json;
  }
  return out;
}
