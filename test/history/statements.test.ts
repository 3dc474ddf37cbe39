/**
 * The officials' statements and the targets record as typed rows. Reference: the two CSVs in
 * ../shared/data/trade-history (azerbaijan-iran-reported.csv, targets-record.csv), values copied here by hand from
 * their lines (million USD in the files, USD here).
 */
import { describe, expect, it } from 'vitest';
import { reportedStatements, targetRows } from 'tradepath/history';

describe('reportedStatements', () => {
  it('holds the seven statements with their periods, amounts in USD and source URLs', () => {
    const rows = reportedStatements();
    expect(rows.map((r) => [r.period, r.value])).toEqual([
      ['2018', 400e6],
      ['2020-03-20..2021-02-18', 364e6],
      ['2021-01..2021-10', 337.1e6], // "337.1"
      ['2022-03-21..2023-03-20', 688e6],
      ['2023', 480e6],
      ['2024', 580e6],
      ['2024', null], // "turnover growth 'more than 30%'": no amount
    ]);
    expect(rows[1]).toMatchObject({ from: '2020-03-20', to: '2021-02-18', reportedBy: 'Trade Promotion Organization of Iran, via Trend', source: 'https://en.trend.az/iran/politics/3397213.html' });
    expect(rows[0]).toMatchObject({ from: '2018', to: '2018', what: 'bilateral trade turnover, about' });
    expect(rows.every((r) => /^https?:\/\//.test(r.source))).toBe(true);
    expect(Object.isFrozen(rows) && Object.isFrozen(rows[0])).toBe(true);
  });
});

describe('targetRows', () => {
  it('holds the four targets with the trade when each was set', () => {
    const rows = targetRows();
    expect(rows.map((r) => [r.a, r.b, r.announced, r.target, r.byYear, r.tradeWhenAnnounced, r.tradeYear])).toEqual([
      ['AZE', 'IRN', '2019-02-08', 5000e6, null, 400e6, 2018],
      ['IRN', 'TUR', '2012-03-28', 30000e6, 2015, 16000e6, 2011],
      ['IRN', 'TUR', '2013-12-28', 100000e6, null, 16000e6, 2013],
      ['AZE', 'IRN', '2025', 10000e6, 2029, 580e6, 2024],
    ]);
    expect(rows[0]!.url).toBe('https://report.az/en/foreign-politics/iran-intends-to-increase-trade-with-azerbaijan/');
    expect(rows[1]!.url).toBeNull();
    expect(rows[1]!.source).toBe('Tehran Times, 28 Mar 2012 (Iran, Turkey set $30b trade target for 2015)');
    // The seed row's source pointed at a file beside the data; users see the publication.
    expect(rows[3]!.source).toBe('AzerNEWS (the seed article)');
    expect(rows.map((r) => r.pair)).toEqual(['Azerbaijan-Iran', 'Iran-Turkey', 'Iran-Turkey', 'Azerbaijan-Iran']);
  });
});
