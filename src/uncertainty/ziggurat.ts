/**
 * The tables of a 256-layer ziggurat for the standard normal (Marsaglia and Tsang, "The Ziggurat Method for
 * Generating Random Variables", J. Stat. Software 5(8), 2000), computed here at load from the two constants of that
 * paper, and the rare part of the method (the wedges and the tail), which `fillStandardNormal` calls.
 *
 * Layout, with f(x) = exp(−x²/2) (unnormalised): layer i (0..255) is the horizontal band between f(X[i]) and
 * f(X[i+1]), X[1] = R the start of the tail, X[256] = 0, and every layer has the same area V. Layer 0 is the base
 * strip: the rectangle [0, R] × [0, f(R)] plus the tail beyond R, given the width X[0] = V / f(R) so that a uniform
 * point of [0, X[0]) falls beyond R with the tail's share of the area. A point x = u·X[i] with x < X[i+1] lies under
 * the curve whatever its height (the fast path, about 98.8 % of draws); otherwise it is a wedge (accepted when a
 * uniform height in the band falls under f(x)) or, in layer 0, a draw of the tail (Marsaglia 1964).
 */

/** Where the tail begins, for 256 layers (Marsaglia and Tsang 2000). */
export const ZIGGURAT_R = 3.6541528853610088;
/** The area of each layer, for 256 layers (Marsaglia and Tsang 2000). */
export const ZIGGURAT_V = 0.00492867323399;
/** Layers; the layer index takes the low 8 bits of a draw. */
export const ZIGGURAT_LAYERS = 256;

function f(x: number): number {
  return Math.exp(-0.5 * x * x);
}

/** X[i]: the right edge of layer i (X[0] the base strip's virtual width, X[256] = 0). */
export const ZIGGURAT_X: Float64Array = (() => {
  const x = new Float64Array(ZIGGURAT_LAYERS + 1);
  x[0] = ZIGGURAT_V / f(ZIGGURAT_R);
  x[1] = ZIGGURAT_R;
  for (let i = 1; i < ZIGGURAT_LAYERS - 1; i++) {
    // Layer i has area V: X[i] · (f(X[i+1]) − f(X[i])) = V.
    x[i + 1] = Math.sqrt(-2 * Math.log(ZIGGURAT_V / x[i]! + f(x[i]!)));
  }
  x[ZIGGURAT_LAYERS] = 0;
  return x;
})();

/** F[i] = f(X[i]) (F[0] = f(R) is not used: layer 0 has no wedge). */
export const ZIGGURAT_F: Float64Array = Float64Array.from(ZIGGURAT_X, (x, i) => (i === 0 ? f(ZIGGURAT_R) : f(x)));

/** RATIO[i] = X[i+1] / X[i]: a uniform u below it gives a point inside layer i's rectangle. */
export const ZIGGURAT_RATIO: Float64Array = Float64Array.from({ length: ZIGGURAT_LAYERS }, (_, i) => ZIGGURAT_X[i + 1]! / ZIGGURAT_X[i]!);

const TWO_POW_MINUS_32 = 2 ** -32;
const TWO_POW_MINUS_53 = 2 ** -53;

/**
 * A position in [0, 1) from two 32-bit draws, with 53 bits: `(hi · 2^21 + (lo >>> 11)) / 2^53`. Bits 0–10 of `lo`
 * are left to the caller (the layer takes bits 0–7, the sign bit 8), so layer, sign and position never share a bit
 * (sharing them is the flaw Doornik 2005 found in the original ziggurat).
 */
export function zigguratUniform(hi: number, lo: number): number {
  return (hi * 2097152 + (lo >>> 11)) * TWO_POW_MINUS_53;
}

/**
 * Finishes one normal whose first point (layer `layer`, position `u` in [0, 1) of the layer's width, `sign` ±1)
 * missed the fast path: accepts it in the wedge, or draws the tail, or starts over with fresh draws from `next`
 * (each call of `next` one 32-bit word), until a value is accepted. Every draw it needs comes from `next`, in order.
 *
 * @param next - the source of 32-bit words (a generator's `nextUint32`).
 * @param layer - the layer of the first point, 0..255.
 * @param u - the position of the first point, in [0, 1).
 * @param sign - +1 or −1.
 * @returns a standard normal value.
 */
export function zigguratSlow(next: () => number, layer: number, u: number, sign: number): number {
  for (;;) {
    if (layer === 0) {
      // The tail beyond R (Marsaglia 1964): x = −ln(u1)/R, y = −ln(u2), accepted when 2y > x².
      for (;;) {
        const x = -Math.log((next() + 0.5) * TWO_POW_MINUS_32) / ZIGGURAT_R;
        const y = -Math.log((next() + 0.5) * TWO_POW_MINUS_32);
        if (y + y > x * x) return sign * (ZIGGURAT_R + x);
      }
    }
    const x = u * ZIGGURAT_X[layer]!;
    // A wedge: accept when a uniform height between f(X[layer]) and f(X[layer+1]) is below f(x).
    const height = ZIGGURAT_F[layer]! + (next() + 0.5) * TWO_POW_MINUS_32 * (ZIGGURAT_F[layer + 1]! - ZIGGURAT_F[layer]!);
    if (height < f(x)) return sign * x;
    // Rejected: a fresh point, the fast path first.
    const hi = next();
    const lo = next();
    layer = lo & 255;
    sign = lo & 256 ? -1 : 1;
    u = zigguratUniform(hi, lo);
    if (u < ZIGGURAT_RATIO[layer]!) return sign * u * ZIGGURAT_X[layer]!;
  }
}

/**
 * One standard normal from a source of 32-bit words, by the 256-layer ziggurat: two words per attempt (53 bits of
 * position, 8 bits of layer, 1 of sign, no bit shared), more for the rare wedge and tail.
 *
 * @param next - the source of 32-bit words, e.g. `() => rng.nextUint32()`.
 * @returns a standard normal value.
 */
export function zigguratNormal(next: () => number): number {
  const hi = next();
  const lo = next();
  const layer = lo & 255;
  const sign = lo & 256 ? -1 : 1;
  const u = zigguratUniform(hi, lo);
  if (u < ZIGGURAT_RATIO[layer]!) return sign * u * ZIGGURAT_X[layer]!;
  return zigguratSlow(next, layer, u, sign);
}
