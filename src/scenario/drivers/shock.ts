import { D } from '../../money/decimal';
import { RATE_FLOOR } from '../../uncertainty/rateFloor';
import { typedDriver } from '../driverType';
import { countField, rateField, yearField } from '../fields';

const ONE = new D(1);

/**
 * `shock` — a one-off change of the level in `year` (sanctions: `size: "-15%"`). Without `recoveryYears` the new
 * level stays; with N recovery years the lost (or gained) level comes back in equal steps over the N years after the
 * shock. Level multiplier: 1 before `year`, `1 + size · (1 − k/N)` in year `year + k` for k < N, 1 from then on.
 */
export const shockDriver = typedDriver({
  type: 'shock',
  description: 'A one-off level change in a year, with an optional recovery over N years',
  fields: { year: yearField(), size: rateField(), recoveryYears: countField(100).optional() },
  main: ['size'],
  parameters: { year: 'year', size: 'rate', recoveryYears: 'count' },
  limits: { size: [RATE_FLOOR, Infinity], recoveryYears: [0, 100] },
  affine: ['size'],
  check(d, report, { baselineYear, endYear }) {
    const year = d.year;
    if (year <= baselineYear || year > endYear) {
      report(['year'], `must be within the projection (${baselineYear + 1} to ${endYear}), got ${year}`);
    }
  },
  exactLevel(d, year) {
    const k = year - d.year;
    const n = d.recoveryYears ?? 0;
    if (k < 0 || (n > 0 && k >= n)) return ONE;
    const size = d.size;
    return n === 0 ? ONE.plus(size) : ONE.plus(size.times(n - k).div(n));
  },
  floatLevel(d, year) {
    const k = year - d.year;
    const n = d.recoveryYears ?? 0;
    if (k < 0 || (n > 0 && k >= n)) return 1;
    const size = d.size;
    return n === 0 ? 1 + size : 1 + (size * (n - k)) / n;
  },
});
