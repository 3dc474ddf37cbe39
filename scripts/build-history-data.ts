// Builds the bundled trade history (entry `tradepath/history`) from the Correlates of War CSVs.
//
// Source: ../shared/data/trade-history/ (its README gives provenance, units and the citation): COW Dyadic Trade
// v4.0 as converted by the R package peacesciencer, COW National Trade v4.0, a COW/ISO code list, and two small
// CSVs of officials' statements. Run from the repository root: `npx tsx scripts/build-history-data.ts [dir]`.
//
// Writes (all committed; nothing at build, test or run time reads the source directory):
//   src/history/data/dyadic.ts      the dyadic panel, encoded (see src/history/data/README.md, "Encoding")
//   src/history/data/national.ts    the national totals, encoded
//   src/history/data/countries.ts   the country codes as typed rows
//   src/history/data/statements.ts  the reported Azerbaijan–Iran figures and the targets record as typed rows
//   src/history/data/sources.ts     sha256 and row counts of each source file
//   test/fixtures/history/*.json    sample rows with their CSV text and the totals, for the decoding tests
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('../', import.meta.url).pathname;
const sourceDir = process.argv[2] ?? join(root, '../shared/data/trade-history');
const outDir = join(root, 'src/history/data');
const fixtureDir = join(root, 'test/fixtures/history');

// What the source README states; the script refuses to build from anything else.
const DYADIC_SHA256 = '0df04d0ce5ac9a446cd8933b5a25afc189c89d1ce0bd8d6d26d42768c4147c16';
const DYADIC_ROWS = 673_654;
const DYADIC_PAIRS = 16_052;
const NATIONAL_ROWS = 14_410;
const FIRST_YEAR = 1800;

function fail(message: string): never {
  console.error(`build-history-data: ${message}`);
  process.exit(1);
}

// ---- CSV with quoted fields ("a, b" and "" inside quotes), as the small files use them.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function readSource(name: string): { text: string; sha256: string } {
  const bytes = readFileSync(join(sourceDir, name));
  return { text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
}

function table(name: string, header: readonly string[]): { rows: string[][]; sha256: string } {
  const { text, sha256 } = readSource(name);
  const [head, ...rows] = parseCsv(text);
  if (head?.join(',') !== header.join(',')) fail(`${name}: header is ${head?.join(',')}, expected ${header.join(',')}`);
  rows.forEach((r, i) => {
    if (r.length !== header.length) fail(`${name}: line ${i + 2} has ${r.length} fields, expected ${header.length}`);
  });
  return { rows, sha256 };
}

