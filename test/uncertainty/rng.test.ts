import { describe, expect, it } from 'vitest';
import {
  createRng,
  fillStandardNormal,
  fillUniform,
  restoreRng,
  streamSeed,
  type Rng,
} from '../../src/uncertainty/rng';
import ziggurat from '../fixtures/uncertainty/ziggurat.json';
import fixture from '../fixtures/uncertainty/rng.json';

function take(rng: Rng, n: number): number[] {
  return Array.from({ length: n }, () => rng.nextUint32());
}

describe('xoshiro128**', () => {
  it('matches the published test vector of the reference C implementation for state {1, 2, 3, 4}', () => {
    // Reference: xoshiro128starstar.c seeded with s = {1, 2, 3, 4}; the same values are the test vector of the
    // rand_xoshiro crate, and scripts/gen-rng-reference.py reproduces them.
    expect(take(restoreRng([1, 2, 3, 4]), 10)).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804,
    ]);
    expect(fixture.rawState1234).toEqual(take(restoreRng([1, 2, 3, 4]), 8));
  });

  it.each(fixture.seeds)('seeds $seed exactly as the independent Python implementation', ({ seed, state, uint32 }) => {
    // Reference: scripts/gen-rng-reference.py (MurmurHash3_x86_128 over the seed's bytes, splitmix32 lanes and
    // xoshiro128** re-implemented in Python, byte-wise where the library hashes words).
    const rng = createRng(seed);
    expect(rng.state()).toEqual(state);
    expect(take(rng, uint32.length)).toEqual(uint32);
  });

  it.each(fixture.streams)('derives stream $stream of seed $seed as the Python implementation', (row) => {
    // Reference: scripts/gen-rng-reference.py.
    expect(streamSeed(row.seed, row.stream)).toEqual(row.state);
    expect(take(restoreRng(streamSeed(row.seed, row.stream)), row.uint32.length)).toEqual(row.uint32);
  });

  it.each(fixture.collisions)('no longer gives $a the stream of $b (the old 32-bit hash did: issue #14)', ({ a, b, stateA, stateB }) => {
    // Reference: scripts/gen-rng-reference.py; under the old hash both seeds of each pair had one state.
    expect(createRng(a).state()).toEqual(stateA);
    expect(createRng(b).state()).toEqual(stateB);
    expect(take(createRng(a), 4)).not.toEqual(take(createRng(b), 4));
  });

  it('keeps 128 bits of the seed: 200,000 string seeds give 200,000 distinct states, and none an integer seed’s', () => {
    // With a 32-bit hash, 400,000 seeds would share about n²/2^33 ≈ 19 states: the old hash failed this.
    const seen = new Set<string>();
    for (let i = 0; i < 200_000; i++) {
      seen.add(createRng(`seed-${i}`).state().join(','));
      seen.add(createRng(i).state().join(','));
    }
    expect(seen.size).toBe(400_000);
  });

  it('gives different sequences for different streams, and for a number seed and its string', () => {
    const first = new Set<number>();
    for (let s = 0; s < 100; s++) first.add(restoreRng(streamSeed(42, s)).nextUint32());
    first.add(createRng(42).nextUint32());
    expect(first.size).toBe(101);
    expect(createRng(42).nextUint32()).not.toBe(createRng('42').nextUint32());
  });

  it('maps a draw k to (k + 0.5) / 2^32, strictly inside (0, 1)', () => {
    const a = createRng(9);
    const b = createRng(9);
    for (let i = 0; i < 100; i++) expect(a.next()).toBe((b.nextUint32() + 0.5) / 2 ** 32);
    // The extremes of the map, on draws 0 and 2^32 − 1 of the test-vector sequence.
    const zero = restoreRng([1, 2, 3, 4]);
    zero.nextUint32();
    expect(zero.next()).toBe(2 ** -33);
    expect((2 ** 32 - 1 + 0.5) / 2 ** 32).toBeLessThan(1);
  });

  it('continues identically after saving and restoring its state', () => {
    const rng = createRng('save me');
    take(rng, 1234);
    const saved = rng.state();
    const expected = take(rng, 50);
    expect(take(restoreRng(saved), 50)).toEqual(expected);
    // state() is a copy: drawing more does not change a saved state.
    expect(rng.state()).not.toEqual(saved);
  });

  it('is uniform: chi-square over 100 equal cells stays below the 0.1 % critical value', () => {
    // 100 cells, 99 degrees of freedom: the 99.9th percentile of chi-square(99) is 148.23 (scipy.stats.chi2.ppf).
    const rng = createRng(2024);
    const n = 1_000_000;
    const counts = new Float64Array(100);
    const u = new Float64Array(n);
    fillUniform(rng, u);
    for (let i = 0; i < n; i++) counts[Math.floor(u[i]! * 100)]! += 1;
    const expected = n / 100;
    let chi2 = 0;
    for (const c of counts) chi2 += (c - expected) ** 2 / expected;
    expect(chi2).toBeLessThan(148.23);
    expect(chi2).toBeGreaterThan(62.4); // below the 0.1 % lower critical value would be suspiciously even
  });

  it('rejects seeds and states that are not what it documents', () => {
    expect(() => createRng(0.5)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: createRng: seed must be a safe integer or a string, got 0.5]`,
    );
    expect(() => createRng(Number.NaN)).toThrow(RangeError);
    expect(() => createRng(2 ** 53)).toThrow(RangeError);
    expect(() => createRng(null as never)).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: createRng: seed must be a safe integer or a string, got null]`,
    );
    expect(() => restoreRng([0, 0, 0, 0])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: restoreRng: state must not be all zero (xoshiro128** would output zeros forever)]`,
    );
    expect(() => restoreRng([1, 2, 3, 2 ** 32] as never)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: restoreRng: state[3] must be an integer in [0, 2^32), got 4294967296]`,
    );
    expect(() => restoreRng([1, 2, 3] as never)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: restoreRng: state must be an array of four 32-bit words, got an array of 3]`,
    );
    expect(() => streamSeed(1, 1.5)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: streamSeed: stream must be a non-negative safe integer, got 1.5]`,
    );
  });
});

