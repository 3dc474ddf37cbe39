import type { Decimal } from '../../money/decimal';
import type { Scenario } from '../../scenario/document';
import { project } from '../../scenario/project';
import { compare } from '../../scenario/compare';
import { attribution } from '../../scenario/attribution';
import { withAndWithout } from '../../scenario/withAndWithout';
import { pathsChart } from '../svg/pathsChart';
import { waterfallChart } from '../svg/waterfallChart';
import type { ReportSection } from './report';
import { pct, say, section, type Question } from './question';

// The sections on scenarios: side by side, and what drives the richest of them.

export function compared(q: Question, scenarios: Readonly<Record<string, Scenario>>): ReportSection {
  const rows = compare(scenarios, { year: q.targetYear }).map((r) => ({
    scenario: r.scenario,
    value: r.value,
    cagr: r.cagr,
    reached: r.reachedIn === null ? `not by ${q.endYear}` : String(r.reachedIn),
    gap: r.gap,
    final: r.finalValue,
  }));
  return section('scenarios', 'The scenarios side by side', {
    tables: [
      {
        columns: [
          { key: 'scenario', label: 'Scenario' },
          { key: 'value', label: `In ${q.targetYear}`, kind: 'amount' },
          { key: 'cagr', label: `Growth a year to ${q.targetYear}`, kind: 'rate', format: (v) => pct(v as Decimal) },
          { key: 'reached', label: `Reaches ${say(q.target)}`, align: 'right' },
          { key: 'gap', label: `Gap in ${q.targetYear}`, kind: 'amount' },
          { key: 'final', label: `In ${q.endYear}`, kind: 'amount' },
        ],
        rows,
      },
    ],
    notes: ['Effect sizes the source does not give are illustrative assumptions, labelled as such in each scenario.'],
    charts: () => [
      pathsChart({
        title: `Turnover by scenario against the ${say(q.target)} target`,
        series: Object.values(scenarios).map((s) => {
          const p = project(s);
          return { name: s.name, points: p.years.map((year, i) => ({ year, value: p.values[i]! })) };
        }),
        target: { year: q.targetYear, value: q.target },
        logScale: true,
        currency: q.currency,
      }),
    ],
  });
}

export function drivers(q: Question, scenarios: Readonly<Record<string, Scenario>>): ReportSection {
  const richest = [...Object.values(scenarios)].sort((a, b) => b.drivers.length - a.drivers.length)[0]!;
  const a = attribution(project(richest), { year: q.targetYear });
  // With minus without: the whole difference a driver makes, including the growth later years build on its level.
  const t = q.targetYear - richest.baseline.year;
  const effects = new Map(withAndWithout(richest).map((row) => [row.driver, row.effect[t]!]));
  const events = richest.drivers.filter((d) => d.type === 'event' && d.assume !== true).map((d) => d.label ?? d.id);
  const rows = a.drivers.map((d) => ({ driver: d.label, amount: d.amount, share: d.share, effect: effects.get(d.id) ?? null }));
  const covered = a.target?.coveredShare;
  return section('drivers', `What drives "${richest.name}" to ${q.targetYear}`, {
    text: [
      `From ${say(a.from.value)} in ${a.from.year} to ${say(a.to.value)} in ${a.to.year}: ${say(a.change)} added.` +
        (covered === undefined ? '' : ` That covers ${pct(covered)} of the ${say(a.target!.required)} the target asks for; ${say(a.target!.uncovered)} is left uncovered.`),
    ],
    tables: [
      {
        columns: [
          { key: 'driver', label: 'Driver' },
          { key: 'amount', label: `Adds by ${q.targetYear}`, kind: 'amount' },
          { key: 'share', label: 'Share of the growth', kind: 'rate', format: (v) => (v === null ? '' : pct(v as Decimal)) },
          { key: 'effect', label: `With minus without, ${q.targetYear}`, kind: 'amount' },
        ],
        rows,
      },
    ],
    notes: [
      'Each year’s change is split among the drivers by their log shares (a driver’s factor that year, ln f, over the sum of all ln f), so the order they are written in does not matter; the amounts add up to the change.',
      'With minus without: the scenario projected with and without the driver. It is larger than the driver’s share for a level effect, because the growth of later years also builds on the level it changed.',
      ...(events.length === 0 ? [] : [`${events.join(', ')}: an event, left out of this path and drawn with its probability in each Monte Carlo run.`]),
    ],
    charts: () => [
      waterfallChart(
        {
          start: { label: String(a.from.year), value: a.from.value },
          steps: a.drivers.map((d) => ({ label: d.label, value: d.amount })),
          end: { label: String(a.to.year), value: a.to.value },
          ...(a.target === undefined ? {} : { target: { label: `Target ${a.target.year}`, value: a.target.value } }),
        },
        { title: `From ${a.from.year} to ${a.to.year}: what each driver adds`, currency: q.currency },
      ),
    ],
  });
}
