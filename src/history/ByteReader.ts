/** Reads the unsigned LEB128 varints and raw byte runs that scripts/build-history-data.ts writes. */
export class ByteReader {
  private at: number;

  constructor(
    private readonly bytes: Uint8Array,
    start = 0,
    private readonly end = bytes.length,
    private readonly what = 'history data',
  ) {
    this.at = start;
  }

  /** The next varint (values up to 2^53 − 1). */
  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= this.end) throw new RangeError(`${this.what}: the data end inside a number (corrupt bundle)`);
      const b = this.bytes[this.at++]!;
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 128;
    }
  }

  /**
   * The next `count` varints at once, each below 2^28 (at most four bytes): the tight loop the decoders spend
   * their time in.
   */
  varints(count: number): Int32Array {
    const out = new Int32Array(count);
    const bytes = this.bytes;
    const end = this.end;
    let at = this.at;
    for (let i = 0; i < count; i++) {
      if (at >= end) throw new RangeError(`${this.what}: the data end inside a number (corrupt bundle)`);
      let b = bytes[at++]!;
      let v = b & 0x7f;
      let shift = 7;
      while (b >= 0x80) {
        if (at >= end) throw new RangeError(`${this.what}: the data end inside a number (corrupt bundle)`);
        if (shift > 21) throw new RangeError(`${this.what}: a number is too long (corrupt bundle)`);
        b = bytes[at++]!;
        v |= (b & 0x7f) << shift;
        shift += 7;
      }
      out[i] = v;
    }
    this.at = at;
    return out;
  }

  /** The next `n` bytes, as a view. */
  take(n: number): Uint8Array {
    if (this.at + n > this.end) throw new RangeError(`${this.what}: the data end early (corrupt bundle)`);
    const view = this.bytes.subarray(this.at, this.at + n);
    this.at += n;
    return view;
  }

  /** Offset of the next byte. */
  get offset(): number {
    return this.at;
  }

  /** Throws unless every byte was read. */
  done(): void {
    if (this.at !== this.end) throw new RangeError(`${this.what}: ${this.end - this.at} bytes left over (corrupt bundle)`);
  }
}

/**
 * Splits a packed blob: magic, varint counts, the number of streams and their lengths, then the streams.
 * Returns the counts and one reader per stream.
 */
export function unpack(bytes: Uint8Array, magic: string, counts: number, what: string): { counts: number[]; streams: ByteReader[] } {
  for (let i = 0; i < magic.length; i++) {
    if (bytes[i] !== magic.charCodeAt(i)) throw new RangeError(`${what}: not a ${magic} blob (corrupt bundle)`);
  }
  const head = new ByteReader(bytes, magic.length, bytes.length, what);
  const values: number[] = [];
  for (let i = 0; i < counts; i++) values.push(head.varint());
  const n = head.varint();
  const lengths: number[] = [];
  for (let i = 0; i < n; i++) lengths.push(head.varint());
  let at = head.offset;
  const streams = lengths.map((length) => {
    const reader = new ByteReader(bytes, at, at + length, what);
    at += length;
    return reader;
  });
  if (at !== bytes.length) throw new RangeError(`${what}: stream lengths do not add up (corrupt bundle)`);
  return { counts: values, streams };
}
