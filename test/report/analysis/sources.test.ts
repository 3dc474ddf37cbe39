import { describe, expect, it } from 'vitest';
import { analysisReport, defineScenario } from '../../../src';

const doc = (name: string, drivers: unknown[]) =>
  defineScenario({
    name, asOf: '2026-01-18', sources: [{ title: 'Ministry statement', url: 'https://example.org/a' }],
    baseline: { year: 2024, value: 100 }, horizon: { endYear: 2027 }, target: { value: 200, year: 2027 }, drivers: drivers as never,
  });

describe('the report says which numbers are sourced and which assumed', () => {
  it('lists each driver once, sourced or assumed, with the scenarios it is in, and the documents\' sources by title', () => {
    const base = { id: 'base', type: 'growth', rate: '5%', source: 'Ministry statement: +5% in 2024' };
    const bridge = { id: 'bridge', type: 'tradeCost', change: '-2%', elasticity: 5, startYear: 2026, source: 'Press report', assumption: 'Illustrative: costs fall 2%' };
    const report = analysisReport({ scenarios: { a: doc('A', [base]), b: doc('B', [base, bridge]) }, monteCarlo: false, sensitivity: false });
    const sources = report.sections.find((s) => s.id === 'sources')!;
    expect(sources.text).toEqual([
      "Each driver's size is either taken from a source or assumed, and an assumption says what it assumes. Facts as of 2026-01-18.",
      '- base (sourced; in every scenario). Source: Ministry statement: +5% in 2024.',
      '- bridge (assumed; in B). Source: Press report. Assumption: Illustrative: costs fall 2%',
    ]);
    expect(sources.notes).toEqual(['Sources of the scenarios (addresses and notes in each scenario document):', '- Ministry statement']);
  });

  it('has no such section when no driver or document names a source', () => {
    const plain = defineScenario({ name: 'P', baseline: { year: 2024, value: 100 }, horizon: { endYear: 2027 }, target: { value: 200, year: 2027 }, drivers: [{ id: 'g', type: 'growth', rate: '5%' }] });
    expect(analysisReport({ scenarios: { plain }, monteCarlo: false, sensitivity: false }).sections.map((s) => s.id)).not.toContain('sources');
  });
});
