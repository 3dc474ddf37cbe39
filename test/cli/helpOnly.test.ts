import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { help } from '../../src/cli/commands/simulate';

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), progress: false });
  return { code, out, err };
}

describe('tradepath simulate --help without loading the command (issue #17, start-up)', () => {
  it('prints the same help as the command itself does', async () => {
    const alone = await cli(['simulate', '--help']);
    const short = await cli(['simulate', '-h']);
    // With another option the command module parses the arguments and prints its own help.
    const viaCommand = await cli(['simulate', '--help', '--format', 'md']);
    expect(alone).toEqual({ code: 0, out: help, err: '' });
    expect(short).toEqual(alone);
    expect(viaCommand).toEqual(alone);
    expect(alone.out.startsWith('tradepath simulate — Monte Carlo')).toBe(true);
  });
});
