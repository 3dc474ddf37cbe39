import { describe, expect, it } from 'vitest';
import { morris } from '../../src/index';

describe('morris', () => {
  const b = [3, -2, 0.5, 0];
  const ranges: [number, number][] = [
    [0, 1],
    [10, 14],
    [-5, 5],
    [0, 100],
  ];
  const linear = {
    model: (x: Record<string, number>) => b[0]! * x.p0! + b[1]! * x.p1! + b[2]! * x.p2! + b[3]! * x.p3!,
    params: { p0: ranges[0]!, p1: ranges[1]!, p2: ranges[2]!, p3: ranges[3]! },
  };

  it('gives μ = b·(upper − lower), μ* = |b|·(upper − lower) and σ = 0 for a linear model', () => {
    const result = morris(linear, { trajectories: 20, seed: 'linear' });
    // Reference: analytic; every elementary effect of b·x is b·(upper − lower) when steps are fractions of the range.
    b.forEach((coefficient, i) => {
      const width = ranges[i]![1] - ranges[i]![0];
      const index = result[`p${i}`]!;
      expect(index.mu).toBeCloseTo(coefficient * width, 10);
      expect(index.muStar).toBeCloseTo(Math.abs(coefficient) * width, 10);
      expect(index.sigma).toBeCloseTo(0, 10);
    });
  });

  it('gives exactly 0 to a parameter the model ignores', () => {
    const result = morris(linear, { trajectories: 10, seed: 3 });
    expect(result.p3).toEqual({ mu: 0, muStar: 0, sigma: 0 });
  });

  it('matches the analytic mean effect of x² within its standard error', () => {
    // Reference: on 4 levels Δ = 2/3; the effects of x² are 2/3 (between 0 and 2/3) and 4/3 (between 1/3 and 1),
    // each with probability 1/2, so E[μ*] = 1 and the effects' SD is 1/3.
    const square = { model: (x: Record<string, number>) => x.x! * x.x!, params: { x: [0, 1] as [number, number] } };
    const r = 400;
    const result = morris(square, { trajectories: r, seed: 11 });
    const se = 1 / 3 / Math.sqrt(r);
    expect(Math.abs(result.x!.muStar - 1)).toBeLessThan(4 * se);
    expect(result.x!.mu).toBe(result.x!.muStar);
    expect(Math.abs(result.x!.sigma - 1 / 3)).toBeLessThan(0.05);
  });

  it('reports interaction and non-linearity through σ', () => {
    const interacting = { model: (x: Record<string, number>) => x.a! * x.b!, params: { a: [0, 1], b: [0, 1] } as const };
    const result = morris(interacting, { trajectories: 50, seed: 5 });
    expect(result.a!.sigma).toBeGreaterThan(0.1);
  });

  it('is reproducible from its seed, and runs r·(k + 1) times', () => {
    let calls = 0;
    const counted = { model: (x: Record<string, number>) => (calls++, Math.sin(x.a!) * x.b! ** 2 + x.c!), params: { a: [0, 3], b: [1, 2], c: [0, 1] } as const };
    const first = morris(counted, { trajectories: 30, levels: 6, seed: 42 });
    expect(calls).toBe(30 * 4);
    expect(morris(counted, { trajectories: 30, levels: 6, seed: 42 })).toEqual(first);
    expect(morris(counted, { trajectories: 30, levels: 6, seed: 43 })).not.toEqual(first);
    // Regression: the values this seed gave when written (xoshiro128** seeded with 42).
    expect(first).toMatchInlineSnapshot(`
      {
        "a": {
          "mu": 1.7850951163242612,
          "muStar": 2.49867988439179,
          "sigma": 2.711744692096189,
        },
        "b": {
          "mu": 1.2685207721879799,
          "muStar": 1.2685207721879799,
          "sigma": 1.1762198151620842,
        },
        "c": {
          "mu": 1.0000000000000002,
          "muStar": 1.0000000000000002,
          "sigma": 2.9082903955295796e-16,
        },
      }
    `);
  });

  it('reports progress and stops on abort', () => {
    const seen: [number, number][] = [];
    morris(linear, { trajectories: 2000, seed: 1, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.at(-1)).toEqual([10000, 10000]);
    expect(seen.length).toBeGreaterThan(1);
    const controller = new AbortController();
    const reason = new Error('stop');
    expect(() =>
      morris(linear, { trajectories: 2000, seed: 1, signal: controller.signal, onProgress: () => controller.abort(reason) }),
    ).toThrow(reason);
    const aborted = AbortSignal.abort();
    expect(() => morris(linear, { seed: 1, signal: aborted })).toThrow(/abort/i);
  });

  it('rejects bad settings', () => {
    expect(() => morris(linear, { trajectories: 1, seed: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: morris: trajectories must be an integer ≥ 2, got 1]`,
    );
    expect(() => morris(linear, { levels: 5, seed: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: morris: levels must be an even integer ≥ 2, got 5]`,
    );
    expect(() => morris(linear, {} as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: morris: seed must be a safe integer or a string, got undefined]`,
    );
  });
});
