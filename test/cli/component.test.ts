/** `--component` on `tradepath simulate` and `tradepath sensitivity`: one component's values, and a bad id. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), progress: false });
  return { code, out, err };
}

// Exports $60M and imports $520M in 2024, 10 % a year each, no uncertainty: exports in 2026 = 60M · 1.1² = $72.6M.
const file = join(mkdtempSync(join(tmpdir(), 'tradepath-component-')), 'accounts.json');
writeFileSync(
  file,
  JSON.stringify({
    name: 'Accounts',
    baseline: { year: 2024 },
    horizon: { endYear: 2026 },
    target: { value: '700M', year: 2026 },
    components: [
      { id: 'exports', baseline: { value: '60M' } },
      { id: 'imports', baseline: { value: '520M' } },
    ],
    drivers: [
      { id: 'base', type: 'growth', rate: '10%' },
      { id: 'rail', type: 'tradeCost', scope: 'exports', change: '-10%', elasticity: 5, startYear: 2030 },
    ],
  }),
);

// The same without components, for the error on a scenario that has none.
const plain = join(mkdtempSync(join(tmpdir(), 'tradepath-component-')), 'plain.json');
writeFileSync(plain, JSON.stringify({ name: 'Plain', baseline: { year: 2024, value: '580M' }, horizon: { endYear: 2026 }, drivers: [{ id: 'base', type: 'growth', rate: '10%', volatility: '5%' }] }));

describe('tradepath --component', () => {
  it('simulate: the percentiles of one component, the probability of the total', async () => {
    const { code, out, err } = await cli('simulate', file, '--runs', '100', '--component', 'exports', '--format', 'json');
    expect([code, err]).toEqual([0, '']);
    const json = JSON.parse(out);
    expect(json.fan.at(-1).p50).toBeCloseTo(72.6e6, 3);
    // The total in 2026: 580M · 1.21 = 701.8M ≥ 700M.
    expect(json.probabilityOfTarget.estimate).toBe(1);
    expect(json.settings.component).toBe('exports');
    const md = await cli('simulate', file, '--runs', '100', '--component', 'imports');
    expect(md.out).toContain('Accounts (imports): percentiles of 100 simulated paths');
    expect(md.out).toContain('$629M'); // 520M · 1.21 = 629.2M
  });

  it('sensitivity: a component at the end or in a year', async () => {
    const { code, out } = await cli('sensitivity', file, '--component', 'exports', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out).base).toBeCloseTo(72.6e6, 3);
    const year = await cli('sensitivity', file, '--component', 'exports', '--output', '2025', '--format', 'json');
    expect(JSON.parse(year.out).base).toBeCloseTo(66e6, 3);
    const md = await cli('sensitivity', file, '--component', 'imports');
    expect(md.out).toContain('tornado of the value of imports in 2026');
  });

  it('refuses an unknown component or one with cagr, in one line with exit code 2', async () => {
    expect(await cli('simulate', file, '--runs', '10', '--component', 'exprts')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "err": "tradepath: simulate: unknown component "exprts"; components: exports, imports
      ",
        "out": "",
      }
    `);
    expect(await cli('sensitivity', file, '--component', 'exprts')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "err": "tradepath: tornado: unknown component "exprts"; components: exports, imports
      ",
        "out": "",
      }
    `);
    expect(await cli('sensitivity', file, '--component', 'exports', '--output', 'cagr')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "err": "tradepath: sensitivity: --component works with --output final or a year, got --output cagr
      ",
        "out": "",
      }
    `);
    expect(await cli('simulate', plain, '--runs', '10', '--component', 'exports')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "err": "tradepath: simulate: unknown component "exports"; the scenario has no components
      ",
        "out": "",
      }
    `);
  });
});

describe('tradepath run --component', () => {
  it('shows one component with what each driver adds to it; without it, a column per component', async () => {
    // exports: 60M · 1.1 = 66M in 2025 and 72.6M in 2026; the driver adds 6M, then 6.6M (60M · 10 %, 66M · 10 %).
    const one = await cli('run', file, '--component', 'exports', '--format', 'csv');
    expect([one.code, one.err]).toEqual([0, '']);
    expect(one.out.split(/\r?\n/).slice(0, 4)).toEqual(['Year,exports,Growth,base,rail', '2024,60000000,,,', '2025,66000000,0.1,6000000,0', '2026,72600000,0.1,6600000,0']);
    const all = await cli('run', file, '--format', 'csv');
    expect(all.out.split(/\r?\n/)[0]).toBe('Year,Value,Growth,exports,imports,Balance,base,rail');
    expect(all.out.split(/\r?\n/)[1]).toBe('2024,580000000,,60000000,520000000,-460000000,,');
    expect(await cli('run', file, '--component', 'exprts')).toEqual({ code: 2, out: '', err: 'tradepath: run: unknown component "exprts"; components: exports, imports\n' });
  });
});
