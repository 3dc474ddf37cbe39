import { countries, countryByCow, countryLabel } from './countries';
import type { CountryRecord } from './types';

const LIST = countries();
const BY_ISO3 = new Map(LIST.flatMap((c) => (c.iso3 === null ? [] : [[c.iso3, c] as const])));
const BY_NAME = new Map(LIST.map((c) => [c.name.toLowerCase(), c]));
const BY_ABB = new Map(LIST.map((c) => [c.cowAbb, c]));

/** Levenshtein distance, for suggestions only. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(prev[j]! + 1, next[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = next;
  }
  return prev[b.length]!;
}

/** Up to three countries whose name contains the query, or is contained in it, or is within a few edits of it. */
function suggestions(query: string): string[] {
  const q = query.toLowerCase();
  const scored = LIST.map((c) => {
    const name = c.name.toLowerCase();
    const codes = [c.iso3, c.cowAbb].filter((x): x is string => x !== null).map((x) => x.toLowerCase());
    const score = Math.min(
      (q.length >= 3 && name.includes(q)) || (name.length >= 4 && q.includes(name)) ? 0 : Infinity,
      distance(q, name),
      ...codes.map((code) => (q.length === 3 ? distance(q, code) : Infinity)),
    );
    return { c, score };
  });
  const limit = Math.max(1, Math.floor(q.length / 3));
  return scored
    .filter((s) => s.score <= limit)
    .sort((x, y) => x.score - y.score || x.c.cow - y.c.cow)
    .slice(0, 3)
    .map((s) => `${s.c.name} (${countryLabel(s.c)})`);
}

/**
 * Finds a country as {@link findCountry} does; errors name `fn`, so that `bilateral` and `national` report their
 * own name.
 */
export function resolveCountry(query: string | number, fn: string): CountryRecord {
  if (typeof query === 'number') {
    const found = Number.isInteger(query) ? countryByCow(query) : undefined;
    if (found === undefined) throw new RangeError(`${fn}: no country has COW code ${query}`);
    return found;
  }
  if (typeof query !== 'string') {
    throw new TypeError(`${fn}: a country is an ISO3 code, a COW code or an English name, got ${typeof query}`);
  }
  const text = query.trim();
  const upper = text.toUpperCase();
  const found =
    BY_ISO3.get(upper) ??
    (/^\d{1,4}$/.test(text) ? countryByCow(Number(text)) : undefined) ??
    BY_NAME.get(text.toLowerCase()) ??
    BY_ABB.get(upper);
  if (found !== undefined) return found;
  const close = text === '' ? [] : suggestions(text);
  const hint = close.length > 0 ? `; did you mean ${close.join(', ')}?` : '; countries() lists them all';
  throw new RangeError(`${fn}: no country matches ${JSON.stringify(query)} (ISO3, COW code or English name)${hint}`);
}

/**
 * Finds a country of the bundled COW panels by ISO3 code (first, any case), COW code (a number or digits), English
 * name (exact, any case), or else COW abbreviation. ISO3 wins over COW abbreviations where they collide: `AUS` is
 * Australia (COW's `AUS` is Austria, ISO3 `AUT`); likewise `SWZ`, `CZE`, `MNG`, `SLV`, and `KOR` (South Korea;
 * COW's `KOR` is Korea before 1910, found by its code 730).
 *
 * @param query - an ISO3 code, a COW code (number or digit string), an English name, or a COW abbreviation.
 * @returns the country's record.
 * @throws {RangeError} when nothing matches, naming the query and up to three close matches.
 * @throws {TypeError} when the query is neither a string nor a number.
 * @example
 * findCountry('aze').name; // => 'Azerbaijan'
 * findCountry(630).iso3; // => 'IRN'
 * findCountry('Iran').cow; // => 630
 * findCountry('AUS').name; // => 'Australia'
 * findCountry('AUT').cowAbb; // => 'AUS'
 * findCountry('GFR').cow; // => 260
 * findCountry('Azerbaijn'); // => throws RangeError
 */
export function findCountry(query: string | number): CountryRecord {
  return resolveCountry(query, 'findCountry');
}
