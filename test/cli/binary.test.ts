/**
 * The built command line (dist/cli/main.js) as a process: the integration project, which checks that dist/ is
 * current first. Everything the commands print is tested in process in cli.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

describe('tradepath (the built binary)', () => {
  const bin = join(root, 'dist', 'cli', 'main.js');

  it('runs with --version and --help', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version);
    expect(execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' })).toContain('tradepath required');
  });

  it('exits 2 with no stack trace on bad input, and keeps stdout clean', () => {
    const r = spawnSync(process.execPath, [bin, 'run', 'nope.json'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('tradepath: cannot read nope.json: no such file\n');
  });

  it('writes no progress to stderr when stderr is not a terminal', () => {
    const r = spawnSync(process.execPath, [bin, 'simulate', 'preset:combined', '--runs', '20000'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
