import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { UsageError } from '../../src/cli/UsageError';
import { checkAmountUnits, checkPlainRate } from '../../src/cli/unitSlips';

// Issue #15: `required --from 580` (no unit) gave 2701% a year, and `--set railway.rate=5` was taken as 500% and
// printed $1.49e+15. The command line now refuses both slips with the fix; the library stays literal.

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), progress: false });
  return { code, out, err };
}

describe('amounts typed without their unit', () => {
  it('required --from 580 beside --to 10B: exit 2, "did you mean 580M?"', async () => {
    const r = await cli('required', '--from', '580', '--to', '10B', '--years', '5');
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toMatchInlineSnapshot(`
      "tradepath: required: --from 580 has no unit, beside --to 10B; did you mean 580M? (a plain number is in currency units: write $580 if you mean it)
      "
    `);
  });

  it('a plain --to below 10,000 beside a plain --from of a million or more (10 beside 580M: 10B is the nearer unit)', async () => {
    const r = await cli('required', '--from', '580000000', '--to', '10', '--years', '5');
    expect(r.err).toMatchInlineSnapshot(`
      "tradepath: required: --to 10 has no unit, beside --from 580000000; did you mean 10B? (a plain number is in currency units: write $10 if you mean it)
      "
    `);
  });

  it('run --set target.value=8 beside the $580M baseline suggests 8B, the nearer unit', async () => {
    const r = await cli('run', 'preset:combined', '--set', 'target.value=8');
    expect(r.code).toBe(2);
    expect(r.err).toMatchInlineSnapshot(`
      "tradepath: run: --set target.value=8 has no unit, beside the baseline $580M; did you mean 8B? (a plain number is in currency units: write $8 if you mean it)
      "
    `);
  });

  it('takes amounts with a unit or a currency sign, large plain numbers, and small amounts with no large one beside', async () => {
    // Reference: (10e9 / 580e6)^(1/5) − 1 = 0.767316781… (Python decimal; the same figure as the README's 76.73%).
    for (const [from, to] of [['580M', '10B'], ['$580M', '$10bn'], ['580000000', '10000000000'], ['580 million', '10B']]) {
      const r = await cli('required', '--from', from!, '--to', to!, '--years', '5');
      expect([r.code, r.out.split('\n')[0]], `${from} → ${to}`).toEqual([0, `Required growth: 76.73% a year for 5 years, from $580M to $10.0B.`]);
    }
    // $580 is written on purpose; 580 → 1,000 has no large amount beside it. Reference: (1000/580)^(1/5) − 1 = 0.115101… (Python float).
    expect((await cli('required', '--from', '$580', '--to', '10B', '--years', '5')).code).toBe(0);
    expect((await cli('required', '--from', '580', '--to', '1000', '--years', '5')).out.split('\n')[0]).toBe('Required growth: 11.51% a year for 5 years, from $580 to $1.00K.');
    expect(() => checkAmountUnits('x', [{ name: '--a', text: '0' }, { name: '--b', text: '10B' }])).not.toThrow();
    expect(() => checkAmountUnits('x', [{ name: '--a', text: 'abc' }, { name: '--b', text: '10B' }])).not.toThrow(); // the parser says why
  });
});

describe('rates typed as plain numbers above 1', () => {
  it('run --set base.rate=5: exit 2, "write 5% for five percent; 5 means 500%"', async () => {
    const r = await cli('run', 'preset:corridorLed', '--set', 'base.rate=5');
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toMatchInlineSnapshot(`
      "tradepath: run: --set base.rate=5: write 5% for five percent; 5 means 500%
      "
    `);
  });

  it('applies to every rate parameter (volatility, event size, trade-cost change), negative ones too, and not to years or counts', async () => {
    expect((await cli('run', 'preset:combined', '--set', 'escalation.size=-15')).err).toMatchInlineSnapshot(`
      "tradepath: run: --set escalation.size=-15: write -15% for minus fifteen percent; -15 means -1500%
      "
    `);
    expect((await cli('run', 'preset:combined', '--set', 'base.volatility=2.5')).err).toMatchInlineSnapshot(`
      "tradepath: run: --set base.volatility=2.5: write 2.5% for 2.5 percent; 2.5 means 250%
      "
    `);
    expect((await cli('run', 'preset:corridorLed', '--set', 'railway.change=-3')).err).toMatchInlineSnapshot(`
      "tradepath: run: --set railway.change=-3: write -3% for minus three percent; -3 means -300%
      "
    `);
    expect((await cli('run', 'preset:corridorLed', '--set', 'railway.startYear=2027')).code).toBe(0);
  });

  it('takes 5%, 0.05 and 1 (100%) as written', async () => {
    const at = async (rate: string) => JSON.parse((await cli('run', 'preset:momentum', '--set', `base.rate=${rate}`, '--format', 'json')).out).values[1];
    expect(await at('5%')).toBe('609000000'); // 580M · 1.05
    expect(await at('0.05')).toBe('609000000');
    expect(await at('1')).toBe('1160000000'); // 580M · 2
    expect(() => checkPlainRate('x', 'r', '1.0')).not.toThrow();
    expect(() => checkPlainRate('x', 'r', '1.01')).toThrow(UsageError);
  });
});
