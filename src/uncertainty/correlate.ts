import { show } from '../internal/show';
import type { Rng } from './rng';
import { randomBelow } from './samplers/randomBelow';
import { inverseNormalCdf } from './special/inverseNormalCdf';

/** Lower-triangular L with L·Lᵀ = a (row-major, size k × k), or the first row whose pivot is not > 0. */
function cholesky(a: Float64Array, k: number): { factor: Float64Array } | { failedRow: number } {
  const l = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * k + j]!;
      for (let m = 0; m < j; m++) sum -= l[i * k + m]! * l[j * k + m]!;
      if (i === j) {
        // A relative floor: a pivot at rounding level means the matrix is singular for practical purposes.
        if (!(sum > 1e-12)) return { failedRow: i };
        l[i * k + i] = Math.sqrt(sum);
      } else {
        l[i * k + j] = sum / l[j * k + j]!;
      }
    }
  }
  return { factor: l };
}

/** Checks the target matrix and returns it flat, row-major. */
function checkCorrelation(correlation: readonly (readonly number[])[], dims: number): Float64Array {
  const fn = 'imposeRankCorrelation';
  if (!Array.isArray(correlation) || correlation.length !== dims) {
    throw new RangeError(`${fn}: correlation must be a ${dims}×${dims} matrix (one row per dimension), got ${show(correlation)}`);
  }
  const flat = new Float64Array(dims * dims);
  for (let i = 0; i < dims; i++) {
    const row = correlation[i];
    if (!Array.isArray(row) || row.length !== dims) {
      throw new RangeError(`${fn}: correlation[${i}] must be a row of ${dims} numbers, got ${show(row)}`);
    }
    for (let j = 0; j < dims; j++) {
      const value = row[j] as unknown;
      if (typeof value !== 'number' || !(value >= -1 && value <= 1)) {
        throw new RangeError(`${fn}: correlation[${i}][${j}] must be a number in [-1, 1], got ${show(value)}`);
      }
      flat[i * dims + j] = value;
    }
    if (flat[i * dims + i] !== 1) {
      throw new RangeError(`${fn}: correlation[${i}][${i}] must be 1 (the diagonal), got ${show(flat[i * dims + i])}`);
    }
  }
  for (let i = 0; i < dims; i++) {
    for (let j = 0; j < i; j++) {
      if (Math.abs(flat[i * dims + j]! - flat[j * dims + i]!) > 1e-12) {
        throw new RangeError(
          `${fn}: correlation must be symmetric, got correlation[${i}][${j}] = ${flat[i * dims + j]} and correlation[${j}][${i}] = ${flat[j * dims + i]}`,
        );
      }
    }
  }
  const result = cholesky(flat, dims);
  if ('failedRow' in result) {
    throw new RangeError(
      `${fn}: correlation must be positive definite (no set of variables can have these correlations); it fails at row ${result.failedRow}`,
    );
  }
  return flat;
}

/**
 * Reorders each column of a sample so that its rank correlation matches a target, leaving every marginal exactly as
 * it was (each output column is a permutation of the input column): the Iman–Conover method (Iman and Conover,
 * Commun. Statist. B 11, 1982), with van der Waerden scores Φ⁻¹(i/(n+1)).
 *
 * The scores are shuffled per column (with `rng`), decorrelated with the Cholesky factor of their own sample
 * correlation and recorrelated with the target's, so their Pearson correlation is exact; each input column is then
 * arranged in the ranks of its score column. Because rank correlation of normal scores with Pearson r is
 * (6/π)·asin(r/2) (Pearson 1907), the scores get r = 2·sin(π·ρ/6) so that the Spearman correlation comes out at ρ
 * (when that adjusted matrix is not positive definite, ρ itself is used).
 *
 * @param points - the sample, row-major n × dims (from any sampler), not modified.
 * @param n - the number of rows, an integer > dims (fewer rows cannot carry the correlations).
 * @param dims - the number of columns, an integer ≥ 1.
 * @param correlation - the target Spearman matrix: dims × dims, symmetric, unit diagonal, entries in [−1, 1],
 *   positive definite.
 * @param rng - the generator that shuffles the scores (dims · (n − 1) or slightly more draws).
 * @param stop - optional: called before each column's shuffle and sort; it may throw to stop (an abort).
 * @throws {RangeError} when the shape does not match or the matrix breaks a rule (the message names the entry).
 * @example
 * const x = latinHypercube(100, 2, createRng(1));
 * const y = imposeRankCorrelation(x, 100, 2, [[1, 0.8], [0.8, 1]], createRng(2));
 * Array.from(y.filter((_, i) => i % 2 === 0)).sort().join() === Array.from(x.filter((_, i) => i % 2 === 0)).sort().join(); // => true
 * imposeRankCorrelation(x, 100, 2, [[1, 0.8], [0.7, 1]], createRng(2)); // => throws RangeError
 */
