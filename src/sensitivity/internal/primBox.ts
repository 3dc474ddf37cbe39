/**
 * The state of a PRIM box over a fixed set of points, in typed arrays: for each dimension, the points in ascending
 * order and the positions in that order between which the box lies; for each point, on how many dimensions it is
 * outside the box. A point is in the box when that count is 0; a point outside on one dimension only is the one a
 * paste along that dimension can bring back. Limits always fall between two distinct values, so tied points stay
 * on the same side.
 */
export class PrimBox {
  readonly n: number;
  readonly k: number;
  readonly x: Float64Array;
  readonly y: Uint8Array;
  readonly order: readonly Int32Array[];
  /** Dimensions on which each point lies outside the box. */
  readonly outside: Int32Array;
  /** Positions in `order[j]` of the box's first and last point along dimension j. */
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  /** Points and hits in the box. */
  count: number;
  hits: number;

  constructor(x: Float64Array, k: number, y: Uint8Array, order: readonly Int32Array[], totalHits: number) {
    this.n = y.length;
    this.k = k;
    this.x = x;
    this.y = y;
    this.order = order;
    this.outside = new Int32Array(this.n);
    this.lo = new Int32Array(k);
    this.hi = new Int32Array(k).fill(this.n - 1);
    this.count = this.n;
    this.hits = totalHits;
  }

  /** The value at position p of dimension j's order. */
  value(j: number, p: number): number {
    return this.x[this.order[j]![p]! * this.k + j]!;
  }

  /**
   * Peels at least `r` points of the box (and any tied with the last) off dimension j's lower or upper side,
   * without changing the box: how many points and hits would go, and the new first (lower) or last (upper)
   * position.
   */
  peelCandidate(j: number, upper: boolean, r: number): { removed: number; removedHits: number; to: number } {
    const ord = this.order[j]!;
    const { outside, y, x, k } = this;
    const step = upper ? -1 : 1;
    const end = upper ? this.lo[j]! - 1 : this.hi[j]! + 1;
    let p = upper ? this.hi[j]! : this.lo[j]!;
    let removed = 0;
    let removedHits = 0;
    while (p !== end && removed < r) {
      const i = ord[p]!;
      if (outside[i] === 0) {
        removed++;
        removedHits += y[i]!;
      }
      p += step;
    }
    // Points tied with the last one peeled go with it.
    while (p !== end && x[ord[p]! * k + j] === x[ord[p - step]! * k + j]) {
      const i = ord[p]!;
      if (outside[i] === 0) {
        removed++;
        removedHits += y[i]!;
      }
      p += step;
    }
    return { removed, removedHits, to: p };
  }

  /** Moves dimension j's lower or upper side to position `to` (inward), updating the counts. */
  peel(j: number, upper: boolean, to: number): void {
    const ord = this.order[j]!;
    const { outside, y } = this;
    const from = upper ? to + 1 : this.lo[j]!;
    const until = upper ? this.hi[j]! : to - 1;
    for (let p = from; p <= until; p++) {
      const i = ord[p]!;
      if (outside[i] === 0) {
        this.count--;
        this.hits -= y[i]!;
      }
      outside[i] = outside[i]! + 1;
    }
    if (upper) this.hi[j] = to;
    else this.lo[j] = to;
  }

  /**
   * Widens dimension j's lower or upper side by up to about `r` points that would join the box, stopping where the
   * box's density would be highest (the widest such stop on a tie): the points and hits added and the new
   * position. `added` is 0 when no point can join.
   */
  pasteCandidate(j: number, upper: boolean, r: number): { added: number; addedHits: number; to: number } {
    const ord = this.order[j]!;
    const { outside, y, x, k } = this;
    const step = upper ? 1 : -1;
    const end = upper ? this.n : -1;
    let p = upper ? this.hi[j]! + 1 : this.lo[j]! - 1;
    let added = 0;
    let addedHits = 0;
    let best = { added: 0, addedHits: 0, to: p - step };
    let bestDensity = -1;
    while (p !== end) {
      const i = ord[p]!;
      // Beyond this side every point is outside on j, so a count of 1 means j is its only reason.
      if (outside[i] === 1) {
        added++;
        addedHits += y[i]!;
      }
      const next = p + step;
      if (next === end || x[ord[next]! * k + j] !== x[i * k + j]) {
        if (added > 0) {
          const density = (this.hits + addedHits) / (this.count + added);
          if (density >= bestDensity) {
            bestDensity = density;
            best = { added, addedHits, to: p };
          }
        }
        if (added >= r) break;
      }
      p = next;
    }
    return best;
  }

  /** Moves dimension j's lower or upper side outward to position `to`, updating the counts. */
  paste(j: number, upper: boolean, to: number): void {
    const ord = this.order[j]!;
    const { outside, y } = this;
    const from = upper ? this.hi[j]! + 1 : to;
    const until = upper ? to : this.lo[j]! - 1;
    for (let p = from; p <= until; p++) {
      const i = ord[p]!;
      outside[i] = outside[i]! - 1;
      if (outside[i] === 0) {
        this.count++;
        this.hits += y[i]!;
      }
    }
    if (upper) this.hi[j] = to;
    else this.lo[j] = to;
  }

  /** The points and hits that would join the box if dimension j's lower or upper side were dropped. */
  dropCandidate(j: number, upper: boolean): { added: number; addedHits: number } {
    const ord = this.order[j]!;
    const { outside, y } = this;
    const from = upper ? this.hi[j]! + 1 : 0;
    const until = upper ? this.n - 1 : this.lo[j]! - 1;
    let added = 0;
    let addedHits = 0;
    for (let p = from; p <= until; p++) {
      const i = ord[p]!;
      if (outside[i] === 1) {
        added++;
        addedHits += y[i]!;
      }
    }
    return { added, addedHits };
  }

  /** Whether dimension j leaves any point out. */
  restricts(j: number): boolean {
    return this.lo[j]! > 0 || this.hi[j]! < this.n - 1;
  }

  /**
   * The box's lower and upper limit on dimension j: halfway between the last point left out and the first point
   * kept (as CART places its splits), or the sampled extreme on a side that leaves nothing out.
   */
  limits(j: number): { min: number; max: number } {
    const lo = this.lo[j]!;
    const hi = this.hi[j]!;
    const min = lo === 0 ? this.value(j, 0) : (this.value(j, lo - 1) + this.value(j, lo)) / 2;
    const max = hi === this.n - 1 ? this.value(j, this.n - 1) : (this.value(j, hi) + this.value(j, hi + 1)) / 2;
    return { min, max };
  }

  /**
   * For each dimension, the points and hits that are outside the box on that dimension alone: what the box would
   * gain if that restriction were dropped. One pass over the points.
   */
  outsideOnlyOn(): { points: Int32Array; hits: Int32Array } {
    const { n, k, x, y, outside } = this;
    const points = new Int32Array(k);
    const hits = new Int32Array(k);
    const low = new Float64Array(k);
    const high = new Float64Array(k);
    for (let j = 0; j < k; j++) {
      low[j] = this.value(j, this.lo[j]!);
      high[j] = this.value(j, this.hi[j]!);
    }
    for (let i = 0; i < n; i++) {
      if (outside[i] !== 1) continue;
      for (let j = 0; j < k; j++) {
        const v = x[i * k + j]!;
        if (v < low[j]! || v > high[j]!) {
          points[j] = points[j]! + 1;
          hits[j] = hits[j]! + y[i]!;
          break;
        }
      }
    }
    return { points, hits };
  }
}
