/**
 * Country lookup. References: the code list in ../shared/data/trade-history/country-codes.csv (COW codes and
 * abbreviations from the COW state list, ISO 3166 alpha-3/numeric) and its README's "Known quirks": COW
 * abbreviations collide with other states' ISO3 codes (AUS, SWZ, CZE, MNG, SLV), ISO3 wins.
 */
import { describe, expect, it } from 'vitest';
import { countries, findCountry } from 'tradepath/history';

describe('countries', () => {
  it('lists the 217 states of the panels, by COW code, frozen', () => {
    const list = countries();
    expect(list).toHaveLength(217);
    expect(list.map((c) => c.cow)).toEqual([...list.map((c) => c.cow)].sort((a, b) => a - b));
    expect(list[0]).toEqual({ cow: 2, cowAbb: 'USA', iso3: 'USA', isoNumeric: 840, name: 'United States' });
    expect(Object.isFrozen(list) && Object.isFrozen(list[0])).toBe(true);
    expect(countries()).toBe(list);
    // CSV: 260,GFR,,,"German Federal Republic (West Germany, 1955-1990)" — a quoted name with commas, no ISO codes.
    expect(list.find((c) => c.cow === 260)).toEqual({ cow: 260, cowAbb: 'GFR', iso3: null, isoNumeric: null, name: 'German Federal Republic (West Germany, 1955-1990)' });
  });
});

describe('findCountry', () => {
  it('finds by ISO3 in any case, by COW code as a number or digits, by English name in any case', () => {
    expect(findCountry('AZE').cow).toBe(373);
    expect(findCountry('irn').cow).toBe(630);
    expect(findCountry(' tur ').cow).toBe(640);
    expect(findCountry(373).iso3).toBe('AZE');
    expect(findCountry('710').iso3).toBe('CHN');
    expect(findCountry('Iran').iso3).toBe('IRN');
    expect(findCountry('united kingdom').iso3).toBe('GBR');
    expect(findCountry('Côte d’Ivoire').cow).toBe(437);
  });

  it('lets ISO3 win over a colliding COW abbreviation', () => {
    // COW AUS = Austria (305), ISO3 AUS = Australia (900); COW SWZ = Switzerland, ISO3 SWZ = Eswatini; COW CZE =
    // Czechoslovakia, ISO3 CZE = Czechia; COW MNG = Montenegro, ISO3 MNG = Mongolia; COW SLV = Slovenia, ISO3 SLV
    // = El Salvador.
    expect(['AUS', 'SWZ', 'CZE', 'MNG', 'SLV'].map((q) => findCountry(q).name)).toEqual(['Australia', 'Eswatini', 'Czechia', 'Mongolia', 'El Salvador']);
    expect(findCountry('AUT').cowAbb).toBe('AUS');
  });

  it('finds every state by its ISO3, COW code and name; only six COW abbreviations are shadowed by ISO3', () => {
    const shadowed: string[] = [];
    for (const c of countries()) {
      if (c.iso3 !== null) expect(findCountry(c.iso3)).toBe(c);
      expect(findCountry(c.cow)).toBe(c);
      expect(findCountry(String(c.cow))).toBe(c);
      expect(findCountry(c.name.toUpperCase())).toBe(c);
      if (findCountry(c.cowAbb) !== c) shadowed.push(c.cowAbb);
    }
    // README, "Known quirks": COW AUS, SWZ, CZE, MNG, SLV are other states' ISO3 codes. Its list misses one: COW
    // KOR is Korea before 1910 (730), ISO3 KOR is South Korea (COW 732, ROK); 730 is found by code or name.
    expect(shadowed.sort()).toEqual(['AUS', 'CZE', 'KOR', 'MNG', 'SLV', 'SWZ']);
    expect(findCountry('KOR').cow).toBe(732);
    expect(findCountry('Korea (before 1910)').cow).toBe(730);
  });

  it('falls back to the COW abbreviation only where no ISO3 matches', () => {
    expect(findCountry('GFR').cow).toBe(260); // historical: no ISO3
    expect(findCountry('ukg').iso3).toBe('GBR');
    expect(findCountry('IRE').iso3).toBe('IRL');
    expect(findCountry('yar').name).toBe('Yemen Arab Republic');
  });

  it('names the query and close matches when nothing matches', () => {
    expect(() => findCountry('Azerbaijn')).toThrowErrorMatchingInlineSnapshot(`[RangeError: findCountry: no country matches "Azerbaijn" (ISO3, COW code or English name); did you mean Azerbaijan (AZE)?]`);
    expect(() => findCountry('Untied States')).toThrowErrorMatchingInlineSnapshot(`[RangeError: findCountry: no country matches "Untied States" (ISO3, COW code or English name); did you mean United States (USA)?]`);
    expect(() => findCountry('Islamic Republic of Iran')).toThrowErrorMatchingInlineSnapshot(`[RangeError: findCountry: no country matches "Islamic Republic of Iran" (ISO3, COW code or English name); did you mean Iran (IRN)?]`);
    expect(() => findCountry('Persia')).toThrowErrorMatchingInlineSnapshot(`[RangeError: findCountry: no country matches "Persia" (ISO3, COW code or English name); countries() lists them all]`);
    expect(() => findCountry('ZZZ')).toThrowErrorMatchingInlineSnapshot(`[RangeError: findCountry: no country matches "ZZZ" (ISO3, COW code or English name); countries() lists them all]`);
    expect(() => findCountry('')).toThrowErrorMatchingInlineSnapshot(`[RangeError: findCountry: no country matches "" (ISO3, COW code or English name); countries() lists them all]`);
    expect(() => findCountry(999)).toThrowErrorMatchingInlineSnapshot(`[RangeError: findCountry: no country has COW code 999]`);
    expect(() => findCountry(373.5)).toThrowErrorMatchingInlineSnapshot(`[RangeError: findCountry: no country has COW code 373.5]`);
    expect(() => findCountry(null as unknown as string)).toThrowErrorMatchingInlineSnapshot(`[TypeError: findCountry: a country is an ISO3 code, a COW code or an English name, got object]`);
  });
});
