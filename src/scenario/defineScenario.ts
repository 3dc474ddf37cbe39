import { z } from 'zod';
import { isReservedName, RESERVED_NAME_RULE } from '../internal/reservedName';
import { isDecimal, type Decimal } from '../money/decimal';
import type { DriverType } from './driverType';
import type { Component, Deflator, Driver, Scenario, ScenarioDocument } from './document';
import { ScenarioError, formatPath, type ScenarioIssue } from './ScenarioError';
import { commonDriverFields, documentShape, driverSchema, MAX_DRIVERS, MAX_HORIZON_YEARS } from './schema';
import { driverType, driverTypes } from './registry';
import { distributionDocument } from './uncertaintyField';
import { describeType } from './fields';
import { parameterTable } from './parameters';

const scenarios = new WeakSet<object>();

/** How deep a document may nest; deeper input is junk, and walking it must not blow the stack. */
const MAX_DEPTH = 32;

const commonOnly = z.looseObject(commonDriverFields);
const topLevel = documentShape(
  z.array(z.looseObject({ type: z.string({ error: 'expected a driver type (text)' }) }), { error: 'expected a list of drivers' }).max(MAX_DRIVERS, { error: `expected at most ${MAX_DRIVERS} drivers` }),
  z.record(z.string(), distributionDocument).default({}),
);

/**
 * Validates a scenario document and returns it as a frozen `Scenario`.
 *
 * Amounts and rates may be written as people write them (`"$580M"`, `"20%"`); they become exact Decimals. Every
 * problem found is reported at once, each with the path of its field.
 *
 * @param document - a scenario document (see `ScenarioDocument` and the JSON Schema `tradepath/schema.json`), or a
 *   scenario (returned as it is).
 * @throws {ScenarioError} listing every invalid field by path (`drivers[2].startYear`).
 * @example
 * const s = defineScenario({
 *   name: 'Status quo', baseline: { year: 2024, value: '$580M' }, horizon: { endYear: 2029 },
 *   target: { value: '$10B', year: 2029 }, drivers: [{ id: 'base', type: 'growth', rate: '20%' }],
 * });
 * s.baseline.value.toString(); // => '580000000'
 * s.drivers[0].rate.toString(); // => '0.2'
 * Object.isFrozen(s); // => true
 */
export function defineScenario(document: ScenarioDocument | Scenario): Scenario {
  if (isScenario(document)) return document;
  const issues: ScenarioIssue[] = [];
  const input = plainCopy(document, [], issues);
  if (issues.length > 0) throw new ScenarioError(issues);
  // A record key that Object.prototype already has ("__proto__" from JSON.parse) would vanish in parsing.
  const uncertainty = (input as { uncertainty?: unknown } | null)?.uncertainty;
  if (typeof uncertainty === 'object' && uncertainty !== null && !Array.isArray(uncertainty)) {
    for (const key of Object.keys(uncertainty)) {
      if (isReservedName(key)) issues.push({ path: formatPath(['uncertainty', key]), message: `unknown parameter "${key}": ${RESERVED_NAME_RULE.replace(/^is /, 'it is ')}` });
    }
  }
  const top = topLevel.safeParse(input, { reportInput: true });
  if (!top.success) {
    for (const issue of zodIssues(top.error)) issues.push(issue);
  }
  // Drivers past the limit are reported once by the top level, not parsed one by one.
  const rawDrivers = Array.isArray((input as { drivers?: unknown })?.drivers) ? (input as { drivers: unknown[] }).drivers.slice(0, MAX_DRIVERS) : [];
  const drivers = rawDrivers.map((raw, index) => parseDriver(raw, index, issues));
  if (!top.success) throw new ScenarioError(issues);

  const doc = top.data;
  const baselineYear = doc.baseline.year;
  const endYear = doc.horizon.endYear;
  if (endYear <= baselineYear) {
    issues.push({ path: 'horizon.endYear', message: `must be after the baseline year ${baselineYear}, got ${endYear}` });
  } else if (endYear - baselineYear > MAX_HORIZON_YEARS) {
    issues.push({ path: 'horizon.endYear', message: `the horizon may span at most ${MAX_HORIZON_YEARS} years, got ${endYear - baselineYear}` });
  }
  if (doc.target !== undefined) {
    if (doc.target.year <= baselineYear) {
      issues.push({ path: 'target.year', message: `must be after the baseline year ${baselineYear}, got ${doc.target.year}` });
    } else if (doc.target.year > endYear) {
      issues.push({ path: 'target.year', message: `must be within the horizon (up to ${endYear}), got ${doc.target.year}` });
    }
  }
  const components = (doc.components ?? []) as readonly Component[];
  const baselineValue = checkComponents(components, doc.baseline.value, issues);
  const componentIds = new Set(components.map((c) => c.id));
  checkDeflator(doc.basis, doc.deflator, baselineYear, endYear, issues);
  const seen = new Map<string, number>();
  drivers.forEach((driver, index) => {
    if (driver === undefined) return;
    checkScope(driver, index, componentIds, issues);
    checkActive(driver, index, issues);
  });
  drivers.forEach((driver, index) => {
    if (driver === undefined) return;
    const first = seen.get(driver.id);
    if (first !== undefined) {
      issues.push({ path: `drivers[${index}].id`, message: `duplicate id "${driver.id}" (also drivers[${first}])` });
    } else {
      seen.set(driver.id, index);
    }
    if (endYear > baselineYear) {
      driverType(driver.type)?.check?.(
        driver,
        (path, message) => issues.push({ path: formatPath([`drivers`, index, ...path]), message }),
        { baselineYear, endYear },
      );
    }
  });
  if (issues.length > 0) throw new ScenarioError(issues);

  const scenario = deepFreeze({
    name: doc.name,
    ...(doc.description === undefined ? {} : { description: doc.description }),
    ...(doc.asOf === undefined ? {} : { asOf: doc.asOf }),
    currency: doc.currency,
    sources: doc.sources,
    basis: doc.basis,
    ...(doc.deflator === undefined ? {} : { deflator: doc.deflator }),
    components,
    baseline: { year: baselineYear, value: baselineValue! },
    horizon: doc.horizon,
    ...(doc.target === undefined ? {} : { target: doc.target }),
    drivers: drivers as Driver[],
    uncertainty: doc.uncertainty,
  }) as Scenario;
  const table = parameterTable(scenario);
  for (const name of Object.keys(scenario.uncertainty)) {
    if (!table.has(name)) {
      issues.push({ path: formatPath(['uncertainty', name]), message: `unknown parameter "${name}"; valid: ${[...table.keys()].join(', ')}` });
    }
  }
  if (issues.length > 0) throw new ScenarioError(issues);
  scenarios.add(scenario);
  return scenario;
}

