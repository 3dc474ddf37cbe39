/**
 * Runs every `@example` in the JSDoc of `src/`, so that documented results cannot drift from the code
 * (simple-statistics had to fix drifted example values in 7.10.2).
 *
 * In an example, a line `expr; // => value` asserts that `expr` deep-equals `value`; `// => ≈ 0.7673` asserts a
 * number to the decimals written; `// => throws RangeError` asserts the error class. Other lines run as set-up.
 * Examples see every public export of `src/index.ts` by name, and those in src/history/ also the exports of the
 * entry `tradepath/history`. An example that uses `await` runs as an async function.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index';
import * as history from '../src/history/index';

const SRC = join(__dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

interface Example {
  readonly where: string;
  readonly lines: string[];
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const found: Example[] = [];
  for (const block of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const body = block[1]!.split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
    let current: string[] | undefined;
    for (const line of body) {
      if (line.startsWith('@example')) {
        current = [];
        const line0 = (text.slice(0, block.index).match(/\n/g)?.length ?? 0) + 1;
        found.push({ where: `${relative(SRC, file)}:${line0}`, lines: current });
      } else if (line.startsWith('@')) {
        current = undefined;
      } else if (current !== undefined && line.trim() !== '') {
        current.push(line);
      }
    }
  }
  return found;
}

function compile(example: Example): () => unknown {
  const scope: Record<string, unknown> = example.where.startsWith('history') ? { ...lib, ...history } : { ...lib };
  const names = Object.keys(scope).join(', ');
  const body = example.lines.map((line) => {
    const m = /^(.*?);?\s*\/\/ => (.*)$/.exec(line);
    if (!m) return line;
    const [, expr, expected] = m as unknown as [string, string, string];
    const thrown = /^throws (\w+)$/.exec(expected.trim());
    if (thrown) return `__throws(() => (${expr}), ${JSON.stringify(thrown[1])}, ${JSON.stringify(line)});`;
    const approx = /^≈\s*(-?[\d.]+)$/.exec(expected.trim());
    if (approx) {
      const decimals = approx[1]!.split('.')[1]?.length ?? 0;
      return `__close(${expr}, ${approx[1]}, ${decimals}, ${JSON.stringify(line)});`;
    }
    return `__equal(${expr}, (${expected}), ${JSON.stringify(line)});`;
  });
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const usesAwait = example.lines.some((line) => /\bawait\b/.test(line));
  const AsyncFunction = (async () => {}).constructor as FunctionConstructor;
  const run = new (usesAwait ? AsyncFunction : Function)('lib', '__equal', '__close', '__throws', `const { ${names} } = lib;\n${body.join('\n')}`);
  return () =>
    run(
      scope,
      (actual: unknown, expected: unknown, line: string) => expect(actual, line).toEqual(expected),
      (actual: number, expected: number, decimals: number, line: string) =>
        expect(actual, line).toBeCloseTo(expected, decimals),
      (fn: () => unknown, name: string, line: string) => {
        let error: unknown;
        try {
          fn();
        } catch (e) {
          error = e;
        }
        expect((error as Error | undefined)?.constructor.name, line).toBe(name);
      },
    );
}

const examples = sourceFiles(SRC).flatMap(examplesOf);

describe('JSDoc @example blocks', () => {
  it('exist', () => {
    expect(examples.length).toBeGreaterThan(0);
  });
  for (const example of examples) {
    it(example.where, async () => {
      expect(example.lines.some((line) => line.includes('// =>')), 'an example asserts a result').toBe(true);
      await compile(example)();
    });
  }
});

describe('the example runner itself', () => {
  it('fails on a wrong result, a wrong error class and a wrong approximation', () => {
    const wrong = (line: string) => compile({ where: 'self-test', lines: [line] });
    expect(wrong("formatRate(0.2); // => '21.00%'")).toThrow();
    expect(wrong('parseRate(20); // => throws TypeError')).toThrow();
    expect(wrong('Number(parseRate(0.2)); // => ≈ 0.3')).toThrow();
    expect(wrong("formatRate(0.2); // => '20.00%'")).not.toThrow();
  });

  it('awaits an example that uses await, and fails on its wrong result', async () => {
    const example = (line: string) => compile({ where: 'self-test', lines: [line] })();
    await expect(example('await Promise.resolve(1); // => 2')).rejects.toThrow();
    await expect(example('await Promise.resolve(1); // => 1')).resolves.toBeUndefined();
  });
});
