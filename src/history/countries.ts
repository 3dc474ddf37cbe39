import { COUNTRY_ROWS } from './data/countries';
import type { CountryRecord } from './types';

const FROZEN: readonly CountryRecord[] = Object.freeze(COUNTRY_ROWS.map((c) => Object.freeze({ ...c })));

/**
 * Every state of the bundled COW panels (217), with its COW code and abbreviation, ISO 3166 alpha-3 and numeric
 * codes (null for historical states such as the German Federal Republic) and English name, sorted by COW code.
 *
 * @returns a frozen list, the same array on every call.
 * @example
 * countries().length; // => 217
 * countries().find((c) => c.cow === 373).iso3; // => 'AZE'
 * countries().find((c) => c.cow === 260).iso3; // => null
 */
export function countries(): readonly CountryRecord[] {
  return FROZEN;
}

const BY_COW = new Map(FROZEN.map((c) => [c.cow, c]));

/** The country with a COW code, or undefined. */
export function countryByCow(cow: number): CountryRecord | undefined {
  return BY_COW.get(cow);
}

/** How a country is labelled in series: ISO3, or the COW abbreviation for a historical state. */
export function countryLabel(country: CountryRecord): string {
  return country.iso3 ?? country.cowAbb;
}
