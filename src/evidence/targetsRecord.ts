import type { CountryRecord, DyadicPanel, ReportedStatement, TargetRow, TradeSource } from './panelTypes';
import { formatAmount } from '../money/formatAmount';
import { formatRate } from '../money/formatRate';
import { bundledDyadicPanel, bundledTargetData } from './bundledHistory';
import { checkDyadicPanel } from './checkPanel';
import { pairTotals } from './pairTotal';

/** A figure of a pair's trade: recorded data, or an official's statement as reported in the press. USD a year. */
export interface TradeFigure {
  readonly year: number;
  readonly value: number;
  /** `recorded`: the trade panel (COW); `statement`: an official's figure as the press reported it. */
  readonly kind: 'recorded' | 'statement';
  /** For a recorded figure, the panel's title; for a statement, who stated it and the URL of the report. */
  readonly source: string;
}

/** One earlier official target and what became of it ({@link targetsRecord}). Amounts in USD a year. */
export interface TargetRecordEntry {
  /** The pair as the record names it (`Iran-Turkey`), and both countries. */
  readonly pair: string;
  readonly a: CountryRecord;
  readonly b: CountryRecord;
  /** When it was announced (ISO date or year), the target, and its year (null when none was stated). */
  readonly announced: string;
  readonly target: number;
  readonly byYear: number | null;
  readonly statedBy: string;
  /** The press report of the target: a URL, or the publication and headline. */
  readonly source: string;
  /** The trade when the target was set, as the record states it. */
  readonly whenSet: TradeFigure;
  /** The panel's own figure for that year, when it has one (it may differ from the stated one). */
  readonly recordedWhenSet: TradeFigure | null;
  /** The growth a year the target required from `whenSet` to `byYear`; null without a target year. */
  readonly requiredGrowth: number | null;
  /**
   * What happened: the trade in the target year, or else the latest year known after the target was set
   * (recorded data first, then officials' statements); null when nothing later is known.
   */
  readonly outcome: TradeFigure | null;
  /** The growth a year achieved, from the figure of the same kind when the target was set to `outcome`. */
  readonly achievedGrowth: number | null;
  /** outcome / target. */
  readonly shareOfTarget: number | null;
  /** true or false once the target year is known; true as soon as the target is met; else null. */
  readonly reached: boolean | null;
  /** What the figures can and cannot say, in a sentence or two. */
  readonly note: string;
}

/** Options of {@link targetsRecord}. */
export interface TargetsRecordOptions {
  /** The dyadic panel for the recorded figures; default the bundled Correlates of War panel. */
  readonly panel?: DyadicPanel;
}

const usd = (value: number): string => formatAmount(value);
const pct = (rate: number): string => formatRate(rate, { digits: 1 });

/** A single calendar year, when a statement's period is one (`2024`), else null. */
function statementYear(s: ReportedStatement): number | null {
  return /^\d{4}$/.test(s.from) && s.from === s.to ? Number(s.from) : null;
}

/** (end/start)^(1/years) − 1, or null when it is not defined. */
function annualGrowth(start: number, end: number, years: number): number | null {
  if (!(start > 0) || !(end > 0) || !(years > 0)) return null;
  return (end / start) ** (1 / years) - 1;
}

