import { describe, expect, it } from 'vitest';
import { fitGrowth, parseTradeCsv, ScenarioError, type ParseTradeCsvOptions, type TradeSeries } from '../../src/index';
import { cowAzeIrnCsv, expectRelative, referenceSeries } from './reference';

function problems(text: string, options?: ParseTradeCsvOptions): string {
  try {
    parseTradeCsv(text, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as Error).message;
  }
  throw new Error('expected a ScenarioError');
}

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return `${(error as Error).constructor.name}: ${(error as Error).message}`;
  }
  throw new Error('expected an error');
}

const values = (s: TradeSeries) => s.points.map((p) => [p.year, p.value.toString()]);

describe('parseTradeCsv, cow-dyadic: the COW lines of Azerbaijan (373) and Iran (630), copied by the fixture script', () => {
  const [total, exports, imports] = parseTradeCsv(cowAzeIrnCsv);

  it('gives total, exports and imports seen from ccode1, in USD', () => {
    expect([total, exports, imports].map((s) => [s!.reporter, s!.partner, s!.flow])).toEqual([
      ['373', '630', 'total'],
      ['373', '630', 'exports'],
      ['373', '630', 'imports'],
    ]);
    // data/trade-history/README.md: 2014 total $248M, Azerbaijan's imports from Iran $189M, exports to Iran $59M;
    // 1992 $259M, 1994 $459M, 1999 $70M.
    const at = (s: TradeSeries, year: number) => s.points.find((p) => p.year === year)!.value.toString();
    expect([at(total!, 2014), at(exports!, 2014), at(imports!, 2014)]).toEqual(['248000000', '59000000', '189000000']);
    expect([at(total!, 1992), at(total!, 1994), at(total!, 1999)]).toEqual(['259000000', '459000000', '70000000']);
    expect(total!.points.map((p) => p.value.toNumber())).toEqual(referenceSeries('aze-irn-total').values);
    expect(total!.source.citation).toContain('Barbieri');
    expect(total!.source.citation).toContain('Keshk');
  });

  it('fits the parsed totals as statsmodels fits the same numbers', () => {
    const want = referenceSeries('aze-irn-total').fits['log-linear'];
    const fit = fitGrowth(total!);
    expectRelative(fit.rate, want.rate, 'rate');
    expectRelative(fit.se, want.se, 'se');
  });

  it('sees the pair from Iran when asked: its exports are Azerbaijan imports', () => {
    const fromIran = parseTradeCsv(cowAzeIrnCsv, { reporter: '630' });
    expect(fromIran.map((s) => [s.reporter, s.partner, s.flow])).toEqual([
      ['630', '373', 'total'],
      ['630', '373', 'exports'],
      ['630', '373', 'imports'],
    ]);
    expect(values(fromIran[1]!)).toEqual(values(imports!));
    expect(values(fromIran[2]!)).toEqual(values(exports!));
    expect(parseTradeCsv(cowAzeIrnCsv, { partner: '373' })[0]!.reporter).toBe('630');
    expect(parseTradeCsv(cowAzeIrnCsv, { reporter: '630', flow: 'exports' }).map((s) => values(s))).toEqual([values(imports!)]);
  });

  it('reads NA as missing: a total needs both flows, smoothed flows on request', () => {
    const text = 'ccode1,ccode2,year,flow1,flow2,smoothflow1,smoothflow2\n2,20,1920,612,735,600,700\n2,20,1921,NA,443,335,443\n2,20,1922,1.5,2,NA,NA\n';
    const [t, x, m] = parseTradeCsv(text);
    expect(values(t!)).toEqual([[1920, '1347000000'], [1922, '3500000']]);
    expect(t!.gaps).toEqual([1921]);
    expect(values(x!)).toEqual([[1920, '735000000'], [1921, '443000000'], [1922, '2000000']]);
    expect(m!.missing).toEqual([1921]);
    const smoothed = parseTradeCsv(text, { smoothed: true });
    expect(values(smoothed[0]!)).toEqual([[1920, '1300000000'], [1921, '778000000']]);
    expect(smoothed[0]!.missing).toEqual([1922]);
  });

  it('reports bad lines, a raw -9, duplicates and unknown reporters', () => {
    const text = 'ccode1,ccode2,year,flow1,flow2,smoothflow1,smoothflow2\n2,20,1920,612,-9,1,1\n2,2x,1921,1,1,1,1\n2,20,1922,1,1,1,1\n2,20,1922,2,2,2,2\n';
    expect(problems(text)).toMatchInlineSnapshot(`
      "invalid trade CSV (3 problems):
        - line 2, column "flow2": expected a flow in million USD >= 0, or NA, got "-9" (COW's raw files write a missing flow as -9: write NA)
        - line 3, column "ccode2": expected a COW state code like 373, got "2x"
        - line 5, column "year": year 1922 appears twice in one series (reporter 2, partner 20, flow total; also line 4)"
    `);
    expect(problems('ccode1,ccode2,year,flow1,flow2\n2,20,1920,1\n')).toMatchInlineSnapshot(`
      "invalid trade CSV (1 problem):
        - line 2: expected 5 fields as in the header, got 4"
    `);
    expect(problems(cowAzeIrnCsv, { reporter: '999' })).toMatchInlineSnapshot(`
      "invalid trade CSV (1 problem):
        - (file): no row matches reporter "999""
    `);
    expect(messageOf(() => parseTradeCsv(cowAzeIrnCsv, { reporter: 'AZE' }))).toMatchInlineSnapshot(`"RangeError: parseTradeCsv: with layout 'cow-dyadic', reporter must be a COW state code like "373", got "AZE""`);
    expect(problems('ccode1,ccode2,year,flow1,flow2\n2,20,1920,1,1\n', { smoothed: true })).toMatchInlineSnapshot(`
      "invalid trade CSV (1 problem):
        - line 1: not the cow-dyadic layout: missing column "smoothflow1", "smoothflow2" (long: year,value[,reporter,partner,flow]; comtrade: refYear or period, reporterISO, partnerISO, flowCode, primaryValue (other columns ignored); cow-dyadic: ccode1,ccode2,year,flow1,flow2,smoothflow1,smoothflow2)"
    `);
  });
});

