import type { AmountInput } from '../money/parseAmount';
import type { Decimal } from '../money/decimal';

/** What every driver has, as written and as defined: its `id` and `type`, its type's fields, and optional notes. */
interface DriverFields {
  /** `[A-Za-z_][A-Za-z0-9_]*`, unique in the scenario; parameters are addressed as `"<id>.<field>"`. */
  readonly id: string;
  /** A built-in type (`growth`, `schedule`, `ramp`, `shock`, `cap`) or one added with `registerDriver`. */
  readonly type: string;
  readonly label?: string;
  readonly note?: string;
  /** Where the driver's facts come from. */
  readonly source?: string;
  /** Marks an effect size as an illustrative assumption, and says what it assumes. */
  readonly assumption?: string;
  readonly [field: string]: unknown;
}

/** A driver as written in a document (amounts and rates as people write them). */
export interface DriverDocument extends DriverFields {}

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
  readonly baseline: { readonly year: number; readonly value: AmountInput };
  readonly horizon: { readonly endYear: number };
  readonly target?: { readonly value: AmountInput; readonly year: number };
  readonly drivers: readonly DriverDocument[];
  /** Distributions of uncertain parameters by address (`"base.rate"`), as distribution documents. */
  readonly uncertainty?: Readonly<Record<string, unknown>>;
}

/** A driver of a defined scenario: its fields parsed (rates and amounts as Decimals) and frozen. */
export interface Driver extends DriverFields {}

/** A defined, validated and frozen scenario. Build one with `defineScenario`; `toDocument` turns it back. */
export interface Scenario {
  readonly name: string;
  readonly description?: string;
  readonly asOf?: string;
  readonly currency: string;
  readonly sources: readonly { readonly title: string; readonly url?: string; readonly note?: string }[];
  readonly baseline: { readonly year: number; readonly value: Decimal };
  readonly horizon: { readonly endYear: number };
  readonly target?: { readonly value: Decimal; readonly year: number };
  readonly drivers: readonly Driver[];
  /** Distribution documents of uncertain parameters, by address. */
  readonly uncertainty: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}