export function imposeRankCorrelation(
  points: Float64Array,
  n: number,
  dims: number,
  correlation: readonly (readonly number[])[],
  rng: Rng,
  stop?: () => void,
): Float64Array {
  const fn = 'imposeRankCorrelation';
  if (!Number.isSafeInteger(dims) || dims < 1) throw new RangeError(`${fn}: dims must be an integer ≥ 1, got ${show(dims)}`);
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${fn}: n must be an integer ≥ 0, got ${show(n)}`);
  if (!(points instanceof Float64Array) || points.length !== n * dims) {
    throw new RangeError(`${fn}: points must be a Float64Array of n·dims = ${n * dims} numbers, got ${show(points?.length)}`);
  }
  const target = checkCorrelation(correlation, dims);
  if (dims === 1) return Float64Array.from(points);
  if (n <= dims) throw new RangeError(`${fn}: n must be > dims = ${dims} to carry a correlation, got ${n}`);

  // Pearson correlation of the scores that gives the target Spearman correlation.
  const adjusted = target.map((rho, index) => (index % (dims + 1) === 0 ? 1 : 2 * Math.sin((Math.PI * rho) / 6)));
  const fromAdjusted = cholesky(adjusted, dims);
  const p = 'factor' in fromAdjusted ? fromAdjusted.factor : (cholesky(target, dims) as { factor: Float64Array }).factor;

  // Van der Waerden scores, shuffled independently in each column.
  const base = new Float64Array(n);
  for (let i = 0; i < n; i++) base[i] = inverseNormalCdf((i + 1) / (n + 1));
  const scores = new Float64Array(n * dims);
  const next = () => rng.nextUint32();
  const order = new Uint32Array(n);
  for (let d = 0; d < dims; d++) {
    stop?.();
    for (let i = 0; i < n; i++) order[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = randomBelow(next, i + 1);
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (let i = 0; i < n; i++) scores[i * dims + d] = base[order[i]!]!;
  }

  // Their own sample correlation E, and its Cholesky factor Q (E = Q·Qᵀ).
  const mean = new Float64Array(dims);
  for (let i = 0; i < n; i++) for (let d = 0; d < dims; d++) mean[d]! += scores[i * dims + d]! / n;
  const cov = new Float64Array(dims * dims);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < dims; a++) {
      const xa = scores[i * dims + a]! - mean[a]!;
      for (let b = 0; b <= a; b++) cov[a * dims + b]! += xa * (scores[i * dims + b]! - mean[b]!);
    }
  }
  const e = new Float64Array(dims * dims);
  for (let a = 0; a < dims; a++) {
    for (let b = 0; b <= a; b++) {
      const r = cov[a * dims + b]! / Math.sqrt(cov[a * dims + a]! * cov[b * dims + b]!);
      e[a * dims + b] = r;
      e[b * dims + a] = r;
    }
  }
  const fromScores = cholesky(e, dims);
  if (!('factor' in fromScores)) {
    throw new RangeError(`${fn}: the shuffled scores are collinear; use more rows than ${n}`);
  }
  const q = fromScores.factor;

  // T = P·Q⁻¹·s for each row s: decorrelate (forward substitution), then impose the target.
  const transformed = new Float64Array(n * dims);
  const y = new Float64Array(dims);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < dims; a++) {
      let sum = scores[i * dims + a]! - mean[a]!;
      for (let b = 0; b < a; b++) sum -= q[a * dims + b]! * y[b]!;
      y[a] = sum / q[a * dims + a]!;
    }
    for (let a = 0; a < dims; a++) {
      let sum = 0;
      for (let b = 0; b <= a; b++) sum += p[a * dims + b]! * y[b]!;
      transformed[i * dims + a] = sum;
    }
  }

  // Each input column, sorted, is laid out in the rank order of its transformed score column.
  const out = new Float64Array(n * dims);
  const column = new Float64Array(n);
  const rows = Array.from({ length: n }, (_, i) => i);
  for (let d = 0; d < dims; d++) {
    stop?.();
    for (let i = 0; i < n; i++) column[i] = points[i * dims + d]!;
    column.sort();
    rows.sort((r1, r2) => transformed[r1 * dims + d]! - transformed[r2 * dims + d]!);
    for (let rank = 0; rank < n; rank++) out[rows[rank]! * dims + d] = column[rank]!;
  }
  return out;
}
