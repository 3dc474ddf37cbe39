/**
 * The ziggurat normals of `fillStandardNormal`, tested as a distribution: moments, the Kolmogorov–Smirnov and
 * Anderson–Darling statistics against Φ, and the frequencies beyond 3σ and 4σ, each within bounds set by the
 * statistic's standard error or its published critical value (the draws are seeded, so each check is fixed; the
 * bounds say how far a correct generator could be from the reference by chance).
 */
import { describe, expect, it } from 'vitest';
import { createRng, fillStandardNormal } from '../../src/uncertainty/rng';
import { normalCdf } from '../../src/uncertainty/special/normalCdf';
import { ZIGGURAT_V, ZIGGURAT_X } from '../../src/uncertainty/ziggurat';

// 2·(1 − Φ(k)) = erfc(k/√2), from Python's math.erfc: 0.0026997960632601913 (k = 3), 6.334248366623993e-05 (k = 4).
const BEYOND_3 = 0.0026997960632601913;
const BEYOND_4 = 6.334248366623993e-5;

function normals(seed: number, n: number): Float64Array {
  const z = new Float64Array(n);
  fillStandardNormal(createRng(seed), z);
  return z;
}

describe('ziggurat tables', () => {
  it('close: the last layer has the same area V as every other (the recursion from R ends at the top)', () => {
    // Layer 255 spans [0, X[255]] × [f(X[255]), 1]; Marsaglia and Tsang's R and V make its area V to ~1e-12.
    const x = ZIGGURAT_X[255]!;
    expect(Math.abs(x * (1 - Math.exp(-0.5 * x * x)) - ZIGGURAT_V) / ZIGGURAT_V).toBeLessThan(1e-9);
  });
});

describe('fillStandardNormal (ziggurat) as a distribution', () => {
  it('has mean 0, variance 1, skewness 0 and excess kurtosis 0 within five standard errors (n = 2,000,000)', () => {
    const n = 2_000_000;
    const z = normals(101, n);
    let s1 = 0;
    for (let i = 0; i < n; i++) s1 += z[i]!;
    const mean = s1 / n;
    let m2 = 0;
    let m3 = 0;
    let m4 = 0;
    for (let i = 0; i < n; i++) {
      const d = z[i]! - mean;
      const d2 = d * d;
      m2 += d2;
      m3 += d2 * d;
      m4 += d2 * d2;
    }
    m2 /= n;
    m3 /= n;
    m4 /= n;
    // Standard errors for normal data: mean 1/√n, variance √(2/n), skewness √(6/n), excess kurtosis √(24/n).
    expect(Math.abs(mean)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(m2 - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
    expect(Math.abs(m3 / m2 ** 1.5)).toBeLessThan(5 * Math.sqrt(6 / n));
    expect(Math.abs(m4 / (m2 * m2) - 3)).toBeLessThan(5 * Math.sqrt(24 / n));
  });

  it('passes Kolmogorov–Smirnov against Φ at the 0.1 % level (n = 1,000,000)', () => {
    const n = 1_000_000;
    const z = normals(202, n).sort();
    let d = 0;
    for (let i = 0; i < n; i++) {
      const F = normalCdf(z[i]!);
      d = Math.max(d, (i + 1) / n - F, F - i / n);
    }
    // Asymptotic critical value of √n·D at α = 0.001: 1.9495 (Kolmogorov's distribution).
    expect(Math.sqrt(n) * d).toBeLessThan(1.9495);
  });

  it('passes Anderson–Darling against Φ at the 1 % level (n = 100,000)', () => {
    const n = 100_000;
    const z = normals(303, n).sort();
    let sum = 0;
    for (let i = 0; i < n; i++) {
      // ln(1 − Φ(x)) as ln Φ(−x), exact in the upper tail.
      sum += (2 * i + 1) * (Math.log(normalCdf(z[i]!)) + Math.log(normalCdf(-z[n - 1 - i]!)));
    }
    const a2 = -n - sum / n;
    // A fully specified distribution (Stephens' case 0): upper 1 % point of A² is 3.857.
    expect(a2).toBeLessThan(3.857);
    expect(a2).toBeGreaterThan(0);
  });

  it('puts the normal share of draws beyond 3σ and beyond 4σ, within five binomial standard errors (n = 8,000,000)', () => {
    const n = 8_000_000;
    const block = new Float64Array(1_000_000);
    const rng = createRng(404);
    let beyond3 = 0;
    let beyond4 = 0;
    let max = 0;
    for (let done = 0; done < n; done += block.length) {
      fillStandardNormal(rng, block);
      for (let i = 0; i < block.length; i++) {
        const a = Math.abs(block[i]!);
        if (a > 3) beyond3++;
        if (a > 4) beyond4++;
        if (a > max) max = a;
      }
    }
    const se3 = Math.sqrt((BEYOND_3 * (1 - BEYOND_3)) / n);
    const se4 = Math.sqrt((BEYOND_4 * (1 - BEYOND_4)) / n);
    expect(Math.abs(beyond3 / n - BEYOND_3)).toBeLessThan(5 * se3);
    expect(Math.abs(beyond4 / n - BEYOND_4)).toBeLessThan(5 * se4);
    // The tail beyond R = 3.654 is drawn (about 1 in 3,900 draws), and it is unbounded: 8M draws reach past 5σ.
    expect(max).toBeGreaterThan(5);
  });
});
