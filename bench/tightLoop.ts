/**
 * Baselines for the Monte Carlo benches, written independently of the library (issue #17): nothing here imports
 * src/. A tight JS loop with its own seeded generator in locals (sfc32, Doty-Humphrey's "small fast chaotic"
 * generator, seeded by splitmix32), its own ziggurat normals (Marsaglia and Tsang 2000, the classic 128-layer
 * integer form: one 32-bit draw per normal on the fast path) and one Float64Array of values by year; and a
 * hand-written selection pass (sample-pivoted three-way selection on one working copy per year) for the seven fan levels and
 * the share of runs at the target. It is what a careful person would write by hand for this one scenario.
 */

// Marsaglia–Tsang's 128-layer tables (their zigset, for the normal): r and v from the paper.
const ZR = 3.442619855899;
const ZV = 9.91256303526217e-3;
const KN = new Int32Array(128);
const WN = new Float64Array(128);
const FN = new Float64Array(128);
(() => {
  const m1 = 2147483648;
  let dn = ZR;
  let tn = dn;
  const q = ZV / Math.exp(-0.5 * dn * dn);
  KN[0] = Math.floor((dn / q) * m1);
  KN[1] = 0;
  WN[0] = q / m1;
  WN[127] = dn / m1;
  FN[0] = 1;
  FN[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(ZV / dn + Math.exp(-0.5 * dn * dn)));
    KN[i + 1] = Math.floor((dn / tn) * m1);
    tn = dn;
    FN[i] = Math.exp(-0.5 * dn * dn);
    WN[i] = dn / m1;
  }
})();

/** One sfc32 step on a state held in an array (the rare path only; the loop keeps its state in locals). */
function sfc32(st: Int32Array): number {
  const t = (((st[0]! + st[1]!) | 0) + st[3]!) | 0;
  st[3] = (st[3]! + 1) | 0;
  st[0] = st[1]! ^ (st[1]! >>> 9);
  st[1] = (st[2]! + (st[2]! << 3)) | 0;
  const c = (st[2]! << 21) | (st[2]! >>> 11);
  st[2] = (c + t) | 0;
  return t;
}

function uniform(st: Int32Array): number {
  return ((sfc32(st) >>> 0) + 0.5) / 4294967296;
}

/** A ziggurat normal whose first draw hz missed the fast path: the wedge test, the tail, or a new draw. */
function slowNormal(st: Int32Array, hz: number): number {
  let iz = hz & 127;
  for (;;) {
    const x = hz * WN[iz]!;
    if (iz === 0) {
      let xx: number;
      let yy: number;
      do {
        xx = -Math.log(uniform(st)) / ZR;
        yy = -Math.log(uniform(st));
      } while (yy + yy < xx * xx);
      return hz > 0 ? ZR + xx : -ZR - xx;
    }
    if (FN[iz]! + uniform(st) * (FN[iz - 1]! - FN[iz]!) < Math.exp(-0.5 * x * x)) return x;
    hz = sfc32(st);
    iz = hz & 127;
    if ((hz < 0 ? -hz : hz) < KN[iz]!) return hz * WN[iz]!;
  }
}

function splitmix32(z: number): number {
  let t = z ^ (z >>> 16);
  t = Math.imul(t, 0x21f0aaad);
  t ^= t >>> 15;
  t = Math.imul(t, 0x735a2d97);
  return (t ^ (t >>> 15)) | 0;
}

/**
 * `runs` runs of $580M growing at Normal(20 %, 5 %) a year, floored at −99 %, for `years` years: values by year in
 * one Float64Array (year-major), the first year at or above $10B noted per run.
 */
