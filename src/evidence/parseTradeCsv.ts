import { checkOptionsObject } from '../internal/checkOptionsObject';
import { D, type Decimal } from '../money/decimal';
import { show } from '../internal/show';
import { isoDateField, YEAR_MAX, YEAR_MIN } from '../scenario/fields';
import { ScenarioError, type ScenarioIssue } from '../scenario/ScenarioError';
import { buildSeries, type SeriesMeta } from './internal/buildSeries';
import { COMTRADE_SOURCE, COW_DYADIC_SOURCE } from './internal/cowSource';
import { csvRecords, type CsvRecord } from './internal/readCsv';
import { tradeAmount } from './internal/tradeAmount';
import type { TradeFlow, TradeSeries, TradeSource } from './types';

/** The CSV layouts {@link parseTradeCsv} reads. */
export type TradeCsvLayout = 'long' | 'comtrade' | 'cow-dyadic';

/** Options of {@link parseTradeCsv}. */
export interface ParseTradeCsvOptions {
  /** The layout; detected from the header when not given. */
  readonly layout?: TradeCsvLayout;
  /**
   * The reporter wanted. When the file names reporters (a `reporter` column, `reporterISO`, COW's `ccode1`/`ccode2`)
   * only its series are returned (COW: a state code like `"373"`, and its series are seen from that state); a
   * `long` file without a reporter column gets this name (default `"unknown"`).
   */
  readonly reporter?: string;
  /** The partner wanted, or the name of the partner of a `long` file without a partner column. */
  readonly partner?: string;
  /** The flow wanted; for a `long` file without a flow column, the flow of its values (default `'total'`). */
  readonly flow?: TradeFlow;
  /** Where the data come from (default: COW's citation for `cow-dyadic`, UN Comtrade for `comtrade`). */
  readonly source?: TradeSource;
  /** ISO date the data are as of, given to every series. */
  readonly asOf?: string;
  /** `cow-dyadic` only: read COW's smoothed flows (`smoothflow1/2`) instead of the raw ones. */
  readonly smoothed?: boolean;
}

const LAYOUTS: readonly TradeCsvLayout[] = ['long', 'comtrade', 'cow-dyadic'];
const FLOWS: readonly TradeFlow[] = ['total', 'exports', 'imports'];
const LONG_COLUMNS = ['year', 'value', 'reporter', 'partner', 'flow'];
const COMTRADE_COLUMNS = ['reporteriso', 'partneriso', 'flowcode', 'primaryvalue'];
const LAYOUT_HELP =
  'long: year,value[,reporter,partner,flow]; comtrade: refYear or period, reporterISO, partnerISO, flowCode, ' +
  'primaryValue (other columns ignored); cow-dyadic: ccode1,ccode2,year,flow1,flow2,smoothflow1,smoothflow2';
/** Column names as the layouts write them, for messages. */
const SPELLING: Record<string, string> = {
  refyear: 'refYear', reporteriso: 'reporterISO', partneriso: 'partnerISO', flowcode: 'flowCode', primaryvalue: 'primaryValue',
};
/** Past this many problems the rest are counted, not listed: a wrong file would otherwise list every line. */
const MAX_LISTED = 100;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const MILLION = new D('1e6');

