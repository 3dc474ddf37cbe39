import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's "Evidence" code is examples/evidence.ts, which examples.test.ts runs against its Output block: this
// keeps the two the same, so the README's example is run too.
const root = join(__dirname, '..', '..');

describe("README's Evidence example", () => {
  it('is the code of examples/evidence.ts, word for word', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Evidence'), readme.indexOf('\n## ', readme.indexOf('## Evidence') + 1));
    const block = /```ts\n([\s\S]*?)\n```/.exec(section)?.[1];
    const example = readFileSync(join(root, 'examples', 'evidence.ts'), 'utf8').split(' */\n')[1]!.split('// Output:\n')[0]!.trimEnd();
    expect(block).toBe(example);
  });
});
