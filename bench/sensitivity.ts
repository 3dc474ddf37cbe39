/**
 * Speed of the sensitivity methods on a cheap model, beside baselines written by hand.
 * Sobol' (issue #17: at most 2× the baseline) is set beside a complete Sobol' analysis written by hand, column-wise
 * and independent of the library (`handSobol`: its own generator for the A and B columns, the model called on an
 * object literal per row, AB_i read from A's columns with B's i-th, Saltelli 2010 and Jansen estimators by hand).
 * Morris and tornado are set beside a plain loop that makes the same model calls with one reused input object.
 * Targets: Sobol' k = 6, N = 8192, first + total < 20 ms (< 100 ms with 100 bootstrap resamples) and ≤ 2× the
 * hand-written analysis; Morris k = 6, 100 trajectories < 10 ms; tornado k = 10 < 5 ms.
 */
import { morris, sobol, tornado } from '../src/index';
import { measure, paired, row, type BenchRow, type MeasureOptions } from './harness';

const SUITE = 'sensitivity';

/** A cheap model as a user would write it: fixed property reads, a little arithmetic, one interaction. */
function cheapProblem(k: 6 | 10) {
  const names = Array.from({ length: k }, (_, i) => `p${i}`);
  const params = Object.fromEntries(names.map((name) => [name, [0, 1] as [number, number]]));
  const model =
    k === 6
      ? (x: Record<string, number>) => x.p0! * x.p1! + x.p0! + 2 * x.p1! + 3 * x.p2! + 4 * x.p3! + 5 * x.p4! + 6 * x.p5!
      : (x: Record<string, number>) =>
          x.p0! * x.p1! + x.p0! + 2 * x.p1! + 3 * x.p2! + 4 * x.p3! + 5 * x.p4! + 6 * x.p5! + 7 * x.p6! + 8 * x.p7! +
          9 * x.p8! + 10 * x.p9!;
  return { names, params, model };
}

/** `runs` model calls over a prepared point matrix, filling one reused object per call as the methods do. */
function plainLoop(problem: ReturnType<typeof cheapProblem>, runs: number): () => number {
  const { names, model } = problem;
  const k = names.length;
  const points = new Float64Array(runs * k).map((_, i) => (i % 101) / 101);
  const out = new Float64Array(runs);
  return () => {
    const x: Record<string, number> = {};
    for (let r = 0; r < runs; r++) {
      for (let j = 0; j < k; j++) x[names[j]!] = points[r * k + j]!;
      out[r] = model(x);
    }
    return out[runs - 1]!;
  };
}

/** A uniform in (0, 1) from a splitmix32-style counter hash: the hand-written analysis's own generator. */
function unitAt(seed: number, i: number): number {
  let t = (seed + Math.imul(i + 1, 0x9e3779b9)) | 0;
  t ^= t >>> 16;
  t = Math.imul(t, 0x21f0aaad);
  t ^= t >>> 15;
  t = Math.imul(t, 0x735a2d97);
  t ^= t >>> 15;
  return ((t >>> 0) + 0.5) / 4294967296;
}

/**
 * Sobol' first- and total-order indices of the 6-parameter model, written by hand column-wise as an analyst would:
 * random A and B columns of N values, f(A), f(B) and f(AB_i) (A's columns with B's i-th) by calling the model on an
 * object literal per row, then Var(Y) over A and B, V_i ≈ mean(f(B)(f(AB_i) − f(A))) (Saltelli et al. 2010) and
 * VT_i ≈ mean((f(A) − f(AB_i))²) / 2 (Jansen 1999), and their standard errors (the library's result has them too).
 * Nothing from src/.
 */
