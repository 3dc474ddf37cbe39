/** Maps a value in `[d0, d1]` to a position in `[r0, r1]`, linearly or by its logarithm. */
export type Scale = (value: number) => number;

export function linearScale(d0: number, d1: number, r0: number, r1: number): Scale {
  const k = (r1 - r0) / (d1 - d0);
  // An empty or subnormal domain (k not finite) maps everything to the middle rather than to ±Infinity.
  if (!Number.isFinite(k)) return () => (r0 + r1) / 2;
  return (value) => r0 + (value - d0) * k;
}

export function logScale(d0: number, d1: number, r0: number, r1: number): Scale {
  const inner = linearScale(Math.log10(d0), Math.log10(d1), r0, r1);
  return (value) => inner(Math.log10(value));
}
