/**
 * The shared control words of a `simulateParallel` call (an Int32Array over a SharedArrayBuffer), read and written
 * with Atomics by the parent and its workers.
 */

/** The next block a worker takes (each worker adds 1 and runs the block it got). */
export const NEXT = 0;
/** Set to 1 to tell the workers to take no more blocks (an error or an abort). */
export const STOP = 1;
/** How many blocks, from the first, have their design rows drawn: the parent draws them in order while workers run. */
export const READY = 2;
/** The number of control words. */
export const CONTROL_WORDS = 3;
