import { D, type Decimal } from '../money/decimal';
import type { Deflator } from './document';

const ONE = new D(1);

/**
 * The price index for `years`, equal to 1 in `years[0]`: `{ rate }` gives (1 + rate)^(y − y0), an exact integer
 * power; `{ series }` gives series[y] / series[y0]. The caller has checked that a series covers every year.
 */
export function priceIndex(deflator: Deflator, years: readonly number[]): Decimal[] {
  const y0 = years[0]!;
  if ('rate' in deflator) {
    const step = ONE.plus(deflator.rate);
    return years.map((y) => (y === y0 ? ONE : step.pow(y - y0)));
  }
  const base = new D(String(deflator.series[String(y0)]!));
  return years.map((y) => (y === y0 ? ONE : new D(String(deflator.series[String(y)]!)).div(base)));
}
