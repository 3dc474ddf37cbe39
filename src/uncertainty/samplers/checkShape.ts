import { show } from '../../internal/show';

/** Checks the n × dims shape that every sampler takes. */
export function checkShape(fn: string, n: number, dims: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${fn}: n must be an integer ≥ 0, got ${show(n)}`);
  if (!Number.isSafeInteger(dims) || dims < 1) throw new RangeError(`${fn}: dims must be an integer ≥ 1, got ${show(dims)}`);
}
