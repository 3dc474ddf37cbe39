import { isDecimal, type Decimal } from '../money/decimal';
import { toAmount } from '../money/parseAmount';
import { toRate } from '../money/parseRate';
import { COMMON_DRIVER_KEYS } from './commonDriverKeys';
import type { ParameterKind } from './driverType';
import type { Scenario } from './document';
import { driverType } from './registry';
import { unknownParameter } from './unknownParameter';

/** One parameter of a scenario: its address, kind and current value. */
export interface Parameter {
  /** `"<driverId>.<field>"` (nested: `"sched.rates.2026"`), `"baseline.value"` or `"target.value"`. */
  readonly name: string;
  readonly kind: ParameterKind;
  /** The value in the scenario: a Decimal for rates, amounts and numbers; a number for years and counts. */
  readonly value: Decimal | number;
  /** Where it lives: the driver's index, or -1 for the baseline and target. */
  readonly driver: number;
  /** The field path inside the driver (or inside `baseline`/`target`). */
  readonly path: readonly string[];
}

const tables = new WeakMap<Scenario, ReadonlyMap<string, Parameter>>();

/** Every parameter of a scenario, by address, in document order (cached: scenarios are frozen). */
export function parameterTable(scenario: Scenario): ReadonlyMap<string, Parameter> {
  let table = tables.get(scenario);
  if (table !== undefined) return table;
  const map = new Map<string, Parameter>();
  map.set('baseline.value', { name: 'baseline.value', kind: 'amount', value: scenario.baseline.value, driver: -1, path: ['value'] });
  if (scenario.target !== undefined) {
    map.set('target.value', { name: 'target.value', kind: 'amount', value: scenario.target.value, driver: -1, path: ['value'] });
  }
  scenario.drivers.forEach((driver, index) => {
    const fields: Readonly<Record<string, unknown>> = driver;
    const kinds = driverType(driver.type)?.parameters ?? {};
    const walk = (value: unknown, path: string[]): void => {
      if (isDecimal(value) || typeof value === 'number') {
        const pattern = path.length > 1 ? `${path.slice(0, -1).join('.')}.*` : path[0]!;
        const kind = kinds[path.join('.')] ?? kinds[pattern] ?? 'number';
        const name = `${driver.id}.${path.join('.')}`;
        map.set(name, { name, kind, value, driver: index, path });
      } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], [...path, key]);
      }
    };
    for (const key of Object.keys(driver)) if (!COMMON_DRIVER_KEYS.has(key)) walk(fields[key], [key]);
  });
  table = map;
  tables.set(scenario, table);
  return table;
}

/**
 * Lists the parameters of a scenario — the names every analysis and `project({ overrides })` accept.
 *
 * @param scenario - a defined scenario.
 * @example
 * const s = defineScenario({ name: 'x', baseline: { year: 2024, value: '580M' }, horizon: { endYear: 2026 },
 *   drivers: [{ id: 'base', type: 'growth', rate: '20%' }] });
 * listParameters(s).map((p) => `${p.name}:${p.kind}`); // => ['baseline.value:amount', 'base.rate:rate']
 */
export function listParameters(scenario: Scenario): readonly Parameter[] {
  return [...parameterTable(scenario).values()];
}

/** The parameter called `name`, or a ScenarioError that lists the valid names. */
export function findParameter(scenario: Scenario, name: string, fn: string): Parameter {
  const table = parameterTable(scenario);
  const found = table.get(name);
  if (found === undefined) {
    throw unknownParameter(scenario, table.keys(), name, name, fn);
  }
  return found;
}

/** Turns an override into the type its parameter holds: a Decimal (rates, amounts, numbers) or a number (years). */
export function overrideValue(parameter: Parameter, value: unknown, fn: string): Decimal | number {
  const what = `override "${parameter.name}"`;
  switch (parameter.kind) {
    case 'rate':
      return toRate(value, fn, what);
    case 'amount':
      return toAmount(value, fn, what);
    case 'year':
    case 'count': {
      // A whole number, or its digits as text (as a command line gives it).
      const whole = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
      if (typeof whole !== 'number' || !Number.isInteger(whole)) {
        throw new TypeError(`${fn}: ${what} must be a whole number, got ${JSON.stringify(value)}`);
      }
      return whole;
    }
    default:
    {
      if (typeof parameter.value !== 'number') return toAmount(value, fn, what);
      // A number, or its digits as text (as a command line gives it: --set railway.elasticity=4).
      const number = typeof value === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(value) ? Number(value) : value;
      if (typeof number !== 'number' || !Number.isFinite(number)) {
        throw new TypeError(`${fn}: ${what} must be a finite number, got ${JSON.stringify(value)}`);
      }
      return number;
    }
  }
}
