/** A uniform integer in [0, bound) from 32-bit draws, without modulo bias (rejection); bound ≤ 2^32. */
export function randomBelow(next: () => number, bound: number): number {
  // Accept draws below the largest multiple of bound that fits in 32 bits.
  const limit = 2 ** 32 - (2 ** 32 % bound);
  for (;;) {
    const draw = next();
    if (draw < limit) return draw % bound;
  }
}
