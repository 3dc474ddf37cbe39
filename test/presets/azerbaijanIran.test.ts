import { describe, expect, it } from 'vitest';
import { presets, project } from '../../src/index';
import { D } from '../../src/money/decimal';
import { parseAmount } from '../../src/money/parseAmount';
import { parseRate } from '../../src/money/parseRate';
import { AZE_IRN_CALIBRATION as CAL } from '../../src/presets/azerbaijanIranCalibration';
import { azerbaijanIranDocuments as docs } from '../../src/presets/azerbaijanIranDocuments';
import { percent, SPLIT } from '../../src/presets/azerbaijanIranFigures';
import { repeatedProjects, unsourcedDrivers } from './checks';

type Doc = (typeof docs)[keyof typeof docs];
type AnyDriver = { id: string; type: string; label?: string; source?: string; assumption?: string; note?: string; scope?: string };
const drivers = (d: Doc) => d.drivers as readonly AnyDriver[];

describe('presets.azerbaijanIran documents (issue #13)', () => {
  it('has the seven keys of DESIGN.md, in order', () => {
    expect(Object.keys(docs)).toEqual(['statusQuo', 'momentum', 'targetPath', 'corridorLed', 'sanctionsDrag', 'agricultureEnergy', 'combined']);
  });

  it('dates every document and lists its sources, the baseline with both official statements', () => {
    for (const d of Object.values(docs)) {
      expect(d.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.sources.length).toBeGreaterThan(0);
      const notes = d.sources.map((s) => `${s.title} ${'note' in s ? s.note : ''}`).join(' ');
      // The two statements of 2024's growth: +20% (Iran's ministry) and "more than 30%" (Azerbaijan's DPM).
      expect(notes).toContain('up 20%');
      expect(notes).toContain('"more than 30%"');
      expect(notes).toContain('State Customs Committee');
    }
  });

  it('splits the $580M into components that add up to it exactly, in the 2021 customs shares', () => {
    // Hand computation: 580 × 26.1 / 337.1 = 44.9066… → $44.9M to the nearest $0.1M; 580 − 44.9 = 535.1.
    expect(new D(580).times('26.1').div('337.1').toDecimalPlaces(1).toString()).toBe('44.9');
    for (const d of Object.values(docs)) {
      const [exports, imports] = d.components;
      expect([exports.id, imports.id]).toEqual(['exports', 'imports']);
      expect(parseAmount(exports.baseline.value).plus(parseAmount(imports.baseline.value)).eq(parseAmount(d.baseline.value))).toBe(true);
    }
    expect(parseAmount(SPLIT.exports).toString()).toBe('44900000');
    expect(parseAmount(SPLIT.imports).toString()).toBe('535100000');
  });

  it('gives every driver a source or an assumption (and the check catches one with neither)', () => {
    expect(unsourcedDrivers(docs)).toEqual([]);
    const bare = { ...docs.momentum, drivers: [{ id: 'base', type: 'growth', rate: '20%' }] };
    expect(unsourcedDrivers({ bare })).toEqual(['bare.drivers[0] (base)']);
    const blank = { ...docs.momentum, drivers: [{ id: 'base', type: 'growth', rate: '20%', source: ' ', assumption: '' }] };
    expect(unsourcedDrivers({ blank })).toEqual(['blank.drivers[0] (base)']);
  });

  it('labels every illustrative effect size as one', () => {
    for (const d of Object.values(docs)) {
      for (const driver of drivers(d)) {
        if (driver.type === 'tradeCost' || driver.type === 'ramp' || driver.type === 'event') {
          expect(driver.assumption, `${d.name}: ${driver.id}`).toMatch(/^Illustrative assumption/);
        }
      }
    }
  });

  it('counts no transport project twice: the Agband–Kalala bridge is part of the Araz corridor (and the check catches a repeat)', () => {
    expect(repeatedProjects(docs)).toEqual([]);
    const ids = drivers(docs.combined).map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(drivers(docs.combined).filter((d) => /Agband/.test(d.label ?? '')).map((d) => d.id)).toEqual(['araz_corridor']);
    const twice = { ...docs.corridorLed, drivers: [...docs.corridorLed.drivers, { id: 'agband_kalala', type: 'tradeCost', label: 'Agband–Kalala bridge', change: '-1%', elasticity: 5, startYear: 2025, source: 'x' }] };
    expect(repeatedProjects({ twice })).toEqual(['twice: Agband–Kalala in araz_corridor and agband_kalala']);
  });

  it('models transport and sanctions as trade-cost level effects, not growth rates', () => {
    for (const key of ['corridorLed', 'sanctionsDrag', 'combined'] as const) {
      const rateDrivers = drivers(docs[key]).filter((d) => d.type === 'growth' || d.type === 'schedule');
      expect(rateDrivers.map((d) => d.id)).toEqual(['base']);
    }
    const railway = drivers(docs.corridorLed).find((d) => d.id === 'railway') as AnyDriver & { startYear: number; elasticity: number };
    expect(railway.type).toBe('tradeCost');
    // Rasht–Astara: construction from March 2026, operation in under three years (facts, "Later and corrected facts").
    expect(railway.startYear).toBeGreaterThanOrEqual(2028);
    expect(railway.note).toMatch(/transit/);
    expect(railway.elasticity).toBe(5);
  });

  it('scopes the agricultural effect to exports and the gas swap to imports', () => {
    const scopes = Object.fromEntries(drivers(docs.agricultureEnergy).map((d) => [d.id, d.scope]));
    expect(scopes).toEqual({ base: undefined, agri_exports: 'exports', gas_swap: 'imports' });
  });

  it('takes the status quo from the calibration, rounded to 0.01 points', () => {
    const base = docs.statusQuo.drivers[0];
    expect(base.rate).toBe(percent(CAL.rate));
    expect(base.volatility).toBe(percent(CAL.volatility));
    expect([base.rate, base.volatility, percent(CAL.rateSd)]).toEqual(['0.64%', '33.66%', '7.02%']);
    expect(docs.statusQuo.uncertainty['base.rate']).toEqual({ type: 'normal', mean: '0.64%', sd: '7.02%' });
  });

  it('momentum is 2024’s +20% on both components, unscoped', () => {
    expect(drivers(docs.momentum)).toHaveLength(1);
    expect(docs.momentum.drivers[0]).toMatchObject({ id: 'base', type: 'growth', rate: '20%' });
    expect('scope' in docs.momentum.drivers[0]).toBe(false);
    // By hand: 1.2^5 = 2.48832; 44.9M × 2.48832 = 111,725,568; 535.1M × 2.48832 = 1,331,500,032; sum 1,443,225,600.
    const g = parseRate('20%').plus(1).pow(5);
    expect(g.toString()).toBe('2.48832');
    expect(parseAmount(SPLIT.exports).times(g).plus(parseAmount(SPLIT.imports).times(g)).toString()).toBe('1443225600');
  });
});

