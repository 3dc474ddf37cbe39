import type { Scenario } from '../../scenario/document';
import { isPerYearVolatility } from '../../scenario/isPerYearVolatility';
import { listParameters, type Parameter } from '../../scenario/parameters';
import { tornado } from '../../sensitivity/tornado';
import { goalSeek } from '../../sensitivity/goalSeek';
import { tornadoChart } from '../svg/tornadoChart';
import type { ReportSection } from './report';
import { parameterLabel } from '../internal/parameterLabel';
import { fmt, pct, say, section, type Question } from './question';

// The sections on assumptions: which matter most (tornado), and what each lever alone would have to be.

function valueOf(parameter: Parameter, x: number): string {
  if (parameter.kind === 'rate') return pct(x);
  if (parameter.kind === 'amount') return fmt(x);
  return x.toPrecision(4);
}

export function sensitivity(q: Question, s: Scenario): ReportSection[] {
  const parameters = new Map(listParameters(s).map((p) => [p.name, p]));
  const t = tornado({ scenario: s, output: { year: q.targetYear } });
  const rows = t.bars.map((b) => {
    const p = parameters.get(b.param)!;
    return { param: parameterLabel(s, b.param), low: valueOf(p, b.low), high: valueOf(p, b.high), outputLow: b.outputLow, outputHigh: b.outputHigh, swing: b.swing };
  });
  const tornadoSection = section('tornado', `Which assumptions matter most for "${s.name}" in ${q.targetYear}`, {
    text: [`Each assumption moved on its own, the others held: the value in ${q.targetYear} is ${say(t.base)} at the scenario's own values.`],
    tables: [
      {
        columns: [
          { key: 'param', label: 'Assumption' },
          { key: 'low', label: 'Low', align: 'right' },
          { key: 'high', label: 'High', align: 'right' },
          { key: 'outputLow', label: `${q.targetYear} at low`, kind: 'amount' },
          { key: 'outputHigh', label: `${q.targetYear} at high`, kind: 'amount' },
          { key: 'swing', label: 'Swing', kind: 'amount' },
        ],
        rows,
      },
    ],
    notes: ['Uncertain assumptions move between their 10th and 90th percentiles; the others ±10% of their value.'],
    charts: () => [
      tornadoChart(t, {
        title: `"${s.name}": value in ${q.targetYear}`,
        label: `Turnover in ${q.targetYear}, with each assumption at its low and its high value`,
        currency: q.currency,
        paramFormat: (param, value) => valueOf(parameters.get(param)!, value),
        paramLabel: (param) => parameterLabel(s, param),
      }),
    ],
  });
  const levers = [...parameters.values()].filter((p) => p.kind === 'rate' && !isPerYearVolatility(s, p) && !p.name.endsWith('.level'));
  const leverRows = levers.map((p) => {
    const r = goalSeek(s, { param: p.name, year: q.targetYear, target: q.target.toNumber() });
    return { lever: parameterLabel(s, p.name), now: valueOf(p, Number(p.value)), needed: r.found ? valueOf(p, r.value) : 'no value reaches it' };
  });
  const leverSection = section('levers', `What it would take: each lever alone, to reach ${say(q.target)} by ${q.targetYear}`, {
    tables: [
      {
        columns: [
          { key: 'lever', label: 'Lever' },
          { key: 'now', label: 'In the scenario', align: 'right' },
          { key: 'needed', label: 'Needed', align: 'right' },
        ],
        rows: leverRows,
      },
    ],
    notes: ['Goal seek on one lever at a time, every other assumption as in the scenario (volatility off).'],
  });
  return [tornadoSection, leverSection];
}
