import type { TradeSeries } from '../evidence/types';
import { D } from '../money/decimal';
import { countryLabel } from './countries';
import { resolveCountry } from './findCountry';
import { loadNational } from './loadNationalPanel';
import { toSeries } from './toSeries';

/** A country's total trade with the world. */
export interface NationalTrade {
  readonly exports: TradeSeries;
  readonly imports: TradeSeries;
}

/**
 * A country's total imports and exports from the bundled COW national trade data (1870–2014), in USD. Values are
 * COW's million-dollar figures times 1e6, exactly as Decimals (COW writes some as float artefacts such as
 * 342.0299987792969; they are kept, not rounded). A missing year is a gap. Every series carries {@link COW_SOURCE}.
 *
 * @param a - the country: ISO3, COW code or English name (as {@link findCountry}).
 * @returns `{ exports, imports }`, each a `TradeSeries` with `reporter` a and no partner.
 * @throws {RangeError} (as a rejected Promise) when the country is unknown or has no national data.
 * @example
 * const { imports } = await national('AZE');
 * imports.points[0].year; // => 1992
 * imports.source.title.includes('Correlates of War'); // => true
 */
export async function national(a: string | number): Promise<NationalTrade> {
  const country = resolveCountry(a, 'national');
  const { panel, importsMillions, exportsMillions } = await loadNational();
  let from = 0;
  while (from < panel.rows && panel.ccode[from]! < country.cow) from++;
  let to = from;
  while (to < panel.rows && panel.ccode[to] === country.cow) to++;
  if (to === from) throw new RangeError(`national: the COW panel has no national totals for ${countryLabel(country)}`);
  const years = Array.from(panel.year.subarray(from, to));
  const series = (flow: 'exports' | 'imports', millions: Float64Array) =>
    toSeries(
      { reporter: countryLabel(country), flow },
      years,
      (i) => !Number.isNaN(millions[from + i]!),
      // String(x) is the shortest text that reads back as the same double: COW's own figure.
      (i) => new D(String(millions[from + i]!)).times(1e6),
    );
  return Object.freeze({ exports: series('exports', exportsMillions), imports: series('imports', importsMillions) });
}
