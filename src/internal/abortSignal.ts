/**
 * The part of an `AbortSignal` that tradepath reads. A structural type of its own, so that the published `.d.ts`
 * does not need the DOM or Node's types: a real `AbortSignal` fits it.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener?(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener?(type: 'abort', listener: () => void): void;
}

/**
 * Stops a long call when its signal has been aborted: throws the signal's reason (a real `AbortSignal` always has
 * one, an `AbortError` by default), or `fn: aborted` for a signal-like object without a reason.
 */
export function throwIfAborted(signal: AbortSignalLike | undefined, fn: string): void {
  if (signal?.aborted) throw signal.reason ?? new Error(`${fn}: aborted`);
}
