/**
 * The command line's exit code says whose the error is (issue #16): 2 for the user's mistakes — usage, a document,
 * a value the library's argument checks refuse — with one line naming the rule; 1 for a bug inside tradepath, said as
 * an internal error with where to report it, never blamed on the input.
 *
 * A bug is made here by an `out` that fails as buggy code fails: a property read on undefined (the engine's
 * TypeError), an array of negative length (the engine's RangeError), a plain Error. Their messages name no function,
 * unlike every argument check in src/.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { runCli } from '../../src/cli/run';

async function cli(argv: string[], out: (text: string) => void = () => {}): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await runCli(argv, { out, err: (t) => (err += t), progress: false });
  return { code, err };
}

const debug = process.env.TRADEPATH_DEBUG;
afterEach(() => {
  if (debug === undefined) delete process.env.TRADEPATH_DEBUG;
  else process.env.TRADEPATH_DEBUG = debug;
});

describe('the user’s mistakes: exit 2, one line, no stack', () => {
  it.each([
    [['frobnicate'], 'tradepath: unknown command "frobnicate"; the commands: required, run, compare, simulate, sensitivity, discover, validate, report, history, fit, outside-view (see tradepath --help)\n'],
    [['run', 'nope.json'], 'tradepath: cannot read nope.json: no such file\n'],
    // A value out of range, refused by the library's own check (requiredCagr, simulate): the rule and the value.
    [['required', '--from', '580M', '--to', '10B', '--years', '0'], 'tradepath: requiredCagr: years must be > 0, got "0"\n'],
    [['simulate', 'preset:statusQuo', '--runs', '0'], 'tradepath: simulate: runs must be a whole number from 1 to 5,000,000, got 0\n'],
  ])('%j', async (argv, message) => {
    delete process.env.TRADEPATH_DEBUG;
    expect(await cli(argv)).toEqual({ code: 2, err: message });
  });

  it('a scenario document’s issues (ScenarioError) are the user’s too', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tradepath-origin-')), 'bad.json');
    writeFileSync(file, JSON.stringify({ name: 'Bad', baseline: { year: 2024, value: -5 }, horizon: { endYear: 2029 }, drivers: [] }));
    const { code, err } = await cli(['run', file]);
    expect(code).toBe(2);
    expect(err.replace(file, '<file>')).toMatchInlineSnapshot(`
      "tradepath: invalid scenario (1 problem):
        - baseline.value: must be greater than 0, got -5
      "
    `);
  });
});

describe('a bug inside tradepath: exit 1, "internal error", where to report it', () => {
  const report = `This is a bug in tradepath ${version}, not a mistake in your input. Please report it at https://github.com/tradepath/tradepath/issues with the command you ran and the stack trace that TRADEPATH_DEBUG=1 prints.\n`;

  it.each([
    ['a property read on undefined (TypeError)', () => (undefined as unknown as { x: number }).x, "TypeError: Cannot read properties of undefined (reading 'x')"],
    ['an array of negative length (RangeError)', () => new Array(-1), 'RangeError: Invalid array length'],
    ['a plain Error', () => { throw new Error('the table lost a column'); }, 'Error: the table lost a column'],
  ])('%s', async (_, fail, what) => {
    delete process.env.TRADEPATH_DEBUG;
    const { code, err } = await cli(['required', '--from', '580M', '--to', '10B', '--years', '5'], () => void fail());
    expect(code).toBe(1);
    expect(err).toBe(`tradepath: internal error: ${what}\n${report}`);
  });

  it('prints the stack first under TRADEPATH_DEBUG, and says so', async () => {
    process.env.TRADEPATH_DEBUG = '1';
    const { code, err } = await cli(['--version'], () => void (undefined as unknown as { x: number }).x);
    expect(code).toBe(1);
    expect(err).toMatch(/^TypeError: Cannot read properties of undefined \(reading 'x'\)\n\s+at /);
    expect(err.endsWith('Please report it at https://github.com/tradepath/tradepath/issues with the command you ran and the stack trace above.\n')).toBe(true);
  });
});
