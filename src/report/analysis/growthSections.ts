import { futureValue } from '../../growth/futureValue';
import { growthPath } from '../../growth/growthPath';
import { requiredCagr } from '../../growth/requiredCagr';
import { yearsToTarget } from '../../growth/yearsToTarget';
import type { Decimal } from '../../money/decimal';
import type { ReportSection } from './report';
import { fmt, pct, say, section, type Question } from './question';

// The sections on growth alone: what the target requires, where today's pace leads, how long rates take.

export function required(q: Question): ReportSection {
  const years = [...new Set([q.targetYear - 1, q.targetYear, q.targetYear + 1, q.endYear])].filter((y) => y > q.startYear && y <= Math.max(q.endYear, q.targetYear + 1)).sort((a, b) => a - b);
  const rows = years.map((year) => {
    const rate = requiredCagr({ start: q.start, target: q.target, years: year - q.startYear });
    return {
      year,
      years: year - q.startYear,
      rate,
      pace: `${rate.div(q.recent).toFixed(1)}×`,
      note: year === q.targetYear ? 'the target year' : year === q.targetYear + 1 ? 'a year later' : '',
    };
  });
  return section('required', `Growth needed to reach ${say(q.target)} from ${say(q.start)} (${q.startYear})`, {
    tables: [
      {
        columns: [
          { key: 'year', label: 'By', kind: 'year' },
          { key: 'years', label: 'Years', kind: 'number' },
          { key: 'rate', label: 'Growth a year', kind: 'rate' },
          { key: 'pace', label: `× the ${pct(q.recent, 0)} pace`, align: 'right' },
          { key: 'note', label: 'Note' },
        ],
        rows,
      },
    ],
    notes: [`"× the ${pct(q.recent, 0)} pace": the growth needed over the growth of ${q.startYear}.`],
  });
}

export function pace(q: Question): ReportSection {
  const years = q.targetYear - q.startYear;
  const end = futureValue({ start: q.start, rate: q.recent, years });
  const path = growthPath({ start: q.start, startYear: q.startYear, rate: q.recent, years });
  const rows = path.map((point, i) => ({
    year: point.year,
    value: point.value,
    added: i === 0 ? null : point.value.minus(path[i - 1]!.value),
    share: point.value.div(q.target),
  }));
  return section('pace', `At the ${q.startYear} pace: ${pct(q.recent, 0)} a year`, {
    text: [`By ${q.targetYear} turnover reaches ${say(end)}, ${pct(end.div(q.target))} of the ${say(q.target)} target (a gap of ${say(q.target.minus(end))}).`],
    tables: [
      {
        columns: [
          { key: 'year', label: 'Year', kind: 'year' },
          { key: 'value', label: 'Turnover', kind: 'amount' },
          { key: 'added', label: 'Added', kind: 'amount' },
          { key: 'share', label: 'Of target', kind: 'rate', format: (v) => pct(v as Decimal) },
        ],
        rows,
      },
    ],
  });
}

export function yearsNeeded(q: Question): ReportSection {
  const rates = [q.recent, q.recent.times('1.5'), q.recent.times('2.5')].filter((r) => r.gt(0));
  const rows = rates.map((rate) => {
    const years = yearsToTarget({ start: q.start, target: q.target, rate });
    return { rate, years: years.toDecimalPlaces(1).toNumber(), first: q.startYear + years.ceil().toNumber() };
  });
  return section('years', `Years to ${say(q.target)} at a constant rate`, {
    tables: [
      {
        columns: [
          { key: 'rate', label: 'Growth a year', kind: 'rate', format: (v) => pct(v as Decimal, 0) },
          { key: 'years', label: 'Years', kind: 'number', format: (v) => (v as number).toFixed(1) },
          { key: 'first', label: `First year ≥ ${say(q.target)}`, kind: 'year' },
        ],
        rows,
      },
    ],
    notes: [`First year ≥ ${say(q.target)}: ${q.startYear} plus the years rounded up, the first year whose turnover reaches it.`],
  });
}

export function previousYear(q: Question): ReportSection {
  const growth = q.recent.plus(1);
  return section('previous', `Implied ${q.startYear - 1} turnover`, {
    text: [`${say(q.start)} in ${q.startYear} after +${pct(q.recent, 0)} implies ${fmt(q.start.div(growth), 4)} in ${q.startYear - 1} (${say(q.start)} / ${growth.toString()}).`],
  });
}
