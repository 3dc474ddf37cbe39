/**
 * Working arrays kept between calls of the sensitivity methods: a design's columns, its outputs, a batch buffer.
 * Fresh memory costs more than its allocation (the system maps and zeroes each page the first time it is written:
 * about a tenth of a millisecond per megabyte here), and a method called again and again (a goal seek, a notebook
 * cell rerun, a benchmark) would pay that every time. Arrays handed back are kept up to {@link KEPT_BYTES} in all,
 * and a later request of exactly the same length takes one back. Nothing kept is ever visible to a caller: a method
 * takes its arrays at the start, overwrites every element it reads, and hands them back when it returns.
 */

/** The most bytes kept between calls; larger arrays are left to the garbage collector. */
const KEPT_BYTES = 8 * 2 ** 20;

const kept: Float64Array[] = [];
let keptBytes = 0;

/** A Float64Array of `length` elements whose contents are unspecified: one handed back earlier, or a new one. */
export function takeScratch(length: number): Float64Array {
  for (let i = kept.length - 1; i >= 0; i--) {
    const array = kept[i]!;
    if (array.length === length) {
      kept.splice(i, 1);
      keptBytes -= array.byteLength;
      return array;
    }
  }
  return new Float64Array(length);
}

/** Hands arrays back for a later {@link takeScratch}; the caller must not use them afterwards. */
export function giveBackScratch(...arrays: Float64Array[]): void {
  for (const array of arrays) {
    if (keptBytes + array.byteLength > KEPT_BYTES) {
      // Newest first: drop the oldest kept arrays to make room, unless this one alone is too large.
      if (array.byteLength > KEPT_BYTES) continue;
      while (keptBytes + array.byteLength > KEPT_BYTES) keptBytes -= kept.shift()!.byteLength;
    }
    kept.push(array);
    keptBytes += array.byteLength;
  }
}
