import fc from 'fast-check';
import type { DriverDocument, ScenarioDocument } from '../../src/index';

// Generators shared by the reliability properties: valid scenario documents, one field broken at a time, and
// values a careless or hostile caller could pass anywhere.

export interface DocOptions {
  /** Longest horizon, in years. */
  readonly maxYears?: number;
  /** Drivers to draw from. */
  readonly types?: readonly ('growth' | 'schedule' | 'ramp' | 'shock' | 'cap')[];
}

const percent = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((bp) => `${bp / 100}%`);
const amount = fc.integer({ min: 1, max: 50_000 }).map((m) => `$${m}M`);

/** A valid scenario document: 1 to `maxYears` years from 1990–2100, a few drivers, maybe a target. */
export function validDocument({ maxYears = 30, types = ['growth', 'schedule', 'ramp', 'shock', 'cap'] }: DocOptions = {}): fc.Arbitrary<ScenarioDocument> {
  return fc
    .record({
      baselineYear: fc.integer({ min: 1990, max: 2100 }),
      years: fc.integer({ min: 1, max: maxYears }),
      value: amount,
      targetValue: fc.option(amount, { nil: undefined }),
      kinds: fc.array(fc.constantFrom(...types), { maxLength: 5 }),
      seeds: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 5, maxLength: 5 }),
      rates: fc.array(percent(-30, 60), { minLength: 5, maxLength: 5 }),
      sizes: fc.array(percent(-50, 50), { minLength: 5, maxLength: 5 }),
      capacities: fc.array(fc.integer({ min: 100, max: 100_000 }).map((m) => `$${m}M`), { minLength: 5, maxLength: 5 }),
      logistic: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    })
    .map((r) => {
      const y0 = r.baselineYear;
      const end = y0 + r.years;
      // A year in the projection from a unit draw: y0 + 1 .. end.
      const yearAt = (u: number) => y0 + 1 + Math.min(r.years - 1, Math.floor(u * r.years));
      const drivers = r.kinds.map((kind, i): DriverDocument => {
        const [u, v] = r.seeds[i]!;
        const id = `${kind}${i}`;
        switch (kind) {
          case 'growth':
            return { id, type: 'growth', rate: r.rates[i]! };
          case 'schedule': {
            const year = yearAt(u);
            return { id, type: 'schedule', rates: { [String(year)]: r.rates[i]! }, mode: v < 0.5 ? 'add' : 'replace' };
          }
          case 'ramp': {
            const a = yearAt(u);
            const b = yearAt(v);
            return { id, type: 'ramp', startYear: Math.min(a, b), fullYear: Math.max(a, b), rate: r.rates[i]!, level: r.sizes[i]!, shape: u < 0.5 ? 'linear' : 's-curve' };
          }
          case 'shock':
            return { id, type: 'shock', year: yearAt(u), size: r.sizes[i]!, ...(v < 0.5 ? {} : { recoveryYears: Math.floor(v * 6) }) };
          case 'cap':
            return { id, type: 'cap', capacity: r.capacities[i]!, mode: r.logistic[i] ? 'logistic' : 'hard' };
        }
      });
      return {
        name: 'Fuzzed',
        baseline: { year: y0, value: r.value },
        horizon: { endYear: end },
        ...(r.targetValue === undefined ? {} : { target: { value: r.targetValue, year: yearAt(r.seeds[0]![0]) } }),
        drivers,
      };
    });
}

/** Values that are wrong almost anywhere, and a few that look right. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null, undefined, true, false, '', ' ', 'NaN', 'Infinity', '-Infinity', '0x10', '1e400', '-1e400', '1e-400', '20%', '-100%',
    '$580M', '1,2,3', '__proto__', 'constructor', 0, -0, -1, 1, 2029.5, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER,
    NaN, Infinity, -Infinity, [], {}, [1, 2], { a: 1 }, 10n, Symbol('x'), () => 1, new Date(0), new Map(), /re/,
  ),
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.jsonValue({ maxDepth: 3 }),
);

type Json = Record<string, unknown> | unknown[];

/** Every path in a document, objects and arrays included, as key lists. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      const path = [...prefix, Array.isArray(value) ? Number(key) : key];
      out.push(path);
      pathsOf(child, path, out);
    }
  }
  return out;
}

/** A valid document with one thing broken: a field replaced by a nasty value, removed, or an unknown key added. */
export function nearValidDocument(options: DocOptions = {}) {
  return fc
    .tuple(validDocument(options), fc.nat(), nastyValue, fc.constantFrom('replace', 'delete', 'add'), fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra'))
    .map(([doc, pick, value, how, key]) => {
      const copy = structuredClone(doc) as unknown as Json;
      const paths = pathsOf(copy);
      const path = paths[pick % paths.length]!;
      let parent = copy as Record<string | number, unknown>;
      for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
      const last = path[path.length - 1]!;
      if (how === 'replace') parent[last] = value;
      else if (how === 'delete') delete parent[last];
      else {
        const holder = typeof parent[last] === 'object' && parent[last] !== null ? (parent[last] as Record<string, unknown>) : parent;
        Object.defineProperty(holder, key, { value, enumerable: true, writable: true, configurable: true });
      }
      const result = { doc: copy as unknown, broken: path.join('.'), how };
      // fast-check's own printer fails on objects whose "constructor" key is not a function: print it ourselves.
      return Object.defineProperty(result, fc.toStringMethod, { value: () => `${how} ${path.join('.')} ${key}: ${fc.stringify(value)}` });
    });
}