/**
 * Reads annual trade series from CSV text (the core reads no files; the CLI does) in one of three layouts:
 *
 * - `long`: header `year,value` and optionally `reporter`, `partner`, `flow` (any order, names in any case). Values
 *   are USD as written, in any form `parseAmount` reads (`248000000`, `"$248M"`, `"1,200,000"` quoted); `NA` or an
 *   empty cell is a year without a value. One series per reporter, partner and flow.
 * - `comtrade`: UN Comtrade's CSV download (`refYear`, else `period` as a 4-digit year; `reporterISO`,
 *   `partnerISO`, `flowCode` M = imports or X = exports, `primaryValue` in USD; other columns ignored). One series
 *   per reporter, partner and flow; partner `W00` (World) is a reporter's total trade, with no partner.
 * - `cow-dyadic`: the Correlates of War layout (`ccode1,ccode2,year,flow1,flow2,smoothflow1,smoothflow2`, million
 *   USD, multiplied by 1e6; `NA` = missing). `flow1` is ccode1's imports from ccode2 and `flow2` ccode2's imports
 *   from ccode1, so for each pair, seen from the reporter (ccode1 unless `reporter` names ccode2): `total` = flow1 +
 *   flow2 (missing when either is), `exports` = the partner's recorded imports, `imports` = the reporter's. The
 *   reporter and partner are the COW codes as text (`"373"`).
 *
 * Rows may come in any order; each series' years are sorted. Every problem is reported, nothing dropped: a bad
 * line is an issue naming its line and column (`line 12, column "value"`) with the bad text, and a year twice in
 * one series is an error. Years without a value are listed in each series' `missing` (and `gaps`).
 *
 * @param text - the CSV text (RFC 4180: quotes, CRLF or LF, a byte-order mark allowed).
 * @param options - see {@link ParseTradeCsvOptions}.
 * @throws {ScenarioError} (context "invalid trade CSV") listing every bad line, an unknown header (with the three
 *   layouts' columns), or a reporter/partner that matches no row.
 * @throws {TypeError} when text is not a string or an option has the wrong type.
 * @throws {RangeError} when an option has a bad value (an unknown layout, a COW reporter that is not a state code).
 * @example
 * const [s] = parseTradeCsv('year,value\n2022,480M\n2023,NA\n2024,580000000\n', { reporter: 'AZE', partner: 'IRN' });
 * s.points.map((p) => p.value.toString()); // => ['480000000', '580000000']
 * s.gaps; // => [2023]
 * const cow = parseTradeCsv('ccode1,ccode2,year,flow1,flow2,smoothflow1,smoothflow2\n373,630,2014,189,59,189,59\n');
 * cow.map((c) => `${c.flow} ${c.points[0].value}`); // => ['total 248000000', 'exports 59000000', 'imports 189000000']
 * parseTradeCsv('year,value\n2024,abc\n'); // => throws ScenarioError
 */