/**
 * True for a scenario made by `defineScenario` (a document, or a copy of a scenario, is not one).
 *
 * @example
 * isScenario(presets.azerbaijanIran.statusQuo); // => true
 * isScenario(toDocument(presets.azerbaijanIran.statusQuo)); // => false
 */
export function isScenario(value: unknown): value is Scenario {
  return typeof value === 'object' && value !== null && scenarios.has(value);
}

/**
 * The baseline value: given, or the components' sum. With components, a given value must equal their sum exactly;
 * without, it is required. Duplicate component ids are reported.
 */
function checkComponents(components: readonly Component[], value: Decimal | undefined, issues: ScenarioIssue[]): Decimal | undefined {
  const seen = new Map<string, number>();
  components.forEach((c, index) => {
    const first = seen.get(c.id);
    if (first !== undefined) issues.push({ path: `components[${index}].id`, message: `duplicate component id "${c.id}" (also components[${first}])` });
    else seen.set(c.id, index);
  });
  if (components.length === 0) {
    if (value === undefined) issues.push({ path: 'baseline.value', message: 'is required (or give components, whose baselines add up to it)' });
    return value;
  }
  let sum = components[0]!.baseline.value;
  for (const c of components.slice(1)) sum = sum.plus(c.baseline.value);
  if (value !== undefined && !value.eq(sum)) {
    const parts = components.map((c) => `${c.id} ${c.baseline.value.toString()}`).join(' + ');
    issues.push({ path: 'baseline.value', message: `must equal the sum of the components' baselines (${parts} = ${sum.toString()}), got ${value.toString()}` });
  }
  return value ?? sum;
}

/** A driver's `scope` must name a component of the scenario. */
function checkScope(driver: Driver, index: number, componentIds: ReadonlySet<string>, issues: ScenarioIssue[]): void {
  if (driver.scope === undefined) return;
  if (componentIds.size === 0) {
    issues.push({ path: `drivers[${index}].scope`, message: `names component "${driver.scope}", but the scenario has no components` });
  } else if (!componentIds.has(driver.scope)) {
    issues.push({ path: `drivers[${index}].scope`, message: `unknown component "${driver.scope}"; components: ${[...componentIds].join(', ')}` });
  }
}

/** `active.until` must not be before `active.from`; caps act on every year (no `active`). */
function checkActive(driver: Driver, index: number, issues: ScenarioIssue[]): void {
  const active = driver.active;
  if (active === undefined) return;
  if (active.from !== undefined && active.until !== undefined && active.until < active.from) {
    issues.push({ path: `drivers[${index}].active.until`, message: `must not be before active.from (${active.from}), got ${active.until}` });
  }
  if (driverType(driver.type)?.exactCap !== undefined) {
    issues.push({ path: `drivers[${index}].active`, message: 'is not available on a cap, which acts on every year; end its effect with the capacity instead' });
  }
}

