import { D, type Decimal } from '../../money/decimal';
import { formatAmount } from '../../money/formatAmount';
import { formatRate } from '../../money/formatRate';
import { toRate, type RateInput } from '../../money/parseRate';
import type { Scenario } from '../../scenario/document';
import { baseDriver } from '../../scenario/baseDriver';
import type { ReportSection } from './report';

/** The question every section answers: from where, to what, by when, against which recent pace. */
export interface Question {
  readonly start: Decimal;
  readonly startYear: number;
  readonly target: Decimal;
  readonly targetYear: number;
  readonly endYear: number;
  readonly recent: Decimal;
  readonly currency: string;
}

export function questionOf(s: Scenario, recentGrowth: RateInput | undefined): Question {
  const recent = recentGrowth !== undefined ? toRate(recentGrowth, 'analysisReport', 'recentGrowth') : (baseDriver(s)?.rate ?? new D('0.2'));
  return {
    start: s.baseline.value,
    startYear: s.baseline.year,
    target: s.target!.value,
    targetYear: s.target!.year,
    endYear: s.horizon.endYear,
    recent,
    currency: s.currency,
  };
}

export const fmt = (x: Decimal | number, digits?: number) => formatAmount(x, digits === undefined ? {} : { digits });
/** An amount in a sentence or heading: "$10B" rather than the table's "$10.0B". */
export const say = (x: Decimal | number) => formatAmount(x).replace(/\.0+(?=[KMBT]?$)/, '');
export const pct = (x: Decimal | number, digits = 1) => formatRate(x, { digits });

export function section(id: string, heading: string, parts: Partial<Omit<ReportSection, 'id' | 'heading'>>): ReportSection {
  return { id, heading, text: parts.text ?? [], tables: parts.tables ?? [], notes: parts.notes ?? [], ...(parts.charts ? { charts: parts.charts } : {}) };
}
