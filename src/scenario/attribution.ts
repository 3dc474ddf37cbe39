import { D, type Decimal } from '../money/decimal';
import type { Projection } from './projection';

/** One driver's part in {@link attribution}. */
export interface DriverAttribution {
  readonly id: string;
  readonly label: string;
  /** The change in value this driver supplied from the baseline to the attribution year. */
  readonly amount: Decimal;
  /** amount / total change (null when nothing changed). */
  readonly share: Decimal | null;
}

/** What {@link attribution} returns: a waterfall from the baseline to the value in the year, and on to the target. */
export interface Attribution {
  readonly scenario: string;
  readonly from: { readonly year: number; readonly value: Decimal };
  readonly to: { readonly year: number; readonly value: Decimal };
  /** to.value − from.value, the sum of the drivers' amounts. */
  readonly change: Decimal;
  readonly drivers: readonly DriverAttribution[];
  readonly target?: {
    readonly value: Decimal;
    readonly year: number;
    /** The growth the target asks for: target − baseline. */
    readonly required: Decimal;
    /** What no driver supplies: target − to.value (positive: a shortfall). */
    readonly uncovered: Decimal;
    /** change / required: the share of the required growth the drivers cover. */
    readonly coveredShare: Decimal;
  };
}

/**
 * Splits the growth of a projection among its drivers, and shows how much of the growth the target requires is
 * left uncovered: the numbers of a waterfall chart. Each year's change is split as `project` documents (rates by
 * their share of the step, then level factors, then caps), and the years are summed.
 *
 * @param projection - a projection from `project`.
 * @param options - `year`: the year to attribute up to; default the target year, else the horizon's end.
 * @throws {RangeError} when `year` is not a projected year after the baseline.
 * @example
 * const a = attribution(project(presets.azerbaijanIran.statusQuo));
 * formatAmount(a.drivers[0].amount); // => '$863M'
 * formatRate(a.target.coveredShare); // => '9.16%'
 */
export function attribution(projection: Projection, options: { readonly year?: number } = {}): Attribution {
  const p = projection;
  const year = options.year ?? p.target?.year ?? p.years[p.years.length - 1]!;
  const index = p.years.indexOf(year);
  if (index < 1) throw new RangeError(`attribution: year must be within ${p.years[1]}..${p.years[p.years.length - 1]}, got ${year}`);
  const from = { year: p.years[0]!, value: p.values[0]! };
  const to = { year, value: p.values[index]! };
  const change = to.value.minus(from.value);
  const amounts = p.drivers.map((d) => p.contributions[d.id]!.slice(0, index).reduce((sum, x) => sum.plus(x), new D(0)));
  // Added in document order, the amounts give the change exactly: the rounding remainder goes to the last driver
  // that supplies anything, as the change less the amounts before it.
  let last = -1;
  for (let d = 0; d < amounts.length; d++) if (!amounts[d]!.isZero()) last = d;
  if (last >= 0) {
    let before = new D(0);
    for (let d = 0; d < last; d++) before = before.plus(amounts[d]!);
    amounts[last] = change.minus(before);
  }
  const drivers = p.drivers.map((d, k): DriverAttribution => {
    const amount = amounts[k]!;
    return Object.freeze({ id: d.id, label: d.label ?? d.id, amount, share: change.isZero() ? null : amount.div(change) });
  });
  const t = p.target;
  return Object.freeze({
    scenario: p.scenario,
    from: Object.freeze(from),
    to: Object.freeze(to),
    change,
    drivers: Object.freeze(drivers),
    ...(t === undefined
      ? {}
      : {
          target: Object.freeze({
            value: t.value,
            year: t.year,
            required: t.value.minus(from.value),
            uncovered: t.value.minus(to.value),
            coveredShare: change.div(t.value.minus(from.value)),
          }),
        }),
  });
}