export function parseTradeCsv(text: string, options: ParseTradeCsvOptions = {}): TradeSeries[] {
  const fn = 'parseTradeCsv';
  if (typeof text !== 'string') throw new TypeError(`${fn}: text must be a string (the CSV's contents), got ${show(text)}`);
  const opts = checkOptions(options, fn);
  const issues = new Issues();
  const records = csvRecords(text, (issue) => issues.add(issue.path, issue.message));
  const first = records.next();
  const header = first.done === true ? undefined : first.value;
  if (header === undefined) {
    issues.add('line 1', 'the text is empty: expected a header line');
    return issues.throw();
  }
  const names = header.fields.map((f) => f.trim());
  const lower = names.map((f) => f.toLowerCase());
  lower.forEach((name, i) => {
    if (lower.indexOf(name) !== i) issues.add(`line ${header.line}`, `column "${names[i]}" appears twice in the header`);
  });
  const layout = opts.layout ?? detect(lower);
  if (layout === undefined) {
    issues.add(`line ${header.line}`, `unknown header ${JSON.stringify(names.join(','))}: expected one of the layouts — ${LAYOUT_HELP}`);
    return issues.throw();
  }
  const wanted = required(layout, opts);
  const absent = wanted.filter((c) => !c.split('|').some((alt) => lower.includes(alt)));
  const extra = layout === 'long' ? names.filter((_, i) => !LONG_COLUMNS.includes(lower[i]!)) : [];
  if (absent.length > 0 || extra.length > 0) {
    const what = [
      ...(absent.length > 0 ? [`missing column ${absent.map((c) => c.split('|').map((a) => `"${SPELLING[a] ?? a}"`).join(' or ')).join(', ')}`] : []),
      ...(extra.length > 0 ? [`unknown column ${extra.map((c) => `"${c}"`).join(', ')}`] : []),
    ];
    issues.add(`line ${header.line}`, `not the ${layout} layout: ${what.join('; ')} (${LAYOUT_HELP})`);
    return issues.throw();
  }
  const table = new Table(names, lower, issues);
  const groups = new Groups(issues);
  const read = layout === 'long' ? readLong : layout === 'comtrade' ? readComtrade : readCow;
  const rows = read(records, table, groups, opts);
  if (issues.count > 0) return issues.throw();
  if (rows > 0 && groups.size === 0 && (opts.reporter !== undefined || opts.partner !== undefined || opts.flow !== undefined)) {
    const wantedText = [['reporter', opts.reporter], ['partner', opts.partner], ['flow', opts.flow]]
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k} ${JSON.stringify(v)}`)
      .join(', ');
    issues.add('(file)', `no row matches ${wantedText}`);
    return issues.throw();
  }
  const source = opts.source ?? (layout === 'cow-dyadic' ? COW_DYADIC_SOURCE : layout === 'comtrade' ? COMTRADE_SOURCE : { title: 'trade CSV (source not given)' });
  const series = groups.series(source, opts.asOf).filter((s) => opts.flow === undefined || s.flow === opts.flow);
  if (rows > 0 && series.length === 0 && opts.flow !== undefined) {
    issues.add('(file)', `no series has flow ${JSON.stringify(opts.flow)}`);
    return issues.throw();
  }
  return series;
}

/** The options once checked: as given, with `smoothed` settled. */
type Checked = Omit<ParseTradeCsvOptions, 'smoothed'> & { readonly smoothed: boolean };

function checkOptions(options: ParseTradeCsvOptions, fn: string): Checked {
  checkOptionsObject(options, fn, "an object like { layout: 'long' }");
  const { layout, reporter, partner, flow, source, asOf, smoothed } = options;
  if (layout !== undefined && !LAYOUTS.includes(layout)) {
    throw new RangeError(`${fn}: layout must be 'long', 'comtrade' or 'cow-dyadic', got ${show(layout)}`);
  }
  for (const [key, value] of [['reporter', reporter], ['partner', partner]] as const) {
    if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) {
      throw new TypeError(`${fn}: ${key} must be a non-empty string, got ${show(value)}`);
    }
  }
  if (flow !== undefined && !FLOWS.includes(flow)) {
    throw new RangeError(`${fn}: flow must be 'total', 'exports' or 'imports', got ${show(flow)}`);
  }
  if (source !== undefined && (typeof source !== 'object' || source === null || typeof source.title !== 'string' || source.title === '')) {
    throw new TypeError(`${fn}: source must be an object like { title: 'UN Comtrade' }, got ${show(source)}`);
  }
  if (asOf !== undefined && !isoDateField().safeParse(asOf).success) {
    throw new TypeError(`${fn}: asOf must be an ISO date like "2025-02-10", got ${show(asOf)}`);
  }
  if (smoothed !== undefined && typeof smoothed !== 'boolean') {
    throw new TypeError(`${fn}: smoothed must be true or false, got ${show(smoothed)}`);
  }
  return {
    ...(layout === undefined ? {} : { layout }),
    ...(reporter === undefined ? {} : { reporter: reporter.trim() }),
    ...(partner === undefined ? {} : { partner: partner.trim() }),
    ...(flow === undefined ? {} : { flow }),
    ...(source === undefined ? {} : { source: { ...source } }),
    ...(asOf === undefined ? {} : { asOf }),
    smoothed: smoothed ?? false,
  };
}

function detect(lower: readonly string[]): TradeCsvLayout | undefined {
  if (['ccode1', 'ccode2', 'year', 'flow1', 'flow2'].every((c) => lower.includes(c))) return 'cow-dyadic';
  if (COMTRADE_COLUMNS.every((c) => lower.includes(c)) && (lower.includes('refyear') || lower.includes('period'))) return 'comtrade';
  if (lower.includes('year') && lower.includes('value') && lower.every((c) => LONG_COLUMNS.includes(c))) return 'long';
  return undefined;
}

/** The columns a layout needs (alternatives joined by `|`), lower case; COW's other flow pair is optional. */
function required(layout: TradeCsvLayout, opts: Checked): string[] {
  if (layout === 'long') return ['year', 'value'];
  if (layout === 'comtrade') return ['refyear|period', ...COMTRADE_COLUMNS];
  return ['ccode1', 'ccode2', 'year', ...(opts.smoothed ? ['smoothflow1', 'smoothflow2'] : ['flow1', 'flow2'])];
}

/** The problems found so far: the first {@link MAX_LISTED} listed, the rest counted. */
class Issues {
  readonly list: ScenarioIssue[] = [];
  count = 0;

  add(path: string, message: string): void {
    this.count++;
    if (this.list.length < MAX_LISTED) this.list.push({ path, message });
  }

  throw(): never {
    throw new ScenarioError(this.list, 'invalid trade CSV', this.count - this.list.length);
  }
}

/** Cells of a record by column name, each problem reported with the line and the column as written. */
class Table {
  constructor(
    private readonly names: readonly string[],
    private readonly lower: readonly string[],
    private readonly issues: Issues,
  ) {}

  /** The column's name as the header writes it. */
  name(column: string): string {
    return this.names[this.lower.indexOf(column)]!;
  }

  has(column: string): boolean {
    return this.lower.includes(column);
  }

  /** False (and an issue) when the record has another number of fields than the header. */
  fits(record: CsvRecord): boolean {
    if (record.fields.length === this.names.length) return true;
    this.issues.add(`line ${record.line}`, `expected ${this.names.length} fields as in the header, got ${record.fields.length}`);
    return false;
  }

  cell(record: CsvRecord, column: string): string {
    return record.fields[this.lower.indexOf(column)]!.trim();
  }

  bad(record: CsvRecord, column: string, message: string): undefined {
    this.issues.add(`line ${record.line}, column "${this.names[this.lower.indexOf(column)]}"`, message);
    return undefined;
  }

  year(record: CsvRecord, column: string): number | undefined {
    const text = this.cell(record, column);
    const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
    if (/^\d{6}$/.test(text)) {
      return this.bad(record, column, `expected an annual period like 2021, got ${JSON.stringify(text)} (monthly data are not supported)`);
    }
    if (!(year >= YEAR_MIN && year <= YEAR_MAX)) {
      return this.bad(record, column, `expected a year from ${YEAR_MIN} to ${YEAR_MAX} like 2014, got ${JSON.stringify(text)}`);
    }
    return year;
  }

  /** A value in USD as written: a Decimal, null for NA or empty, undefined (and an issue) when bad. */
  usd(record: CsvRecord, column: string): Decimal | null | undefined {
    const text = this.cell(record, column);
    if (text === '' || text.toUpperCase() === 'NA') return null;
    const amount = tradeAmount(text);
    if (typeof amount === 'string') return this.bad(record, column, `${amount} (or NA, or empty, for no value)`);
    return amount;
  }

  /** A COW flow in million USD, as USD. */
  millions(record: CsvRecord, column: string): Decimal | null | undefined {
    const text = this.cell(record, column);
    if (text === '' || text.toUpperCase() === 'NA') return null;
    if (!NUMBER.test(text)) {
      const hint = text.startsWith('-') ? " (COW's raw files write a missing flow as -9: write NA)" : '';
      return this.bad(record, column, `expected a flow in million USD >= 0, or NA, got ${JSON.stringify(text)}${hint}`);
    }
    return new D(text).times(MILLION);
  }
}

interface Cell {
  readonly line: number;
  readonly value: Decimal | null;
}

/** A series under construction. */
interface Group {
  readonly meta: Omit<SeriesMeta, 'source' | 'basis'>;
  readonly years: Map<number, Cell>;
}

/** Series under construction, in the order they first appear. */
class Groups {
  private readonly groups = new Map<string, Group>();

  constructor(private readonly issues: Issues) {}

  get size(): number {
    return this.groups.size;
  }

  /** The series of a reporter, partner and flow, made when first asked for. */
  group(meta: Omit<SeriesMeta, 'source' | 'basis'>): Group {
    const key = `${meta.reporter}\u0000${meta.partner ?? ''}\u0000${meta.flow}`;
    let group = this.groups.get(key);
    if (group === undefined) {
      group = { meta, years: new Map() };
      this.groups.set(key, group);
    }
    return group;
  }

  /** Adds a year to a series; false (and an issue) when the series has that year already. */
  put(group: Group, year: number, cell: Cell, yearColumn: string): boolean {
    const other = group.years.get(year);
    if (other !== undefined) {
      const { reporter, partner, flow } = group.meta;
      const label = `reporter ${reporter}${partner === undefined ? '' : `, partner ${partner}`}, flow ${flow}`;
      this.issues.add(`line ${cell.line}, column "${yearColumn}"`, `year ${year} appears twice in one series (${label}; also line ${other.line})`);
      return false;
    }
    group.years.set(year, cell);
    return true;
  }

  series(source: TradeSource, asOf: string | undefined): TradeSeries[] {
    return [...this.groups.values()].map(({ meta, years }) => {
      const sorted = [...years.entries()].sort((a, b) => a[0] - b[0]);
      const points = sorted.flatMap(([year, c]) => (c.value === null ? [] : [{ year, value: c.value }]));
      const missing = sorted.filter(([, c]) => c.value === null).map(([year]) => year);
      return buildSeries({ ...meta, basis: 'nominal', source, asOf }, points, missing);
    });
  }
}

function same(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/** Reads the rows into series; returns how many rows there were. */
function readLong(rows: Iterable<CsvRecord>, table: Table, groups: Groups, opts: Checked): number {
  let count = 0;
  const yearColumn = table.name('year');
  for (const record of rows) {
    count++;
    if (!table.fits(record)) continue;
    const year = table.year(record, 'year');
    const value = table.usd(record, 'value');
    let reporter = opts.reporter ?? 'unknown';
    if (table.has('reporter')) {
      reporter = table.cell(record, 'reporter');
      if (reporter === '') table.bad(record, 'reporter', 'expected a reporter (a country code or name), got ""');
      else if (opts.reporter !== undefined && !same(reporter, opts.reporter)) continue;
    }
    let partner = opts.partner;
    if (table.has('partner')) {
      const cell = table.cell(record, 'partner');
      if (opts.partner !== undefined && !same(cell, opts.partner)) continue;
      partner = cell === '' ? undefined : cell;
    }
    let flow: TradeFlow = opts.flow ?? 'total';
    if (table.has('flow')) {
      const cell = table.cell(record, 'flow').toLowerCase();
      if (!FLOWS.includes(cell as TradeFlow)) {
        table.bad(record, 'flow', `expected total, exports or imports, got ${JSON.stringify(table.cell(record, 'flow'))}`);
        continue;
      }
      if (opts.flow !== undefined && cell !== opts.flow) continue;
      flow = cell as TradeFlow;
    }
    if (year === undefined || value === undefined || reporter === '') continue;
    groups.put(groups.group({ reporter, partner, flow }), year, { line: record.line, value }, yearColumn);
  }
  return count;
}

/** Reads the rows into series; returns how many rows there were. */
function readComtrade(rows: Iterable<CsvRecord>, table: Table, groups: Groups, opts: Checked): number {
  let count = 0;
  const yearColumn = table.has('refyear') ? 'refyear' : 'period';
  for (const record of rows) {
    count++;
    if (!table.fits(record)) continue;
    const reporter = table.cell(record, 'reporteriso');
    const partnerIso = table.cell(record, 'partneriso');
    if (opts.reporter !== undefined && !same(reporter, opts.reporter)) continue;
    if (opts.partner !== undefined && !same(partnerIso, opts.partner)) continue;
    const year = table.year(record, yearColumn);
    const value = table.usd(record, 'primaryvalue');
    if (reporter === '') table.bad(record, 'reporteriso', 'expected an ISO3 code like "AZE", got ""');
    if (partnerIso === '') table.bad(record, 'partneriso', 'expected an ISO3 code like "IRN" (W00 for the world), got ""');
    const code = table.cell(record, 'flowcode').toUpperCase();
    const flow: TradeFlow | undefined = code === 'M' ? 'imports' : code === 'X' ? 'exports' : undefined;
    if (flow === undefined) {
      table.bad(record, 'flowcode', `expected M (imports) or X (exports), got ${JSON.stringify(table.cell(record, 'flowcode'))}; download only those flows`);
    }
    if (year === undefined || value === undefined || flow === undefined || reporter === '' || partnerIso === '') continue;
    const partner = same(partnerIso, 'W00') ? undefined : partnerIso.toUpperCase();
    groups.put(groups.group({ reporter: reporter.toUpperCase(), partner, flow }), year, { line: record.line, value }, table.name(yearColumn));
  }
  return count;
}

/** Reads the rows into series; returns how many rows there were. */
function readCow(rows: Iterable<CsvRecord>, table: Table, groups: Groups, opts: Checked): number {
  let count = 0;
  const code = (text: string | undefined, what: string): number | undefined => {
    if (text === undefined) return undefined;
    if (!/^\d{1,4}$/.test(text)) {
      throw new RangeError(`parseTradeCsv: with layout 'cow-dyadic', ${what} must be a COW state code like "373", got ${show(text)}`);
    }
    return Number(text);
  };
  const wantReporter = code(opts.reporter, 'reporter');
  const wantPartner = code(opts.partner, 'partner');
  const [f1, f2] = opts.smoothed ? ['smoothflow1', 'smoothflow2'] : ['flow1', 'flow2'];
  const yearColumn = table.name('year');
  // Rows of a pair come together in COW's files: its three series are looked up once per run of rows.
  let lastPair = -1;
  let trio: [Group, Group, Group] | undefined;
  for (const record of rows) {
    count++;
    if (!table.fits(record)) continue;
    const c1 = cowCode(table, record, 'ccode1');
    const c2 = cowCode(table, record, 'ccode2');
    const year = table.year(record, 'year');
    if (c1 === undefined || c2 === undefined) continue;
    // Seen from ccode2 only when the caller asks for it as the reporter (or names ccode1 as the partner).
    const flip = wantReporter === c2 || (wantReporter === undefined && wantPartner === c1);
    const reporter = flip ? c2 : c1;
    const partner = flip ? c1 : c2;
    if ((wantReporter !== undefined && wantReporter !== reporter) || (wantPartner !== undefined && wantPartner !== partner)) continue;
    const flow1 = table.millions(record, f1!);
    const flow2 = table.millions(record, f2!);
    if (year === undefined || flow1 === undefined || flow2 === undefined) continue;
    // flow1 is ccode1's imports from ccode2; flow2 is ccode2's imports from ccode1.
    const imports = flip ? flow2 : flow1;
    const exports = flip ? flow1 : flow2;
    const total = imports === null || exports === null ? null : imports.plus(exports);
    if (trio === undefined || lastPair !== reporter * 10000 + partner) {
      const meta = { reporter: String(reporter), partner: String(partner) };
      trio = [groups.group({ ...meta, flow: 'total' }), groups.group({ ...meta, flow: 'exports' }), groups.group({ ...meta, flow: 'imports' })];
      lastPair = reporter * 10000 + partner;
    }
    const line = record.line;
    if (!groups.put(trio[0], year, { line, value: total }, yearColumn)) continue;
    groups.put(trio[1], year, { line, value: exports }, yearColumn);
    groups.put(trio[2], year, { line, value: imports }, yearColumn);
  }
  return count;
}

function cowCode(table: Table, record: CsvRecord, column: string): number | undefined {
  const text = table.cell(record, column);
  if (!/^\d{1,4}$/.test(text)) return table.bad(record, column, `expected a COW state code like 373, got ${JSON.stringify(text)}`);
  return Number(text);
}
