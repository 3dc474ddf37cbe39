import { D, type Decimal } from '../../money/decimal';
import type { Scenario } from '../../scenario/document';
import { project } from '../../scenario/project';
import type { Table, TableColumn as Column } from '../table';
import type { ReportSection } from './report';
import { pct, say, section, type Question } from './question';

// The section on components: what the target asks of each part of the turnover, and what each scenario gives it.

/**
 * Where the growth would have to come from, by component: each component's baseline, what it would need in the
 * target year if the mix stayed as it is, and what each scenario gives it; then what each driver of the richest
 * scenario adds to each component. Undefined when no scenario has components.
 */
export function byComponent(q: Question, scenarios: Readonly<Record<string, Scenario>>, benchmarks: readonly string[]): ReportSection | undefined {
  const keys = Object.keys(scenarios).filter((key) => scenarios[key]!.components.length > 0);
  if (keys.length === 0) return undefined;
  const first = scenarios[keys[0]!]!;
  const ids = first.components.map((c) => c.id);
  // Only scenarios split the same way go in one table.
  const same = keys.filter((key) => scenarios[key]!.components.map((c) => c.id).join() === ids.join());
  const forecasts = same.filter((key) => !benchmarks.includes(key));
  const projections = new Map(same.map((key) => [key, project(scenarios[key]!)]));
  const t = q.targetYear - q.startYear;
  const multiple = q.target.div(q.start);
  const labelOf = new Map(first.components.map((c) => [c.id, c.label ?? c.id]));

  const valueIn = (key: string, id: string | 'total' | 'balance'): Decimal | null => {
    const p = projections.get(key)!;
    if (id === 'total') return p.values[t]!;
    if (id === 'balance') return p.balance?.[t] ?? null;
    return p.components?.[id]?.[t] ?? null;
  };
  const rowIds: (string | 'total' | 'balance')[] = [...ids, 'total', ...(ids.includes('exports') && ids.includes('imports') ? ['balance' as const] : [])];
  const baseOf = (id: string | 'total' | 'balance'): Decimal => {
    if (id === 'total') return first.baseline.value;
    if (id === 'balance') return base('exports').minus(base('imports'));
    return base(id);
  };
  const base = (id: string) => first.components.find((c) => c.id === id)!.baseline.value;
  const rows = rowIds.map((id) => ({
    component: id === 'total' ? 'Total' : id === 'balance' ? 'Balance (exports − imports)' : labelOf.get(id)!,
    base: baseOf(id),
    needed: baseOf(id).times(multiple),
    ...Object.fromEntries(forecasts.map((key) => [key, valueIn(key, id)])),
  }));
  const columns: Column[] = [
    { key: 'component', label: 'Component' },
    { key: 'base', label: `In ${q.startYear}`, kind: 'amount' },
    { key: 'needed', label: `Needed in ${q.targetYear} at today's mix`, kind: 'amount' },
    ...forecasts.map((key): Column => ({ key, label: scenarios[key]!.name, kind: 'amount', format: (v) => (v === null ? '' : say(v as Decimal)) })),
  ];
  const shares = ids.map((id) => `${labelOf.get(id)} ${say(base(id))} (${pct(base(id).div(first.baseline.value), 0)})`).join(', ');
  const text = [
    `In ${q.startYear} the ${say(q.start)} was ${shares}. Reaching ${say(q.target)} by ${q.targetYear} with that mix ` +
      `multiplies every component by ${multiple.toFixed(1)}; a component that grows less leaves more to the others.`,
  ];

  const tables: Table[] = [{ columns, rows }];
  const richest = [...forecasts].sort((a, b) => scenarios[b]!.drivers.length - scenarios[a]!.drivers.length)[0];
  const byDriver = richest === undefined ? undefined : projections.get(richest)!.componentContributions;
  if (richest !== undefined && byDriver !== undefined) {
    const s = scenarios[richest]!;
    const added = (id: string, driver: string) => (byDriver[id]?.[driver] ?? []).slice(0, t).reduce((sum, x) => sum.plus(x), new D(0));
    tables.push({
      columns: [
        { key: 'driver', label: `"${s.name}": driver` },
        ...ids.map((id): Column => ({ key: id, label: `Adds to ${labelOf.get(id)} by ${q.targetYear}`, kind: 'amount' })),
      ],
      rows: s.drivers.map((d) => ({ driver: d.label ?? d.id, ...Object.fromEntries(ids.map((id) => [id, added(id, d.id)])) })),
    });
  }
  return section('components', `Where the growth would have to come from, by component`, {
    text,
    tables,
    notes: [
      `Components and their ${q.startYear} split are the scenarios' own (see each scenario's sources). A driver with a scope acts on its component only; one without acts on every component.`,
    ],
  });
}
