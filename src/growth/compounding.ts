// The compounding arithmetic shared by the growth functions: done in 60-digit working precision and rounded once
// to the library's 40 digits, so that a value computed in steps carries no rounding from the steps.
import { D, type Decimal } from '../money/decimal';

/** Working precision: 20 guard digits, enough for 1,000 rounded steps to leave the 40-digit result untouched. */
const W = D.clone({ precision: 60 });

/** A working-precision value rounded once to the library's 40 digits. */
function rounded(x: Decimal): Decimal {
  return new D(x).toSignificantDigits();
}

/**
 * The positive n-th root of x > 0 for a whole n ≥ 2, by Newton's iteration y ← ((n − 1)·y + x / y^(n−1)) / n
 * (each step doubles the correct digits) from a float64 estimate of about 15 digits: two steps reach the working
 * precision. decimal.js's `pow(1 / n)` goes through `exp(ln(x) / n)`, which is some twenty times slower.
 */
function nthRoot(x: Decimal, n: number): Decimal {
  // The estimate goes through log10 so that no size of x overflows a float: x = m · 10^e, root = 10^((log10 m + e) / n).
  const [mantissa, exponent] = x.toExponential(16).split('e') as [string, string];
  const log10Root = (Math.log10(Number(mantissa)) + Number(exponent)) / n;
  const whole = Math.floor(log10Root);
  let y = new W(String(10 ** (log10Root - whole))).times(new W(`1e${whole}`));
  for (let step = 0; step < 2; step++) y = y.times(n - 1).plus(x.div(y.pow(n - 1))).div(n);
  return y;
}

/** `(end / start)^(1 / years) − 1` (Excel RRI); whole years take the fast n-th root. */
export function compoundRate(start: Decimal, end: Decimal, years: Decimal): Decimal {
  const ratio = new W(end).div(new W(start));
  if (years.eq(1)) return rounded(ratio.minus(1));
  const root = years.isInteger() && years.lte(1e6) ? nthRoot(ratio, years.toNumber()) : ratio.pow(new W(1).div(years));
  return rounded(root.minus(1));
}

/** `start · growth^years`, years > 0 and fractional allowed. */
export function compound(start: Decimal, growth: Decimal, years: Decimal): Decimal {
  return rounded(new W(start).times(new W(growth).pow(new W(years))));
}

/**
 * `start · Π(growths[0..i])` for i = −1 … growths.length − 1, the start first (Excel FVSCHEDULE at each step).
 *
 * While a product has at most 40 digits (sd(a) + sd(b) ≤ 40), a 40-digit multiplication is exact, so the steps
 * run directly on the result type, about twice as fast. Past that, the product is carried in working precision and
 * each value rounded once: like {@link compound}, the exact value correctly rounded to 40 digits (unless it lies
 * within about 1e-55 of a rounding boundary), so the two agree to the last digit.
 */
export function schedulePath(start: Decimal, growths: readonly Decimal[]): Decimal[] {
  const values = [start];
  let value = start;
  let exact = true;
  for (const growth of growths) {
    if (exact && value.sd() + growth.sd() <= D.precision) {
      value = value.times(growth);
      values.push(value);
    } else {
      if (exact) value = new W(value);
      exact = false;
      value = value.times(growth);
      values.push(rounded(value));
    }
  }
  return values;
}

/** `start · growth^i` for i = 0 … steps: {@link schedulePath} with the same growth each step. */
export function compoundPath(start: Decimal, growth: Decimal, steps: number): Decimal[] {
  return schedulePath(start, new Array<Decimal>(steps).fill(growth));
}
