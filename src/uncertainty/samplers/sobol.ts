import { show } from '../../internal/show';
import type { Rng } from '../rng';
import { SOBOL_MAX_DIMS, SOBOL_TABLE } from './sobolDirections';

const BITS = 32;
const TWO_POW_MINUS_32 = 2 ** -32;

/** Direction numbers v_{d,k} = m_{d,k} << (32 − k), 32 per dimension, for the dimensions computed so far. */
let directions = new Uint32Array(0);
let directionDims = 0;

/** Extends the cached direction numbers to at least `dims` dimensions (Bratley and Fox 1988, algorithm 659). */
function directionsFor(dims: number): Uint32Array {
  if (dims <= directionDims) return directions;
  const rows = SOBOL_TABLE.split('\n');
  const next = new Uint32Array(dims * BITS);
  next.set(directions);
  const m = new Uint32Array(BITS + 1);
  for (let d = directionDims; d < dims; d++) {
    if (d === 0) {
      // Dimension 1 is van der Corput: every m_k = 1.
      for (let k = 1; k <= BITS; k++) next[k - 1] = 2 ** (BITS - k);
      continue;
    }
    const [degree, poly, ...initial] = rows[d - 1]!.split(' ').map((word) => parseInt(word, 36));
    const s = degree!;
    for (let k = 1; k <= s; k++) m[k] = initial[k - 1]!;
    for (let k = s + 1; k <= BITS; k++) {
      // m_k = 2a_1 m_{k−1} ⊕ 4a_2 m_{k−2} ⊕ … ⊕ 2^{s−1}a_{s−1} m_{k−s+1} ⊕ 2^s m_{k−s} ⊕ m_{k−s} (Joe and Kuo 2008, eq. 3).
      let value = m[k - s]! ^ (m[k - s]! * 2 ** s);
      for (let i = 1; i < s; i++) {
        if ((poly! >> (s - 1 - i)) & 1) value ^= m[k - i]! * 2 ** i;
      }
      m[k] = value;
    }
    // m_k < 2^k, so m_k · 2^(32−k) is below 2^32 and exact in a double.
    for (let k = 1; k <= BITS; k++) next[d * BITS + k - 1] = m[k]! * 2 ** (BITS - k);
  }
  directions = next;
  directionDims = dims;
  return directions;
}

/**
 * Matoušek's linear matrix scrambling: each direction number is multiplied by a random lower-triangular binary
 * matrix with a unit diagonal (output bit r mixes input bits of the same or higher significance only), which keeps
 * every (t, m, s)-net property. Draws 31 words per dimension (row 0 of the matrix has no free entries).
 */
function scrambleDirections(source: Uint32Array, dims: number, rng: Rng): Uint32Array {
  const out = new Uint32Array(dims * BITS);
  const words = new Int32Array(source.buffer, source.byteOffset, source.length);
  // The scrambling matrix by columns: column[b] holds, at bit 31 − r, bit b of row r's mask. Then the scrambled word
  // (bit 31 − r = parity(row r & v)) is the XOR of the columns at v's set bits: the same bits as the product row by
  // row, without a parity per row and word, which made scrambling cost as much as the points themselves.
  const column = new Int32Array(BITS);
  for (let d = 0; d < dims; d++) {
    column.fill(0);
    for (let r = 0; r < BITS; r++) {
      // Row 0 is the diagonal alone; in row r, bits of significance 0..r−1 (the top r bits) are free, bit r the diagonal.
      const row = r === 0 ? 0x80000000 | 0 : (rng.nextUint32() & ~(0xffffffff >>> r)) | (0x80000000 >>> r);
      for (let m = row; m !== 0; m &= m - 1) {
        const b = 31 - Math.clz32(m & -m);
        column[b] = column[b]! | (1 << (31 - r));
      }
    }
    for (let k = 0; k < BITS; k++) {
      let scrambled = 0;
      for (let v = words[d * BITS + k]!; v !== 0; v &= v - 1) scrambled ^= column[31 - Math.clz32(v & -v)]!;
      out[d * BITS + k] = scrambled >>> 0;
    }
  }
  return out;
}

/** Options of `sobolPoints`. */
export interface SobolPointsOptions {
  /** Points to skip from the start of the sequence (a non-negative integer; default 0). */
  readonly skip?: number;
  /** Randomise with linear matrix scrambling and a digital shift drawn from this generator. */
  readonly scramble?: Rng;
}