describe('parseTradeCsv, long', () => {
  it('reads amounts as written, NA and empty as missing, in any row order', () => {
    const [s] = parseTradeCsv('Year,Value\r\n2024,$580M\r\n2022,"1,200,000"\r\n2023,NA\r\n2021,\r\n2020,480e6\r\n', { reporter: 'AZE', partner: 'IRN', asOf: '2025-02-10' });
    expect(values(s!)).toEqual([[2020, '480000000'], [2022, '1200000'], [2024, '580000000']]);
    expect(s!.gaps).toEqual([2021, 2023]);
    expect(s!.missing).toEqual([2021, 2023]);
    expect([s!.reporter, s!.partner, s!.flow, s!.asOf, s!.source.title]).toEqual(['AZE', 'IRN', 'total', '2025-02-10', 'trade CSV (source not given)']);
  });

  it('groups rows by reporter, partner and flow; options pick some', () => {
    const text = 'reporter,partner,flow,year,value\nAZE,IRN,exports,2020,1\nAZE,IRN,imports,2020,2\nAZE,,total,2020,3\nAZE,IRN,exports,2021,4\n';
    const all = parseTradeCsv(text, { source: { title: 'my file', url: 'https://example.org' } });
    expect(all.map((s) => [s.reporter, s.partner, s.flow, values(s)])).toEqual([
      ['AZE', 'IRN', 'exports', [[2020, '1'], [2021, '4']]],
      ['AZE', 'IRN', 'imports', [[2020, '2']]],
      ['AZE', undefined, 'total', [[2020, '3']]],
    ]);
    expect(all[0]!.source).toEqual({ title: 'my file', url: 'https://example.org' });
    expect(parseTradeCsv(text, { flow: 'imports' }).map((s) => s.flow)).toEqual(['imports']);
    expect(parseTradeCsv(text, { partner: 'irn' }).length).toBe(2);
    expect(parseTradeCsv(`${text}IRN,AZE,exports,2020,9\n`, { reporter: 'irn' }).map((s) => [s.reporter, values(s)])).toEqual([['IRN', [[2020, '9']]]]);
    expect(problems('reporter,year,value\n,2020,1\n')).toMatchInlineSnapshot(`
      "invalid trade CSV (1 problem):
        - line 2, column "reporter": expected a reporter (a country code or name), got """
    `);
  });

  it('reads RFC 4180: a BOM, quoted fields with commas, quotes and line breaks, CR line ends, blank lines', () => {
    const text = '\uFEFFreporter,year,value\r"Iran, Islamic Rep. of ""IRN""",2020,5\r\r"Line\r\nbreak",2020,6\r';
    const series = parseTradeCsv(text);
    expect(series.map((s) => s.reporter)).toEqual(['Iran, Islamic Rep. of "IRN"', 'Line\r\nbreak']);
  });

  it('reports every bad line with its line and column, and the bad text', () => {
    const text = 'year,value,flow\n2020,1,total\n2021,abc,total\n20x2,1,total\n2020,2,total\n2023,-4,total\n2024,1,both\n2025,1\n2026,"5"x,total\n2027,5"x,total\n';
    expect(problems(text)).toMatchInlineSnapshot(`
      "invalid trade CSV (8 problems):
        - line 3, column "value": must be an amount like 580e6, "580000000", "$580M", "580 million" or "$10bn", got "abc" (or NA, or empty, for no value)
        - line 4, column "year": expected a year from 1800 to 2300 like 2014, got "20x2"
        - line 5, column "year": year 2020 appears twice in one series (reporter unknown, flow total; also line 2)
        - line 6, column "value": must be an amount >= 0, got "-4" (or NA, or empty, for no value)
        - line 7, column "flow": expected total, exports or imports, got "both"
        - line 8: expected 3 fields as in the header, got 2
        - line 9: unexpected text after a closing quote: "x,total"
        - line 10: a quote inside an unquoted field: "5\\"x" (quote the whole field and write a quote as "")"
    `);
  });

  it('lists the first 100 problems and counts the rest', () => {
    const text = `year,value\n${Array.from({ length: 150 }, (_, i) => `${2000 + i},bad`).join('\n')}\n`;
    const message = problems(text);
    expect(message.split('\n')[0]).toMatchInlineSnapshot(`"invalid trade CSV (101 problems):"`);
    expect(message.split('\n').at(-1)).toMatchInlineSnapshot(`"  - … and 1 more (only the first 100 are listed)"`);
  });

  it('reports an unknown header with the three layouts, a wrong column for a named layout, an empty text', () => {
    expect(problems('yr,amount\n2020,1\n')).toMatchInlineSnapshot(`
      "invalid trade CSV (1 problem):
        - line 1: unknown header "yr,amount": expected one of the layouts — long: year,value[,reporter,partner,flow]; comtrade: refYear or period, reporterISO, partnerISO, flowCode, primaryValue (other columns ignored); cow-dyadic: ccode1,ccode2,year,flow1,flow2,smoothflow1,smoothflow2"
    `);
    expect(problems('year,value,note\n2020,1,x\n', { layout: 'long' })).toMatchInlineSnapshot(`
      "invalid trade CSV (1 problem):
        - line 1: not the long layout: unknown column "note" (long: year,value[,reporter,partner,flow]; comtrade: refYear or period, reporterISO, partnerISO, flowCode, primaryValue (other columns ignored); cow-dyadic: ccode1,ccode2,year,flow1,flow2,smoothflow1,smoothflow2)"
    `);
    expect(problems('year,value\n2020,1\n', { layout: 'comtrade' })).toMatchInlineSnapshot(`
      "invalid trade CSV (1 problem):
        - line 1: not the comtrade layout: missing column "refYear" or "period", "reporterISO", "partnerISO", "flowCode", "primaryValue" (long: year,value[,reporter,partner,flow]; comtrade: refYear or period, reporterISO, partnerISO, flowCode, primaryValue (other columns ignored); cow-dyadic: ccode1,ccode2,year,flow1,flow2,smoothflow1,smoothflow2)"
    `);
    expect(problems('year,Year,value\n')).toMatchInlineSnapshot(`
      "invalid trade CSV (1 problem):
        - line 1: column "Year" appears twice in the header"
    `);
    expect(problems('')).toMatchInlineSnapshot(`
      "invalid trade CSV (1 problem):
        - line 1: the text is empty: expected a header line"
    `);
    expect(problems('year,value\n"2020,1\n')).toMatchInlineSnapshot(`
      "invalid trade CSV (1 problem):
        - line 2: a quoted field opened on this line is never closed"
    `);
    expect(problems('year,value,flow\n2020,1,total\n', { flow: 'exports' })).toMatchInlineSnapshot(`
      "invalid trade CSV (1 problem):
        - (file): no row matches flow "exports""
    `);
    expect(parseTradeCsv('year,value\n2020,1\n', { flow: 'exports' })[0]!.flow).toBe('exports');
  });

  it('returns no series for a header alone', () => {
    expect(parseTradeCsv('year,value\n')).toEqual([]);
  });

  it('checks its arguments', () => {
    expect(messageOf(() => parseTradeCsv(42 as never))).toMatchInlineSnapshot(`"TypeError: parseTradeCsv: text must be a string (the CSV's contents), got 42"`);
    expect(messageOf(() => parseTradeCsv('', { layout: 'wide' as never }))).toMatchInlineSnapshot(`"RangeError: parseTradeCsv: layout must be 'long', 'comtrade' or 'cow-dyadic', got "wide""`);
    expect(messageOf(() => parseTradeCsv('', { reporter: ' ' }))).toMatchInlineSnapshot(`"TypeError: parseTradeCsv: reporter must be a non-empty string, got " ""`);
    expect(messageOf(() => parseTradeCsv('', { flow: 'both' as never }))).toMatchInlineSnapshot(`"RangeError: parseTradeCsv: flow must be 'total', 'exports' or 'imports', got "both""`);
    expect(messageOf(() => parseTradeCsv('', { source: { title: '' } }))).toMatchInlineSnapshot(`"TypeError: parseTradeCsv: source must be an object like { title: 'UN Comtrade' }, got an object"`);
    expect(messageOf(() => parseTradeCsv('', { asOf: '2025-13-01' }))).toMatchInlineSnapshot(`"TypeError: parseTradeCsv: asOf must be an ISO date like "2025-02-10", got "2025-13-01""`);
    expect(messageOf(() => parseTradeCsv('', { smoothed: 'yes' as never }))).toMatchInlineSnapshot(`"TypeError: parseTradeCsv: smoothed must be true or false, got "yes""`);
    expect(messageOf(() => parseTradeCsv('', null as never))).toMatchInlineSnapshot(`"TypeError: parseTradeCsv: options must be an object like { layout: 'long' }, got null"`);
  });
});

