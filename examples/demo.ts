/**
 * The Azerbaijan–Iran analysis, the embedded default: a plain-text report an analyst can paste into a note.
 *
 *   npm run demo
 *
 * Facts from /work/shared/data/azerbaijan-iran-facts.md (AzerNEWS, 2025): trade turnover of $580M in 2024 after
 * +20 % growth, and a political target of $10B a year "within five years" (2029 by default).
 * Each section is one function returning its text; add a section by writing a function and listing it in SECTIONS.
 */
import {
  formatAmount,
  formatRate,
  futureValue,
  growthPath,
  parseAmount,
  parseRate,
  requiredCagr,
  yearsToTarget,
} from 'tradepath';

/** The embedded default. */
const FACTS = {
  country: 'Azerbaijan–Iran',
  baseYear: 2024,
  baseline: '$580M',
  growth: '20%',
  target: '$10B',
  targetYear: 2029,
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Layout

interface Column {
  readonly header: string;
  /** Numbers read best right-aligned; default 'right'. */
  readonly align?: 'left' | 'right';
}

/** An aligned plain-text table: a header, a rule, then the rows, columns two spaces apart. */
function table(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (columns[i]?.align === 'left' ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

/** A section heading, underlined. */
function heading(title: string): string {
  return `${title}\n${'='.repeat(title.length)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Sections

function introduction(): string {
  return [
    heading(`${FACTS.country} trade: can ${FACTS.baseline} become ${FACTS.target}?`),
    `Turnover was ${FACTS.baseline} in ${FACTS.baseYear}, up ${FACTS.growth} on the year. The political target is`,
    `${FACTS.target} a year "within five years": ${FACTS.targetYear} here (five annual steps from ${FACTS.baseYear};`,
    `${FACTS.targetYear + 1} if the five years count from ${FACTS.baseYear + 1}).`,
  ].join('\n');
}

/** The growth a year that reaching the target by each year needs, beside the pace of 2024. */
function requiredGrowth(): string {
  const pace = parseRate(FACTS.growth);
  const rows = [2028, 2029, 2030, 2034].map((year) => {
    const years = year - FACTS.baseYear;
    const rate = requiredCagr({ start: FACTS.baseline, target: FACTS.target, years });
    return [
      String(year),
      String(years),
      formatRate(rate),
      `${rate.div(pace).toFixed(1)}×`,
      year === FACTS.targetYear ? 'the target year' : year === FACTS.targetYear + 1 ? 'five years from 2025' : '',
    ];
  });
  return [
    heading(`Growth needed to reach ${FACTS.target} from ${FACTS.baseline} (${FACTS.baseYear})`),
    table(
      [
        { header: 'By' },
        { header: 'Years' },
        { header: 'Growth a year' },
        { header: `× the ${FACTS.growth} pace` },
        { header: 'Note', align: 'left' },
      ],
      rows,
    ),
    `"× the ${FACTS.growth} pace": the growth needed over the growth of ${FACTS.baseYear}.`,
  ].join('\n');
}

/** Where the 2024 pace gets by the target year, year by year. */
function atTodaysPace(): string {
  const years = FACTS.targetYear - FACTS.baseYear;
  const target = parseAmount(FACTS.target);
  const end = futureValue({ start: FACTS.baseline, rate: FACTS.growth, years });
  const path = growthPath({ start: FACTS.baseline, startYear: FACTS.baseYear, rate: FACTS.growth, years });
  const rows = path.map((point, i) => [
    String(point.year),
    formatAmount(point.value),
    i === 0 ? '' : formatAmount(point.value.minus(path[i - 1]!.value), { digits: 3 }),
    formatRate(point.value.div(target), { digits: 1 }),
  ]);
  return [
    heading(`At the ${FACTS.baseYear} pace: ${FACTS.growth} a year`),
    `By ${FACTS.targetYear} turnover reaches ${formatAmount(end)}, ${formatRate(end.div(target), { digits: 1 })} of the ` +
      `${FACTS.target} target (a gap of ${formatAmount(target.minus(end))}).`,
    '',
    table([{ header: 'Year' }, { header: 'Turnover' }, { header: 'Added' }, { header: 'Of target' }], rows),
  ].join('\n');
}

/** How long a constant growth rate takes to reach the target, and the first year at or above it. */
function yearsNeeded(): string {
  const rows = ['20%', '30%', '50%'].map((rate) => {
    const years = yearsToTarget({ start: FACTS.baseline, target: FACTS.target, rate });
    // The annual value first reaches the target in the year of the first whole step at or past the crossing.
    return [formatRate(rate, { digits: 0 }), years.toFixed(1), String(FACTS.baseYear + years.ceil().toNumber())];
  });
  return [
    heading(`Years to ${FACTS.target} at a constant rate`),
    table([{ header: 'Growth a year' }, { header: 'Years' }, { header: `First year ≥ ${FACTS.target}` }], rows),
    `First year ≥ ${FACTS.target}: ${FACTS.baseYear} plus the years rounded up, the first year whose turnover reaches it.`,
  ].join('\n');
}

/** The 2023 turnover that the 2024 value and its growth imply. */
function impliedPreviousYear(): string {
  const growth = parseRate(FACTS.growth).plus(1);
  const previous = parseAmount(FACTS.baseline).div(growth);
  return [
    heading(`Implied ${FACTS.baseYear - 1} turnover`),
    `${FACTS.baseline} in ${FACTS.baseYear} after +${FACTS.growth} implies ${formatAmount(previous, { digits: 4 })} ` +
      `in ${FACTS.baseYear - 1} (${FACTS.baseline} / ${growth.toString()}).`,
  ].join('\n');
}

/** The report, in order. Later sections (scenarios, Monte Carlo, sensitivity) go here. */
const SECTIONS: readonly (() => string)[] = [
  introduction,
  requiredGrowth,
  atTodaysPace,
  yearsNeeded,
  impliedPreviousYear,
];

console.log(SECTIONS.map((section) => section()).join('\n\n'));

// Output:
// Azerbaijan–Iran trade: can $580M become $10B?
// =============================================
// Turnover was $580M in 2024, up 20% on the year. The political target is
// $10B a year "within five years": 2029 here (five annual steps from 2024;
// 2030 if the five years count from 2025).
//
// Growth needed to reach $10B from $580M (2024)
// =============================================
//   By  Years  Growth a year  × the 20% pace  Note
// ----  -----  -------------  --------------  --------------------
// 2028      4        103.77%            5.2×
// 2029      5         76.73%            3.8×  the target year
// 2030      6         60.73%            3.0×  five years from 2025
// 2034     10         32.94%            1.6×
// "× the 20% pace": the growth needed over the growth of 2024.
//
// At the 2024 pace: 20% a year
// ============================
// By 2029 turnover reaches $1.44B, 14.4% of the $10B target (a gap of $8.56B).
//
// Year  Turnover  Added  Of target
// ----  --------  -----  ---------
// 2024     $580M              5.8%
// 2025     $696M  $116M       7.0%
// 2026     $835M  $139M       8.4%
// 2027    $1.00B  $167M      10.0%
// 2028    $1.20B  $200M      12.0%
// 2029    $1.44B  $241M      14.4%
//
// Years to $10B at a constant rate
// ================================
// Growth a year  Years  First year ≥ $10B
// -------------  -----  -----------------
//           20%   15.6               2040
//           30%   10.9               2035
//           50%    7.0               2032
// First year ≥ $10B: 2024 plus the years rounded up, the first year whose turnover reaches it.
//
// Implied 2023 turnover
// =====================
// $580M in 2024 after +20% implies $483.3M in 2023 ($580M / 1.2).
