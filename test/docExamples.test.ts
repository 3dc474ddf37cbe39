/**
 * Runs every `@example` in the JSDoc of `src/`, so that documented results cannot drift from the code
 * (simple-statistics had to fix drifted example values in 7.10.2).
 *
 * In an example, a line `expr; // => value` asserts that `expr` deep-equals `value`; `// => ≈ 0.7673` asserts a
 * number to the decimals written; `// => throws RangeError` asserts the error class. Other lines run as set-up.
 * Examples see every public export of `src/index.ts` by name.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index';

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

// Examples run in an async function, so that an example of an async function can `await` it (a result is awaited
// before it is compared; awaiting a plain value changes nothing).
const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;

function compile(example: Example): () => Promise<void> {
  const names = Object.keys(lib).join(', ');
  const body = example.lines.map((line) => {
    const m = /^(.*?);?\s*\/\/ => (.*)$/.exec(line);
    if (!m) return line;
    const [, expr, expected] = m as unknown as [string, string, string];
    const thrown = /^throws (\w+)$/.exec(expected.trim());
    if (thrown) return `await __throws(async () => (${expr}), ${JSON.stringify(thrown[1])}, ${JSON.stringify(line)});`;
    const approx = /^≈\s*(-?[\d.]+)$/.exec(expected.trim());
    if (approx) {
      const decimals = approx[1]!.split('.')[1]?.length ?? 0;
      return `__close(await (${expr}), ${approx[1]}, ${decimals}, ${JSON.stringify(line)});`;
    }
    return `__equal(await (${expr}), (${expected}), ${JSON.stringify(line)});`;
  });
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new AsyncFunction('lib', '__equal', '__close', '__throws', `const { ${names} } = lib;\n${body.join('\n')}`);
  return () =>
    run(
      lib,
      (actual: unknown, expected: unknown, line: string) => expect(actual, line).toEqual(expected),
      (actual: number, expected: number, decimals: number, line: string) =>
        expect(actual, line).toBeCloseTo(expected, decimals),
      async (fn: () => Promise<unknown>, name: string, line: string) => {
        let error: unknown;
        try {
          await fn();
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
  it('fails on a wrong result, a wrong error class and a wrong approximation', async () => {
    const wrong = (line: string) => compile({ where: 'self-test', lines: [line] })();
    await expect(wrong("formatRate(0.2); // => '21.00%'")).rejects.toThrow();
    await expect(wrong('parseRate(20); // => throws TypeError')).rejects.toThrow();
    await expect(wrong('Number(parseRate(0.2)); // => ≈ 0.3')).rejects.toThrow();
    await expect(wrong("formatRate(0.2); // => '20.00%'")).resolves.toBeUndefined();
    // A Promise's result is awaited before it is compared, and a rejection is a thrown error.
    await expect(wrong("Promise.resolve(2); // => 3")).rejects.toThrow();
    await expect(wrong("Promise.reject(new RangeError('x')); // => throws RangeError")).resolves.toBeUndefined();
  });
});