describe('fillUniform and fillStandardNormal', () => {
  it('fillUniform gives exactly the values of next(), and leaves the generator where next() would', () => {
    const a = createRng(5);
    const b = createRng(5);
    const out = new Float64Array(1000);
    fillUniform(a, out);
    for (let i = 0; i < out.length; i++) expect(out[i]).toBe(b.next());
    expect(a.state()).toEqual(b.state());
  });

  it('fillStandardNormal gives the ziggurat normals of an independent Python implementation (scripts/gen-ziggurat-reference.py)', () => {
    // Python's libm and V8's may round exp/log of the table differently in the last place: 4 ulps of tolerance,
    // and the generator must end in the same state (the same words consumed, so the same wedge/tail decisions).
    for (const { state, normals, stateAfter } of ziggurat.cases) {
      const rng = restoreRng(state as [number, number, number, number]);
      const out = new Float64Array(normals.length);
      fillStandardNormal(rng, out);
      for (let i = 0; i < out.length; i++) {
        expect(Math.abs(out[i]! - normals[i]!)).toBeLessThanOrEqual(4 * Number.EPSILON * Math.max(1, Math.abs(normals[i]!)));
      }
      expect(rng.state()).toEqual(stateAfter);
    }
  });

  it('works through the interface for a generator of the caller’s own', () => {
    const inner = createRng(7);
    const wrapped: Rng = { next: () => inner.next(), nextUint32: () => inner.nextUint32(), state: () => inner.state() };
    const out = new Float64Array(10);
    fillStandardNormal(wrapped, out);
    const direct = new Float64Array(10);
    fillStandardNormal(createRng(7), direct);
    expect(out).toEqual(direct);
  });

  it('gives mean 0 and variance 1 within five standard errors', () => {
    // Reference: for n standard normals, SE(mean) = 1/√n and SE(variance) ≈ √(2/n).
    const n = 1_000_000;
    const z = new Float64Array(n);
    fillStandardNormal(createRng(31), z);
    let mean = 0;
    let m2 = 0;
    for (let i = 0; i < n; i++) {
      const d = z[i]! - mean;
      mean += d / (i + 1);
      m2 += d * (z[i]! - mean);
    }
    expect(Math.abs(mean)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(m2 / (n - 1) - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
  });
});