export function tightLoop(runs: number, years: number, seed: number): { values: Float64Array; hit: Int16Array } {
  const values = new Float64Array(runs * (years + 1));
  const hit = new Int16Array(runs);
  const st = new Int32Array(4);
  let a = splitmix32((seed + 0x9e3779b9) | 0);
  let b = splitmix32((seed + 2 * 0x9e3779b9) | 0);
  let c = splitmix32((seed + 3 * 0x9e3779b9) | 0);
  let d = 1;
  const threshold = 1e10 * (1 - 1e-12);
  for (let r = 0; r < runs; r++) {
    let v = 580e6;
    let first = -1;
    values[r] = v;
    for (let y = 1; y <= years; y++) {
      // sfc32 step, in locals.
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      // Ziggurat, fast path: |hz| < kn[iz] accepts hz · wn[iz] (about 99 % of draws).
      const iz = t & 127;
      let normal: number;
      if ((t < 0 ? -t : t) < KN[iz]!) normal = t * WN[iz]!;
      else {
        st[0] = a;
        st[1] = b;
        st[2] = c;
        st[3] = d;
        normal = slowNormal(st, t);
        a = st[0]!;
        b = st[1]!;
        c = st[2]!;
        d = st[3]!;
      }
      let rate = 0.2 + 0.05 * normal;
      if (rate < -0.99) rate = -0.99;
      v *= 1 + rate;
      values[y * runs + r] = v;
      if (first < 0 && v >= threshold) first = y;
    }
    hit[r] = first;
  }
  return { values, hit };
}

/**
 * Rearranges a[lo..hi] so that a[k] is the k-th smallest, smaller-or-equal values left of it and greater-or-equal
 * right: each round sorts an evenly spaced sample of 129 values, takes two pivots a few sample ranks either side of
 * k's relative rank, and partitions three ways in one pass (below, between, above), keeping only k's part; small
 * ranges are sorted.
 */
function selectK(a: Float64Array, k: number, lo: number, hi: number): void {
  const sample = new Float64Array(129);
  while (hi - lo > 256) {
    const n = hi - lo + 1;
    for (let i = 0; i < 129; i++) sample[i] = a[lo + Math.floor((i * (n - 1)) / 128)]!;
    sample.sort();
    const at = ((k - lo) / (n - 1)) * 128;
    const low = sample[Math.max(0, Math.floor(at) - 6)]!;
    const high = sample[Math.min(128, Math.ceil(at) + 6)]!;
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      const v = a[i]!;
      if (v < low) {
        a[i] = a[lt]!;
        a[lt] = v;
        lt++;
        i++;
      } else if (v > high) {
        a[i] = a[gt]!;
        a[gt] = v;
        gt--;
      } else i++;
    }
    if (k < lt) hi = lt - 1;
    else if (k > gt) lo = gt + 1;
    else {
      if (low === high) return;
      if (lt === lo && gt === hi) break; // no progress (a few distinct values): sort what is left
      lo = lt;
      hi = gt;
    }
  }
  a.subarray(lo, hi + 1).sort();
}

const LEVELS = [0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95];

/** The seven type-7 fan levels of every year by selection on one working copy, and the share of runs that hit. */
export function selectionPass(values: Float64Array, hit: Int16Array, runs: number, years: number): { fan: number[][]; share: number } {
  const work = new Float64Array(runs);
  const fan: number[][] = [];
  for (let y = 0; y <= years; y++) {
    work.set(values.subarray(y * runs, (y + 1) * runs));
    const ks = LEVELS.map((p) => Math.floor((runs - 1) * p));
    let from = 0;
    for (const k of ks) {
      selectK(work, k, from, runs - 1);
      from = k;
    }
    // The next order statistic after k: the least value between k and the next selected position.
    const row = LEVELS.map((p, j) => {
      const h = (runs - 1) * p;
      const k = ks[j]!;
      const end = j + 1 < ks.length ? ks[j + 1]! : runs - 1;
      let next = work[k]!;
      if (k + 1 < runs) {
        next = work[k + 1]!;
        for (let i = k + 2; i <= end; i++) if (work[i]! < next) next = work[i]!;
      }
      return work[k]! + (h - k) * (next - work[k]!);
    });
    fan.push(row);
  }
  let hits = 0;
  for (let r = 0; r < runs; r++) if (hit[r]! >= 0) hits++;
  return { fan, share: hits / runs };
}
