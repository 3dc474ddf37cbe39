import { Decimal } from 'decimal.js';

/**
 * The library's own Decimal constructor: 40 significant digits, round half to even.
 *
 * A clone, so tradepath never changes the settings of the `Decimal` that a user imports
 * (decimal.js README: `Decimal.set` is global to that constructor).
 */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });

/** A decimal.js value, from this library or from the user's own `decimal.js`. */
export type DecimalValue = Decimal;

/** `Decimal.isDecimal` works across the ESM and CJS builds, where `instanceof` does not. */
export function isDecimal(value: unknown): value is Decimal {
  return Decimal.isDecimal(value);
}

export { Decimal };
