import { show } from './show';

/**
 * The first check of every function that takes an options object: it must be an object (not null). `expected`
 * says what one looks like (`an object like { digits: 3 }`, `{ seed, trajectories?, levels? }`), so the message
 * reads `fn: options must be <expected>, got <value>`.
 */
export function checkOptionsObject(options: unknown, fn: string, expected: string): asserts options is object {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`${fn}: options must be ${expected}, got ${show(options)}`);
  }
}
