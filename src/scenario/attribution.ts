import { D, type Decimal } from '../money/decimal';
import { show } from '../internal/show';
import type { PriceBasis } from './document';
import type { Projection } from './projection';
import { settle } from './logShares';

const ZERO = new D(0);

/** One driver's part in {@link attribution}. */
export interface DriverAttribution {
  readonly id: string;
  readonly label: string;
  /** The change in value this driver supplied from the baseline to the attribution year. */
  readonly amount: Decimal;
  /** amount / total change (null when nothing changed). */
  readonly share: Decimal | null;
}

/** Options of {@link attribution}. */
export interface AttributionOptions {
  /** The year to attribute up to; default the target year, else the horizon's end. */
  readonly year?: number;
  /** A component's id: attribute its change, among the drivers that act on it, instead of the total's. */
  readonly component?: string;
}

/** What {@link attribution} returns: a waterfall from the baseline to the value in the year, and on to the target. */
export interface Attribution {
  readonly scenario: string;
  /** The component attributed; absent for the total. */
  readonly component?: string;
  /** The price basis of the amounts. */
  readonly basis: PriceBasis;
  readonly from: { readonly year: number; readonly value: Decimal };
  readonly to: { readonly year: number; readonly value: Decimal };
  /** to.value − from.value: the drivers' amounts and `priceEffect` add up to it exactly. */
  readonly change: Decimal;
  /** The drivers in document order (for a component, those that act on it). */
  readonly drivers: readonly DriverAttribution[];
  /** With `basis: 'real'`: the part of the change the price index takes (negative under inflation). */
  readonly priceEffect?: Decimal;
  /** For the total only, when the scenario has a target. */
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
 * left uncovered: the numbers of a waterfall chart. Each year's change is split by log shares, as `project`
 * documents — within a year, driver k supplies Δ · ln f_k / Σ_j ln f_j, so the order of the drivers in the
 * document never matters — and the years are summed; the amounts are settled so that they (with `priceEffect` in
 * real terms) add up to the change exactly.
 *
 * @param projection - a projection from `project`.
 * @param options - `year`: the year to attribute up to (default the target year, else the horizon's end);
 *   `component`: a component's id, to attribute its change instead of the total's.
 * @throws {RangeError} when `year` is not a projected year after the baseline, or `component` is not one of the
 *   projection's components.
 * @example
 * // +10 % growth and a ×1.21 level in the same year: ln 1.1 : ln 1.21 = 1 : 2 of the change 100 → 133.1.
 * const p = project({ name: 'x', baseline: { year: 2024, value: 100 }, horizon: { endYear: 2025 },
 *   drivers: [{ id: 'g', type: 'growth', rate: '10%' }, { id: 'bridge', type: 'shock', year: 2025, size: '21%' }] });
 * const a = attribution(p);
 * a.drivers.map((d) => d.amount.toFixed(4)); // => ['11.0333', '22.0667']
 * a.change.toString(); // => '33.1'
 */
export function attribution(projection: Projection, options: AttributionOptions = {}): Attribution {
  const p = projection;
  const year = options.year ?? p.target?.year ?? p.years[p.years.length - 1]!;
  const index = p.years.indexOf(year);
  if (index < 1) throw new RangeError(`attribution: year must be within ${p.years[1]}..${p.years[p.years.length - 1]}, got ${show(year)}`);
  const component = options.component;
  let values = p.values;
  let contributions = p.contributions;
  let priceEffect = p.priceEffect;
  let drivers = p.drivers;
  if (component !== undefined) {
    const valid = Object.keys(p.components ?? {});
    if (typeof component !== 'string' || !valid.includes(component)) {
      const known = valid.length === 0 ? 'the projection has no components' : `components: ${valid.join(', ')}`;
      throw new RangeError(`attribution: component must be one of the projection's components, got ${show(component)}; ${known}`);
    }
    values = p.components![component]!;
    contributions = p.componentContributions![component]!;
    priceEffect = p.componentPriceEffects?.[component];
    drivers = p.drivers.filter((d) => d.scope === undefined || d.scope === component);
  }
  const from = { year: p.years[0]!, value: values[0]! };
  const to = { year, value: values[index]! };
  const change = to.value.minus(from.value);
  const total = (xs: readonly Decimal[]) => xs.slice(0, index).reduce((sum, x) => sum.plus(x), ZERO);
  const amounts = drivers.map((d) => total(contributions[d.id]!));
  if (priceEffect !== undefined) amounts.push(total(priceEffect));
  // Each year's parts add up to its change, but their sums over the years are rounded again: settled once more.
  settle(amounts, change, from.value, to.value);
  const rows = drivers.map((d, k): DriverAttribution => {
    const amount = amounts[k]!;
    return Object.freeze({ id: d.id, label: d.label ?? d.id, amount, share: change.isZero() ? null : amount.div(change) });
  });
  const t = component === undefined ? p.target : undefined;
  return Object.freeze({
    scenario: p.scenario,
    ...(component === undefined ? {} : { component }),
    basis: p.basis,
    from: Object.freeze(from),
    to: Object.freeze(to),
    change,
    drivers: Object.freeze(rows),
    ...(priceEffect === undefined ? {} : { priceEffect: amounts[drivers.length]! }),
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
