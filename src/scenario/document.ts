import type { AmountInput } from '../money/parseAmount';
import type { Decimal } from '../money/decimal';
import type { DriverShape, ExactFields } from './driverType';
import type { z } from 'zod';
import type { growthDriver } from './drivers/growth';
import type { scheduleDriver } from './drivers/schedule';
import type { rampDriver } from './drivers/ramp';
import type { shockDriver } from './drivers/shock';
import type { capDriver } from './drivers/cap';
import type { tradeCostDriver } from './drivers/tradeCost';
import type { eventDriver } from './drivers/event';

/** What every driver may carry besides its `type` and its type's own fields. */
export interface CommonFields {
  /** `[A-Za-z_][A-Za-z0-9_]*`, unique in the scenario; parameters are addressed as `"<id>.<field>"`. */
  readonly id: string;
  readonly label?: string;
  readonly note?: string;
  /** Where the driver's facts come from. */
  readonly source?: string;
  /** Marks an effect size as an illustrative assumption, and says what it assumes. */
  readonly assumption?: string;
  /** The id of the component the driver acts on; without it, every component (an unscoped `cap`: their total). */
  readonly scope?: string;
  /**
   * The years (inclusive) whose steps the driver acts on: step i counts when `years[i + 1]` is in range. Outside,
   * a rate adds nothing and a level does not move (a change that has happened stays). Not available on caps.
   */
  readonly active?: { readonly from?: number; readonly until?: number };
}

/** A part of the turnover (exports, imports, a sector) with its own baseline; the total is their exact sum. */
export interface ComponentDocument {
  /** `[A-Za-z_][A-Za-z0-9_]*`, unique; drivers name it in `scope`. `exports` and `imports` give a balance. */
  readonly id: string;
  readonly label?: string;
  readonly baseline: { readonly value: AmountInput };
}

/** A component of a defined scenario. */
export interface Component {
  readonly id: string;
  readonly label?: string;
  readonly baseline: { readonly value: Decimal };
}

/** The price basis of amounts: `nominal` (current prices, the default) or `real` (divided by a price index). */
export type PriceBasis = 'nominal' | 'real';

/** A price index as written: annual inflation, or index values by year (any scale: it is divided by the baseline year's). */
export type DeflatorDocument = { readonly rate: AmountInput } | { readonly series: Readonly<Record<string, number>> };

/** A price index of a defined scenario. */
export type Deflator = { readonly rate: Decimal } | { readonly series: Readonly<Record<string, number>> };

/** A driver of a built-in type `N` as written (`W = 'document'`) or as defined, from its type's zod fields `S`. */
type BuiltInDriver<N extends string, S extends DriverShape, W extends 'document' | 'defined'> = Flat<
  CommonFields & { readonly type: N } & (W extends 'document' ? Readonly<z.core.$InferObjectInput<S, {}>> : ExactFields<S>)
>;

/** One object type instead of an intersection: it reads better in editors and counts as a record of its fields. */
type Flat<T> = { readonly [K in keyof T]: T[K] };

/** A driver of a type added with `registerDriver`: its fields are whatever the type parses them to. */
export interface CustomDriverFields extends CommonFields {
  /** The registered type's name. */
  readonly type: string;
  readonly [field: string]: unknown;
}

type Defined<N extends string, T extends { readonly fields: DriverShape }> = BuiltInDriver<N, T['fields'], 'defined'>;
type Written<N extends string, T extends { readonly fields: DriverShape }> = BuiltInDriver<N, T['fields'], 'document'>;

/**
 * A driver as written in a document (amounts and rates as people write them): one of the built-in types
 * (`growth`, `schedule`, `ramp`, `shock`, `cap`), or a type added with `registerDriver`.
 */
export type DriverDocument =
  | GrowthDriverDocument
  | ScheduleDriverDocument
  | RampDriverDocument
  | ShockDriverDocument
  | CapDriverDocument
  | TradeCostDriverDocument
  | EventDriverDocument
  | CustomDriverFields;

