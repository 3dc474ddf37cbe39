import { show } from './show';

/**
 * A seed is a safe integer or a string (the same seed gives the same result). One rule, one error class for each
 * way to break it: a number that is not a safe integer is a RangeError, anything else a TypeError.
 */
export function checkSeed(seed: unknown, fn: string): asserts seed is number | string {
  if (typeof seed === 'string' || (typeof seed === 'number' && Number.isSafeInteger(seed))) return;
  const message = `${fn}: seed must be a safe integer or a string, got ${show(seed)}`;
  throw typeof seed === 'number' ? new RangeError(message) : new TypeError(message);
}
