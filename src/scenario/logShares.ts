import { D, type Decimal } from '../money/decimal';

const ZERO = new D(0);

/**
 * Significant digits of the logarithms behind the log shares. A 40-digit `ln` costs about 100 µs in decimal.js,
 * and a share needs far fewer digits than a value: at 25 digits a contribution is off by at most about 1e-24 of the
 * year's change (a trillionth of a cent on $10B), and the year's contributions are then settled to add up to the
 * change exactly. Amounts themselves stay at 40 digits.
 */
export const LN_DIGITS = 25;
const LN = D.clone({ precision: LN_DIGITS, rounding: D.ROUND_HALF_EVEN });

// The same arguments come back (a constant growth factor every year, a ramp's steps in every projection).
const lnCache = new Map<string, Decimal>();
const LN_CACHE_SIZE = 4096;

/** ln x for x > 0, to {@link LN_DIGITS} significant digits, as a library Decimal; 0 for x = 1. */
export function lnOf(x: Decimal): Decimal {
  if (x.eq(1)) return ZERO;
  const key = x.toString();
  let value = lnCache.get(key);
  if (value === undefined) {
    value = new D(new LN(x).ln());
    if (lnCache.size >= LN_CACHE_SIZE) lnCache.clear();
    lnCache.set(key, value);
  }
  return value;
}

/**
 * Splits `delta`, the change of a year from `previous` to `next`, among columns by log shares: column k gets
 * delta · terms[k] / Σ terms, where terms[k] is ln of the column's factor that year. When the terms cancel (their
 * sum is 0 while the change, by rounding, is not), delta / Σ terms tends to `previous`, which is used. A change of
 * 0 gives zeros. The result is settled (see {@link settle}) to add up to `delta` exactly.
 */
export function splitByLogShares(delta: Decimal, previous: Decimal, next: Decimal, terms: readonly Decimal[]): Decimal[] {
  const out = terms.map(() => ZERO);
  if (delta.isZero()) return out;
  const sum = canonicalSum(terms);
  const weight = sum.isZero() ? previous : delta.div(sum);
  for (let k = 0; k < terms.length; k++) if (!terms[k]!.isZero()) out[k] = terms[k]!.times(weight);
  settle(out, delta, previous, next);
  return out;
}

/**
 * Makes `columns` add up to `total` exactly, in any order, and without depending on their order:
 * 1. every part is rounded to one quantum q, the last digit of a 40-digit amount the size of the year's values
 *    `from` and `to` (larger when the parts, in size, add up to more): then every partial sum of the parts is a
 *    multiple of q below 10^40 q, which 40 digits hold exactly, whatever the order of addition;
 * 2. the remainder goes to the largest part (in size; the first of equal ones), as the total less the others.
 * A column that is 0 stays 0; if every column is 0 nothing changes. So swapping two drivers in a document swaps
 * their contributions and changes no digit. Exact for any realistic spread of sizes (parts within about 10^40 of
 * one another); beyond it, correct to the last digit of the largest part.
 */
export function settle(columns: Decimal[], total: Decimal, from: Decimal, to: Decimal): void {
  let bound = total.abs();
  let any = false;
  for (const x of columns) {
    if (x.isZero()) continue;
    any = true;
    bound = bound.plus(x.abs());
  }
  if (!any) return;
  const quantum = Math.max(bound.e, Math.min(from.isZero() ? bound.e : from.e, to.isZero() ? bound.e : to.e)) - 39;
  let largest = -1;
  for (let k = 0; k < columns.length; k++) {
    const x = columns[k]!;
    if (x.isZero()) continue;
    const sd = x.e - quantum + 1;
    const q = sd >= 1 ? x.toSignificantDigits(sd, D.ROUND_HALF_EVEN) : ZERO;
    columns[k] = q;
    if (!q.isZero() && (largest < 0 || q.abs().gt(columns[largest]!.abs()))) largest = k;
  }
  if (largest < 0) return;
  const others = columns.filter((x, k) => k !== largest && !x.isZero());
  columns[largest] = others.length === 0 ? total : total.minus(canonicalSum(others));
}

/** The sum of `xs` added in an order that does not depend on theirs: smallest in size first, then by value. */
export function canonicalSum(xs: readonly Decimal[]): Decimal {
  if (xs.length === 0) return ZERO;
  if (xs.length === 1) return xs[0]!;
  // Rounding a sum of two is symmetric: a + b and b + a are the same Decimal.
  if (xs.length === 2) return xs[0]!.plus(xs[1]!);
  const sorted = xs.map((x) => ({ x, size: x.abs() })).sort((a, b) => a.size.cmp(b.size) || a.x.cmp(b.x));
  let sum = sorted[0]!.x;
  for (let k = 1; k < sorted.length; k++) sum = sum.plus(sorted[k]!.x);
  return sum;
}
