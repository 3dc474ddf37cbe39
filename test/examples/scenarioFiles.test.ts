import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { defineScenario, listParameters, presets } from '../../src/index';
import { amountString, percentString, readableDocument } from '../../scripts/write-presets';
import { schemaUrl } from '../../scripts/schemaUrl';

// Issue #15: the example scenario files were written as "0.2" and "580000000", not the way the README teaches
// ("20%", "$580M"), and their "$schema": "../../schema.json" broke as soon as a file was copied elsewhere.

const dir = join(__dirname, '..', '..', 'examples', 'scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

describe('examples/scenarios/*.json', () => {
  it.each(files)('%s is what npm run gen writes today', (file) => {
    const key = file.replace('.json', '') as keyof typeof presets.azerbaijanIran;
    expect(JSON.parse(readFileSync(join(dir, file), 'utf8'))).toEqual(readableDocument(presets.azerbaijanIran[key]));
  });

  it.each(files)('%s writes every rate as a percentage and every amount with "$" and a unit', (file) => {
    const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const scenario = defineScenario(json);
    let checked = 0;
    for (const p of listParameters(scenario)) {
      if (p.kind !== 'rate' && p.kind !== 'amount') continue;
      let value: unknown = p.driver < 0 ? json[p.name.split('.')[0]!] : json.drivers[p.driver];
      for (const key of p.path) value = (value as Record<string, unknown>)[key];
      expect(value, `${file} ${p.name}`).toMatch(p.kind === 'rate' ? /^-?\d+(\.\d+)?%$/ : /^-?\$\d+(\.\d+)?[KMB]?$/);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(3); // at least the baseline, the target and one rate
    for (const [param, d] of Object.entries(json.uncertainty ?? {}) as [string, Record<string, unknown>][]) {
      for (const [field, value] of Object.entries(d)) if (field !== 'type' && field !== 'sigma') expect(value, `${file} ${param}.${field}`).toMatch(/%$|^-?\$/);
    }
  });

  it('name their schema by an absolute URL, the one package.json\'s repository gives', () => {
    expect(schemaUrl()).toBe('https://raw.githubusercontent.com/tradepath/tradepath/main/schema.json');
    for (const file of files) expect(JSON.parse(readFileSync(join(dir, file), 'utf8')).$schema, file).toBe(schemaUrl());
  });

  it('still validate and run when copied into another folder', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'tradepath-copy-'));
    copyFileSync(join(dir, 'corridorLed.json'), join(elsewhere, 'my-scenario.json'));
    let err = '';
    let out = '';
    const io = { out: (t: string) => (out += t), err: (t: string) => (err += t), progress: false };
    expect(await runCli(['validate', join(elsewhere, 'my-scenario.json')], io)).toBe(0);
    expect(await runCli(['run', join(elsewhere, 'my-scenario.json'), '--format', 'json'], io)).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('"values"');
  });
});

describe('how the files write numbers', () => {
  it('exactly, in the largest unit the amount has at least one of', () => {
    // Reference: 580M · 1.2^5 = 1,443,225,600 (hand: 580 · 2.48832 = 1443.2256 million).
    expect([580e6, 1443225600, 8e9, 10e9, 1500, 12, -2.5e6].map(amountString)).toEqual(['$580M', '$1.4432256B', '$8B', '$10B', '$1.5K', '$12', '-$2.5M']);
    expect(['0.2', '-0.15', '0.7673167814300419', '0', 0.05].map(percentString)).toEqual(['20%', '-15%', '76.73167814300419%', '0%', '5%']);
  });
});