/** A `growth` driver as written. */
export interface GrowthDriverDocument extends Written<'growth', typeof growthDriver> {}
/** A `schedule` driver as written. */
export interface ScheduleDriverDocument extends Written<'schedule', typeof scheduleDriver> {}
/** A `ramp` driver as written. */
export interface RampDriverDocument extends Written<'ramp', typeof rampDriver> {}
/** A `shock` driver as written. */
export interface ShockDriverDocument extends Written<'shock', typeof shockDriver> {}
/** A `cap` driver as written. */
export interface CapDriverDocument extends Written<'cap', typeof capDriver> {}

/** A `tradeCost` driver as written. */
export interface TradeCostDriverDocument extends Written<'tradeCost', typeof tradeCostDriver> {}
/** An `event` driver as written. */
export interface EventDriverDocument extends Written<'event', typeof eventDriver> {}

/** A scenario document (JSON): what `defineScenario` takes and `toDocument` gives back. */
export interface ScenarioDocument {
  readonly $schema?: string;
  readonly name: string;
  readonly description?: string;
  /** ISO date (`2025-02-10`) the document's facts are as of. */
  readonly asOf?: string;
  /** ISO code of the currency of every amount; default `"USD"`. */
  readonly currency?: string;
  readonly sources?: readonly { readonly title: string; readonly url?: string; readonly note?: string }[];
  /** Price basis of every amount; default `nominal`. `real` needs a `deflator`. */
  readonly basis?: PriceBasis;
  /** The price index that turns nominal values into real ones (with `basis: 'real'`, or for conversions). */
  readonly deflator?: DeflatorDocument;
  /**
   * Parts of the turnover, each with its baseline in `baseline.year`. With components, `baseline.value` may be left
   * out; when given, it must equal their sum.
   */
  readonly components?: readonly ComponentDocument[];
  readonly baseline: { readonly year: number; readonly value?: AmountInput };
  readonly horizon: { readonly endYear: number };
  readonly target?: { readonly value: AmountInput; readonly year: number };
  readonly drivers: readonly DriverDocument[];
  /** Distributions of uncertain parameters by address (`"base.rate"`), as distribution documents. */
  readonly uncertainty?: Readonly<Record<string, unknown>>;
}

/**
 * A driver of a defined scenario, its fields parsed (rates and amounts as Decimals) and frozen: one of the built-in
 * types, told apart by `type` — `Extract<Driver, { type: 'growth' }>` has `rate: Decimal` — or a type added with
 * `registerDriver`, whose fields are `unknown` here (its effects receive them typed). Since a registered type's name
 * may be any text, `d.type === 'growth'` narrows `d` to the growth driver or a registered one.
 */
export type Driver =
  | Defined<'growth', typeof growthDriver>
  | Defined<'schedule', typeof scheduleDriver>
  | Defined<'ramp', typeof rampDriver>
  | Defined<'shock', typeof shockDriver>
  | Defined<'cap', typeof capDriver>
  | Defined<'tradeCost', typeof tradeCostDriver>
  | Defined<'event', typeof eventDriver>
  | CustomDriverFields;

/** A defined, validated and frozen scenario. Build one with `defineScenario`; `toDocument` turns it back. */
export interface Scenario {
  readonly name: string;
  readonly description?: string;
  readonly asOf?: string;
  readonly currency: string;
  readonly sources: readonly { readonly title: string; readonly url?: string; readonly note?: string }[];
  readonly basis: PriceBasis;
  readonly deflator?: Deflator;
  /** The components (empty when the scenario has none); their baselines add up to `baseline.value`. */
  readonly components: readonly Component[];
  /** The baseline year and value (with components, their sum). */
  readonly baseline: { readonly year: number; readonly value: Decimal };
  readonly horizon: { readonly endYear: number };
  readonly target?: { readonly value: Decimal; readonly year: number };
  readonly drivers: readonly Driver[];
  /** Distribution documents of uncertain parameters, by address. */
  readonly uncertainty: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}
