/** What a call throws, as `ErrorClass: message`, for inline snapshots of error messages; fails when it does not throw. */
export function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return `${(error as Error).constructor.name}: ${(error as Error).message}`;
  }
  throw new Error('expected an error');
}