describe('parseTradeCsv, comtrade', () => {
  // Columns as UN Comtrade's CSV download writes them (a subset, plus others that are ignored).
  const header = 'typeCode,freqCode,refYear,period,reporterCode,reporterISO,partnerCode,partnerISO,flowCode,cmdCode,primaryValue';

  it('makes one series per reporter, partner and flow; W00 is the world (no partner)', () => {
    const text = `${header}\nC,A,2021,2021,31,AZE,364,IRN,M,TOTAL,311000000\nC,A,2020,2020,31,AZE,364,IRN,M,TOTAL,250000000.5\nC,A,2021,2021,31,AZE,364,IRN,X,TOTAL,26100000\nC,A,2021,2021,31,AZE,0,W00,M,TOTAL,\n`;
    const series = parseTradeCsv(text);
    expect(series.map((s) => [s.reporter, s.partner, s.flow, values(s), s.missing])).toEqual([
      ['AZE', 'IRN', 'imports', [[2020, '250000000.5'], [2021, '311000000']], []],
      ['AZE', 'IRN', 'exports', [[2021, '26100000']], []],
      ['AZE', undefined, 'imports', [], [2021]],
    ]);
    expect(series[0]!.source.title).toBe('UN Comtrade (CSV download)');
    expect(parseTradeCsv(text, { partner: 'W00' }).length).toBe(1);
    expect(parseTradeCsv(text, { flow: 'exports' }).map((s) => s.flow)).toEqual(['exports']);
    expect(parseTradeCsv(`${text}C,A,2021,2021,364,IRN,31,AZE,X,TOTAL,5\n`, { reporter: 'IRN' }).map((s) => s.reporter)).toEqual(['IRN']);
    expect(problems(text, { flow: 'total' })).toMatchInlineSnapshot(`
      "invalid trade CSV (1 problem):
        - (file): no series has flow "total""
    `);
  });

  it('reads period when there is no refYear', () => {
    const [s] = parseTradeCsv('period,reporterISO,partnerISO,flowCode,primaryValue\n2019,IRN,AZE,X,400\n');
    expect(values(s!)).toEqual([[2019, '400']]);
  });

  it('reports other flows, monthly periods, empty codes and a year twice (several commodity rows)', () => {
    const text = `period,reporterISO,partnerISO,flowCode,primaryValue,cmdCode\n202101,AZE,IRN,M,1,TOTAL\n2021,AZE,IRN,RX,1,TOTAL\n2021,,IRN,M,1,TOTAL\n2021,AZE,,M,1,TOTAL\n2021,AZE,IRN,M,5,TOTAL\n2021,AZE,IRN,M,6,27\n`;
    expect(problems(text)).toMatchInlineSnapshot(`
      "invalid trade CSV (5 problems):
        - line 2, column "period": expected an annual period like 2021, got "202101" (monthly data are not supported)
        - line 3, column "flowCode": expected M (imports) or X (exports), got "RX"; download only those flows
        - line 4, column "reporterISO": expected an ISO3 code like "AZE", got ""
        - line 5, column "partnerISO": expected an ISO3 code like "IRN" (W00 for the world), got ""
        - line 7, column "period": year 2021 appears twice in one series (reporter AZE, partner IRN, flow imports; also line 6)"
    `);
  });
});
