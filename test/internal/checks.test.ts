import { describe, expect, it } from 'vitest';
import { throwIfAborted } from '../../src/internal/abortSignal';
import { checkOptionsObject } from '../../src/internal/checkOptionsObject';
import { checkSampler } from '../../src/internal/checkSampler';
import { checkSeed } from '../../src/internal/checkSeed';

/** The shared checks (issue #16, "one home for shared checks"): each rule, each error class, each message. */
describe('checkOptionsObject', () => {
  it('passes any object, arrays included, and refuses null and non-objects naming the caller and the shape', () => {
    expect(() => checkOptionsObject({}, 'f', 'an object')).not.toThrow();
    expect(() => checkOptionsObject([], 'f', 'an object')).not.toThrow();
    expect(() => checkOptionsObject(null, 'tornado', 'an object')).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: tornado: options must be an object, got null]`,
    );
    expect(() => checkOptionsObject(3, 'formatAmount', 'an object like { digits: 3 }')).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: formatAmount: options must be an object like { digits: 3 }, got 3]`,
    );
  });
});

describe('checkSeed', () => {
  it('passes safe integers (negative and the largest too) and any string', () => {
    for (const seed of [0, -1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, '', 'run 7']) {
      expect(() => checkSeed(seed, 'f')).not.toThrow();
    }
  });

  it('a number that is not a safe integer is a RangeError', () => {
    // 2^53 is the first integer a double cannot tell from its neighbour (2^53 + 1 rounds to it).
    for (const seed of [1.5, 2 ** 53, NaN, Infinity]) expect(() => checkSeed(seed, 'f')).toThrow(RangeError);
    expect(() => checkSeed(0.5, 'simulate')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: simulate: seed must be a safe integer or a string, got 0.5]`,
    );
  });

  it('anything else is a TypeError', () => {
    for (const seed of [undefined, null, 1n, {}, [1]]) expect(() => checkSeed(seed, 'f')).toThrow(TypeError);
    expect(() => checkSeed(undefined, 'morris')).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: morris: seed must be a safe integer or a string, got undefined]`,
    );
  });
});

describe('checkSampler', () => {
  it('returns the sampler named, or the caller’s default when none is', () => {
    expect(checkSampler('lhs', 'f', 'random')).toBe('lhs');
    expect(checkSampler('sobol', 'f', 'random')).toBe('sobol');
    expect(checkSampler(undefined, 'f', 'lhs')).toBe('lhs');
  });

  it('refuses any other value, null included', () => {
    expect(() => checkSampler(null, 'f', 'random')).toThrow(RangeError);
    expect(() => checkSampler('halton', 'discover', 'lhs')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: discover: sampler must be 'random', 'lhs' or 'sobol', got "halton"]`,
    );
  });
});

describe('throwIfAborted', () => {
  it('does nothing without a signal or before an abort', () => {
    expect(() => throwIfAborted(undefined, 'f')).not.toThrow();
    expect(() => throwIfAborted(new AbortController().signal, 'f')).not.toThrow();
  });

  it("throws the signal's own reason", () => {
    const controller = new AbortController();
    const reason = new Error('stop here');
    controller.abort(reason);
    expect(() => throwIfAborted(controller.signal, 'f')).toThrow(reason);
    const plain = new AbortController();
    plain.abort();
    expect(() => throwIfAborted(plain.signal, 'f')).toThrow(expect.objectContaining({ name: 'AbortError' }));
  });

  it('names the caller for a signal-like object without a reason', () => {
    expect(() => throwIfAborted({ aborted: true }, 'sobol')).toThrowErrorMatchingInlineSnapshot(`[Error: sobol: aborted]`);
  });
});