describe('percent', () => {
  it('rounds to 0.01 points and writes no binary tail', () => {
    expect([percent(0.006361132879422358), percent(0.3366431035626963), percent(-0.12223067631858069), percent(0.07), percent(0)]).toEqual([
      '0.64%',
      '33.66%',
      '-12.22%',
      '7.00%',
      '0.00%',
    ]);
  });
});

describe('the calibration of the status quo (scripts/calibrate-presets.ts)', () => {
  it('matches an independent computation from the COW rows and the statements', () => {
    // Reference: Python's statistics module on the COW dyadic rows 373–630 (flow1 + flow2, million USD) for
    // 1992–2014 plus 2018 = 400, 2023 = 480, 2024 = 580:
    //   d = [log(v[y]/v[y-1]) for consecutive known years]  → 23 changes
    //   expm1(mean(d)) = 0.006361132879422238, stdev(d) = 0.33451520787521444
    // and by hand the drift telescopes: mean(d) = (ln(248/259) + ln(580/480)) / 23.
    expect(CAL.n).toBe(23);
    expect(CAL.rate).toBeCloseTo(0.006361132879422238, 14);
    expect(CAL.rate).toBeCloseTo(Math.expm1((Math.log(248 / 259) + Math.log(580 / 480)) / 23), 14);
    expect(CAL.volatility).toBeCloseTo((1 + 0.006361132879422238) * 0.33451520787521444, 13);
    expect(CAL.rateSd).toBeCloseTo((1 + 0.006361132879422238) * (0.33451520787521444 / Math.sqrt(23)), 13);
    // The year-on-year swings of the record are ±20–50%: the volatility lies in that band.
    expect(CAL.volatility).toBeGreaterThan(0.2);
    expect(CAL.volatility).toBeLessThan(0.5);
  });

  it('is what the script computes today (rerun it when the history data change)', async () => {
    const { calibration } = await import('../../scripts/calibrate-presets');
    const c = await calibration();
    expect({ rate: c.rate, volatility: c.volatility, rateSd: c.rateSd, n: c.drift.n, from: c.drift.from, to: c.drift.to, swings: c.bigSwings }).toEqual({
      rate: CAL.rate,
      volatility: CAL.volatility,
      rateSd: CAL.rateSd,
      n: CAL.n,
      from: CAL.from,
      to: CAL.to,
      swings: CAL.swingsOver20,
    });
  });
});

