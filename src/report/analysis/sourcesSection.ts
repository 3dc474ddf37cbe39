import type { Scenario } from '../../scenario/document';
import type { ReportSection } from './report';
import { section } from './question';

/**
 * Where each number comes from: every driver of the scenarios (once per id and wording), with its source and, where
 * its size is assumed, the assumption; then the documents' sources. Undefined when no scenario names any.
 */
export function sourcesAndAssumptions(scenarios: Readonly<Record<string, Scenario>>): ReportSection | undefined {
  const seen = new Set<string>();
  const rows: { driver: string; scenarios: string; basis: string; source: string; assumption: string }[] = [];
  const all = Object.values(scenarios);
  for (const s of all) {
    for (const d of s.drivers) {
      const key = JSON.stringify([d.id, d.label, d.source, d.assumption]);
      if (seen.has(key)) continue;
      seen.add(key);
      if (d.source === undefined && d.assumption === undefined) continue;
      const users = all.filter((other) => other.drivers.some((o) => JSON.stringify([o.id, o.label, o.source, o.assumption]) === key)).map((other) => other.name);
      rows.push({
        driver: d.label ?? d.id,
        scenarios: users.length === all.length ? 'all' : users.join('; '),
        basis: d.assumption === undefined ? 'sourced' : 'assumed',
        source: d.source ?? '',
        assumption: d.assumption ?? '',
      });
    }
  }
  const documents = new Map<string, string>();
  // Titles only: addresses and notes (citations in full) are in the scenario documents.
  for (const s of all) for (const source of s.sources) documents.set(source.title, source.title);
  if (rows.length === 0 && documents.size === 0) return undefined;
  const asOf = [...new Set(all.map((s) => s.asOf).filter((d) => d !== undefined))];
  // One line per driver: a table of long texts reads badly in a terminal.
  const lines = rows.map(
    (r) => `- ${r.driver} (${r.basis}; in ${r.scenarios === 'all' ? 'every scenario' : r.scenarios}).${r.source === '' ? '' : ` Source: ${r.source}.`}${r.assumption === '' ? '' : ` Assumption: ${r.assumption}`}`.replace(/\.\./g, '.'),
  );
  return section('sources', 'Where each number comes from: sources and assumptions', {
    text: [
      `Each driver's size is either taken from a source or assumed, and an assumption says what it assumes.${asOf.length === 0 ? '' : ` Facts as of ${asOf.join(', ')}.`}`,
      ...lines,
    ],
    notes: documents.size === 0 ? [] : ['Sources of the scenarios (addresses and notes in each scenario document):', ...[...documents.values()].map((line) => `- ${line}`)],
  });
}
