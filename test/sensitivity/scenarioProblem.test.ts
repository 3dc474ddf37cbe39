import { describe, expect, it } from 'vitest';
import { goalSeek, morris, presets, project, sobol, tornado } from '../../src/index';
import { certain } from '../helpers/certain';

const az = { ...presets.azerbaijanIran, corridorLed: certain(presets.azerbaijanIran.corridorLed) };

describe('goalSeek on a scenario', () => {
  it('finds the required CAGR as the base rate that reaches $10B in 2029', () => {
    // Reference: (10000/580)^(1/5) − 1 = 0.76731678143004192800… (Python decimal, 50 digits)
    const result = goalSeek(az.momentum, { param: 'base.rate' });
    expect(result.found && result.value).toBeCloseTo(0.767316781430042, 10);
  });

  it('finds a lever whose value the exact engine confirms, in any year asked for', () => {
    const result = goalSeek(az.corridorLed, { param: 'railway.change', year: 2030 });
    if (!result.found) throw new Error(result.reason);
    const check = project(az.corridorLed, { overrides: { 'railway.change': result.value } });
    expect(check.values[6]!.toNumber() / 1e10).toBeCloseTo(1, 9);
  });

  it('says why when no value in the bounds reaches the target', () => {
    const result = goalSeek(az.momentum, { param: 'base.rate', bounds: [0, 0.5] });
    expect(result.found).toBe(false);
    expect(result.found ? '' : result.reason).toMatch(/base\.rate/);
  });
});

describe('tornado on a scenario', () => {
  it('moves each continuous parameter ±10 % (±0.01 at least for a rate) and agrees with project', () => {
    const t = tornado(az.corridorLed);
    const params = t.bars.map((b) => b.param).sort();
    // years, volatility and the target (which moves no path) are left out
    expect(params).toEqual([
      'araz_corridor.change',
      'araz_corridor.elasticity',
      'astarachay.change',
      'astarachay.elasticity',
      'base.rate',
      'baseline.value',
      'railway.change',
      'railway.elasticity',
    ]);
    const base = t.bars.find((b) => b.param === 'base.rate')!;
    // 0.64% ± 0.01: 10 % of the rate is less than the 0.01 floor
    expect([base.low, base.high].map((x) => x.toFixed(12))).toEqual(['-0.003600000000', '0.016400000000']);
    // an elasticity moves ±10 %: 5 → 4.5 and 5.5
    const theta = t.bars.find((b) => b.param === 'railway.elasticity')!;
    expect([theta.low, theta.high].map((x) => x.toFixed(12))).toEqual(['4.500000000000', '5.500000000000']);
    expect(t.base / project(az.corridorLed).values[10]!.toNumber()).toBeCloseTo(1, 12);
    for (const bar of t.bars) {
      const low = project(az.corridorLed, { overrides: { [bar.param]: bar.low } }).values[10]!.toNumber();
      expect(bar.outputLow / low).toBeCloseTo(1, 12);
    }
    expect(t.bars[0]!.swing).toBeGreaterThanOrEqual(t.bars[1]!.swing);
  });

  it('gives one tornado per year with byYear, from one design', () => {
    const perYear = tornado(az.momentum, { byYear: true });
    expect(perYear.map((t) => t.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034]);
    // Reference: 580M · 1.22^5 for the high base rate in 2029
    const bar2029 = perYear[4]!.bars.find((b) => b.param === 'base.rate')!;
    expect(bar2029.outputHigh).toBeCloseTo(580e6 * 1.22 ** 5, 3);
  });
});

describe('Sobol’ on a scenario', () => {
  it('matches the analytic indices of ln(value), which is additive in ln V₀ and 5·ln(1 + r)', () => {
    // V₂₀₂₉ = V₀ (1 + r)^5, so ln V = ln V₀ + 5 ln(1 + r): no interaction, S = ST = Var_i / ΣVar.
    // With V₀ ~ U(500M, 700M) and 1 + r ~ U(1.1, 1.3), Var(ln U(a, b)) from ∫ln x and ∫ln²x (closed forms):
    // S(baseline.value) = 0.1391059, S(base.rate) = 0.8608941 (Python, math.log)
    const result = sobol(
      {
        scenario: az.momentum,
        params: { 'baseline.value': [500e6, 700e6], 'base.rate': [0.1, 0.3] },
        output: (path) => Math.log(path[5]!),
      },
      { n: 4096, seed: 3, bootstrap: 100 },
    );
    expect(result.first['baseline.value']).toBeCloseTo(0.1391059, 2);
    expect(result.first['base.rate']).toBeCloseTo(0.8608941, 2);
    expect(result.total['base.rate']).toBeCloseTo(0.8608941, 2);
    expect(result.total['baseline.value']).toBeCloseTo(0.1391059, 2);
  });
});

describe('Morris on a scenario', () => {
  it('ranks the base rate above the bridges and is reproducible', () => {
    const a = morris(az.corridorLed, { seed: 9, trajectories: 20 });
    const b = morris(az.corridorLed, { seed: 9, trajectories: 20 });
    expect(a).toEqual(b);
    expect(a['base.rate']!.muStar).toBeGreaterThan(a['astarachay.change']!.muStar);
  });
});

describe('scenario problems: bad input', () => {
  it('names an unknown parameter and an output year outside the projection', () => {
    expect(() => tornado({ scenario: az.momentum, params: ['base.rat'] })).toThrow(/unknown parameter "base.rat"/);
    expect(() => tornado({ scenario: az.momentum, output: { year: 2050 } })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: tornado: output.year must be one of 2024..2034, got 2050]`,
    );
    expect(() => sobol({ model: () => 1, params: {} } as never, { n: 8, seed: 1, byYear: true })).toThrow(/byYear needs a scenario/);
  });
});

describe('scenario problems take the scenario’s own uncertainty by default', () => {
  it('analyses the uncertain parameters of the corridor-led preset', () => {
    const t = tornado(presets.azerbaijanIran.corridorLed);
    expect(t.bars.map((b) => b.param).sort()).toEqual(['araz_corridor.change', 'astarachay.change', 'base.rate', 'railway.change']);
    // base.rate ~ Normal(0.0064, 0.0702): tornado swings it over its 10th and 90th percentiles, 0.0064 ∓ 1.2816·0.0702
    const bar = t.bars.find((b) => b.param === 'base.rate')!;
    expect(bar.low).toBeCloseTo(0.0064 - 1.2815515655446004 * 0.0702, 12);
  });
});

describe('scenario problems share a compiled kernel between calls', () => {
  const scenario = presets.azerbaijanIran.combined;

  it('gives the same indices on a second call, with codegen false, and in a nested analysis of the same scenario', () => {
    const alone = sobol({ scenario, output: 'final' }, { n: 64, seed: 4 });
    expect(sobol({ scenario, output: 'final' }, { n: 64, seed: 4 })).toEqual(alone);
    expect(sobol({ scenario, output: 'final' }, { n: 64, seed: 4, codegen: false })).toEqual(alone);
    // The outer analysis reads the final value through a function (the same paths and kernel options as 'final'),
    // and while its evaluation is under way starts the inner one, which then gets a kernel of its own.
    let inner: ReturnType<typeof sobol> | undefined;
    const outer = sobol(
      {
        scenario,
        output: (path) => {
          inner ??= sobol({ scenario, output: 'final' }, { n: 64, seed: 4 });
          return path[path.length - 1]!;
        },
      },
      { n: 64, seed: 4 },
    );
    expect(inner).toEqual(alone);
    expect(outer).toEqual(alone);
  });
});
