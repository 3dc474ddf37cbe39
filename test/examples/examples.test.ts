import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// Every examples/*.ts that ends with an `// Output:` block is run with tsx, as a reader would run it, and must print
// exactly that block: the examples cannot drift from the library (the habit of tinybench's examples/).
const root = fileURLToPath(new URL('../..', import.meta.url));
const examplesDir = join(root, 'examples');
const tsx = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
const run = promisify(execFile);

/** The text after `// Output:`, each line without its `// ` (or a bare `//` for an empty line). */
function expectedOutput(source: string): string | undefined {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => line.trim() === '// Output:');
  if (start < 0) return undefined;
  const block = lines.slice(start + 1);
  while (block.length > 0 && block[block.length - 1] === '') block.pop();
  return block.map((line) => line.replace(/^\/\/ ?/, '')).join('\n');
}

const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.ts'))
  .sort()
  .map((name) => ({ name, expected: expectedOutput(readFileSync(join(examplesDir, name), 'utf8')) }));

describe('examples', () => {
  it('every example but demo.ts has an Output block', () => {
    // demo.ts (the lead's) is checked when it has one; every other example must say what it prints.
    expect(examples.filter((e) => e.expected === undefined && e.name !== 'demo.ts').map((e) => e.name)).toEqual([]);
    expect(examples.length).toBeGreaterThanOrEqual(9);
  });

  // The examples run side by side (concurrent): each is a process of its own, mostly start-up time.
  describe.concurrent.each(examples.filter((e) => e.expected !== undefined))('$name', ({ name, expected }) => {
    it('prints its Output block', { timeout: 60_000 }, async () => {
      const { stdout, stderr } = await run(tsx, [join('examples', name)], {
        cwd: root,
        timeout: 55_000,
        maxBuffer: 4 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      expect(stderr).toBe('');
      expect(stdout.replace(/\n+$/, '')).toBe(expected);
    });
  });
});

describe('expectedOutput', () => {
  it('reads the block after // Output:, keeping blank lines and indentation', () => {
    const source = "console.log('x');\n// Output:\n// a\n//\n//   b\n";
    expect(expectedOutput(source)).toBe('a\n\n  b');
  });

  it('is undefined without an Output block', () => {
    expect(expectedOutput("console.log('x');\n")).toBeUndefined();
  });
});
