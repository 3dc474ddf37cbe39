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
