import { describe, expect, it } from 'vitest';
import { createRng, prim } from '../../src/index';
import { hypergeometricUpperTail } from '../../src/sensitivity/internal/primHypergeometric';
import references from '../fixtures/sensitivity/prim-references.json';

/** X uniform in [0, 1]^4; hits exactly where x1 > 0.7 and x2 < 0.3, then 5 % of the labels flipped. */
function boxProblem(seed: number, n = 10_000) {
  const rng = createRng(seed);
  const k = 4;
  const x = new Float64Array(n * k);
  const hits = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < k; j++) x[r * k + j] = rng.next();
    const inside = x[r * k]! > 0.7 && x[r * k + 1]! < 0.3;
    hits[r] = inside !== rng.next() < 0.05 ? 1 : 0;
  }
  return { x, k, hits };
}

describe('prim on a problem whose box is known', () => {
  it.each([1, 2, 3])('recovers x1 > 0.7 and x2 < 0.3 within ±0.05 and leaves x3, x4 free (seed %i)', (seed) => {
    const data = boxProblem(seed);
    const result = prim(data);
    const box = result.boxes[result.chosen]!;
    // Reference: the box that generated the hits (a tolerance of 0.05, the issue's).
    expect(box.restricted.map((r) => r.param)).toEqual(['x1', 'x2']);
    expect(box.limits.x1!.min).toBeGreaterThan(0.65);
    expect(box.limits.x1!.min).toBeLessThan(0.75);
    expect(box.limits.x2!.max).toBeGreaterThan(0.25);
    expect(box.limits.x2!.max).toBeLessThan(0.35);
    // Unrestricted sides are the sampled extremes.
    expect(box.limits.x1!.max).toBe(result.ranges.x1!.max);
    expect(box.limits.x2!.min).toBe(result.ranges.x2!.min);
    expect(box.limits.x3).toEqual(result.ranges.x3);
    expect(box.limits.x4).toEqual(result.ranges.x4);
    // Reference: inside the true box 95 % are hits; outside 5 %. With m ≈ 900 points one standard error is ≈ 0.0073,
    // and the box shifts by at most 0.05 on two sides: density and coverage stay within these bounds.
    expect(box.density).toBeGreaterThan(0.9);
    expect(box.coverage).toBeGreaterThan(0.55);
    for (const restriction of box.restricted) expect(restriction.pValue).toBeLessThan(1e-10);
    // The two true parameters separate hits from misses; the noise ones hardly (KS of pure noise with these sample
    // sizes stays below 1.36·√(1/1310 + 1/8690) ≈ 0.04 at the 5 % level).
    expect(result.features.slice(0, 2).map((f) => f.param).sort()).toEqual(['x1', 'x2']);
    expect(result.features.find((f) => f.param === 'x1')!.direction).toBe('higher');
    expect(result.features.find((f) => f.param === 'x2')!.direction).toBe('lower');
    for (const f of result.features.slice(2)) expect(f.score).toBeLessThan(0.05);
  });

  it('gives the same result for the same data, and pins seed 1', () => {
    const a = prim(boxProblem(1));
    const b = prim(boxProblem(1));
    expect(a).toEqual(b);
    const box = a.boxes[a.chosen]!;
    const pinned = { chosen: a.chosen, boxes: a.boxes.length, count: box.count, hits: box.hits, widened: box.widened };
    expect({ ...pinned, x1: box.limits.x1!.min, x2: box.limits.x2!.max }).toMatchInlineSnapshot(`
      {
        "boxes": 59,
        "chosen": 49,
        "count": 853,
        "hits": 816,
        "widened": true,
        "x1": 0.7018876926740631,
        "x2": 0.30016027041710913,
      }
    `);
  });

  it('keeps the trajectory in order: mass falls, density does not, and no box is below minMass', () => {
    const result = prim(boxProblem(2), { minMass: 0.1 });
    const trajectory = result.tradeoff.filter((_, i) => i !== result.chosen);
    for (let i = 1; i < trajectory.length; i++) {
      expect(trajectory[i]!.mass).toBeLessThan(trajectory[i - 1]!.mass);
      expect(trajectory[i]!.density).toBeGreaterThanOrEqual(trajectory[i - 1]!.density);
    }
    for (const point of result.tradeoff) expect(point.mass).toBeGreaterThanOrEqual(0.1);
    expect(result.tradeoff[0]).toEqual({ coverage: 1, density: result.hitRate, mass: 1 });
    result.boxes.forEach((box, i) => expect(result.tradeoff[i]).toEqual({ coverage: box.coverage, density: box.density, mass: box.mass }));
  });

  it('honours the coverage threshold', () => {
    const result = prim(boxProblem(3), { threshold: 0.95 });
    expect(result.boxes[result.chosen]!.coverage).toBeGreaterThanOrEqual(0.95);
  });
});

