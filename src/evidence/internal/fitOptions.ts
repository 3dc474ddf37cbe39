import { checkOptionsObject } from '../../internal/checkOptionsObject';
import { show } from '../../internal/show';
import type { FitGrowthOptions, FitMethod } from '../types';

/** The options of a fit, checked: method and window. */
export function fitOptions(options: FitGrowthOptions, fn: string): { method: FitMethod; from: number; to: number } {
  checkOptionsObject(options, fn, "an object like { method: 'drift' }");
  const method: unknown = options.method ?? 'log-linear';
  if (method !== 'log-linear' && method !== 'drift') {
    throw new RangeError(`${fn}: method must be 'log-linear' or 'drift', got ${show(method)}`);
  }
  const from = yearOption(options.from, 'from', fn) ?? -Infinity;
  const to = yearOption(options.to, 'to', fn) ?? Infinity;
  if (from > to) throw new RangeError(`${fn}: from must be <= to, got from ${from} and to ${to}`);
  return { method, from, to };
}

function yearOption(value: unknown, name: string, fn: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new TypeError(`${fn}: ${name} must be a whole year, got ${show(value)}`);
  }
  return value;
}
