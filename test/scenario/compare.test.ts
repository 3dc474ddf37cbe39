import { describe, expect, it } from 'vitest';
import { attribution, compare, formatAmount, presets, project, toDocument, defineScenario } from '../../src/index';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const az = presets.azerbaijanIran;

describe('compare', () => {
  it('lines the presets up in the target year', () => {
    const rows = compare(az);
    expect(rows.map((r) => r.scenario)).toEqual(Object.values(az).map((s) => s.name));
    // The status quo: the calibrated 0.64% a year; Python's decimal, 50 digits: 580e6 · 1.0064^5.
    expect(rows[0]!.value.toString()).toBe('598799093.3068203425792');
    const momentum = rows[1]!;
    // 580 · 1.2^5 = 1443.2256 (million): the facts file's "$1.443B in 2029"
    expect(momentum.value.toString()).toBe('1443225600');
    expect(momentum.cagr.toFixed(30)).toBe('0.200000000000000000000000000000');
    expect(momentum.gap!.toString()).toBe('8556774400');
    expect(rows[2]!.reachedIn).toBe(2029);
    expect(rows.every((r) => r.year === 2029)).toBe(true);
  });

  it('takes an array and a common year, and rejects a year outside the projection', () => {
    const rows = compare([az.momentum], { year: 2026 });
    expect(rows[0]!.value.toString()).toBe('835200000');
    expect(() => compare([az.momentum], { year: 2050 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: compare: year must be within 2025..2034 for "Momentum: 20% a year", got 2050]`,
    );
  });
});

describe('attribution', () => {
  it('splits the growth among drivers and shows the uncovered gap', () => {
    const a = attribution(project(az.corridorLed));
    const sum = a.drivers.reduce((acc, d) => acc.plus(d.amount), a.from.value.minus(a.from.value));
    expect(sum.minus(a.change).abs().toNumber()).toBeLessThan(1e-25);
    expect(a.to.year).toBe(2029);
    expect(a.target!.uncovered.plus(a.to.value).toString()).toBe('10000000000');
    expect(a.drivers.map((d) => d.id)).toEqual(['base', 'railway', 'astarachay', 'araz_corridor']);
  });

  it('of the momentum variant gives all growth to the base: 1443.2256M − 580M', () => {
    const a = attribution(project(az.momentum));
    expect(a.drivers[0]!.amount.toString()).toBe('863225600');
    expect(a.drivers[0]!.share!.toString()).toBe('1');
    // covered share of the required growth: 863.2256 / 9420
    expect(a.target!.coveredShare.toFixed(6)).toBe('0.091638'); // 863.2256 / 9420 = 0.0916375…
    expect(formatAmount(a.target!.uncovered)).toBe('$8.56B');
  });
});

describe('presets.azerbaijanIran', () => {
  it('labels every effect size the source does not give as an assumption', () => {
    for (const s of Object.values(az)) {
      for (const d of s.drivers) expect(d.assumption, `${s.name} / ${d.id}`).toBeTruthy();
      expect(s.sources.length).toBeGreaterThan(0);
    }
  });

  it('ships as JSON files under examples/scenarios that validate and match the presets', () => {
    const dir = join(__dirname, '..', '..', 'examples', 'scenarios');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(Object.keys(az).map((k) => `${k}.json`).sort());
    for (const file of files) {
      const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      const key = file.replace('.json', '') as keyof typeof az;
      expect(toDocument(defineScenario(json)), file).toEqual(toDocument(az[key]));
    }
  });
});
