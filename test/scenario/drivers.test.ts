/**
 * Each built-in driver, and a mix, against values computed by hand (the arithmetic is in the comments).
 * Decimals are compared as strings: the engine is exact to 40 significant digits.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { project, type DriverDocument } from '../../src/index';
import { D } from '../../src/money/decimal';

/** Log shares worked out by scripts/gen-log-share-references.py (Python decimal, 50 digits), to 20 digits. */
const REF = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'scenario', 'log-shares.json'), 'utf8')) as Record<string, Record<string, string>>;
const ref = (name: string, key: string) => new D(REF[name]![key]!).toSignificantDigits(20).toString();

const run = (drivers: DriverDocument[], endYear = 2027, value: number | string = 100) =>
  project({ name: 't', baseline: { year: 2024, value }, horizon: { endYear }, drivers });
const strings = (xs: readonly { toString(): string }[]) => xs.map(String);

describe('growth', () => {
  it('compounds a constant rate: 100 → 120 → 144 → 172.8', () => {
    const p = run([{ id: 'g', type: 'growth', rate: '20%' }]);
    expect(strings(p.values)).toEqual(['100', '120', '144', '172.8']);
    expect(strings(p.rates)).toEqual(['0.2', '0.2', '0.2']);
    expect(strings(p.contributions.g!)).toEqual(['20', '24', '28.8']);
  });

  it('ignores volatility in the exact projection', () => {
    const p = run([{ id: 'g', type: 'growth', rate: 0.1, volatility: 0.3 }], 2025);
    expect(p.values[1]!.toString()).toBe('110');
  });
});

describe('schedule', () => {
  it('adds to the base in its years (mode "add", the default): 100·1.15 = 115, then ·1.10 = 126.5', () => {
    const p = run([{ id: 'g', type: 'growth', rate: '10%' }, { id: 's', type: 'schedule', rates: { '2025': '5%' } }], 2026);
    expect(strings(p.values)).toEqual(['100', '115', '126.5']);
    expect(strings(p.contributions.s!)).toEqual(['5', '0']);
  });

  it('replaces the growth drivers in its years (mode "replace") and leaves ramps alone', () => {
    // 2025: 30% replaces the base 10%, the ramp adds 2% → 132; 2026: base 10% + ramp 2% → 147.84
    const p = run(
      [
        { id: 'g', type: 'growth', rate: '10%' },
        { id: 'r', type: 'ramp', startYear: 2025, fullYear: 2025, rate: '2%' },
        { id: 's', type: 'schedule', rates: { '2025': '30%' }, mode: 'replace' },
      ],
      2026,
    );
    expect(strings(p.values)).toEqual(['100', '132', '147.84']);
    expect(strings(p.contributions.g!)).toEqual(['0', '13.2']);
    expect(strings(p.contributions.s!)).toEqual(['30', '0']);
  });
});

describe('ramp', () => {
  it('phases growth points in linearly: 3, 6, 9 points over 2025–2027', () => {
    // 100 · 1.03 = 103; · 1.06 = 109.18; · 1.09 = 119.0062
    const p = run([{ id: 'r', type: 'ramp', startYear: 2025, fullYear: 2027, rate: '9%' }]);
    expect(strings(p.values)).toEqual(['100', '103', '109.18', '119.0062']);
  });

  it('lifts the level: half of +10% in 2025, all of it from 2026', () => {
    // levels 1.05 and 1.10: 105, then 110·(1.10/1.05)·… = 110, and it stays
    const p = run([{ id: 'r', type: 'ramp', startYear: 2025, fullYear: 2026, level: '10%' }]);
    expect(strings(p.values)).toEqual(['100', '105', '110', '110']);
  });

  it('follows a logistic S-curve that is exactly ½ in the middle and full in fullYear', () => {
    // Two years: t = ½ in 2025, where the rescaled logistic is ½ by symmetry; 1 in 2026.
    const p = run([{ id: 'r', type: 'ramp', startYear: 2025, fullYear: 2026, rate: '10%', shape: 's-curve' }], 2026);
    expect(strings(p.rates)).toEqual(['0.05', '0.1']);
    // Four years, t = ¼: (σ(−2.5) − σ(−5)) / (σ(5) − σ(−5)) = 0.0701037165451081… (Python, math.exp)
    const q = run([{ id: 'r', type: 'ramp', startYear: 2025, fullYear: 2028, rate: 1, shape: 's-curve' }], 2025);
    expect(q.rates[0]!.toNumber()).toBeCloseTo(0.07010371654510814, 15);
  });
});

describe('shock', () => {
  it('drops the level in its year and recovers in equal steps', () => {
    // levels 1, 0.8, 0.9, 1: 100, 100, 80, 90, 100
    const p = run([{ id: 'x', type: 'shock', year: 2026, size: '-20%', recoveryYears: 2 }], 2028);
    expect(strings(p.values)).toEqual(['100', '100', '80', '90', '100']);
    expect(strings(p.contributions.x!)).toEqual(['0', '-20', '10', '10']);
  });

  it('stays without recovery', () => {
    const p = run([{ id: 'x', type: 'shock', year: 2025, size: '-20%' }], 2026);
    expect(strings(p.values)).toEqual(['100', '80', '80']);
  });
});

