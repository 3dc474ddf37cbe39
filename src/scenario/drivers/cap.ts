import { z } from 'zod';
import { D } from '../../money/decimal';
import { typedDriver } from '../driverType';
import { amountField } from '../fields';

const ONE = new D(1);

/**
 * `cap` — capacity, applied after every other driver. `mode: "hard"` (the default) keeps the value at or below
 * `capacity`. `mode: "logistic"` damps growth as the value nears capacity, as in a discrete logistic: a step from V
 * that would reach U > V reaches min(capacity, V + (U − V) · max(0, 1 − V / capacity)) instead (a value already
 * above capacity does not grow); falls are not damped. The min: a discrete logistic overshoots its capacity when a
 * year more than doubles the value (U > 2V), and a capacity must never be crossed from below.
 */
export const capDriver = typedDriver({
  type: 'cap',
  description: 'Capacity: a hard ceiling, or logistic damping of growth as the value nears it',
  fields: {
    capacity: amountField(),
    mode: z.enum(['hard', 'logistic'], { error: 'expected "hard" or "logistic"' }).default('hard'),
  },
  main: ['capacity'],
  parameters: { capacity: 'amount' },
  exactCap(d, previous, candidate) {
    const capacity = d.capacity;
    if (d.mode === 'hard') return candidate.gt(capacity) ? capacity : candidate;
    if (candidate.lte(previous)) return candidate;
    if (previous.gte(capacity)) return previous;
    const damped = previous.plus(candidate.minus(previous).times(ONE.minus(previous.div(capacity))));
    return damped.gt(capacity) ? capacity : damped;
  },
  floatCap(d, previous, candidate) {
    const capacity = d.capacity;
    if (d.mode === 'hard') return candidate > capacity ? capacity : candidate;
    if (candidate <= previous) return candidate;
    if (previous >= capacity) return previous;
    const damped = previous + (candidate - previous) * (1 - previous / capacity);
    return damped > capacity ? capacity : damped;
  },
});
