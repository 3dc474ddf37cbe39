import { z } from 'zod';
import { D, type Decimal } from '../../money/decimal';
import type { DriverType } from '../driverType';
import { amountField } from '../fields';

const ZERO = new D(0);
const ONE = new D(1);

/**
 * `cap` — capacity, applied after every other driver. `mode: "hard"` (the default) keeps the value at or below
 * `capacity`. `mode: "logistic"` damps growth as the value nears capacity, as in a discrete logistic: a step from V
 * that would reach U > V reaches V + (U − V) · max(0, 1 − V / capacity) instead; falls are not damped.
 */
export const capDriver: DriverType = {
  type: 'cap',
  description: 'Capacity: a hard ceiling, or logistic damping of growth as the value nears it',
  fields: {
    capacity: amountField(),
    mode: z.enum(['hard', 'logistic'], { error: 'expected "hard" or "logistic"' }).default('hard'),
  },
  parameters: { capacity: 'amount' },
  exactCap(d, previous, candidate) {
    const capacity = d.capacity as Decimal;
    if (d.mode === 'hard') return candidate.gt(capacity) ? capacity : candidate;
    if (candidate.lte(previous)) return candidate;
    const room = larger(ZERO, ONE.minus(previous.div(capacity)));
    return previous.plus(candidate.minus(previous).times(room));
  },
  floatCap(d, previous, candidate) {
    const capacity = d.capacity as number;
    if (d.mode === 'hard') return candidate > capacity ? capacity : candidate;
    if (candidate <= previous) return candidate;
    const room = 1 - previous / capacity;
    return previous + (candidate - previous) * (room > 0 ? room : 0);
  },
};

function larger(a: Decimal, b: Decimal): Decimal {
  return a.gt(b) ? a : b;
}
