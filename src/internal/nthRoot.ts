import { D, type Decimal } from '../money/decimal';

const TEN = new D(10);

/**
 * The positive n-th root of x > 0 for a whole n ≥ 1, to the full precision of `D` (40 digits).
 *
 * Newton's iteration y ← ((n − 1)·y + x / y^(n−1)) / n from the float64 estimate (about 15 correct digits): each
 * step doubles the correct digits, so two steps give about 60 — several times faster than decimal.js's
 * `pow(1/n)`, which goes through `exp(ln x / n)`.
 */
export function nthRoot(x: Decimal, n: number): Decimal {
  if (n === 1) return x;
  if (n === 2) return x.sqrt();
  // Scale through the exponent so that a huge or tiny x does not overflow the float estimate.
  const shift = Math.floor(x.e / n) * n;
  const scale = shift === 0 ? undefined : TEN.pow(shift / n);
  const mantissa = shift === 0 ? x.toNumber() : x.div(TEN.pow(shift)).toNumber();
  let y = new D(Math.pow(mantissa, 1 / n).toPrecision(17));
  if (scale !== undefined) y = y.times(scale);
  for (let step = 0; step < 2; step++) y = y.times(n - 1).plus(x.div(y.pow(n - 1))).div(n);
  return y;
}
