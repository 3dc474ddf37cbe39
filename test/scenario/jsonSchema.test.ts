import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../src/index';

describe('schema.json', () => {
  it('is the current JSON Schema of scenario documents (regenerate with npm run gen)', () => {
    const shipped = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schema.json'), 'utf8'));
    expect(shipped).toEqual(scenarioSchema());
  });

  it('describes every built-in driver type and forbids unknown keys', () => {
    const schema = scenarioSchema() as { properties: { drivers: { items: { anyOf: { properties: { type: { const: string } }; additionalProperties: boolean }[] } } }; additionalProperties: boolean };
    const types = schema.properties.drivers.items.anyOf.map((d) => d.properties.type.const);
    expect(types).toEqual(['growth', 'schedule', 'ramp', 'shock', 'cap', 'tradeCost', 'event']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.drivers.items.anyOf.every((d) => d.additionalProperties === false)).toBe(true);
  });
});