describe('prim by hand', () => {
  it('peels one side step by step on ten points', () => {
    // x = 0..9, hits at x ≥ 6; alpha 0.2 removes floor(0.2 m) (at least 1) points a peel.
    const x = Array.from({ length: 10 }, (_, i) => i);
    const result = prim({ x, k: 1, hits: x.map((v) => v >= 6), names: ['v'] }, { alpha: 0.2, minMass: 0.1 });
    // Reference, by hand: peels remove {0, 1}, {2}, {3}, {4}, {5}; densities 4/10, 4/8, 4/7, 4/6, 4/5, 4/4.
    expect(result.tradeoff.map((t) => t.density)).toEqual([0.4, 0.5, 4 / 7, 4 / 6, 0.8, 1]);
    expect(result.tradeoff.map((t) => t.mass)).toEqual([1, 0.8, 0.7, 0.6, 0.5, 0.4]);
    expect(result.boxes.map((b) => b.limits.v!.min)).toEqual([0, 1.5, 2.5, 3.5, 4.5, 5.5]);
    expect(result.chosen).toBe(5);
    // Reference: with the restriction dropped, all 10 points hold 4 hits; the 4 in the box are all hits with
    // probability C(4,4)·C(6,0)/C(10,4) = 1/210 (hypergeometric).
    expect(result.boxes[5]!.restricted).toEqual([{ param: 'v', min: 5.5, max: 9, pValue: expect.closeTo(1 / 210, 14) }]);
    expect(result.boxes[5]!.widened).toBe(false);
  });

  it('keeps tied values on the same side of a limit', () => {
    const x = [0, 0, 0, 1, 1, 2, 2, 2, 3, 3];
    const result = prim({ x, k: 1, hits: x.map((v) => v >= 2) }, { alpha: 0.2, minMass: 0.1 });
    // Reference, by hand: the first peel of 2 points takes the third 0 with them (7 left, 5 hits); the next peel of
    // floor(0.2·7) = 1 point takes both 1s.
    expect(result.boxes.map((b) => [b.count, b.hits, b.limits.x1!.min])).toEqual([
      [10, 5, 0],
      [7, 5, 0.5],
      [5, 5, 1.5],
    ]);
  });

  it('pastes back what a coarse peel cut off', () => {
    // 100 points, hits at x ≥ 0.37; alpha 0.5 peels overshoot, and pasting widens the chosen box while it stays pure.
    const x = Array.from({ length: 100 }, (_, i) => i / 100);
    const hits = x.map((v) => v >= 0.37);
    const peeled = prim({ x, k: 1, hits }, { alpha: 0.5, paste: false });
    const pasted = prim({ x, k: 1, hits }, { alpha: 0.5 });
    expect(peeled.boxes[peeled.chosen]!.limits.x1!.min).toBeGreaterThan(0.37);
    // Reference: the pure box is x ≥ 0.37, its limit halfway between 0.36 and 0.37.
    expect(pasted.boxes[pasted.chosen]!.limits.x1!.min).toBeCloseTo(0.365, 12);
    expect(pasted.boxes[pasted.chosen]).toMatchObject({ density: 1, coverage: 1, widened: true });
  });
});

