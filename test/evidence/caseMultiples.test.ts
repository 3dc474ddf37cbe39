import { describe, expect, it } from 'vitest';
import { caseMultiples } from '../../src/evidence/caseMultiples';
import type { DyadicPanel } from '../../src/history/types';

/** A panel from rows [ccode1, ccode2, year, flow1, flow2] (USD), sorted as the bundled one; smoothed flows are flows/2. */
function panelOf(rows: readonly (readonly [number, number, number, number, number])[]): DyadicPanel {
  const starts: number[] = [];
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    if (prev === undefined || prev[0] !== r[0] || prev[1] !== r[1]) starts.push(i);
  });
  starts.push(rows.length);
  return {
    rows: rows.length,
    ccode1: Int16Array.from(rows.map((r) => r[0])),
    ccode2: Int16Array.from(rows.map((r) => r[1])),
    year: Int16Array.from(rows.map((r) => r[2])),
    flow1: Float64Array.from(rows.map((r) => r[3])),
    flow2: Float64Array.from(rows.map((r) => r[4])),
    smoothflow1: Float64Array.from(rows.map((r) => r[3] / 2)),
    smoothflow2: Float64Array.from(rows.map((r) => r[4] / 2)),
    pairStart: Int32Array.from(starts),
    source: { title: 'hand-made' },
  };
}

// Two pairs. Pair (2, 20): 2000 total 400M, 2001 total 1B (out of a [290M, 1.16B) band? no: 1B is in it), 2002 missing
// (no row), 2005 1.2B, 2006 NaN, 2007 5B. Pair (373, 630): 2000 290M (the band's min, in), 2005 580M, 2010 1.16B.
const panel = panelOf([
  [2, 20, 2000, 300e6, 100e6],
  [2, 20, 2001, 500e6, 500e6],
  [2, 20, 2005, 600e6, 600e6],
  [2, 20, 2006, NaN, 1e6],
  [2, 20, 2007, 2e9, 3e9],
  [373, 630, 2000, 190e6, 100e6],
  [373, 630, 2005, 290e6, 290e6],
  [373, 630, 2010, 1e9, 0.16e9],
]);

