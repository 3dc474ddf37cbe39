/**
 * Pair and national series. References: the COW CSV rows, quoted in comments (../shared/data/trade-history;
 * columns ccode1,ccode2,year,flow1,flow2,...: flow1 = imports of ccode1 from ccode2), and its README: "Azerbaijan–
 * Iran trade (COW): $259M (1992), $459M (1994), $70M (1999), $449M (2007), $248M (2014) ... 2014: $189M from Iran
 * against $59M the other way".
 */
import { describe, expect, it } from 'vitest';
import { bilateral, COW_SOURCE, national, type TradeSeries } from 'tradepath/history';

const at = (series: TradeSeries, year: number) => series.points.find((p) => p.year === year)?.value.toString();

describe('bilateral', () => {
  it('gives Azerbaijan–Iran in USD as the README states it', async () => {
    const { total, exports, imports } = await bilateral('AZE', 'IRN');
    expect([1992, 1994, 1999, 2007, 2014].map((y) => at(total, y))).toEqual(['259000000', '459000000', '70000000', '449000000', '248000000']);
    // CSV 373,630,2014: Azerbaijan imports 189 from Iran (flow1), Iran imports 59 from Azerbaijan (flow2).
    expect(at(exports, 2014)).toBe('59000000');
    expect(at(imports, 2014)).toBe('189000000');
    // CSV 373,630,1992,56,203,56,203
    expect([at(imports, 1992), at(exports, 1992)]).toEqual(['56000000', '203000000']);
    expect(total.points.map((p) => p.year)).toEqual(Array.from({ length: 23 }, (_, i) => 1992 + i));
    expect(total.gaps).toEqual([]);
    expect({ reporter: total.reporter, partner: total.partner, flow: total.flow, unit: total.unit, basis: total.basis }).toEqual({
      reporter: 'AZE', partner: 'IRN', flow: 'total', unit: 'USD', basis: 'nominal',
    });
    for (const s of [total, exports, imports]) for (const p of s.points) expect(p.value.isInteger()).toBe(true);
  });

  it('swaps the directions, not the data, when the order of the countries changes', async () => {
    const ai = await bilateral('AZE', 'IRN');
    const ia = await bilateral('Iran', 373);
    expect(at(ia.exports, 2014)).toBe('189000000');
    expect(at(ia.imports, 2014)).toBe('59000000');
    expect(ia.total.points.map((p) => [p.year, p.value.toString()])).toEqual(ai.total.points.map((p) => [p.year, p.value.toString()]));
    expect([ia.total.reporter, ia.total.partner]).toEqual(['IRN', 'AZE']);
  });

  it('lists a year with a missing flow, and a year with no row, as gaps', async () => {
    // CSV 2,20,1930,NA,578,NA,578: US imports from Canada missing in 1930; no rows 1939–1947 (1938 → 1948).
    const { total, exports, imports } = await bilateral('USA', 'CAN');
    const war = [1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946, 1947];
    expect(imports.gaps).toEqual([1930, ...war]);
    expect(total.gaps).toEqual([1930, ...war]);
    expect(exports.gaps).toEqual(war);
    expect(at(exports, 1930)).toBe('578000000');
    expect(at(total, 1930)).toBeUndefined();
    // CSV 2,20,1929,503,846,... and 2,20,1931,266,351,...
    expect([at(total, 1929), at(total, 1931)]).toEqual(['1349000000', '617000000']);
    expect(total.points[0]?.year).toBe(1920);
    expect(total.points.at(-1)?.year).toBe(2014);
  });

  it('labels a historical state by its COW abbreviation', async () => {
    // CSV 2,260,1955,396,764,...: the US imported 396 from West Germany, West Germany 764 from the US.
    const { total, exports, imports } = await bilateral('GFR', 'USA');
    expect([total.reporter, total.partner]).toEqual(['GFR', 'USA']);
    expect([at(exports, 1955), at(imports, 1955), at(total, 1955)]).toEqual(['396000000', '764000000', '1160000000']);
  });

  it('attaches the COW citation to every series', async () => {
    const series = [...Object.values(await bilateral('AZE', 'IRN')), ...Object.values(await national('AZE'))];
    expect(series).toHaveLength(5);
    for (const s of series) {
      expect(s.source).toBe(COW_SOURCE);
      expect(s.source.citation).toContain('Correlates of War Project');
      expect(s.source.citation).toContain('Barbieri');
      expect(s.source.citation).toContain('Keshk');
      expect(Object.isFrozen(s) && Object.isFrozen(s.points)).toBe(true);
    }
  });

  it('refuses unknown countries, the same country twice and pairs with no record', async () => {
    await expect(bilateral('AZE', 'Persia')).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: bilateral: no country matches "Persia" (ISO3, COW code or English name); countries() lists them all]`);
    await expect(bilateral('AZE', 'aze')).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: bilateral: a and b are the same country, AZE]`);
    // Hanover (240) left the system in 1866, before Azerbaijan's first year in the data (1992).
    await expect(bilateral('HAN', 'AZE')).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: bilateral: the COW panel records no trade between HAN and AZE]`);
  });
});

describe('national', () => {
  it("gives Azerbaijan's total imports and exports as COW wrote them, times 1e6", async () => {
    const { imports, exports } = await national('AZE');
    // CSV: 373,Azerbaijan,AZE,2014,13844.8195882766,22607.1968202345,... (million USD)
    expect(at(imports, 2014)).toBe('13844819588.2766');
    expect(at(exports, 2014)).toBe('22607196820.2345');
    // CSV: 373,...,2012,9652.8555,23907.9838
    expect(at(imports, 2012)).toBe('9652855500');
    expect(imports.points[0]?.year).toBe(1992); // README: "Azerbaijan from 1992"
    expect(imports.points.at(-1)?.year).toBe(2014);
    expect({ reporter: imports.reporter, partner: imports.partner, flow: imports.flow }).toEqual({ reporter: 'AZE', partner: undefined, flow: 'imports' });
    expect('partner' in imports).toBe(false);
  });

  it('refuses an unknown country', async () => {
    await expect(national('Atlantis')).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: national: no country matches "Atlantis" (ISO3, COW code or English name); countries() lists them all]`);
  });
});
