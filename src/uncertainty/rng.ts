import { show } from '../internal/show';
import { inverseNormalCdf } from './special/inverseNormalCdf';

/**
 * The four 32-bit words of a xoshiro128** generator. Any four words that are not all zero are a valid state;
 * save one with `rng.state()` and continue exactly where it left off with `restoreRng(state)`.
 */
export type RngState = readonly [number, number, number, number];

/**
 * A seeded source of uniform random numbers (xoshiro128**, Blackman and Vigna 2018).
 *
 * `next()` takes one 32-bit draw `k` and returns `(k + 0.5) / 2^32`: 32 bits of resolution, strictly inside
 * (0, 1), never 0 or 1 — so an inverse CDF applied to it never returns an infinite value.
 */
export interface Rng {
  /** A uniform number in (0, 1) from one 32-bit draw: `(k + 0.5) / 2^32`. */
  next(): number;
  /** The next raw 32-bit output, an integer in [0, 2^32). */
  nextUint32(): number;
  /** A copy of the current state: `restoreRng(rng.state())` continues the same sequence. */
  state(): RngState;
}

const TWO_POW_MINUS_32 = 2 ** -32;
const GOLDEN_GAMMA = 0x9e3779b9;

/** splitmix32's output function (Steele, Lea and Flood's splitmix, 32-bit finaliser constants of hash-prospector). */
function mix32(z: number): number {
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/**
 * Folds a list of 32-bit words into four state words: each word is absorbed by `acc = mix32(acc + γ ^ word)`, then a
 * splitmix32 sequence started at `acc` gives the four words. mix32 is a bijection, so the four words (outputs at
 * four different counters) are distinct and never all zero.
 */
function stateFromWords(words: readonly number[]): RngState {
  let acc = 0;
  for (const word of words) acc = mix32(((acc + GOLDEN_GAMMA) ^ word) >>> 0);
  const out: number[] = [];
  for (let i = 0; i < 4; i++) {
    acc = (acc + GOLDEN_GAMMA) >>> 0;
    out.push(mix32(acc));
  }
  return [out[0]!, out[1]!, out[2]!, out[3]!];
}

const TAG_NUMBER = 1;
const TAG_STRING = 2;
const TAG_STREAM = 0x5354524d; // "STRM"

/** The words a seed stands for: a tag, then the integer's low and high 32 bits, or the string's UTF-8 bytes. */
function seedWords(seed: number | string, fn: string): number[] {
  if (typeof seed === 'number') {
    if (!Number.isSafeInteger(seed)) {
      throw new RangeError(`${fn}: seed must be a safe integer or a string, got ${show(seed)}`);
    }
    const low = seed % 2 ** 32;
    const high = Math.floor(seed / 2 ** 32);
    return [TAG_NUMBER, low >>> 0, high >>> 0];
  }
  if (typeof seed === 'string') {
    const bytes = new TextEncoder().encode(seed);
    return [TAG_STRING, bytes.length, ...bytes];
  }
  throw new TypeError(`${fn}: seed must be a safe integer or a string, got ${show(seed)}`);
}

/** xoshiro128** with its state in four fields, so bulk fills can copy them into locals and back. */
class Xoshiro128 implements Rng {
  s0: number;
  s1: number;
  s2: number;
  s3: number;

  constructor(state: RngState) {
    this.s0 = state[0];
    this.s1 = state[1];
    this.s2 = state[2];
    this.s3 = state[3];
  }

  nextUint32(): number {
    const s1 = this.s1;
    const product = Math.imul(s1, 5);
    const result = Math.imul((product << 7) | (product >>> 25), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result;
  }

  next(): number {
    return (this.nextUint32() + 0.5) * TWO_POW_MINUS_32;
  }

  state(): RngState {
    return [this.s0 >>> 0, this.s1 >>> 0, this.s2 >>> 0, this.s3 >>> 0];
  }
}

/**
 * Creates a seeded xoshiro128** generator; the same seed always gives the same sequence, on every platform.
 *
 * The seed is hashed through splitmix32 into the four state words (a number and its decimal string are different
 * seeds). Never uses `Math.random`.
 *
 * @param seed - a safe integer (negative allowed) or any string.
 * @throws {RangeError} when a number seed is not a safe integer (NaN, ±Infinity, 1.5, 2^53).
 * @throws {TypeError} when the seed is neither a number nor a string.
 * @example
 * createRng(42).nextUint32() === createRng(42).nextUint32(); // => true
 * createRng(42).next() > 0 && createRng(42).next() < 1; // => true
 * createRng(0.5); // => throws RangeError
 */
export function createRng(seed: number | string): Rng {
  return new Xoshiro128(stateFromWords(seedWords(seed, 'createRng')));
}

/**
 * Continues a generator from a saved state (`rng.state()`, or `streamSeed(seed, stream)`).
 *
 * @param state - four integers in [0, 2^32), not all zero.
 * @throws {RangeError} when the state does not have four such words.
 */
export function restoreRng(state: RngState): Rng {
  if (!Array.isArray(state) || state.length !== 4) {
    throw new RangeError(`restoreRng: state must be an array of four 32-bit words, got ${show(state)}`);
  }
  for (let i = 0; i < 4; i++) {
    const word = state[i] as unknown;
    if (typeof word !== 'number' || !Number.isInteger(word) || word < 0 || word > 0xffffffff) {
      throw new RangeError(`restoreRng: state[${i}] must be an integer in [0, 2^32), got ${show(word)}`);
    }
  }
  if (state[0] === 0 && state[1] === 0 && state[2] === 0 && state[3] === 0) {
    throw new RangeError('restoreRng: state must not be all zero (xoshiro128** would output zeros forever)');
  }
  return new Xoshiro128(state);
}

/**
 * The starting state of stream `stream` of a seed, for independent blocks of runs (one stream per block or worker).
 *
 * The seed's words, a stream tag and the stream number's two 32-bit halves are hashed together through splitmix32,
 * exactly as `createRng` hashes the seed alone; streams of one seed, and `createRng(seed)` itself, start at unrelated
 * points of xoshiro128**'s 2^128 − 1 period. Use it as `restoreRng(streamSeed(seed, k))`.
 *
 * @param seed - a safe integer or a string, as for `createRng`.
 * @param stream - a non-negative safe integer.
 * @throws {RangeError} when the seed or the stream number is not as above.
 */
export function streamSeed(seed: number | string, stream: number): RngState {
  if (typeof stream !== 'number' || !Number.isSafeInteger(stream) || stream < 0) {
    throw new RangeError(`streamSeed: stream must be a non-negative safe integer, got ${show(stream)}`);
  }
  const words = seedWords(seed, 'streamSeed');
  words.push(TAG_STREAM, stream >>> 0, Math.floor(stream / 2 ** 32) >>> 0);
  return stateFromWords(words);
}

/**
 * Fills `out` with uniform numbers in (0, 1), exactly the values `rng.next()` would give one by one.
 *
 * @param rng - a generator from `createRng`/`restoreRng` (fast path), or any `Rng`.
 * @param out - the array to fill; its whole length is written.
 */
export function fillUniform(rng: Rng, out: Float64Array): void {
  const n = out.length;
  if (!(rng instanceof Xoshiro128)) {
    for (let i = 0; i < n; i++) out[i] = rng.next();
    return;
  }
  let s0 = rng.s0;
  let s1 = rng.s1;
  let s2 = rng.s2;
  let s3 = rng.s3;
  for (let i = 0; i < n; i++) {
    const product = Math.imul(s1, 5);
    const k = Math.imul((product << 7) | (product >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    out[i] = (k + 0.5) * TWO_POW_MINUS_32;
  }
  rng.s0 = s0;
  rng.s1 = s1;
  rng.s2 = s2;
  rng.s3 = s3;
}

/**
 * Fills `out` with standard normal numbers by inversion: `out[i] = Φ⁻¹(u_i)` with `u_i` the i-th `rng.next()`.
 *
 * One 32-bit draw per normal (so a block of n normals always consumes exactly n draws, and a stream can be split
 * reproducibly); Φ⁻¹ is Wichura's AS241 written inline. The 32-bit uniforms put the extremes at about ±6.23.
 *
 * @param rng - a generator from `createRng`/`restoreRng` (fast path), or any `Rng`.
 * @param out - the array to fill; its whole length is written.
 */
export function fillStandardNormal(rng: Rng, out: Float64Array): void {
  const n = out.length;
  if (!(rng instanceof Xoshiro128)) {
    for (let i = 0; i < n; i++) out[i] = inverseNormalCdf(rng.next());
    return;
  }
  let s0 = rng.s0;
  let s1 = rng.s1;
  let s2 = rng.s2;
  let s3 = rng.s3;
  for (let i = 0; i < n; i++) {
    const product = Math.imul(s1, 5);
    const k = Math.imul((product << 7) | (product >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    const q = (k + 0.5) * TWO_POW_MINUS_32 - 0.5;
    if (q <= 0.425 && q >= -0.425) {
      // AS241 central region, inline: the common case (85 % of draws) needs no log or sqrt. Kept fused with the
      // generator on purpose: fillUniform followed by inverseNormalCdf measured 1.4–1.6× slower (same bits).
      const r = 0.180625 - q * q;
      out[i] =
        (q *
          (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r +
            45921.953931549871457) *
            r +
            13731.693765509461125) *
            r +
            1971.5909503065514427) *
            r +
            133.14166789178437745) *
            r +
            3.387132872796366608)) /
        (((((((5226.495278852854561 * r + 28729.085735721942674) * r + 39307.89580009271061) * r +
          21213.794301586595867) *
          r +
          5394.1960214247511077) *
          r +
          687.1870074920579083) *
          r +
          42.313330701600911252) *
          r +
          1);
    } else {
      out[i] = inverseNormalCdf(q + 0.5);
    }
  }
  rng.s0 = s0;
  rng.s1 = s1;
  rng.s2 = s2;
  rng.s3 = s3;
}
