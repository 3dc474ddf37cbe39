/**
 * A tiny benchmark harness with no dependencies: times batches of calls with `process.hrtime.bigint()` after a
 * warm-up, and reports the median time per call with its quartiles. Medians, because shared machines are noisy
 * and a few slow batches (GC, another process) would drag a mean.
 */

/** Options of {@link measure}. */
export interface MeasureOptions {
  /** Batches to time at least; default 30. */
  readonly minSamples?: number;
  /** Time to spend sampling at least, in ms; default 500. */
  readonly minTimeMs?: number;
  /** Time to run the function before timing it, so the JIT has compiled it; default 100 ms. */
  readonly warmupMs?: number;
  /** Aimed-for duration of one timed batch, in µs; long enough that the timer's own cost vanishes. Default 1000. */
  readonly batchUs?: number;
}

/** Time per call of one benchmarked function. */
export interface Measurement {
  readonly name: string;
  /** Median over the batches of (batch time / calls in the batch), in ns. */
  readonly medianNs: number;
  /** 25th and 75th percentiles of the same, in ns. */
  readonly p25Ns: number;
  readonly p75Ns: number;
  /** Number of timed batches and calls per batch. */
  readonly samples: number;
  readonly batchSize: number;
}

/** One line of a results table. */
export interface BenchRow {
  readonly suite: string;
  readonly case: string;
  readonly medianNs: number;
  readonly p25Ns: number;
  readonly p75Ns: number;
  /** The case this row is compared with (a plain float64 loop in the same process), and median / its median. */
  readonly baseline?: string;
  readonly ratio?: number;
  /** A median the case should stay under, in ns, and whether it did. */
  readonly targetNs?: number;
  readonly met?: boolean;
}

// Results land here so that the JIT cannot drop a call whose result is never used.
let sink: unknown;

/** The last result of any measured function; reading it keeps the calls observable. */
export function lastResult(): unknown {
  return sink;
}

function timeBatch(fn: () => unknown, calls: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) sink = fn();
  return Number(process.hrtime.bigint() - start);
}

/** Type 7 quantile (linear interpolation) of sorted values. */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Measures the time per call of `fn`: warm-up, then a batch size that makes one batch last about `batchUs`,
 * then batches until both `minSamples` and `minTimeMs` are reached.
 */
export function measure(name: string, fn: () => unknown, options: MeasureOptions = {}): Measurement {
  const minSamples = options.minSamples ?? 30;
  const minTimeNs = (options.minTimeMs ?? 500) * 1e6;
  const warmupNs = (options.warmupMs ?? 100) * 1e6;
  const batchNs = (options.batchUs ?? 1000) * 1e3;

  const warmupEnd = process.hrtime.bigint() + BigInt(Math.round(warmupNs));
  while (process.hrtime.bigint() < warmupEnd) timeBatch(fn, 16);

  let batchSize = 1;
  while (batchSize < 1 << 30) {
    const took = timeBatch(fn, batchSize);
    if (took >= batchNs) break;
    // Grow toward the aim in one step when the batch is long enough to estimate from, else double.
    batchSize = took > batchNs / 100 ? Math.ceil((batchSize * batchNs) / took) : batchSize * 2;
  }

  const perCall: number[] = [];
  let spent = 0;
  while (perCall.length < minSamples || spent < minTimeNs) {
    const took = timeBatch(fn, batchSize);
    spent += took;
    perCall.push(took / batchSize);
  }
  perCall.sort((a, b) => a - b);
  return {
    name,
    medianNs: quantile(perCall, 0.5),
    p25Ns: quantile(perCall, 0.25),
    p75Ns: quantile(perCall, 0.75),
    samples: perCall.length,
    batchSize,
  };
}

/**
 * A results row for `measured`, with its ratio to `baseline` (a plain loop measured in the same process, so the
 * ratio holds across machines better than the times do) and whether it met `targetNs`.
 */
export function row(
  suite: string,
  measured: Measurement,
  compare: { baseline?: Measurement; targetNs?: number } = {},
): BenchRow {
  const { baseline, targetNs } = compare;
  return {
    suite,
    case: measured.name,
    medianNs: measured.medianNs,
    p25Ns: measured.p25Ns,
    p75Ns: measured.p75Ns,
    ...(baseline === undefined ? {} : { baseline: baseline.name, ratio: measured.medianNs / baseline.medianNs }),
    ...(targetNs === undefined ? {} : { targetNs, met: measured.medianNs <= targetNs }),
  };
}

/**
 * A case beside its baseline on a shared, noisy machine: both are timed in alternating batches of `calls` calls
 * (which one goes first alternates too), so both see the same load, and the ratio is the median of the rounds'
 * ratios. Returns the baseline's row and the case's, with `targetRatio` as its target when given.
 */
export function paired(
  suite: string,
  baseName: string,
  base: () => unknown,
  caseName: string,
  fn: () => unknown,
  options: { rounds?: number; calls?: number; warmupRounds?: number; targetRatio?: number } = {},
): BenchRow[] {
  const { rounds = 300, calls = 20, warmupRounds = 50, targetRatio } = options;
  const time = (f: () => unknown) => timeBatch(f, calls) / calls;
  for (let i = 0; i < warmupRounds; i++) (time(base), time(fn));
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let x: number;
    let y: number;
    if (r % 2 === 0) {
      x = time(base);
      y = time(fn);
    } else {
      y = time(fn);
      x = time(base);
    }
    a.push(x);
    b.push(y);
    ratios.push(y / x);
  }
  const stats = (xs: number[]) => {
    const sorted = [...xs].sort((p, q) => p - q);
    return { medianNs: quantile(sorted, 0.5), p25Ns: quantile(sorted, 0.25), p75Ns: quantile(sorted, 0.75) };
  };
  const ratio = stats(ratios).medianNs;
  const target = targetRatio === undefined ? {} : { targetNs: targetRatio * stats(a).medianNs, met: ratio <= targetRatio };
  return [
    { suite, case: baseName, ...stats(a) },
    { suite, case: `${caseName} (paired with the baseline; ratio = median of paired rounds)`, ...stats(b), baseline: baseName, ratio, ...target },
  ];
}

/** A time for people: `812 ns`, `8.12 µs`, `1.23 ms`, `2.50 s`. */
export function formatNs(ns: number): string {
  if (ns < 1e3) return `${ns.toPrecision(3)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toPrecision(3)} µs`;
  if (ns < 1e9) return `${(ns / 1e6).toPrecision(3)} ms`;
  return `${(ns / 1e9).toPrecision(3)} s`;
}