function entry(
  row: TargetRow,
  a: CountryRecord,
  b: CountryRecord,
  recorded: ReadonlyMap<number, number>,
  panelSource: TradeSource,
  statements: readonly ReportedStatement[],
): TargetRecordEntry {
  const whenSet: TradeFigure = {
    year: row.tradeYear,
    value: row.tradeWhenAnnounced,
    kind: 'statement',
    source: `${row.statedBy}; ${row.source}`,
  };
  const recordedThen = recorded.get(row.tradeYear);
  const recordedWhenSet: TradeFigure | null =
    recordedThen === undefined ? null : { year: row.tradeYear, value: recordedThen, kind: 'recorded', source: panelSource.title };
  const requiredGrowth = row.byYear === null ? null : annualGrowth(row.tradeWhenAnnounced, row.target, row.byYear - row.tradeYear);

  // The outcome: recorded data after the year the target was set, up to the target year; else a statement.
  const lastRecorded = Math.max(-Infinity, ...recorded.keys());
  let outcome: TradeFigure | null = null;
  let base: TradeFigure | null = null;
  const recordedYears = [...recorded.keys()].filter((y) => y > row.tradeYear && (row.byYear === null || y <= row.byYear));
  if (recordedYears.length > 0) {
    const year = Math.max(...recordedYears);
    outcome = { year, value: recorded.get(year)!, kind: 'recorded', source: panelSource.title };
    base = recordedWhenSet;
  } else {
    const later = statements
      .map((s) => ({ s, year: statementYear(s) }))
      .filter(
        (x): x is { s: ReportedStatement & { value: number }; year: number } =>
          x.year !== null && x.s.value !== null && x.year > row.tradeYear && (row.byYear === null || x.year <= row.byYear),
      );
    if (later.length > 0) {
      const last = later.reduce((best, x) => (x.year > best.year ? x : best));
      outcome = { year: last.year, value: last.s.value, kind: 'statement', source: `${last.s.reportedBy}; ${last.s.source}` };
      base = whenSet;
    }
  }
  const achievedGrowth = outcome === null || base === null ? null : annualGrowth(base.value, outcome.value, outcome.year - base.year);
  const shareOfTarget = outcome === null ? null : outcome.value / row.target;
  const reached =
    outcome === null
      ? null
      : outcome.value >= row.target
        ? true
        : row.byYear !== null && outcome.year >= row.byYear
          ? false
          : null;

  const notes: string[] = [];
  if (recordedWhenSet !== null && recordedWhenSet.value !== whenSet.value) {
    notes.push(`The record gives ${usd(whenSet.value)} for ${whenSet.year}; the recorded data have ${usd(recordedWhenSet.value)}.`);
  }
  if (outcome === null) {
    notes.push(
      `No outcome known: the recorded data ${lastRecorded === -Infinity ? 'have no year of this pair' : `end in ${lastRecorded}`}` +
        ` and no official figure for a whole year after ${row.tradeYear} is on record.`,
    );
  } else {
    const inYear = row.byYear !== null && outcome.year === row.byYear;
    const what = outcome.kind === 'recorded' ? 'recorded' : "an official's figure as reported in the press, not recorded data";
    notes.push(
      `${inYear ? `In the target year ${outcome.year}` : `In ${outcome.year}, the latest year known,`} trade was ${usd(outcome.value)} ` +
        `(${what}): ${pct(outcome.value / row.target)} of the target` +
        (achievedGrowth === null ? '.' : `, after ${pct(achievedGrowth)} a year since ${base!.year}.`),
    );
    if (row.byYear !== null && outcome.year < row.byYear) {
      notes.push(`The target year ${row.byYear} is after the last figure known, so whether it was met is not known.`);
    }
    if (row.byYear === null) notes.push('No target year was stated.');
  }
  return {
    pair: row.pair,
    a,
    b,
    announced: row.announced,
    target: row.target,
    byYear: row.byYear,
    statedBy: row.statedBy,
    source: row.source,
    whenSet,
    recordedWhenSet,
    requiredGrowth,
    outcome,
    achievedGrowth,
    shareOfTarget,
    reached,
    note: notes.join(' '),
  };
}

/**
 * The record of earlier official bilateral trade targets (Azerbaijan–Iran, Iran–Turkey, and the seed's own), each
 * with the trade when it was set and, where data exist, what happened: the trade in the target year or the latest
 * year known, the growth a year the target required and the growth achieved, and a note that says what is not known.
 *
 * Outcomes come from recorded data first (the Correlates of War panel, which ends in 2014), and else from the
 * officials' Azerbaijan–Iran figures after 2014, labelled `kind: 'statement'` (they differ in coverage, calendar and
 * reporter; only whole calendar years are used). Growth achieved compares figures of the same kind. Targets and
 * statements come from press reports (`data/trade-history/targets-record.csv` and `azerbaijan-iran-reported.csv`,
 * URLs in each row).
 *
 * @param options - `panel`: the dyadic panel for recorded figures (default the bundled COW panel).
 * @returns a Promise of the entries, in the record's order.
 * @throws {TypeError} (as a rejected Promise) when `panel` is not a DyadicPanel, or the bundled data cannot be
 *   loaded on this platform.
 * @example
 * const record = await targetsRecord();
 * const turkey = record.find((t) => t.pair === 'Iran-Turkey' && t.byYear === 2015);
 * turkey.outcome.value; // => 14108000000
 * turkey.requiredGrowth; // => ≈ 0.1702
 * turkey.achievedGrowth; // => ≈ -0.0492
 */
export async function targetsRecord(options: TargetsRecordOptions = {}): Promise<readonly TargetRecordEntry[]> {
  const { targets, statements, countries } = await bundledTargetData();
  const panel = options.panel === undefined ? await bundledDyadicPanel() : checkDyadicPanel(options.panel, 'targetsRecord');
  return targets.map((row) => {
    const a = countries.get(row.a);
    const b = countries.get(row.b);
    if (a === undefined || b === undefined) throw new RangeError(`targetsRecord: the record names an unknown country in ${row.pair}`);
    // The statements on record are all of Azerbaijan–Iran trade.
    const pairStatements = row.a === 'AZE' && row.b === 'IRN' ? statements : [];
    return entry(row, a, b, pairTotals(panel, a.cow, b.cow), panel.source, pairStatements);
  });
}
