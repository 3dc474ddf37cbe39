/**
 * targetsRecord on the bundled record and COW panel. Recorded figures are checked against the COW totals that
 * scripts/gen-outside-view-fixtures.py read from the CSV (fixture `pairTotals`); growth rates against hand
 * computations (Python, shown beside each); the target rows against the record's CSV lines (targets-record.csv).
 */
import { describe, expect, it } from 'vitest';
import { targetsRecord } from '../../src/evidence/targetsRecord';
import fixture from '../fixtures/evidence/outside-view.json';
import { dyadicPanel } from './panels';

const irnTur = fixture.pairTotals['IRN-TUR'] as Record<string, number>;

describe('targetsRecord on the bundled data', () => {
  it('lists the four targets of the record, in its order', async () => {
    const record = await targetsRecord();
    expect(record.map((t) => [t.pair, t.announced, t.target, t.byYear])).toEqual([
      ['Azerbaijan-Iran', '2019-02-08', 5e9, null],
      ['Iran-Turkey', '2012-03-28', 30e9, 2015],
      ['Iran-Turkey', '2013-12-28', 100e9, null],
      ['Azerbaijan-Iran', '2025', 10e9, 2029],
    ]);
    expect(record.map((t) => `${t.a.iso3}-${t.b.iso3}`)).toEqual(['AZE-IRN', 'IRN-TUR', 'IRN-TUR', 'AZE-IRN']);
  });

  it('Iran–Turkey, $30B by 2015 set at $16B: COW ends in 2014 at $14.1B, falling', async () => {
    const t = (await targetsRecord())[1]!;
    expect(t.whenSet).toMatchObject({ year: 2011, value: 16e9, kind: 'statement' });
    expect(t.recordedWhenSet).toMatchObject({ year: 2011, value: irnTur['2011'], kind: 'recorded' });
    expect(t.outcome).toMatchObject({ year: 2014, value: irnTur['2014'], kind: 'recorded' });
    expect(irnTur['2014']).toBe(14_108e6);
    // Python: (30/16)**(1/4) - 1 = 0.17017365966035802; (14108/16411)**(1/3) - 1 = -0.04915410657666852.
    expect(t.requiredGrowth).toBeCloseTo(0.17017365966035802, 14);
    expect(t.achievedGrowth).toBeCloseTo(-0.04915410657666852, 14);
    expect(t.shareOfTarget).toBeCloseTo(14108 / 30000, 15);
    expect(t.reached).toBeNull();
    expect(t.note).toMatchInlineSnapshot(`"The record gives $16.0B for 2011; the recorded data have $16.4B. In 2014, the latest year known, trade was $14.1B (recorded): 47.0% of the target, after -4.9% a year since 2011. The target year 2015 is after the last figure known, so whether it was met is not known."`);
  });

  it('Iran–Turkey, $100B (no year) set at $16B in 2013: the recorded 2013 figure differs', async () => {
    const t = (await targetsRecord())[2]!;
    expect(t.recordedWhenSet?.value).toBe(irnTur['2013']);
    // Python: 14108/14995 - 1 = -0.05915305101700563.
    expect(t.achievedGrowth).toBeCloseTo(-0.05915305101700563, 14);
    expect([t.requiredGrowth, t.reached]).toEqual([null, null]);
    expect(t.note).toMatchInlineSnapshot(`"The record gives $16.0B for 2013; the recorded data have $15.0B. In 2014, the latest year known, trade was $14.1B (recorded): 14.1% of the target, after -5.9% a year since 2013. No target year was stated."`);
  });

  it('Azerbaijan–Iran, $5B (no year) set at $400M in 2018: after COW, only statements', async () => {
    const t = (await targetsRecord())[0]!;
    expect(t.recordedWhenSet).toBeNull();
    expect(t.outcome).toMatchObject({ year: 2024, value: 580e6, kind: 'statement' });
    expect(t.outcome?.source).toMatch(/^Iran's Ministry of Roads.*https:\/\/nournews\.ir/);
    // Python: (580/400)**(1/6) - 1 = 0.06388495428920815.
    expect(t.achievedGrowth).toBeCloseTo(0.06388495428920815, 14);
    expect(t.note).toMatchInlineSnapshot(`"In 2024, the latest year known, trade was $580M (an official's figure as reported in the press, not recorded data): 11.6% of the target, after 6.4% a year since 2018. No target year was stated."`);
  });

  it('Azerbaijan–Iran, $10B by 2029 (the seed): required growth, and no outcome yet', async () => {
    const t = (await targetsRecord())[3]!;
    // Python: (10000/580)**(1/5) - 1 = 0.7673167814300421 (DESIGN.md: about 76.7 % a year).
    expect(t.requiredGrowth).toBeCloseTo(0.7673167814300421, 14);
    expect([t.outcome, t.achievedGrowth, t.shareOfTarget, t.reached]).toEqual([null, null, null, null]);
    expect(t.note).toMatchInlineSnapshot(`"No outcome known: the recorded data end in 2014 and no official figure for a whole year after 2024 is on record."`);
  });
});

describe('targetsRecord on a panel given by the caller', () => {
  // Iran (630)–Turkey (640) only: 2011 $16B, 2015 as given. Hand: ($31B / $16B)^(1/4) − 1 = 0.17984...
  const withOutcome = (value2015: number) =>
    dyadicPanel([
      [630, 640, 2011, 6e9, 10e9],
      [630, 640, 2015, value2015, 0],
    ]);

  it('says reached once the target year is known and met', async () => {
    const t = (await targetsRecord({ panel: withOutcome(31e9) }))[1]!;
    expect(t.outcome).toMatchObject({ year: 2015, value: 31e9, kind: 'recorded' });
    expect(t.reached).toBe(true);
    expect(t.achievedGrowth).toBeCloseTo((31 / 16) ** (1 / 4) - 1, 14);
    expect(t.note).toMatchInlineSnapshot(`"In the target year 2015 trade was $31.0B (recorded): 103.3% of the target, after 18.0% a year since 2011."`);
  });

  it('says missed when the target year is known and short', async () => {
    const t = (await targetsRecord({ panel: withOutcome(20e9) }))[1]!;
    expect([t.reached, t.shareOfTarget]).toEqual([false, 20 / 30]);
  });

  it('says nothing is known when the panel lacks the pair', async () => {
    const record = await targetsRecord({ panel: withOutcome(20e9) });
    const seed = record[3]!;
    expect([seed.recordedWhenSet, seed.outcome]).toEqual([null, null]);
    expect(seed.note).toMatchInlineSnapshot(`"No outcome known: the recorded data have no year of this pair and no official figure for a whole year after 2024 is on record."`);
    // Azerbaijan–Iran's statements still answer for the 2019 target.
    expect(record[0]!.outcome?.kind).toBe('statement');
  });
});

describe('targetsRecord errors', () => {
  it('names a panel that is not a DyadicPanel', async () => {
    await expect(targetsRecord({ panel: { rows: 0 } as never })).rejects.toThrowErrorMatchingInlineSnapshot(`[TypeError: targetsRecord: panel must be a DyadicPanel: ccode1 is not a typed array]`);
  });
});
