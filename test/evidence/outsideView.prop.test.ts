/**
 * outsideView against a brute-force count on random small panels: for every row, search the whole list for the
 * same pair t + years later, and decide band and multiple in exact integer arithmetic (BigInt). The fast pass (one
 * loop with a forward pointer) must give the same cases, the same hits and the same examples in the same order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outsideView } from '../../src/evidence/outsideView';
import { dyadicPanel, type DyadicRow } from './panels';

const M = 1_000_000;
const PAIRS = [
  [2, 20],
  [2, 200],
  [20, 200],
  [365, 373],
  [373, 630],
] as const;

// Rows: each of the 5 pairs in each year 1990–1997 is present with probability about 4/5, with two flows in whole
// millions (null = missing). Small values and few years, so band edges, exact multiples, zeros and gaps come up often.
const rowsArb = fc
  .array(
    fc.record({
      present: fc.integer({ min: 0, max: 4 }),
      f1: fc.option(fc.integer({ min: 0, max: 8 }), { freq: 8 }),
      f2: fc.option(fc.integer({ min: 0, max: 8 }), { freq: 8 }),
    }),
    { minLength: PAIRS.length * 8, maxLength: PAIRS.length * 8 },
  )
  .map((cells) =>
    cells.flatMap((c, i) => (c.present === 0 ? [] : [{ pair: i % PAIRS.length, year: 1990 + Math.floor(i / PAIRS.length), f1: c.f1, f2: c.f2 }])),
  )
  .filter((rows) => rows.length > 0);

interface Brute {
  cases: number;
  hits: { aCow: number; bCow: number; startYear: number; num: bigint; den: bigint }[];
}

/** The definition, literally: integer millions, exact comparisons, no pointer. */
function brute(rows: { pair: number; year: number; f1: number | null; f2: number | null }[], start: number, target: number, years: number, min: number, max: number): Brute {
  const value = (r: { f1: number | null; f2: number | null }) => (r.f1 === null || r.f2 === null ? null : r.f1 + r.f2);
  const years0 = rows.map((r) => r.year);
  const from = Math.min(...years0);
  const to = Math.max(...years0) - years;
  let cases = 0;
  const hits: Brute['hits'] = [];
  for (const r of rows) {
    if (r.year < from || r.year > to) continue;
    const later = rows.find((x) => x.pair === r.pair && x.year === r.year + years);
    const v0 = value(r);
    const v1 = later === undefined ? null : value(later);
    if (v0 === null || v1 === null || v0 === 0 || v0 < min || v0 >= max) continue;
    cases++;
    if (BigInt(v1) * BigInt(start) >= BigInt(target) * BigInt(v0)) {
      hits.push({ aCow: PAIRS[r.pair]![0], bCow: PAIRS[r.pair]![1], startYear: r.year, num: BigInt(v1), den: BigInt(v0) });
    }
  }
  // Largest multiple first (compared exactly), then start year, then the pair's codes.
  hits.sort((x, y) => {
    const d = y.num * x.den - x.num * y.den;
    return d > 0n ? 1 : d < 0n ? -1 : x.startYear - y.startYear || x.aCow - y.aCow || x.bCow - y.bCow;
  });
  return { cases, hits };
}

describe('outsideView properties', () => {
  it('agrees with a brute-force count of the definition', async () => {
    const stats = { cases: 0, withHits: 0 };
    await fc.assert(
      fc.asyncProperty(
        rowsArb,
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 10 }),
        async (rows, start, extra, years, min, width) => {
          const target = start + extra;
          const max = min + width;
          const ref = brute(rows, start, target, years, min, max);
          const panel = dyadicPanel(rows.map((r): DyadicRow => [PAIRS[r.pair]![0], PAIRS[r.pair]![1], r.year, r.f1 === null ? null : r.f1 * M, r.f2 === null ? null : r.f2 * M]));
          const run = outsideView({ start: start * M, target: target * M, years, band: { min: min * M, max: max * M }, panel });
          if (ref.cases === 0) {
            await expect(run).rejects.toThrow(RangeError);
            return;
          }
          const r = await run;
          stats.cases += 1;
          if (r.hits > 0) stats.withHits += 1;
          expect([r.cases, r.hits]).toEqual([ref.cases, ref.hits.length]);
          expect(r.examples.map((e) => [e.pair.aCow, e.pair.bCow, e.startYear])).toEqual(
            ref.hits.map((h) => [h.aCow, h.bCow, h.startYear]),
          );
        },
      ),
      { numRuns: 300, seed: 20261201 },
    );
    // The property is not vacuous: most panels have cases, and many have hits.
    expect(stats.cases).toBeGreaterThan(150);
    expect(stats.withHits).toBeGreaterThan(50);
  });
});
