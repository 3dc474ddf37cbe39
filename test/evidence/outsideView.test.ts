/**
 * outsideView on small panels whose answers are worked out by hand in the comments, and its argument errors.
 * The counts on the real COW panel are checked against scripts/gen-outside-view-fixtures.py in
 * outsideView.cow.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { outsideView } from '../../src/evidence/outsideView';
import { dyadicPanel, TEST_SOURCE } from './panels';

const M = 1e6;

// start $100M, target $500M → multiple 5; years 2; default band [$50M, $200M).
// Pair 373–630 (Azerbaijan–Iran):  2000: 30+20 = 50 (band's min, included) → 2002: 200+50 = 250, ×5: a hit;
//                                  2001: 100+100 = 200 (band's max, excluded); 2002: 250 (above the band).
// Pair 630–640 (Iran–Turkey):      2000: 60+40 = 100, but 2002 is missing (2001 and 2003 known): not a case;
//                                  2001: 99+0 = 99 → 2003: 300+195 = 495, ×5 exactly: a hit.
// Pair 2–710 (USA–China):          2000: flow1 missing: not a case; 2001: 0+0 = 0: never a case;
//                                  2002: 80+0 = 80 → 2004: 399+0 = 399, ×4.9875: a case, not a hit.
// So 3 cases, 2 hits; start years 2000–2002 (the panel's 2000–2004 less 2 years).
const small = dyadicPanel([
  [373, 630, 2000, 30 * M, 20 * M, 60 * M, 60 * M],
  [373, 630, 2001, 100 * M, 100 * M],
  [373, 630, 2002, 200 * M, 50 * M, 100 * M, 100 * M],
  [373, 630, 2003, 210 * M, 50 * M],
  [630, 640, 2000, 60 * M, 40 * M],
  [630, 640, 2001, 99 * M, 0],
  [630, 640, 2003, 300 * M, 195 * M],
  [2, 710, 2000, null, 100 * M],
  [2, 710, 2001, 0, 0],
  [2, 710, 2002, 80 * M, 0],
  [2, 710, 2003, 1000 * M, 0],
  [2, 710, 2004, 399 * M, 0],
]);
const args = { start: '$100M', target: '$500M', years: 2, panel: small } as const;

describe('outsideView on a hand-made panel', () => {
  it('counts cases and hits by the half-open band and the exact year t + years', async () => {
    const r = await outsideView(args);
    expect([r.cases, r.hits]).toEqual([3, 2]);
    expect(r.multiple).toBe(5);
    expect(r.years).toBe(2);
    expect(r.band).toEqual({ min: 50e6, max: 200e6 });
    expect(r.startYears).toEqual({ from: 2000, to: 2002 });
    expect(r.smoothed).toBe(false);
    expect(r.source).toBe(TEST_SOURCE);
  });

  it('lists every hit, named, largest multiple first (ties by start year)', async () => {
    const r = await outsideView(args);
    expect(r.examples).toEqual([
      {
        pair: { a: 'Azerbaijan', b: 'Iran', aIso3: 'AZE', bIso3: 'IRN', aCow: 373, bCow: 630 },
        startYear: 2000,
        start: 50e6,
        end: 250e6,
        multiple: 5,
      },
      {
        pair: { a: 'Iran', b: 'Turkey', aIso3: 'IRN', bIso3: 'TUR', aCow: 630, bCow: 640 },
        startYear: 2001,
        start: 99e6,
        end: 495e6,
        multiple: 5,
      },
    ]);
  });

  it('gives the Wilson interval of 2 in 3', async () => {
    // Reference: Wilson (1927) by hand, z = 1.959963984540054: p = 2/3, z² = 3.841459, denominator 1 + z²/3 =
    // 2.280486, centre (2/3 + z²/6)/2.280486 = 0.573084, half z/2.280486·√(2/27 + z²/36) = 0.365424;
    // low 0.207660, high 0.938508.
    const { rate } = await outsideView(args);
    expect(rate.estimate).toBe(2 / 3);
    expect(rate.low).toBeCloseTo(0.20766, 5);
    expect(rate.high).toBeCloseTo(0.938508, 5);
  });

  it('takes from and to as inclusive start years', async () => {
    const later = await outsideView({ ...args, from: 2001 });
    expect([later.cases, later.hits, later.startYears.from, later.startYears.to]).toEqual([2, 1, 2001, 2002]);
    const earlier = await outsideView({ ...args, to: 2001 });
    expect([earlier.cases, earlier.hits, earlier.startYears.from, earlier.startYears.to]).toEqual([2, 2, 2000, 2001]);
    const one = await outsideView({ ...args, from: 2002, to: 2002 });
    expect([one.cases, one.hits]).toEqual([1, 0]);
    // Years the panel cannot allow are left out of the reported range.
    const wide = await outsideView({ ...args, from: 1990, to: 2010 });
    expect(wide.startYears).toEqual({ from: 2000, to: 2002 });
  });

  it('takes a band in any amount form; a value equal to max is out, equal to min is in', async () => {
    // [$99M, $100M): only Iran–Turkey 2001 (99) is in; Iran–Turkey 2000 (100) is not.
    const r = await outsideView({ ...args, band: { min: 99e6, max: '100M' } });
    expect([r.cases, r.hits]).toEqual([1, 1]);
    // [$99M, $100M + $1): now Iran–Turkey 2000 (100) is in too, with 2002 missing: still 1 case.
    const wider = await outsideView({ ...args, band: { min: 99e6, max: 100e6 + 1 } });
    expect([wider.cases, wider.hits]).toEqual([1, 1]);
    // [$99M + 0.05, …): a bound that is no float64 is not rounded down onto 99M: nothing is left.
    await expect(outsideView({ ...args, band: { min: '99000000.05', max: '100M' } })).rejects.toThrow(/no case/);
  });

  it('reads the smoothed flows when asked', async () => {
    // Smoothed: Azerbaijan–Iran 2000 is 60+60 = 120 → 2002: 100+100 = 200, ×1.67: a case, no longer a hit.
    // The other rows' smoothed flows equal their raw flows, so 3 cases, 1 hit.
    const r = await outsideView({ ...args, smoothed: true });
    expect([r.cases, r.hits, r.smoothed]).toEqual([3, 1, true]);
    expect(r.examples.map((e) => e.pair.b)).toEqual(['Turkey']);
  });

  it('decides a multiple too close to call in float64 exactly', async () => {
    // 8000000000000005 / 6000000000000004 rounds to the float64 of 4/3, but 3 × 8000000000000005 =
    // 24000000000000015 < 4 × 6000000000000004 = 24000000000000016: not a hit. 8e15/6e15 is exactly 4/3: a hit.
    const near = dyadicPanel([
      [2, 20, 2000, 6000000000000004, 0],
      [2, 20, 2001, 8000000000000005, 0],
      [2, 31, 2000, 6e15, 0],
      [2, 31, 2001, 8e15, 0],
    ]);
    expect(8000000000000005 / 6000000000000004 >= 4 / 3).toBe(true);
    const r = await outsideView({ start: 3, target: 4, years: 1, band: { min: 0, max: 1e16 }, panel: near });
    expect([r.cases, r.hits]).toEqual([2, 1]);
    expect(r.examples[0]!.pair.bCow).toBe(31);
  });

  it('never counts a zero start value, even with a band from 0', async () => {
    // USA–China 2001 is 0 → 2003: 1000; with band [0, $200M) it would be an infinite multiple: left out.
    const r = await outsideView({ ...args, band: { min: 0, max: '200M' } });
    expect([r.cases, r.hits]).toEqual([3, 2]);
  });

  it('names a state the country list does not know by its code', async () => {
    const unknown = dyadicPanel([
      [1, 3, 2000, 1, 0],
      [1, 3, 2001, 10, 0],
    ]);
    const r = await outsideView({ start: 1, target: 2, years: 1, panel: unknown });
    expect(r.examples[0]!.pair).toEqual({ a: 'COW state 1', b: 'COW state 3', aIso3: null, bIso3: null, aCow: 1, bCow: 3 });
  });
});

describe('outsideView errors', () => {
  const fails = (extra: Record<string, unknown>) => outsideView({ ...args, ...extra } as never);

  it('names the rule and the value', async () => {
    await expect(fails({ years: 2.5 })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: outsideView: years must be a whole number ≥ 1, got 2.5]`);
    await expect(fails({ years: 0 })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: outsideView: years must be a whole number ≥ 1, got 0]`);
    await expect(fails({ years: '5' })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: outsideView: years must be a whole number ≥ 1, got "5"]`);
    await expect(fails({ start: 0 })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: outsideView: start must be > 0, got 0]`);
    await expect(fails({ start: '-$5M' })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: outsideView: start must be > 0, got -5000000]`);
    await expect(fails({ target: '$100M' })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: outsideView: target must be greater than start (100000000), got 100000000]`);
    await expect(fails({ target: 'lots' })).rejects.toThrowErrorMatchingInlineSnapshot(`[TypeError: outsideView: target must be an amount like 580e6, "580000000", "$580M", "580 million" or "$10bn", got "lots"]`);
    await expect(fails({ band: { min: '1B', max: '300M' } })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: outsideView: band.min must be less than band.max, got [1000000000, 300000000)]`);
    await expect(fails({ band: { min: '1B', max: '1B' } })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: outsideView: band.min must be less than band.max, got [1000000000, 1000000000)]`);
    await expect(fails({ band: { min: -1, max: '1B' } })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: outsideView: band.min must be ≥ 0, got -1]`);
    await expect(fails({ band: 5 })).rejects.toThrowErrorMatchingInlineSnapshot(`[TypeError: outsideView: band must be { min, max }, got 5]`);
    await expect(fails({ from: 2005, to: 2001 })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: outsideView: from must be ≤ to, got from 2005 and to 2001]`);
    await expect(fails({ from: 2000.5 })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: outsideView: from must be a whole year, got 2000.5]`);
    await expect(fails({ smoothed: 'yes' })).rejects.toThrowErrorMatchingInlineSnapshot(`[TypeError: outsideView: smoothed must be true or false, got "yes"]`);
    await expect(outsideView(null as never)).rejects.toThrowErrorMatchingInlineSnapshot(`[TypeError: outsideView: expected an object of arguments, got null]`);
    await expect(fails({ panel: { rows: 2 } })).rejects.toThrowErrorMatchingInlineSnapshot(`[TypeError: outsideView: panel must be a DyadicPanel: ccode1 is not a typed array]`);
    await expect(fails({ panel: 'COW' })).rejects.toThrowErrorMatchingInlineSnapshot(`[TypeError: outsideView: panel must be a DyadicPanel: got "COW"]`);
    await expect(fails({ panel: { ...small, rows: -1 } })).rejects.toThrowErrorMatchingInlineSnapshot(`[TypeError: outsideView: panel must be a DyadicPanel: rows must be a whole number ≥ 0, got -1]`);
    await expect(fails({ panel: { ...small, rows: 13 } })).rejects.toThrowErrorMatchingInlineSnapshot(`[TypeError: outsideView: panel must be a DyadicPanel: ccode1 has fewer than 13 entries]`);
    await expect(fails({ panel: { ...small, pairStart: Int32Array.of(0, 4, 7) } })).rejects.toThrowErrorMatchingInlineSnapshot(`[TypeError: outsideView: panel must be a DyadicPanel: pairStart must run from 0 to rows (12), got 0…7]`);
  });

  it('refuses to give a rate of nothing', async () => {
    await expect(fails({ band: { min: '1B', max: '2B' } })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: outsideView: no case to count: no pair has a start value in [1000000000, 2000000000) in the start years 2000–2002 and its value known 2 years later; widen the band or the start years]`);
    await expect(fails({ from: 2003 })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: outsideView: no start year to count: the panel allows start years 2000–2002 (its years 2000–2004, less 2), asked for 2003–any]`);
    await expect(fails({ panel: dyadicPanel([]) })).rejects.toThrowErrorMatchingInlineSnapshot(`[RangeError: outsideView: the panel has no rows]`);
  });
});