describe('the presets projected (src/scenario project)', () => {
  const az = presets.azerbaijanIran;
  const at = (p: ReturnType<typeof project>, year: number) => p.values[p.years.indexOf(year)]!;

  it('momentum: $1.4432256B in 2029 exactly', () => {
    expect(at(project(az.momentum), 2029).toString()).toBe('1443225600');
  });

  it('status quo, corridor-led and sanctions drag match hand computations (Python decimal, 50 digits)', () => {
    // 580e6 · 1.0064^5
    expect(at(project(az.statusQuo), 2029).toString()).toBe('598799093.3068203425792');
    // Every trade-cost change complete by 2030: 580e6 · 1.0064^10 · 0.98^-5 · 0.985^-5 · 0.98^-5
    expect(at(project(az.corridorLed), 2034).toNumber() / 816004145.65135268858143658844585702647790987613421).toBeCloseTo(1, 13);
    // The snapback complete in 2026; the escalation event is not assumed, so not in the projection: 580e6 · 1.0064^5 · 1.03^-5
    expect(at(project(az.sanctionsDrag), 2029).toNumber() / 516529357.96773588088443633712683985966716964818438).toBeCloseTo(1, 13);
  });

  it('the target path reaches $10B in 2029', () => {
    expect(project(az.targetPath).target!.reachedIn).toBe(2029);
  });
});

// The split of a projection by component arrives with "project: components" (DESIGN, "Accounts"): until project
// returns `components`, these wait; they run as soon as it does.
const projectsComponents = 'components' in project(presets.azerbaijanIran.momentum);
describe.runIf(projectsComponents)('the presets projected by component', () => {
  const az = presets.azerbaijanIran;
  type Split = { components: Record<string, readonly { toString(): string }[]> };
  const in2029 = (s: (typeof az)[keyof typeof az], id: string) => (project(s) as unknown as Split).components[id]![5]!.toString();

  it('momentum: exports $111.725568M and imports $1,331.500032M in 2029 (by hand above)', () => {
    expect([in2029(az.momentum, 'exports'), in2029(az.momentum, 'imports')]).toEqual(['111725568', '1331500032']);
  });

  it('agriculture and energy: the farm effect on exports only, the gas swap on imports only (Python decimal)', () => {
    // exports 44.9e6 · 1.0064^5 · 1.4; imports 535.1e6 · 1.0064^5 · 1.05
    expect(Number(in2029(az.agricultureEnergy, 'exports')) / 64897432.7677012529905664).toBeCloseTo(1, 13);
    expect(Number(in2029(az.agricultureEnergy, 'imports')) / 580065973.39638541996523520).toBeCloseTo(1, 13);
  });
});
