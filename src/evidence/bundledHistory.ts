/**
 * The evidence layer's one door to the bundled data (`tradepath/history`, loaded lazily): the panels, and the
 * countries by COW code for naming the pairs of a panel. Kept in one file so that the loader's interface is met in
 * one place.
 */
import type { CountryRecord, DyadicPanel, NationalPanel } from '../history/types';
import { loadHistory } from '../internal/loadHistory';

/** The bundled COW dyadic panel. */
export async function bundledDyadicPanel(): Promise<DyadicPanel> {
  return (await loadHistory()).loadDyadicPanel();
}

/** The bundled COW national panel. */
export async function bundledNationalPanel(): Promise<NationalPanel> {
  return (await loadHistory()).loadNationalPanel();
}

/** Looks up a state by ISO3, COW code or English name; undefined when none matches. */
export async function countryLookup(): Promise<(query: string | number) => CountryRecord | undefined> {
  const history = await loadHistory();
  return (query) => history.findCountry(query);
}
