import { show } from './show';

/** How the unit-interval design of a simulation or an analysis is drawn. */
export type SamplerName = 'random' | 'lhs' | 'sobol';

const SAMPLERS: readonly unknown[] = ['random', 'lhs', 'sobol'] satisfies readonly SamplerName[];

/** `sampler`, or `fallback` when it is undefined; anything but a sampler's name is a RangeError. */
export function checkSampler(sampler: unknown, fn: string, fallback: SamplerName): SamplerName {
  if (sampler === undefined) return fallback;
  if (!SAMPLERS.includes(sampler)) {
    throw new RangeError(`${fn}: sampler must be 'random', 'lhs' or 'sobol', got ${show(sampler)}`);
  }
  return sampler as SamplerName;
}
