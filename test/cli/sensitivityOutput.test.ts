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
    // Reference: base.rate is normal(0.64%, 7.02%), moved to its 10th and 90th percentiles, 0.64% ∓ 1.28155 · 7.02% =
    // -8.36% and 9.64% (scipy.stats.norm.ppf(0.9) = 1.2815515655446004); railway.change is uniform(-4%, -0.5%), whose
    // 10th percentile is -4% + 0.1 · 3.5% = -3.65%. At the scenario's values, by hand: 580M · 1.0064^10 · 0.98^-5 ·
    // 0.985^-5 · 0.98^-5 = $816M (every trade-cost change complete by 2030; elasticity 5).
    expect(r.out).toMatchInlineSnapshot(`
      "Corridor-led: railway, bridges and the Araz corridor: tornado of the value in 2034 (at the scenario's values: $816M)

      | Parameter            | Assumption                              |    Low |   High | 2034 at low | 2034 at high |  Swing |
      | :------------------- | :-------------------------------------- | -----: | -----: | ----------: | -----------: | -----: |
      | base.rate            | History continues                       | -8.36% |  9.64% |       $320M |       $1.92B | $1.60B |
      | araz_corridor.change | Araz corridor with Agband–Kalala bridge | -3.60% | -0.40% |       $886M |        $753M |  $133M |
      | railway.change       | Rasht–Astara railway (INSTC)            | -3.65% | -0.85% |       $888M |        $770M |  $119M |
      | astarachay.change    | Astarachay road and rail bridges        | -2.70% | -0.30% |       $868M |        $768M | $99.5M |
      "
    `);
    expect(r.out).not.toMatch(/e\+\d|outputLow|0\.135922/);
  });

  it('yearReached: a target never reached reads "not by 2034", not 2035', async () => {
    const r = await cli('sensitivity', 'preset:corridorLed', '--output', 'yearReached');
    expect(r.out.split('\n')[0]).toBe("Corridor-led: railway, bridges and the Araz corridor: tornado of the year $10.0B is reached (at the scenario's values: not by 2034)");
    expect(r.out).toContain('| base.rate            | History continues                       | -8.36% |  9.64% |    not by 2034 |     not by 2034 |  none |');
    expect(r.out).not.toContain('2035');
  });

  it('morris and sobol: effects in the output unit, indices as shares with two decimals', async () => {
    const morris = await cli('sensitivity', 'preset:corridorLed', '--method', 'morris', '--trajectories', '10', '--output', 'cagr');
    expect(morris.out).toContain('| Parameter            | Assumption                              | Mean \\|effect\\| (μ\\*) | Mean effect (μ) |');
    expect(morris.out).toMatch(/\| base\.rate +\| History continues +\| +\d+\.\d\d points \|/);
    const sobol = await cli('sensitivity', 'preset:corridorLed', '--method', 'sobol', '--n', '256');
    expect(sobol.out).toMatch(/\| base\.rate +\| History continues +\| +[01]\.\d\d \| +[01]\.\d\d \|/);
    expect(sobol.out).not.toMatch(/0\.\d{4,}/);
  });

  it('CSV keeps the raw numbers under the same headers', async () => {
    const r = await cli('sensitivity', 'preset:corridorLed', '--format', 'csv');
    const [head, first] = r.out.split(/\r?\n/);
    expect(head).toBe('Parameter,Assumption,Low,High,2034 at low,2034 at high,Swing');
    expect(Number(first!.split(',')[2])).toBeCloseTo(0.0064 - 1.2815515655446004 * 0.0702, 12);
  });

  it('the tornado chart: axis named for the output, bar ends as percentages, drivers by their labels', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tradepath-sens-'));
    expect((await cli('sensitivity', 'preset:corridorLed', '--svg', dir)).code).toBe(0);
    const svg = readFileSync(join(dir, 'tornado.svg'), 'utf8');
    expect(svg).toContain('>Value in 2034</text>');
    expect(svg).not.toContain('>Output</text>');
    expect(svg).toContain('>-8.36%</text>');
    expect(svg).not.toContain('0.0835');
    expect(svg).toContain('>History continues</text>');
    expect(svg).not.toContain('>base.rate</text>');
  });
});