describe('prim with nothing to find', () => {
  const x = Array.from({ length: 40 }, (_, i) => i / 40);

  it('explains a problem with no hits, without NaN', () => {
    const result = prim({ x, k: 2, hits: new Uint8Array(20) });
    expect(result.boxes).toHaveLength(1);
    expect(result.chosen).toBe(0);
    expect(result.tradeoff).toEqual([{ coverage: 0, density: 0, mass: 1 }]);
    expect(result.hitRate).toBe(0);
    expect(result.features.map((f) => f.score)).toEqual([0, 0]);
    expect(result.explanation).toMatchInlineSnapshot(`"None of the 20 runs are cases of interest: there is no box to find; widen the ranges or ease the condition."`);
    expect(JSON.stringify(result)).not.toMatch(/null|NaN/);
  });

  it('explains a problem with only hits', () => {
    const result = prim({ x, k: 2, hits: new Array(20).fill(true) });
    expect(result.tradeoff).toEqual([{ coverage: 1, density: 1, mass: 1 }]);
    expect(result.boxes[0]!.restricted).toEqual([]);
    expect(result.explanation).toBe('All 20 runs are cases of interest: every assumption sampled is enough, so no box narrows it.');
  });

  it('cannot peel a constant parameter', () => {
    const data = { x: new Array(20).fill(1), k: 1, hits: Array.from({ length: 20 }, (_, i) => i % 2 === 0) };
    const result = prim(data);
    expect(result.boxes).toHaveLength(1);
    expect(result.boxes[0]!.limits.x1).toEqual({ min: 1, max: 1 });
  });
});

describe('prim significance and separation against SciPy', () => {
  it.each(references.hypergeometricSf)('hypergeometric upper tail P(X ≥ $observed), N=$population K=$successes n=$draws', (c) => {
    const p = hypergeometricUpperTail(c.observed, c.population, c.successes, c.draws);
    // Reference: scipy.stats.hypergeom.sf (test/fixtures/sensitivity/make-prim-references.py).
    if (c.sf === 0) expect(p).toBeLessThan(1e-300);
    else expect(Math.abs(p - c.sf) / c.sf).toBeLessThan(1e-9);
  });

  it.each(references.ks.map((c, i) => ({ ...c, i })))('Kolmogorov–Smirnov statistic, sample $i', (c) => {
    const values = [...c.hit, ...c.miss];
    const hits = values.map((_, i) => i < c.hit.length);
    const result = prim({ x: values, k: 1, hits, names: ['v'] });
    // Reference: scipy.stats.ks_2samp(hit, miss).statistic.
    expect(result.features[0]!.score).toBeCloseTo(c.statistic, 12);
  });
});

describe('prim input checks', () => {
  const data = { x: [0, 1, 2, 3], k: 2, hits: [true, false] };
  it('names the rule and the value', () => {
    expect(() => prim({ ...data, k: 3 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: prim: x must hold n × k values with n ≥ 1 (k = 3), got 4 values]`);
    expect(() => prim({ ...data, k: 0 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: prim: k must be a whole number ≥ 1, got 0]`);
    expect(() => prim({ ...data, x: [0, 1, Number.NaN, 3] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: prim: x must hold finite numbers, got NaN at index 2]`);
    expect(() => prim({ ...data, hits: [true] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: prim: hits must have one entry per row (2), got 1]`);
    expect(() => prim({ ...data, names: ['a', 'a'] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: prim: names must be distinct, got a, a]`);
    expect(() => prim({ ...data, names: ['a'] })).toThrowErrorMatchingInlineSnapshot(`[RangeError: prim: names must have k = 2 entries, got 1]`);
    expect(() => prim(data, { alpha: 0 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: prim: alpha must be in (0, 0.5], got 0]`);
    expect(() => prim(data, { minMass: 1 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: prim: minMass must be in (0, 1), got 1]`);
    expect(() => prim(data, { threshold: 1.5 })).toThrowErrorMatchingInlineSnapshot(`[RangeError: prim: threshold must be in [0, 1], got 1.5]`);
    // @ts-expect-error: a string where a number belongs
    expect(() => prim(data, { alpha: '5%' })).toThrowErrorMatchingInlineSnapshot(`[TypeError: prim: alpha must be a number, got "5%"]`);
    // @ts-expect-error: not a data object
    expect(() => prim(null)).toThrowErrorMatchingInlineSnapshot(`[TypeError: prim: data must be { x, k, hits, names? }, got null]`);
    // @ts-expect-error: x is not an array
    expect(() => prim({ ...data, x: 'abc' })).toThrowErrorMatchingInlineSnapshot(`[TypeError: prim: x must be a Float64Array or an array of numbers, got "abc"]`);
  });
});
