/**
 * The evidence layer's one door to the bundled data (`tradepath/history`, loaded lazily): the panels, and the
 * countries for naming the pairs of a panel and for looking up the partners a caller names.
 */
import type { CountryRecord, DyadicPanel, NationalPanel, ReportedStatement, TargetRow } from './panelTypes';
import { loadHistory } from '../internal/loadHistory';

/** The bundled COW dyadic panel. */
export async function bundledDyadicPanel(): Promise<DyadicPanel> {
  return (await loadHistory()).loadDyadicPanel();
}

/** The bundled COW national panel. */
export async function bundledNationalPanel(): Promise<NationalPanel> {
  return (await loadHistory()).loadNationalPanel();
}

/** The bundled countries by COW code. */
export async function countriesByCow(): Promise<ReadonlyMap<number, CountryRecord>> {
  const list = (await loadHistory()).countries();
  return new Map(list.map((c) => [c.cow, c]));
}

/**
 * Finds a country by ISO3 (first), COW code or English name, as `findCountry` does, with `fn` and the argument's
 * name in the error (`scaleCheck: importer: no country matches "XYZ" …`).
 */
export async function findCountryFor(query: unknown, fn: string, what: string): Promise<CountryRecord> {
  const { findCountry } = await loadHistory();
  try {
    return findCountry(query as string | number);
  } catch (error) {
    if (!(error instanceof RangeError || error instanceof TypeError)) throw error;
    const Kind = error instanceof RangeError ? RangeError : TypeError;
    throw new Kind(`${fn}: ${what}: ${error.message.replace(/^findCountry: /, '')}`);
  }
}

/** The record of earlier official targets and the Azerbaijan–Iran statements after 2014, as bundled. */
export async function bundledTargetData(): Promise<{
  readonly targets: readonly TargetRow[];
  readonly statements: readonly ReportedStatement[];
  readonly countries: ReadonlyMap<string, CountryRecord>;
}> {
  const history = await loadHistory();
  const countries = new Map(history.countries().flatMap((c) => (c.iso3 === null ? [] : [[c.iso3, c] as const])));
  return { targets: history.targetRows(), statements: history.reportedStatements(), countries };
}
