import { checkSeed } from '../internal/checkSeed';
import { show } from '../internal/show';
import { ZIGGURAT_RATIO, ZIGGURAT_X, zigguratNormal, zigguratSlow } from './ziggurat';

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
const TWO_POW_MINUS_53 = 2 ** -53;
const GOLDEN_GAMMA = 0x9e3779b9;

/** splitmix32's output function (Steele, Lea and Flood's splitmix, 32-bit finaliser constants of hash-prospector). */
function mix32(z: number): number {
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/** MurmurHash3's 32-bit finaliser (Appleby, public domain). */
function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;

/**
 * Hashes a list of 32-bit words to 128 bits and turns them into four state words. The hash is MurmurHash3
 * x86_128's block, tail and finalisation steps (Appleby) applied to whole words, so the seed's information reaches
 * all four lanes; each lane then goes through splitmix32's output function at its own counter. The finalisation and
 * that step are bijections of the 128 bits, so two seeds share a stream only if their 128-bit hashes collide,
 * never because the hash was narrowed to 32 bits on the way.
 */
function stateFromWords(words: readonly number[]): RngState {
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  let h4 = 0;
  const n = words.length;
  const whole = n - (n % 4);
  for (let i = 0; i < whole; i += 4) {
    const k1 = rotl(Math.imul(words[i]!, C1), 15);
    h1 ^= Math.imul(k1, C2);
    h1 = (Math.imul(rotl(h1, 19) + h2, 5) + 0x561ccd1b) | 0;
    const k2 = rotl(Math.imul(words[i + 1]!, C2), 16);
    h2 ^= Math.imul(k2, C3);
    h2 = (Math.imul(rotl(h2, 17) + h3, 5) + 0x0bcaa747) | 0;
    const k3 = rotl(Math.imul(words[i + 2]!, C3), 17);
    h3 ^= Math.imul(k3, C4);
    h3 = (Math.imul(rotl(h3, 15) + h4, 5) + 0x96cd1c35) | 0;
    const k4 = rotl(Math.imul(words[i + 3]!, C4), 18);
    h4 ^= Math.imul(k4, C1);
    h4 = (Math.imul(rotl(h4, 13) + h1, 5) + 0x32ac3b17) | 0;
  }
  const rest = n - whole;
  if (rest >= 3) h3 ^= Math.imul(rotl(Math.imul(words[whole + 2]!, C3), 17), C4);
  if (rest >= 2) h2 ^= Math.imul(rotl(Math.imul(words[whole + 1]!, C2), 16), C3);
  if (rest >= 1) h1 ^= Math.imul(rotl(Math.imul(words[whole]!, C1), 15), C2);
  const bytes = n * 4;
  h1 ^= bytes;
  h2 ^= bytes;
  h3 ^= bytes;
  h4 ^= bytes;
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  h1 = fmix32(h1);
  h2 = fmix32(h2);
  h3 = fmix32(h3);
  h4 = fmix32(h4);
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  const state: [number, number, number, number] = [
    mix32((h1 + GOLDEN_GAMMA) >>> 0),
    mix32((h2 + 2 * GOLDEN_GAMMA) >>> 0),
    mix32((h3 + 3 * GOLDEN_GAMMA) >>> 0),
    mix32((h4 + 4 * GOLDEN_GAMMA) >>> 0),
  ];
  // The one 128-bit value that maps to an all-zero state (xoshiro's forbidden one) is moved off it.
  if ((state[0] | state[1] | state[2] | state[3]) === 0) state[0] = 1;
  return state;
}

const TAG_NUMBER = 1;
const TAG_STRING = 2;
const TAG_STREAM = 0x5354524d; // "STRM"

/** The words a seed stands for: a tag, then the integer's low and high 32 bits, or the string's UTF-8 bytes. */
function seedWords(seed: number | string, fn: string): number[] {
  checkSeed(seed, fn);
  if (typeof seed === 'number') {
    const low = seed % 2 ** 32;
    const high = Math.floor(seed / 2 ** 32);
    return [TAG_NUMBER, low >>> 0, high >>> 0];
  }
  // Four UTF-8 bytes to a word (little-endian, the last one zero-padded); the length tells the padding apart.
  const bytes = new TextEncoder().encode(seed);
  const words = [TAG_STRING, bytes.length];
  for (let i = 0; i < bytes.length; i += 4) {
    words.push((bytes[i]! | ((bytes[i + 1] ?? 0) << 8) | ((bytes[i + 2] ?? 0) << 16) | ((bytes[i + 3] ?? 0) << 24)) >>> 0);
  }
  return words;
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
 * The seed is hashed to 128 bits (MurmurHash3 x86_128's steps over 32-bit words) and each 32-bit lane is mixed by
 * splitmix32 into a state word, so distinct seeds give unrelated streams (a number and its decimal string are
 * different seeds, and no string seed shares the stream of an integer seed). Never uses `Math.random`.
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
 * The seed's words, a stream tag and the stream number's two 32-bit halves are hashed together to 128 bits, exactly
 * as `createRng` hashes the seed alone; streams of one seed, and `createRng(seed)` itself, start at unrelated
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
 * Fills `out` with standard normal numbers by the 256-layer ziggurat (Marsaglia and Tsang 2000; tables and the
 * rare wedge and tail steps in `ziggurat.ts`): each normal takes two 32-bit draws (53 bits of position, 8 of layer,
 * 1 of sign), and about 1.2 % of them a few more. Values depend only on the generator's sequence, so a block filled
 * from its own stream is the same in every process; any `Rng` gives the same values as a `createRng` generator in
 * the same state. The quasi-random samplers do not use this: they invert their points (Φ⁻¹).
 *
 * @param rng - a generator from `createRng`/`restoreRng` (fast path), or any `Rng`.
 * @param out - the array to fill; its whole length is written.
 */
export function fillStandardNormal(rng: Rng, out: Float64Array): void {
  const n = out.length;
  if (!(rng instanceof Xoshiro128)) {
    const next = () => rng.nextUint32();
    for (let i = 0; i < n; i++) out[i] = zigguratNormal(next);
    return;
  }
  const X = ZIGGURAT_X;
  const RATIO = ZIGGURAT_RATIO;
  let s0 = rng.s0;
  let s1 = rng.s1;
  let s2 = rng.s2;
  let s3 = rng.s3;
  for (let i = 0; i < n; i++) {
    // Two xoshiro128** steps, inline: hi then lo.
    let product = Math.imul(s1, 5);
    const hi = Math.imul((product << 7) | (product >>> 25), 9) >>> 0;
    let t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    product = Math.imul(s1, 5);
    const lo = Math.imul((product << 7) | (product >>> 25), 9);
    t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    const layer = lo & 255;
    const u = (hi * 2097152 + (lo >>> 11)) * TWO_POW_MINUS_53;
    if (u < RATIO[layer]!) {
      // The sign as a factor ±1 from bit 8, not a branch: a coin toss mispredicted half the time, and this loop
      // ran 1.4× slower with it. Multiplying by −1 is exact, so the bits are those of −x.
      out[i] = u * X[layer]! * (1 - ((lo >>> 7) & 2));
    } else {
      // The rare wedge or tail: hand the state back, let the shared slow step draw, and take the state again.
      rng.s0 = s0;
      rng.s1 = s1;
      rng.s2 = s2;
      rng.s3 = s3;
      out[i] = zigguratSlow(() => rng.nextUint32(), layer, u, lo & 256 ? -1 : 1);
      s0 = rng.s0;
      s1 = rng.s1;
      s2 = rng.s2;
      s3 = rng.s3;
    }
  }
  rng.s0 = s0;
  rng.s1 = s1;
  rng.s2 = s2;
  rng.s3 = s3;
}