/**
 * The first n points of the Sobol' sequence in `dims` dimensions, row-major (point i, dimension j at i·dims + j).
 *
 * Gray-code construction with 32-bit direction numbers from Joe and Kuo's new-joe-kuo-6.21201 table (the one SciPy
 * uses), so unscrambled points equal `scipy.stats.qmc.Sobol(d, scramble=False)`; they lie in [0, 1) and the first
 * is exactly 0 (skip it, or scramble, before an inverse CDF with infinite ends). Scrambled (`scramble: rng`): linear
 * matrix scrambling and a random digital shift (as SciPy does), drawing 32 words per dimension in dimension order;
 * each coordinate is then centred in its 2^-32 cell, so scrambled points lie strictly inside (0, 1). Both are
 * (t, m, s)-nets: for n = 2^m, each 1-D projection has exactly one point in each interval [k/2^m, (k+1)/2^m).
 * Balance holds for powers of two; other n take the first n points of the next larger net.
 *
 * @param n - the number of points, an integer ≥ 0; skip + n must not exceed 2^32.
 * @param dims - the number of dimensions, an integer from 1 to 1111.
 * @param options - `{ skip?, scramble? }`.
 * @throws {RangeError} when n, dims or skip is out of range.
 * @example
 * Array.from(sobolPoints(4, 2)); // => [0, 0, 0.5, 0.5, 0.75, 0.25, 0.25, 0.75]
 * sobolPoints(4, 2, { scramble: createRng(1) }).every((x) => x > 0 && x < 1); // => true
 * sobolPoints(4, 1112); // => throws RangeError
 */
export function sobolPoints(n: number, dims: number, options: SobolPointsOptions = {}): Float64Array {
  return sobolPointsInto(undefined, n, dims, options);
}

/**
 * {@link sobolPoints} written into `out` (its first n · dims elements), or into a new array when `out` is undefined:
 * the sensitivity methods pass working memory kept between calls, since a fresh array costs a page fault per 4 KiB
 * on first write (as much as making the points). @internal
 */
export function sobolPointsInto(out: Float64Array | undefined, n: number, dims: number, options: SobolPointsOptions = {}): Float64Array {
  const skip = options.skip ?? 0;
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`sobolPoints: n must be an integer ≥ 0, got ${show(n)}`);
  if (!Number.isInteger(dims) || dims < 1 || dims > SOBOL_MAX_DIMS) {
    throw new RangeError(`sobolPoints: dims must be an integer from 1 to ${SOBOL_MAX_DIMS}, got ${show(dims)}`);
  }
  if (!Number.isSafeInteger(skip) || skip < 0 || skip + n > 2 ** 32) {
    throw new RangeError(`sobolPoints: skip must be an integer ≥ 0 with skip + n ≤ 2^32, got ${show(skip)}`);
  }
  let v = directionsFor(dims);
  const current = new Uint32Array(dims);
  let offset = 0;
  if (options.scramble !== undefined) {
    v = scrambleDirections(v, dims, options.scramble);
    for (let d = 0; d < dims; d++) current[d] = options.scramble.nextUint32();
    offset = 0.5;
  }
  // Start at point `skip`: the XOR of the direction numbers at the set bits of its Gray code.
  const gray = (skip ^ (skip >>> 1)) >>> 0;
  for (let k = 0; k < BITS; k++) {
    if ((gray >>> k) & 1) {
      for (let d = 0; d < dims; d++) current[d]! ^= v[d * BITS + k]!;
    }
  }
  // A tile of rows at a time (it stays in the first-level cache), and in it one dimension at a time with its state
  // in a local: several times faster than a row at a time through a typed array, with the same numbers. From point
  // index−1 to index, flip the direction number at the lowest set bit of index.
  const points = out ?? new Float64Array(n * dims);
  const directionsInt = new Int32Array(v.buffer, v.byteOffset, v.length);
  const state = Int32Array.from(current);
  for (let i0 = 0; i0 < n; i0 += TILE_ROWS) {
    const i1 = Math.min(n, i0 + TILE_ROWS);
    for (let d = 0; d < dims; d++) {
      let x = state[d]!;
      const base = d * BITS;
      for (let i = i0, at = i0 * dims + d; i < i1; i++, at += dims) {
        if (i > 0) {
          const index = skip + i;
          x ^= directionsInt[base + 31 - Math.clz32(index & -index)]!;
        }
        points[at] = ((x >>> 0) + offset) * TWO_POW_MINUS_32;
      }
      state[d] = x;
    }
  }
  return points;
}

/** Rows of Sobol' points made per tile. */
const TILE_ROWS = 256;
