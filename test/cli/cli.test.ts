import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { presets, project } from '../../src/index';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), progress: false });
  return { code, out, err };
}

describe('tradepath (in process)', () => {
  it('prints the Azerbaijan–Iran analysis with no arguments', async () => {
    const { code, out, err } = await cli('--runs', '2000');
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain('Azerbaijan–Iran trade: can $580M become $10B by 2029?');
    expect(out).toContain('76.73%');
  }, 30_000);

  it('required: the growth a target needs, by years or by year', async () => {
    const a = await cli('required', '--from', '580M', '--to', '10B', '--years', '5');
    expect(a.out.split('\n')[0]).toBe('Required growth: 76.73% a year for 5 years, from $580M to $10.0B.');
    const b = await cli('required', '--from', '$580M', '--from-year', '2024', '--to', '$10bn', '--by', '2029', '--format', 'json');
    const json = JSON.parse(b.out);
    expect(json.requiredCagr.slice(0, 27)).toBe('0.7673167814300419280042011'); // Reference: Python decimal, 50 digits
    expect(json.path.at(-1).year).toBe(2029);
  });

  it('run, compare, simulate and sensitivity on presets and files', async () => {
    const run = await cli('run', 'examples/scenarios/momentum.json', '--format', 'csv');
    // 580M · 1.2^5; exports 44.9M · 1.2^5 = 111,725,568, imports 535.1M · 1.2^5 = 1,331,500,032, their balance; the step adds 20% of 1,202,688,000
    expect(run.out.split('\r\n')[6]).toBe('2029,1443225600,0.2,111725568,1331500032,-1219774464,240537600');
    const compare = await cli('compare', 'preset:statusQuo', 'preset:targetPath', '--format', 'json');
    expect(JSON.parse(compare.out).map((r: { reachedIn: number | null }) => r.reachedIn)).toEqual([null, 2029]);
    const sim = await cli('simulate', 'preset:combined', '--runs', '2000', '--seed', '7');
    expect(sim.out).toMatch(/P\(\$10\.0B by 2034\) = /);
    const sens = await cli('sensitivity', 'preset:corridorLed', '--method', 'morris', '--trajectories', '10');
    expect(sens.out).toContain('base.rate');
  });

  it('run --set takes rates, amounts and years as written', async () => {
    const r = await cli('run', 'preset:corridorLed', '--set', 'railway.startYear=2027', '--set', 'base.rate=25%', '--format', 'json');
    expect(r.code).toBe(0);
    const values = JSON.parse(r.out).values as string[];
    expect(values[1]).toBe('725000000'); // 580M · 1.25: no trade-cost change acts before 2026
    const expected = project(presets.azerbaijanIran.corridorLed, { overrides: { 'railway.startYear': 2027, 'base.rate': '25%' } });
    expect(values).toEqual(expected.values.map(String));
  });

  it('writes HTML and SVG files when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tradepath-cli-'));
    const r = await cli('run', 'preset:corridorLed', '--svg', dir, '--html', join(dir, 'r.html'));
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['attribution.svg', 'path.svg', 'r.html']);
    expect(readFileSync(join(dir, 'path.svg'), 'utf8')).toMatch(/^<svg/);
  }, 30_000);

  it('validate: ok for good files, every issue with its path for bad ones, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tradepath-cli-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ name: 'x', baseline: { year: 2024, value: 1 }, horizon: { endYear: 2030 }, drivers: [{ id: 'g', type: 'growth', rate: '-150%' }] }));
    const good = await cli('validate', 'examples/scenarios/corridorLed.json');
    expect(good).toMatchObject({ code: 0, err: '' });
    const r = await cli('validate', bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain('drivers[0].rate: must be greater than -100%, got "-150%"');
  });

  it.each([
    [['frobnicate'], 'tradepath: unknown command "frobnicate"'],
    [['run', 'missing.json'], 'tradepath: cannot read missing.json: no such file'],
    [['required', '--form', '5'], "tradepath: required: Unknown option '--form'"],
    [['required', '--from', 'abc', '--to', '10B', '--years', '5'], 'tradepath: requiredCagr: start must be an amount'],
    [['simulate', 'preset:combined', '--runs', 'many'], 'tradepath: simulate: --runs must be a whole number, got "many"'],
    [['run', 'preset:nope'], 'tradepath: run: unknown preset "nope"'],
    [['sensitivity', 'preset:statusQuo', '--method', 'fast'], 'tradepath: sensitivity: --method must be tornado, morris or sobol'],
    [['compare', 'preset:statusQuo', '--format', 'xml'], 'tradepath: compare: --format must be md, csv or json, got "xml"'],
  ])('bad input %j: one message, exit 2', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err.startsWith(message)).toBe(true);
    expect(r.err.split('\n').length).toBeLessThanOrEqual(2);
    expect(r.out).toBe('');
  });

  it('says why a file is not JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tradepath-cli-'));
    writeFileSync(join(dir, 'x.json'), '{ "name": ');
    const r = await cli('run', join(dir, 'x.json'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/x\.json is not valid JSON: /);
  });
});

describe('tradepath discover', () => {
  it('says what would have to be true, with the plausibility verdict, and writes its charts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tradepath-cli-'));
    const r = await cli('discover', 'preset:corridorLed', '--runs', '2000', '--year', '2034', '--svg', dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\*\*base\.rate ≥ /);
    expect(r.out).toContain('**Plausibility.** Above all comparisons');
    expect(readdirSync(dir).sort()).toEqual(['box.svg', 'tradeoff.svg']);
    const none = await cli('discover', 'preset:momentum');
    expect(none.code).toBe(2);
    expect(none.err).toBe('tradepath: discover: "Momentum: 20% a year" has no uncertainty section: nothing to discover over\n');
  }, 30_000);
});