// ---- Byte streams: unsigned LEB128 varints.
class Bytes {
  private buf = new Uint8Array(1 << 16);
  length = 0;
  private grow(n: number) {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  byte(b: number) {
    this.grow(1);
    this.buf[this.length++] = b;
  }
  varint(v: number) {
    if (!Number.isSafeInteger(v) || v < 0) fail(`varint out of range: ${v}`);
    while (v >= 0x80) {
      this.byte((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.byte(v);
  }
  raw(bytes: Uint8Array) {
    this.grow(bytes.length);
    this.buf.set(bytes, this.length);
    this.length += bytes.length;
  }
  bytes(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

const zigzag = (v: number) => (v >= 0 ? 2 * v : -2 * v - 1);

/** Header (magic, then varint counts and stream lengths), then the streams back to back; gzip, base64. */
function pack(magic: string, counts: readonly number[], streams: readonly Bytes[]): string {
  const out = new Bytes();
  for (const c of magic) out.byte(c.charCodeAt(0));
  for (const c of counts) out.varint(c);
  out.varint(streams.length);
  for (const s of streams) out.varint(s.length);
  for (const s of streams) out.raw(s.bytes());
  const gz = gzipSync(out.bytes(), { level: 9 });
  console.log(`${magic}: ${out.length} bytes encoded, ${gz.length} gzipped, ${Math.ceil(gz.length / 3) * 4} base64`);
  return Buffer.from(gz).toString('base64');
}

/** A generated module holding one base64 string, wrapped so that editors and diffs stay usable. */
function dataModule(exportName: string, what: string, base64: string): string {
  const lines: string[] = [];
  for (let i = 0; i < base64.length; i += 4000) lines.push(`  '${base64.slice(i, i + 4000)}'`);
  return `// Generated by scripts/build-history-data.ts from ${what}; do not edit. Format: ./README.md ("Encoding").\n` +
    `export const ${exportName} =\n${lines.join(' +\n')};\n`;
}

const flowCell = (v: string) => (v === 'NA' ? Number.NaN : Number(v));

// ==== Dyadic panel.
const dyadicSource = readSource('cow-dyadic-trade-4.0.csv');
if (dyadicSource.sha256 !== DYADIC_SHA256) fail(`cow-dyadic-trade-4.0.csv: sha256 ${dyadicSource.sha256}, the README gives ${DYADIC_SHA256}`);
const dyadicLines = dyadicSource.text.trimEnd().split('\n');
if (dyadicLines[0] !== '"ccode1","ccode2","year","flow1","flow2","smoothflow1","smoothflow2"') fail(`dyadic header: ${dyadicLines[0]}`);
const dyadicCsv = dyadicLines.slice(1);
if (dyadicCsv.length !== DYADIC_ROWS) fail(`dyadic: ${dyadicCsv.length} rows, the README gives ${DYADIC_ROWS}`);

const pairsStream = new Bytes();
const yearsStream = new Bytes();
const flowStreams = [new Bytes(), new Bytes()];
const smoothStreams = [new Bytes(), new Bytes()];
let pairs = 0;
let prevA = 0; // ccode1 of the last pair written (the stream stores differences)
let curA = -1; // the pair being read
let curB = -1;
let prevYear = 0;
let pairRows: number[][] = [];
let lastFlow = [0, 0];
const cells: number[][] = [];
const flushPair = () => {
  if (pairRows.length === 0) return;
  const [a, b, y] = pairRows[0]!;
  pairsStream.varint(a! - prevA);
  pairsStream.varint(b!);
  pairsStream.varint(pairRows.length);
  pairsStream.varint(y! - FIRST_YEAR);
  prevA = a!;
  pairs++;
  pairRows = [];
};
dyadicCsv.forEach((line, i) => {
  const c = line.split(',');
  if (c.length !== 7) fail(`dyadic line ${i + 2}: ${c.length} fields`);
  const [a, b, y] = [Number(c[0]), Number(c[1]), Number(c[2])];
  const flows = c.slice(3).map(flowCell);
  for (const v of [a, b, y]) if (!Number.isInteger(v) || v < 0 || v > 32767) fail(`dyadic line ${i + 2}: bad code or year ${line}`);
  for (const [k, v] of flows.entries()) {
    if (!Number.isNaN(v) && !(Number.isSafeInteger(v) && v >= 0 && String(v) === c[3 + k])) fail(`dyadic line ${i + 2}: bad flow ${line}`);
  }
  if (!(a < b)) fail(`dyadic line ${i + 2}: ccode1 ${a} is not < ccode2 ${b}`);
  const samePair = a === curA && b === curB;
  if (samePair) {
    if (y <= prevYear) fail(`dyadic line ${i + 2}: years not ascending within the pair`);
    yearsStream.varint(y - prevYear - 1);
  } else {
    if (a < curA || (a === curA && b < curB)) fail(`dyadic line ${i + 2}: pairs not sorted`);
    flushPair();
    curA = a;
    curB = b;
  }
  pairRows.push([a, b, y]);
  prevYear = y;
  if (!samePair) lastFlow = [0, 0];
  for (let k = 0; k < 2; k++) {
    const f = flows[k]!;
    const s = flows[2 + k]!;
    // A flow is written as its change from the pair's last known flow in that column (0 before the first):
    // trade moves slowly, so the changes are smaller numbers than the flows (about 9 % less after gzip).
    flowStreams[k]!.varint(Number.isNaN(f) ? 0 : zigzag(f - lastFlow[k]!) + 1);
    if (!Number.isNaN(f)) lastFlow[k] = f;
    smoothStreams[k]!.varint(Number.isNaN(s) ? 0 : zigzag(s - (Number.isNaN(f) ? 0 : f)) + 1);
  }
  cells.push([a, b, y, ...flows]);
});
flushPair();
if (pairs !== DYADIC_PAIRS) fail(`dyadic: ${pairs} pairs, the README gives ${DYADIC_PAIRS}`);
const dyadicBase64 = pack('TPD1', [DYADIC_ROWS, pairs, FIRST_YEAR], [pairsStream, yearsStream, ...flowStreams, ...smoothStreams]);

// ==== National totals: imports and exports in million USD, as float64 (COW writes float32 artefacts such as
// 342.0299987792969; the exact double is kept). Bytes are stored plane by plane (all first bytes, then all second
// bytes, ...), which gzip compresses far better than interleaved doubles.
const national = table('cow-national-trade-4.0.csv', ['ccode', 'statename', 'stateabb', 'year', 'imports', 'exports', 'alt_imports', 'alt_exports', 'source1', 'source2', 'version']);
if (national.rows.length !== NATIONAL_ROWS) fail(`national: ${national.rows.length} rows, the README gives ${NATIONAL_ROWS}`);
const nationalCells = national.rows.map((r, i) => {
  const [ccode, year] = [Number(r[0]), Number(r[3])];
  const value = (v: string) => {
    if (v === '') return Number.NaN;
    const x = Number(v);
    if (!Number.isFinite(x) || x < 0) fail(`national line ${i + 2}: bad amount ${v}`);
    return x;
  };
  return { ccode, year, imports: value(r[4]!), exports: value(r[5]!), text: [r[0]!, r[3]!, r[4]!, r[5]!] };
});
const nationalStates = new Bytes();
const nationalYears = new Bytes();
const doubles = new Float64Array(2 * NATIONAL_ROWS);
let nationalStateCount = 0;
{
  // Per state: code (delta from the previous state's), rows, first year; per later row: year step − 1.
  let start = 0;
  let prevCode = 0;
  for (let i = 0; i <= NATIONAL_ROWS; i++) {
    const row = nationalCells[i];
    const first = nationalCells[start]!;
    if (row !== undefined && i > start && row.ccode === first.ccode) {
      const before = nationalCells[i - 1]!;
      if (row.year <= before.year) fail(`national line ${i + 2}: years not ascending`);
      nationalYears.varint(row.year - before.year - 1);
    } else if (i > start) {
      if (row !== undefined && row.ccode < first.ccode) fail(`national line ${i + 2}: states not sorted`);
      nationalStates.varint(first.ccode - prevCode);
      nationalStates.varint(i - start);
      nationalStates.varint(first.year - FIRST_YEAR);
      prevCode = first.ccode;
      nationalStateCount++;
      start = i;
    }
    if (row !== undefined) {
      doubles[i] = row.imports;
      doubles[NATIONAL_ROWS + i] = row.exports;
    }
  }
}
const little = new Uint8Array(doubles.buffer);
const planes = new Bytes();
for (let b = 0; b < 8; b++) for (let i = 0; i < doubles.length; i++) planes.byte(little[i * 8 + b]!);
const nationalBase64 = pack('TPN1', [NATIONAL_ROWS, nationalStateCount, FIRST_YEAR], [nationalStates, nationalYears, planes]);

// ==== Country codes: every code of both panels must be there.
const codes = table('country-codes.csv', ['cow', 'cow_abb', 'iso3', 'iso_numeric', 'name']);
const countryRows = codes.rows.map((r) => ({
  cow: Number(r[0]),
  cowAbb: r[1]!,
  iso3: r[2] === '' ? null : r[2]!,
  isoNumeric: r[3] === '' ? null : Number(r[3]),
  name: r[4]!,
}));
const known = new Set(countryRows.map((c) => c.cow));
for (const row of cells) for (const code of [row[0]!, row[1]!]) if (!known.has(code)) fail(`dyadic code ${code} is not in country-codes.csv`);
for (const row of nationalCells) if (!known.has(row.ccode)) fail(`national code ${row.ccode} is not in country-codes.csv`);
const iso = countryRows.map((c) => c.iso3).filter((x) => x !== null);
if (new Set(iso).size !== iso.length) fail('country-codes.csv: an ISO3 code appears twice');

// ==== The two small CSVs, as typed rows; amounts to USD exactly (decimal string arithmetic, not float).
function millionsToUsd(text: string): number {
  const m = /^(\d+)(?:\.(\d{1,6}))?$/.exec(text);
  if (!m) fail(`not an amount in million USD: ${text}`);
  const usd = Number(m[1]) * 1e6 + Number((m[2] ?? '').padEnd(6, '0') || '0');
  if (!Number.isSafeInteger(usd)) fail(`amount too large: ${text}`);
  return usd;
}
const reported = table('azerbaijan-iran-reported.csv', ['period', 'value_musd', 'what', 'reported_by', 'source']);
const reportedRows = reported.rows.map((r) => {
  const [from, to] = r[0]!.includes('..') ? r[0]!.split('..') : [r[0]!, r[0]!];
  return { period: r[0]!, from: from!, to: to!, value: r[1] === '' ? null : millionsToUsd(r[1]!), what: r[2]!, reportedBy: r[3]!, source: r[4]! };
});
const byName = new Map(countryRows.map((c) => [c.name, c]));
const targets = table('targets-record.csv', ['pair', 'announced', 'target_musd', 'by_year', 'stated_by', 'trade_when_announced_musd', 'trade_year', 'source']);
const targetRows = targets.rows.map((r) => {
  const names = r[0]!.split('-');
  const isos = names.map((n) => byName.get(n)?.iso3 ?? fail(`targets-record: unknown country ${n}`));
  // The seed's row points at a file beside the source data; users get the publication's name only.
  const source = r[7]!.replace(' (see ../article.txt)', ' (the seed article)');
  return {
    pair: r[0]!,
    a: isos[0]!,
    b: isos[1]!,
    announced: r[1]!,
    target: millionsToUsd(r[2]!),
    byYear: r[3] === '' ? null : Number(r[3]),
    statedBy: r[4]!,
    tradeWhenAnnounced: millionsToUsd(r[5]!),
    tradeYear: Number(r[6]),
    source,
    url: /^https?:\/\//.test(source) ? source : null,
  };
});

// ==== Write the modules.
mkdirSync(outDir, { recursive: true });
mkdirSync(fixtureDir, { recursive: true });
writeFileSync(join(outDir, 'dyadic.ts'), dataModule('DYADIC', 'cow-dyadic-trade-4.0.csv', dyadicBase64));
writeFileSync(join(outDir, 'national.ts'), dataModule('NATIONAL', 'cow-national-trade-4.0.csv', nationalBase64));
const json = (v: unknown) => JSON.stringify(v, null, 2);
writeFileSync(
  join(outDir, 'countries.ts'),
  `// Generated by scripts/build-history-data.ts from country-codes.csv; do not edit.\n` +
    `import type { CountryRecord } from '../types';\n\n` +
    `export const COUNTRY_ROWS: readonly CountryRecord[] = [\n${countryRows.map((c) => `  ${JSON.stringify(c)},`).join('\n')}\n];\n`,
);
writeFileSync(
  join(outDir, 'statements.ts'),
  `// Generated by scripts/build-history-data.ts from azerbaijan-iran-reported.csv and targets-record.csv; do not edit.\n` +
    `import type { ReportedStatement, TargetRow } from '../types';\n\n` +
    `export const REPORTED_ROWS: readonly ReportedStatement[] = ${json(reportedRows)};\n\n` +
    `export const TARGET_ROWS: readonly TargetRow[] = ${json(targetRows)};\n`,
);
const sources = {
  'cow-dyadic-trade-4.0.csv': { sha256: dyadicSource.sha256, rows: DYADIC_ROWS, pairs },
  'cow-national-trade-4.0.csv': { sha256: national.sha256, rows: NATIONAL_ROWS, states: nationalStateCount },
  'country-codes.csv': { sha256: codes.sha256, rows: countryRows.length },
  'azerbaijan-iran-reported.csv': { sha256: reported.sha256, rows: reportedRows.length },
  'targets-record.csv': { sha256: targets.sha256, rows: targetRows.length },
};
writeFileSync(
  join(outDir, 'sources.ts'),
  `// Generated by scripts/build-history-data.ts; do not edit. The source files the bundled data were built from.\n` +
    `export const SOURCE_FILES = ${json(sources)} as const;\n`,
);

// ==== Fixtures: sample rows with their CSV text, and totals computed from the CSV (in the same row order the
// decoded panel has, so that float sums compare exactly).
const AZE = 373;
const IRN = 630;
const naRows = cells.map((_, i) => i).filter((i) => cells[i]!.slice(3).some(Number.isNaN));
const picked = new Set<number>();
cells.forEach((row, i) => {
  if (row[0] === AZE && row[1] === IRN) picked.add(i);
  if (i % 1000 === 0) picked.add(i);
});
naRows.forEach((row, k) => k % 50 === 0 && picked.add(row));
picked.add(DYADIC_ROWS - 1);
const colNames = ['flow1', 'flow2', 'smoothflow1', 'smoothflow2'] as const;
const hashOf = (k: number) => {
  // FNV-1a over the int32 values (NA as −1): order-sensitive, exact, the test recomputes it.
  let h = 0x811c9dc5;
  for (const row of cells) h = Math.imul(h ^ (Number.isNaN(row[3 + k]!) ? -1 : row[3 + k]!), 16777619) >>> 0;
  return h;
};
const dyadicTotals = {
  rows: DYADIC_ROWS,
  pairs,
  rowsWithNA: naRows.length,
  firstYear: cells.reduce((m, r) => Math.min(m, r[2]!), Infinity),
  lastYear: cells.reduce((m, r) => Math.max(m, r[2]!), -Infinity),
  columns: Object.fromEntries(
    colNames.map((name, k) => {
      let sum = 0;
      let nan = 0;
      for (const row of cells) Number.isNaN(row[3 + k]!) ? nan++ : (sum += row[3 + k]!);
      return [name, { sumMillions: sum, nan, fnv1a: hashOf(k) }];
    }),
  ),
};
const nationalTotals = {
  rows: NATIONAL_ROWS,
  states: nationalStateCount,
  columns: Object.fromEntries(
    (['imports', 'exports'] as const).map((name) => {
      let sumUsd = 0;
      let nan = 0;
      for (const row of nationalCells) Number.isNaN(row[name]) ? nan++ : (sumUsd += row[name] * 1e6);
      return [name, { sumUsd, nan }];
    }),
  ),
};
const dyadicSample = [...picked].sort((x, y) => x - y).map((i) => [i, dyadicCsv[i]!] as const);
let nationalMissing = 0;
const nationalSample = nationalCells
  .map((r, i) => ({ row: i, csv: r.text.join(','), ccode: r.ccode }))
  .filter((r) => {
    // Azerbaijan and Iran, every 100th row, and every 20th row with a missing figure.
    const missing = r.csv.includes(',,') || r.csv.endsWith(',');
    const pick = r.ccode === AZE || r.ccode === IRN || r.row % 100 === 0 || (missing && nationalMissing % 20 === 0);
    if (missing) nationalMissing++;
    return pick;
  })
  .map(({ row, csv }) => [row, csv] as const);
writeFileSync(
  join(fixtureDir, 'history-fixture.json'),
  json({
    generatedBy: 'scripts/build-history-data.ts from ../shared/data/trade-history (COW Dyadic and National Trade v4.0)',
    dyadic: { columns: 'ccode1,ccode2,year,flow1,flow2,smoothflow1,smoothflow2 (million USD, NA = missing)', totals: dyadicTotals, sample: dyadicSample, sampleIs: '[row index, CSV line]' },
    national: { columns: 'ccode,year,imports,exports (million USD, empty = missing)', totals: nationalTotals, sample: nationalSample, sampleIs: '[row index, CSV fields ccode,year,imports,exports]' },
  }).replace(/\[\n\s+(\d+),\n\s+("[^"\n]*")\n\s+\]/g, '[$1, $2]') + '\n',
);
console.log(`dyadic sample ${dyadicSample.length} rows, national sample ${nationalSample.length} rows`);
console.log(json(sources));
