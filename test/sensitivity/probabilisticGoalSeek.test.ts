import { describe, expect, it } from 'vitest';
import { presets, probabilisticGoalSeek, simulate, uniform } from '../../src/index';
import { certain } from '../helpers/certain';

// The 20%-a-year variant: one growth driver and no uncertainty of its own, so the reference below is analytic.
const sq = presets.azerbaijanIran.momentum;
const uncertain = { 'baseline.value': uniform({ min: 560e6, max: 600e6 }) };

describe('probabilisticGoalSeek', () => {
  it('finds the smallest base rate that reaches $10B in 2029 in half the runs, exactly as the runs imply', () => {
    const runs = 2000;
    const result = probabilisticGoalSeek(sq, { param: 'base.rate', probability: 0.5, runs, seed: 1, uncertain, tolerance: 1e-10 });
    if (!result.found) throw new Error(result.reason);
    // Reference: the same seed gives the same design; a run hits when V₀(1 + r)^5 ≥ 10¹⁰, so 1000 hits need
    // r ≥ (10¹⁰ / V₍₁₀₀₀₎)^(1/5) − 1 with V₍₁₀₀₀₎ the 1000th largest baseline drawn.
    const baselines = simulate(sq, { runs, seed: 1, uncertain }).inputsOf('baseline.value').sort();
    const exact = (1e10 / baselines[runs - 1000]!) ** (1 / 5) - 1;
    expect(result.value).toBeCloseTo(exact, 8);
    expect(result.probability.estimate).toBe(0.5);
  });

  it('asks more of the lever for a higher probability', () => {
    // The lever is the base growth; the Araz corridor's trade-cost cut is uncertain (it reaches 2029 in full).
    const options = { param: 'base.rate', runs: 3000, seed: 2, uncertain: { 'araz_corridor.change': uniform({ min: -0.2, max: 0 }) } };
    const half = probabilisticGoalSeek(certain(presets.azerbaijanIran.corridorLed), { ...options, probability: 0.5 });
    const most = probabilisticGoalSeek(certain(presets.azerbaijanIran.corridorLed), { ...options, probability: 0.8 });
    expect(half.found && most.found && most.value > half.value).toBe(true);
  });

  it('returns a reason, never NaN, when no value in the bounds is enough', () => {
    const result = probabilisticGoalSeek(sq, { param: 'base.rate', probability: 0.5, runs: 500, seed: 1, uncertain, bounds: [0, 0.5] });
    expect(result).toEqual({
      found: false,
      reason: 'probabilisticGoalSeek: even base.rate = 0.5 reaches the target by 2029 in none of the 500 runs (a chance below 0.8%), below 50.0%',
      // Reference: the Wilson bound with no hit, z²/(n + z²) = 3.8415/503.84 = 0.762%, rounded up to "0.8%".
    });
  });

  it('rejects a lever that is uncertain, a bad probability and an unknown lever', () => {
    expect(() => probabilisticGoalSeek(sq, { param: 'baseline.value', probability: 0.5, runs: 10, seed: 1, uncertain })).toThrow(
      'probabilisticGoalSeek: param "baseline.value" is uncertain; the lever must be a fixed parameter',
    );
    expect(() => probabilisticGoalSeek(sq, { param: 'base.rate', probability: 1, runs: 10, seed: 1 })).toThrow(
      'probabilisticGoalSeek: probability must be in (0, 1), got 1',
    );
    expect(() => probabilisticGoalSeek(sq, { param: 'base.rat', probability: 0.5, runs: 10, seed: 1 })).toThrow(/unknown parameter "base.rat"/);
  });
});
