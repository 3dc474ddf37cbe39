import { show } from '../../internal/show';

/** The seeded methods need a seed: without one a result could not be reproduced. */
export function checkSeed(seed: unknown, fnName: string): void {
  if (typeof seed === 'string') return;
  if (typeof seed === 'number' && Number.isSafeInteger(seed)) return;
  const rule = `${fnName}: seed must be a safe integer or a string (the same seed gives the same result)`;
  if (typeof seed === 'number') throw new RangeError(`${rule}, got ${show(seed)}`);
  throw new TypeError(`${rule}, got ${show(seed)}`);
}
