import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { boxScatterChart } from '../../src/report/svg/boxScatterChart';

// Issue #15: `discover` with zero hits still drew a "box found" frame around everything, and a trade-off chart of
// one point. With no box found, neither is drawn; the runs are, and the text says why.

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), progress: false });
  return { code, out, err };
}

describe('discover with no run reaching the target', () => {
  it('writes the runs without a box and no trade-off chart, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tradepath-discover-'));
    // Combined by 2029: its capacity (median $8B) and the drag keep every one of 2,000 runs under $10B.
    const r = await cli('discover', 'preset:combined', '--runs', '2000', '--svg', dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('none reach $10.0B by 2029: the chance is below 0.2% (95% upper bound).');
    expect(r.err).toContain('tradepath: discover: none of the runs reach $10.0B by 2029, so there is no box and no trade-off chart; writing the runs only');
    expect(readdirSync(dir)).toEqual(['box.svg']);
    const svg = readFileSync(join(dir, 'box.svg'), 'utf8');
    expect(svg).not.toContain('tp-box"');
    expect(svg).not.toContain('box found');
    expect(svg).toContain('none of the runs reach $10.0B by 2029');
  }, 30_000);

  it('still draws the box and the trade-off when a box is found', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tradepath-discover-'));
    const r = await cli('discover', 'preset:corridorLed', '--runs', '2000', '--year', '2034', '--svg', dir);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain('no box');
    expect(readdirSync(dir).sort()).toEqual(['box.svg', 'tradeoff.svg']);
    expect(readFileSync(join(dir, 'box.svg'), 'utf8')).toContain('class="tp-box"');
  }, 30_000);

  it('boxScatterChart draws no frame for a box that restricts neither axis', () => {
    const data = { x: { param: 'a', values: [0.1, 0.8, 0.9] }, y: { param: 'b', values: [0.5, 0.2, 0.1] }, hits: [0, 1, 1] };
    expect(boxScatterChart({ ...data, box: {} })).not.toContain('box found');
    expect(boxScatterChart({ ...data, box: { x: { min: 0.7, max: 1 } } })).toContain('box found');
  });
});
