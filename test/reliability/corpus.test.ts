import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineScenario, project, ScenarioError, simulate } from '../../src/index';

// The corpus: documents a hostile or careless user could write, one JSON file each, in test/fixtures/bad/.
const dir = new URL('../fixtures/bad/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

function load(file: string): unknown {
  // JSON.parse, as a user's code would read a file: "__proto__" becomes an own key and 1e400 becomes Infinity.
  return JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
}

function scenarioErrorOf(run: () => unknown): ScenarioError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw new Error(`expected a ScenarioError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected a ScenarioError, but the document was accepted');
}

describe('the corpus of bad scenario documents', () => {
  it('holds at least 25 documents', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it.each(files)('%s: a ScenarioError whose every issue has a path and a message', (file) => {
    const error = scenarioErrorOf(() => defineScenario(load(file) as never));
    expect(error.issues.length).toBeGreaterThanOrEqual(1);
    for (const issue of error.issues) {
      expect(typeof issue.path).toBe('string');
      expect(issue.message.trim()).not.toBe('');
      // The message is readable on its own: it names every bad field.
      expect(error.message).toContain(issue.path === '' ? '(document)' : `${issue.path}: `);
    }
    // Only a document that is not an object at all is a problem of the document itself ('' path).
    const documentLevel = file.startsWith('document-') && file !== 'document-empty-object.json';
    expect(error.issues.every((i) => (i.path === '') === documentLevel)).toBe(true);
  });

  it.each(files)('%s: project and simulate reject it the same way', (file) => {
    const doc = load(file) as never;
    const expected = scenarioErrorOf(() => defineScenario(doc)).issues;
    expect(scenarioErrorOf(() => project(doc)).issues).toEqual(expected);
    expect(scenarioErrorOf(() => simulate(doc, { runs: 10, seed: 1 })).issues).toEqual(expected);
  });

  it('every message, in one snapshot reviewed with each change', async () => {
    const text = files
      .map((file) => `## ${file}\n${scenarioErrorOf(() => defineScenario(load(file) as never)).message}\n`)
      .join('\n');
    await expect(text).toMatchFileSnapshot('../fixtures/bad/messages.snap.txt');
  });

  it('no document changes a prototype, and __proto__, constructor and prototype are reported as unknown fields', () => {
    for (const file of files) scenarioErrorOf(() => defineScenario(load(file) as never));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    const paths = scenarioErrorOf(() => defineScenario(load('prototype-keys.json') as never)).issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['__proto__', 'constructor', 'prototype', 'baseline.__proto__', 'drivers[0].constructor']),
    );
  });

  it('rejects junk nested 10,000 deep without walking it all: it reads no list deeper than the limit', () => {
    // Work done, not time taken: every list of the document is wrapped in a Proxy that records its depth when read.
    // The limit is 32 levels (drivers is at depth 1), so no list below depth 33 may be opened, of the 10,000.
    const doc = load('deeply-nested-arrays.json') as { drivers: unknown };
    let deepest = 0;
    const watch = (value: unknown, depth: number): unknown =>
      Array.isArray(value)
        ? new Proxy(value, {
            get(target, key, receiver) {
              deepest = Math.max(deepest, depth);
              const got: unknown = Reflect.get(target, key, receiver);
              return typeof key === 'string' && /^\d+$/.test(key) ? watch(got, depth + 1) : got;
            },
          })
        : value;
    const error = scenarioErrorOf(() => defineScenario({ ...doc, drivers: watch(doc.drivers, 1) } as never));
    expect(error.issues[0]!.message).toBe('nested more than 32 levels deep');
    expect(deepest).toBeGreaterThanOrEqual(32);
    expect(deepest).toBeLessThanOrEqual(33);
  });
});

describe('documents at the edge of the rules', () => {
  const valid = {
    name: 'Edge',
    baseline: { year: 2024, value: '$580M' },
    horizon: { endYear: 2029 },
    target: { value: '$10B', year: 2029 },
  };

  // Decision: no drivers is a valid scenario. It says "nothing changes": the path stays flat at the baseline, and
  // the target, if any, is measured against that flat path (a reviewer sees the gap, not an error).
  it('a scenario with no drivers is valid and stays flat', () => {
    const p = project({ ...valid, drivers: [] });
    expect(p.values.map(String)).toEqual(Array(6).fill('580000000'));
    expect(p.rates.every((r) => r.isZero())).toBe(true);
    expect(p.target?.reachedIn).toBeNull();
    expect(p.target?.gap.toString()).toBe('9420000000');
  });

  it('accepts the limits themselves: 200 years, 200 drivers, years 1800 and 2300, amounts 1e-12 and 1e24', () => {
    const drivers = Array.from({ length: 200 }, (_, i) => ({ id: `g${i}`, type: 'growth', rate: '0.01%' }));
    const wide = { name: 'Wide', baseline: { year: 2100, value: '1e24' }, horizon: { endYear: 2300 }, drivers };
    expect(defineScenario(wide).drivers).toHaveLength(200);
    const early = { name: 'Early', baseline: { year: 1800, value: '1e-12' }, horizon: { endYear: 2000 }, drivers: [] };
    expect(defineScenario(early).horizon.endYear).toBe(2000);
  });

  it('a rate just above -100 % is valid; two that sum to -100 % fail in project, naming the year', () => {
    const steep = project({ ...valid, drivers: [{ id: 'a', type: 'growth', rate: '-99.9999999%' }] });
    expect(steep.values[5]!.toString()).toBe('5.8e-37');
    const s = defineScenario({ ...valid, drivers: [{ id: 'a', type: 'growth', rate: '-60%' }, { id: 'b', type: 'growth', rate: '-40%' }] });
    expect(() => project(s)).toThrowErrorMatchingInlineSnapshot(`[RangeError: project: the combined growth rate into 2025 is -100.00%, at or below -100%]`);
  });
});
