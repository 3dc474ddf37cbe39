/**
 * scaleCheck on a small national panel worked by hand, and its errors. The COW figures for Azerbaijan and Iran are
 * checked against scripts/gen-outside-view-fixtures.py in outsideView.cow.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { scaleCheck } from '../../src/evidence/scaleCheck';
import { nationalPanel, TEST_SOURCE } from './panels';

// Azerbaijan (373) imports: 2012 $8B, 2013 $10B, 2014 missing. Iran (630) exports: 2012 $100B, 2013 $80B,
// 2014 $50B. Turkey (640) exports only in 2014. The latest year with both AZE imports and IRN exports: 2013.
const panel = nationalPanel([
  [630, 2014, 70e9, 50e9],
  [373, 2012, 8e9, 20e9],
  [373, 2013, 10e9, 24e9],
  [373, 2014, null, 22e9],
  [630, 2012, 60e9, 100e9],
  [630, 2013, 65e9, 80e9],
  [640, 2014, 200e9, 150e9],
  [2, 2013, 0, 0],
]);

describe('scaleCheck on a hand-made panel', () => {
  it('takes the latest year with both totals known', async () => {
    // $5B / $10B = 0.5 of Azerbaijan's imports; $5B / $80B = 0.0625 of Iran's exports.
    const r = await scaleCheck({ target: '$5B', importer: 'AZE', exporter: 'IRN', panel });
    expect(r).toEqual({
      year: 2013,
      target: 5e9,
      importer: { country: expect.objectContaining({ cow: 373, iso3: 'AZE', name: 'Azerbaijan' }), totalImports: 10e9, share: 0.5 },
      exporter: { country: expect.objectContaining({ cow: 630, iso3: 'IRN', name: 'Iran' }), totalExports: 80e9, share: 0.0625 },
      source: TEST_SOURCE,
    });
  });

  it('takes a year, and countries by COW code or English name', async () => {
    // 2012: $5B / $8B = 0.625; $5B / $100B = 0.05.
    const r = await scaleCheck({ target: 5e9, year: 2012, importer: 373, exporter: 'Iran', panel });
    expect([r.year, r.importer.share, r.exporter.share]).toEqual([2012, 0.625, 0.05]);
    // The other way round: Iran imports, Azerbaijan exports; latest year both known is 2014 ($5B/$70B, $5B/$22B).
    const back = await scaleCheck({ target: 5e9, importer: 'IRN', exporter: 'AZE', panel });
    expect(back.year).toBe(2014);
    expect(back.importer.share).toBeCloseTo(5 / 70, 15);
    expect(back.exporter.share).toBeCloseTo(5 / 22, 15);
  });
});

describe('scaleCheck errors', () => {
  const fails = (extra: Record<string, unknown>) =>
    scaleCheck({ target: '$5B', importer: 'AZE', exporter: 'IRN', panel, ...extra } as never);

  it('names the rule and the value', async () => {
    await expect(fails({ target: 0 })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: scaleCheck: target must be > 0, got 0]`);
    await expect(fails({ target: 'much' })).rejects.toThrowErrorMatchingInlineSnapshot(`[TypeError: scaleCheck: target must be an amount like 580e6, "580000000", "$580M", "580 million" or "$10bn", got "much"]`);
    await expect(fails({ year: 2013.5 })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: scaleCheck: year must be a whole year, got 2013.5]`);
    await expect(fails({ importer: 'XYZ' })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: scaleCheck: importer: no country matches "XYZ" (ISO3, COW code or English name); countries() lists them all]`);
    await expect(fails({ exporter: null })).rejects.toThrowErrorMatchingInlineSnapshot(`[TypeError: scaleCheck: exporter: a country is an ISO3 code, a COW code or an English name, got object]`);
    await expect(fails({ exporter: 'AZE' })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: scaleCheck: importer and exporter must be two countries, got Azerbaijan twice]`);
    await expect(fails({ year: 2014 })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: scaleCheck: year 2014 has no total imports of Azerbaijan]`);
    await expect(fails({ year: 2013, exporter: 'TUR' })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: scaleCheck: year 2013 has no total exports of Turkey]`);
    await expect(fails({ year: 2011 })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: scaleCheck: year 2011 has no total imports of Azerbaijan]`);
    await expect(fails({ panel: { ...panel, imports: [1, 2] } })).rejects.toThrowErrorMatchingInlineSnapshot(`[TypeError: scaleCheck: panel must be a NationalPanel: imports is not a typed array]`);
    await expect(fails({ panel: { ...panel, exports: new Float64Array(3) } })).rejects.toThrowErrorMatchingInlineSnapshot(`[TypeError: scaleCheck: panel must be a NationalPanel: exports has fewer than 8 entries]`);
    await expect(scaleCheck(undefined as never)).rejects.toThrowErrorMatchingInlineSnapshot(`[TypeError: scaleCheck: expected an object of arguments, got undefined]`);
  });

  it('says when no year has both totals (a zero total is unknown)', async () => {
    await expect(fails({ importer: 'USA' })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: scaleCheck: no year has both the total imports of United States and the total exports of Iran]`);
    await expect(fails({ exporter: 'TUR', importer: 'CHN' })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: scaleCheck: no year has both the total imports of China and the total exports of Turkey]`);
  });
});