describe('caseMultiples', () => {
  it('applies the outside view case rule: both totals known, end year exactly t + years, half-open band', () => {
    // Hand computation, band [580M/2, 2·580M) = [290M, 1.16B), years 5:
    //   (2,20) 2000: 400M in band, 2005 = 1.2B → 3;      2001: 1B in band, 2006 total NaN → not a case;
    //   (2,20) 2005: 1.2B ≥ 1.16B → out of band;          (373,630) 2000: 290M = min → in, 2005 = 580M → 2;
    //   (373,630) 2005: 580M in band, 2010 = 1.16B → 2;  2010: no 2015 row.
    expect(Array.from(caseMultiples({ start: 580e6, years: 5, panel }))).toEqual([3, 2, 2]);
  });

  it('takes a band, start years and smoothed flows', () => {
    // Band [400M, 1.2B): (2,20) 2000 400M in → 3; 2005 1.2B out (half-open); (373,630) 2000 290M out; 2005 580M → 2.
    expect(Array.from(caseMultiples({ start: 580e6, years: 5, band: { min: '400M', max: '1.2B' }, panel }))).toEqual([3, 2]);
    // From 2001 on: only (373,630) 2005 → 2.
    expect(Array.from(caseMultiples({ start: 580e6, years: 5, from: 2001, panel }))).toEqual([2]);
    // Smoothed totals are half the raw ones here, band [145M, 580M): (2,20) 2000 200M → 600M/200M = 3;
    // 2001 500M → 2006 NaN; (373,630) 2000 145M → 2; 2005 290M → 2.
    expect(Array.from(caseMultiples({ start: 290e6, years: 5, smoothed: true, panel }))).toEqual([3, 2, 2]);
    // Years 2, band [200M, 800M): only (2,20) 2005 (smoothed 600M) has a row two years on: 2007, 2.5B → 25/6.
    expect(Array.from(caseMultiples({ start: 400e6, years: 2, smoothed: true, panel }))).toEqual([2.5e9 / 600e6]);
  });

  it('never counts a zero start value, which has no multiple', () => {
    const zero = panelOf([[2, 20, 2000, 0, 0], [2, 20, 2005, 1e6, 0], [2, 20, 2010, 4e6, 0]]);
    expect(Array.from(caseMultiples({ start: 1, years: 5, band: { min: 0, max: '1B' }, panel: zero }))).toEqual([4]);
  });

  it('refuses what would make a multiple meaningless, naming the rule and the value', () => {
    expect(() => caseMultiples({ start: 580e6, years: 2.5, panel })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: caseMultiples: years must be a whole number ≥ 1, got 2.5]`,
    );
    expect(() => caseMultiples({ start: 580e6, years: 5, band: { min: -1, max: '1B' }, panel })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: caseMultiples: band.min must be ≥ 0, got -1]`,
    );
    expect(() => caseMultiples({ start: 580e6, years: 5, band: { min: '1B', max: '1B' }, panel })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: caseMultiples: band.max must be > band.min (1000000000), got 1000000000]`,
    );
    expect(() => caseMultiples({ start: 580e6, years: 5, from: 1990.5, panel })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: caseMultiples: from must be a whole year, got 1990.5]`,
    );
    expect(() => caseMultiples({ start: 'lots', years: 5, panel })).toThrow(/^caseMultiples: start must be/);
    expect(() => caseMultiples({ start: 580e6, years: 5, panel: {} as DyadicPanel })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: caseMultiples: panel must be a DyadicPanel (columns ccode1, ccode2, year, flows, pairStart), got an object]`,
    );
  });
});

describe('caseMultiples on the bundled Correlates of War panel', () => {
  // Reference: scripts/gen-case-multiples-reference.py applies the case rule to the COW CSV itself (plain Python and
  // numpy, not this library) and wrote test/fixtures/evidence/case-multiples.json.
  const quantile = (sorted: Float64Array, p: number) => {
    // Type 7, numpy's default: linear between order statistics.
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    return sorted[lo]! + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!);
  };
  it.each([
    ['seed', {}],
    ['band300M-1B_1990-2009', { band: { min: 300e6, max: 1e9 }, from: 1990, to: 2009 }],
    ['seed_smoothed', { smoothed: true }],
  ] as const)('%s: the same cases, hits and distribution as the reference', async (name, extra) => {
    const reference = (await import('../fixtures/evidence/case-multiples.json')).default as unknown as Record<string, { cases: number; hits: number; sum: number; max: number; quantiles: Record<string, number> }>;
    const expected = reference[name]!;
    const { loadDyadicPanel } = await import('tradepath/history');
    const m = caseMultiples({ start: 580e6, years: 5, panel: await loadDyadicPanel(), ...extra });
    const sorted = Float64Array.from(m).sort();
    expect(m.length).toBe(expected.cases);
    expect(m.filter((x) => x >= 10e9 / 580e6).length).toBe(expected.hits);
    expect(m.reduce((s, x) => s + x, 0)).toBeCloseTo(expected.sum, 6);
    expect(sorted.at(-1)).toBe(expected.max);
    for (const [p, q] of Object.entries(expected.quantiles)) expect(quantile(sorted, Number(p))).toBeCloseTo(q, 12);
  });
});

describe('caseMultiples and outsideView', () => {
  it('count the same cases and hits, so the histogram and the base rate agree', async () => {
    const { outsideView } = await import('../../src/evidence/outsideView');
    const { loadDyadicPanel } = await import('tradepath/history');
    const panel = await loadDyadicPanel();
    for (const args of [{}, { band: { min: 300e6, max: 1e9 }, from: 1990, to: 2009 }, { smoothed: true }, { band: { min: 0, max: 5e6 } }]) {
      const view = await outsideView({ start: 580e6, target: 10e9, years: 5, panel, ...args });
      const m = caseMultiples({ start: 580e6, years: 5, band: view.band, from: view.startYears.from, to: view.startYears.to, smoothed: view.smoothed, panel });
      expect([m.length, m.filter((x) => x >= view.multiple).length]).toEqual([view.cases, view.hits]);
    }
  });
});
