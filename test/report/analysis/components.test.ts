import { describe, expect, it } from 'vitest';
import { analysisReport, defineScenario } from '../../../src';

// Exports 60 and imports 540 in 2024, target 1,200 in 2026 (×2). "Even": 10 % a year on both; "Exports": exports
// alone +50 % from 2025 (a scoped shock). Hand values for 2026: even 60·1.21 = 72.6 and 540·1.21 = 653.4; exports
// 60·1.5 = 90, imports 540.
const accounts = (name: string, drivers: unknown[]) =>
  defineScenario({
    name, baseline: { year: 2024 }, horizon: { endYear: 2026 }, target: { value: 1200, year: 2026 },
    components: [{ id: 'exports', baseline: { value: 60 } }, { id: 'imports', baseline: { value: 540 } }], drivers: drivers as never,
  });

describe('the by-component section', () => {
  const report = analysisReport({
    scenarios: {
      even: accounts('Even', [{ id: 'g', type: 'growth', rate: '10%' }]),
      exports: accounts('Exports', [{ id: 's', type: 'shock', year: 2025, size: '50%', scope: 'exports' }]),
    },
    monteCarlo: false, sensitivity: false,
  });
  const section = report.sections.find((s) => s.id === 'components')!;

  it("shows each component's need at today's mix and what each scenario gives it", () => {
    const rows = (section.tables[0]!.rows as Record<string, unknown>[]).map((r) => [r.component, String(r.base), String(r.needed), String(r.even), String(r.exports)]);
    expect(rows).toEqual([
      ['exports', '60', '120', '72.6', '90'],
      ['imports', '540', '1080', '653.4', '540'],
      ['Total', '600', '1200', '726', '630'],
      ['Balance (exports − imports)', '-480', '-960', '-580.8', '-450'],
    ]);
    expect(section.text[0]).toContain('multiplies every component by 2.0');
  });

  it('credits each driver of the richest scenario to the component it acts on', () => {
    // Both scenarios have one driver; the first is taken: g adds 12.6 to exports (72.6 − 60) and 113.4 to imports.
    const byDriver = (section.tables[1]!.rows as Record<string, unknown>[]).map((r) => [r.driver, String(r.exports), String(r.imports)]);
    expect(byDriver).toEqual([['g', '12.6', '113.4']]);
  });
});
