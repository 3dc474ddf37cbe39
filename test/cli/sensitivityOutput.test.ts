import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';

// Issue #15: `sensitivity` printed raw numbers (8.64226e+9, 0.135922), camelCase headers and "2035" for a target
// never reached; its tornado chart's axis said "Output" and its bars 0.1359. Now every value reads as what it is.

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), progress: false });
  return { code, out, err };
}

describe('tradepath sensitivity, for people', () => {
  it('tornado: rates as percentages, values as money, headers in words, drivers by their labels', async () => {
    const r = await cli('sensitivity', 'preset:corridorLed');
    expect(r.code).toBe(0);
    // Reference: base.rate is normal(20%, 5%), moved to its 10th and 90th percentiles, 20% ∓ 1.28155 · 5% =
    // 13.59% and 26.41% (scipy.stats.norm.ppf(0.9) = 1.2815515655446004); railway.rate is triangular(2%, 10%, 18%),
    // whose 10th percentile is 2% + √(0.1 · 16% · 8%) = 5.58% (inverse CDF of the triangular distribution).
    expect(r.out).toMatchInlineSnapshot(`
      "Corridor-led: railway and bridges: tornado of the value in 2034 (at the scenario's values: $8.64B)

      | Parameter       | Assumption                       |    Low |   High | 2034 at low | 2034 at high |  Swing |
      | :-------------- | :------------------------------- | -----: | -----: | ----------: | -----------: | -----: |
      | base.rate       | Momentum (2024 growth)           | 13.59% | 26.41% |      $5.21B |       $14.0B | $8.77B |
      | railway.rate    | Rasht–Astara railway (INSTC)     |  5.58% | 14.42% |      $6.71B |       $11.0B | $4.34B |
      | nakhchivan.rate | Nakhchivan corridor through Iran |  0.80% |  7.20% |      $7.26B |       $9.45B | $2.19B |
      "
    `);
    expect(r.out).not.toMatch(/e\+\d|outputLow|0\.135922/);
  });

  it('yearReached: a target never reached reads "not by 2034", not 2035', async () => {
    const r = await cli('sensitivity', 'preset:corridorLed', '--output', 'yearReached');
    expect(r.out.split('\n')[0]).toBe("Corridor-led: railway and bridges: tornado of the year $10.0B is reached (at the scenario's values: not by 2034)");
    expect(r.out).toContain('| base.rate       | Momentum (2024 growth)           | 13.59% | 26.41% |    not by 2034 |            2034 | at least 1 year |');
    expect(r.out).not.toContain('2035');
  });

  it('morris and sobol: effects in the output unit, indices as shares with two decimals', async () => {
    const morris = await cli('sensitivity', 'preset:corridorLed', '--method', 'morris', '--trajectories', '10', '--output', 'cagr');
    expect(morris.out).toContain('| Parameter       | Assumption                       | Mean \\|effect\\| (μ\\*) | Mean effect (μ) |');
    expect(morris.out).toMatch(/\| base\.rate +\| Momentum \(2024 growth\) +\| +\d+\.\d\d points \|/);
    const sobol = await cli('sensitivity', 'preset:corridorLed', '--method', 'sobol', '--n', '256');
    expect(sobol.out).toMatch(/\| base\.rate +\| Momentum \(2024 growth\) +\| +0\.\d\d \| +0\.\d\d \|/);
    expect(sobol.out).not.toMatch(/0\.\d{4,}/);
  });

  it('CSV keeps the raw numbers under the same headers', async () => {
    const r = await cli('sensitivity', 'preset:corridorLed', '--format', 'csv');
    const [head, first] = r.out.split(/\r?\n/);
    expect(head).toBe('Parameter,Assumption,Low,High,2034 at low,2034 at high,Swing');
    expect(Number(first!.split(',')[2])).toBeCloseTo(0.2 - 1.2815515655446004 * 0.05, 12);
  });

  it('the tornado chart: axis named for the output, bar ends as percentages, drivers by their labels', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tradepath-sens-'));
    expect((await cli('sensitivity', 'preset:corridorLed', '--svg', dir)).code).toBe(0);
    const svg = readFileSync(join(dir, 'tornado.svg'), 'utf8');
    expect(svg).toContain('>Value in 2034</text>');
    expect(svg).not.toContain('>Output</text>');
    expect(svg).toContain('>13.59%</text>');
    expect(svg).not.toContain('0.1359');
    expect(svg).toContain('>Momentum (2024 growth)</text>');
    expect(svg).not.toContain('>base.rate</text>');
  });
});