/** `basis: 'real'` needs a deflator; a deflator's series must cover the baseline year and every projection year. */
function checkDeflator(basis: 'nominal' | 'real', deflator: Deflator | undefined, baselineYear: number, endYear: number, issues: ScenarioIssue[]): void {
  if (deflator === undefined) {
    if (basis === 'real') issues.push({ path: 'deflator', message: 'is required with basis "real": give { rate } (annual inflation) or { series } (index values by year)' });
    return;
  }
  if (!('series' in deflator)) return;
  const missing: number[] = [];
  for (let year = baselineYear; year <= endYear; year++) if (deflator.series[String(year)] === undefined) missing.push(year);
  if (missing.length > 0) {
    issues.push({ path: 'deflator.series', message: `must give an index for every year from ${baselineYear} to ${endYear}; missing: ${missing.join(', ')}` });
  }
}

function parseDriver(raw: unknown, index: number, issues: ScenarioIssue[]): Driver | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined; // reported by the top level
  const typeName = (raw as { type?: unknown }).type;
  if (typeof typeName !== 'string') return undefined;
  const type: DriverType | undefined = driverType(typeName);
  if (type === undefined) {
    const known = driverTypes().map((t) => t.type).join(', ');
    issues.push({ path: `drivers[${index}].type`, message: `unknown driver type ${JSON.stringify(typeName)}; known types: ${known}` });
    // Still check the common fields, so a bad id is reported in the same pass.
    const common = commonOnly.safeParse(raw, { reportInput: true });
    if (!common.success) for (const issue of zodIssues(common.error, ['drivers', index])) issues.push(issue);
    return undefined;
  }
  const parsed = driverSchema(type).safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    for (const issue of zodIssues(parsed.error, ['drivers', index])) issues.push(issue);
    return undefined;
  }
  return parsed.data as Driver;
}

function zodIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): ScenarioIssue[] {
  return error.issues.flatMap((issue): ScenarioIssue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: formatPath([...path, key]), message: `unknown field "${key}"` }));
    }
    if (issue.code === 'invalid_key') return [{ path: formatPath(path), message: issue.issues[0]?.message ?? issue.message }];
    const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_union') && issue.input === undefined;
    const message = missing ? 'is required' : issue.code === 'invalid_type' ? typeMessage(issue, path) : issue.message;
    return [{ path: formatPath(path), message }];
  });
}

// zod's own wording ("Invalid input: expected record, received array") names its types, not the document's.
const EXPECTED: Record<string, string> = { object: 'an object', record: 'an object', array: 'a list', string: 'text', number: 'a number', boolean: 'true or false' };

/** A wrong-type message in the document's words: `expected a list, got text`; zod's own for anything else. */
function typeMessage(issue: z.core.$ZodIssueInvalidType, path: readonly PropertyKey[]): string {
  // Field builders (fields.ts) word their own messages; only zod's default wording is replaced.
  if (!issue.message.startsWith('Invalid input')) return issue.message;
  const what = path.length === 0 ? 'a scenario document (an object)' : (EXPECTED[issue.expected] ?? issue.expected);
  return `expected ${what}, got ${describeType(issue.input)}`;
}

/**
 * A copy of the input made of plain objects, arrays, strings, numbers and booleans: Decimals become their exact
 * strings, and anything else (functions, class instances, cycles, junk nested too deep) is reported. Keys such as
 * `__proto__` are kept as plain own keys, so the strict schema reports them instead of them changing a prototype.
 */
function plainCopy(value: unknown, path: PropertyKey[], issues: ScenarioIssue[]): unknown {
  if (isDecimal(value)) return value.toString();
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  if (value === undefined) return undefined;
  if (path.length > MAX_DEPTH) {
    issues.push({ path: formatPath(path), message: `nested more than ${MAX_DEPTH} levels deep` });
    return undefined;
  }
  if (Array.isArray(value)) {
    // A loop, not value.map: map reads value.constructor, which a caller's array may have as an own key ("").
    const copy: unknown[] = [];
    for (let i = 0; i < value.length; i++) copy.push(plainCopy(value[i], [...path, i], issues));
    return copy;
  }
  const proto = typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (typeof value === 'object' && (proto === Object.prototype || proto === null)) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      Object.defineProperty(copy, key, {
        value: plainCopy((value as Record<string, unknown>)[key], [...path, key], issues),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return copy;
  }
  issues.push({ path: formatPath(path), message: `expected JSON data (an object, array, string, number or boolean), got a ${typeof value}` });
  return undefined;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !isDecimal(value) && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