export function handSobol(model: (x: Record<string, number>) => number, n: number): () => { first: number[]; total: number[]; firstSe: number[]; totalSe: number[] } {
  const k = 6;
  return () => {
    const a: Float64Array[] = [];
    const b: Float64Array[] = [];
    for (let j = 0; j < k; j++) {
      const ca = new Float64Array(n);
      const cb = new Float64Array(n);
      for (let r = 0; r < n; r++) {
        ca[r] = unitAt(1, r * 2 * k + j);
        cb[r] = unitAt(1, r * 2 * k + k + j);
      }
      a.push(ca);
      b.push(cb);
    }
    const evaluate = (c: Float64Array[]): Float64Array => {
      const [c0, c1, c2, c3, c4, c5] = c as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
      const y = new Float64Array(n);
      for (let r = 0; r < n; r++) y[r] = model({ p0: c0[r]!, p1: c1[r]!, p2: c2[r]!, p3: c3[r]!, p4: c4[r]!, p5: c5[r]! });
      return y;
    };
    const ya = evaluate(a);
    const yb = evaluate(b);
    let sum = 0;
    let sumSq = 0;
    for (let r = 0; r < n; r++) {
      sum += ya[r]! + yb[r]!;
      sumSq += ya[r]! * ya[r]! + yb[r]! * yb[r]!;
    }
    const mean = sum / (2 * n);
    const variance = sumSq / (2 * n) - mean * mean;
    const first: number[] = [];
    const total: number[] = [];
    const firstSe: number[] = [];
    const totalSe: number[] = [];
    for (let i = 0; i < k; i++) {
      const yab = evaluate(a.map((column, j) => (j === i ? b[i]! : column)));
      let v = 0;
      let vSq = 0;
      let vt = 0;
      let vtSq = 0;
      for (let r = 0; r < n; r++) {
        const termFirst = yb[r]! * (yab[r]! - ya[r]!);
        const termTotal = 0.5 * (ya[r]! - yab[r]!) * (ya[r]! - yab[r]!);
        v += termFirst;
        vSq += termFirst * termFirst;
        vt += termTotal;
        vtSq += termTotal * termTotal;
      }
      first.push(v / n / variance);
      total.push(vt / n / variance);
      // Standard errors of the two means, as the library reports them: sd of the per-row terms over √N.
      firstSe.push(Math.sqrt((vSq - (v * v) / n) / (n - 1) / n) / variance);
      totalSe.push(Math.sqrt((vtSq - (vt * vt) / n) / (n - 1) / n) / variance);
    }
    return { first, total, firstSe, totalSe };
  };
}

/** Runs the sensitivity benchmarks and returns one row per case, each after its plain-loop baseline. */
export function run(options: MeasureOptions = {}): BenchRow[] {
  const six = cheapProblem(6);
  const ten = cheapProblem(10);
  const rows: BenchRow[] = [];
  const sobolRuns = 8192 * (6 + 2);
  // The hand-written analysis and sobol in alternating batches (one call each), so that both see the same load.
  const handName = `baseline: Sobol' by hand, column-wise (own generator, ${sobolRuns} model calls, estimators)`;
  const [handRow, sobolRow] = paired(SUITE, handName, handSobol(six.model, 8192), 'sobol k=6 n=8192 first+total (target: ≤ 2× the baseline above)', () => sobol(six, { n: 8192, seed: 1 }), {
    rounds: 200,
    calls: 1,
    targetRatio: 2,
  });
  rows.push(handRow!, sobolRow!);
  const hand = { name: handName, medianNs: handRow!.medianNs, p25Ns: handRow!.p25Ns, p75Ns: handRow!.p75Ns, samples: 200, batchSize: 1 };
  const sobolBoot = measure(
    'sobol k=6 n=8192 first+total, bootstrap 100',
    () => sobol(six, { n: 8192, seed: 1, bootstrap: 100 }),
    options,
  );
  rows.push(row(SUITE, sobolBoot, { baseline: hand, targetNs: 100e6 }));
  const sobolLoop = measure(`reference (the baseline before #17): plain loop, ${sobolRuns} calls with one reused object`, plainLoop(six, sobolRuns), options);
  rows.push(row(SUITE, sobolLoop, { baseline: hand }));

  const morrisLoop = measure('plain loop, 700 calls of a 6-parameter model', plainLoop(six, 100 * 7), options);
  rows.push(row(SUITE, morrisLoop));
  const morrisCase = measure('morris k=6 trajectories=100', () => morris(six, { trajectories: 100, seed: 1 }), options);
  rows.push(row(SUITE, morrisCase, { baseline: morrisLoop, targetNs: 10e6 }));

  const tornadoLoop = measure('plain loop, 21 calls of a 10-parameter model', plainLoop(ten, 21), options);
  rows.push(row(SUITE, tornadoLoop));
  const tornadoCase = measure('tornado k=10', () => tornado(ten), options);
  rows.push(row(SUITE, tornadoCase, { baseline: tornadoLoop, targetNs: 5e6 }));
  return rows;
}
