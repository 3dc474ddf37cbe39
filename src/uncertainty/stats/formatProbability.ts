// How a probability estimated from runs reads to people. Zero hits is not a probability of 0: it is "below" the
// 95% upper bound (about 3.84 / runs), so it is written as that bound, rounded up so that "below" stays true —
// never "0%", "0.00%" or "< 0.00%". Tiny non-zero estimates keep two significant digits instead of rounding to 0.

/** An estimate with its 95% interval, as `Simulation.probabilityOfTarget` and `wilsonInterval` give it. */
export interface ProbabilityLike {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
}

/**
 * `0.1234` → `"12.34%"`; values under 0.1% keep two significant digits (`0.000042` → `"0.0042%"`), and 0 is `"0%"`.
 * `digits` is the decimals of a percentage of 0.1% or more (default 2).
 */
export function percentText(x: number, digits = 2): string {
  const p = x * 100;
  if (p === 0) return '0%';
  if (Math.abs(p) >= 0.1) return `${p.toFixed(digits)}%`;
  return `${Number(p.toPrecision(2))}%`;
}

/**
 * The zero-hit bound as a percentage, rounded UP to one significant digit: 3.84/100000 → `"0.004%"`,
 * 3.84/20000 → `"0.02%"`, 3.84/2000 → `"0.2%"`.
 */
export function boundText(high: number): string {
  const p = high * 100;
  if (!(p > 0)) return '0%';
  const exponent = Math.floor(Math.log10(p));
  const step = 10 ** exponent;
  // 1e-9 absorbs float noise (0.2 / 0.1 = 2.0000000000000004 must not become 3).
  const up = Math.ceil(p / step - 1e-9) * step;
  const decimals = Math.max(0, -Math.floor(Math.log10(up)));
  return `${up.toFixed(decimals)}%`;
}

/**
 * A probability for a sentence: `"12.34% (95% interval 11.90% to 12.80%)"`, or with no hit `"below 0.02%"`.
 *
 * @param p - the estimate and its interval; an estimate of 0 is read as zero hits (Wilson's estimate is hits/runs).
 * @param digits - decimals of the percentages (default 2).
 */
export function formatProbability(p: ProbabilityLike, digits = 2): string {
  if (p.estimate === 0) return `below ${boundText(p.high)}`;
  return `${percentText(p.estimate, digits)} (95% interval ${percentText(p.low, digits)} to ${percentText(p.high, digits)})`;
}