describe('cap', () => {
  it('holds a hard ceiling', () => {
    const p = run([{ id: 'g', type: 'growth', rate: '50%' }, { id: 'c', type: 'cap', capacity: 200 }]);
    expect(strings(p.values)).toEqual(['100', '150', '200', '200']);
    // Log shares (issue #13): 2026 goes 150 → 225 (growth) → 200 (cap), Δ = 50 split as ln 1.5 : ln(200/225); the
    // cap's part is 50 · ln(8/9) / ln(4/3) = −20.4710419826604502291202165406… (scripts/gen-log-share-references.py). 2027
    // does not move (Δ = 0): zeros, though the growth and the cap each act.
    const sig = (xs: readonly { toSignificantDigits(n: number): { toString(): string } }[]) => xs.map((x) => x.toSignificantDigits(20).toString());
    expect(sig(p.contributions.c!)).toEqual(['0', ref('hardCap2026', 'c'), '0']);
    expect(sig(p.contributions.g!)).toEqual(['50', ref('hardCap2026', 'g'), '0']);
  });

  it('damps growth logistically: V + (U − V)(1 − V/K)', () => {
    // V0 = 100, U = 200 → 100 + 100·0.75 = 175; U = 350 → 175 + 175·(1 − 175/400) = 273.4375
    const p = run([{ id: 'g', type: 'growth', rate: '100%' }, { id: 'c', type: 'cap', capacity: 400, mode: 'logistic' }], 2026);
    expect(strings(p.values)).toEqual(['100', '175', '273.4375']);
  });
});

describe('the combination order: rates, then levels, then caps', () => {
  it('works through a mix by hand', () => {
    // 2025: 100 · 1.10 = 110, shock ·0.9 = 99, cap 105 not binding → 99
    // 2026: 99 · 1.10 = 108.9, no shock step, cap → 105
    const p = run(
      [
        { id: 'g', type: 'growth', rate: '10%' },
        { id: 'x', type: 'shock', year: 2025, size: '-10%' },
        { id: 'c', type: 'cap', capacity: 105 },
      ],
      2026,
    );
    expect(strings(p.values)).toEqual(['100', '99', '105']);
    // Contributions are log shares (issue #13), whatever the order: 2025's Δ = −1 splits as ln 1.1 : ln 0.9, so the
    // growth supplies −ln 1.1 / ln 0.99 = 9.48328306572159995652115904… and the shock −10.48328306572159995652…;
    // 2026's Δ = 6 splits as ln 1.1 : ln(105/108.9): 6 · ln 1.1 / ln(105/99) = 9.71883445251251794567521141…
    // (scripts/gen-log-share-references.py). The logarithms are taken to 25 digits: compare at 20.
    const sig = (xs: readonly { toSignificantDigits(n: number): { toString(): string } }[]) => xs.map((x) => x.toSignificantDigits(20).toString());
    expect(sig(p.contributions.g!)).toEqual([ref('mix2025', 'g'), ref('mix2026', 'g')]);
    expect(sig(p.contributions.x!)).toEqual([ref('mix2025', 'x'), '0']);
    expect(sig(p.contributions.c!)).toEqual(['0', ref('mix2026', 'c')]);
    // 105/99 − 1 = 0.0606… (the rate is a 40-digit quotient less one: compare at 30 places)
    expect(p.rates.map((r) => r.toFixed(30))).toEqual(['-0.010000000000000000000000000000', '0.060606060606060606060606060606']);
  });

  it('makes contributions add up to each year’s change exactly', () => {
    const p = run(
      [
        { id: 'g', type: 'growth', rate: '17%' },
        { id: 'r', type: 'ramp', startYear: 2025, fullYear: 2029, rate: '3%', level: '7%', shape: 's-curve' },
        { id: 'x', type: 'shock', year: 2027, size: '-13%', recoveryYears: 3 },
        { id: 'c', type: 'cap', capacity: 190, mode: 'logistic' },
      ],
      2032,
    );
    for (let i = 0; i < p.rates.length; i++) {
      const sum = Object.values(p.contributions).reduce((acc, list) => acc.plus(list[i]!), p.values[i]!);
      expect(sum.minus(p.values[i + 1]!).abs().toNumber()).toBeLessThan(1e-35);
    }
  });

  it('rejects a year whose combined rate is at or below −100 %, naming the year', () => {
    expect(() =>
      run([{ id: 'g', type: 'growth', rate: '-60%' }, { id: 's', type: 'schedule', rates: { '2026': '-50%' } }]),
    ).toThrowErrorMatchingInlineSnapshot(`[RangeError: project: the combined growth rate into 2026 is -110.00%, at or below -100%]`);
  });
});
