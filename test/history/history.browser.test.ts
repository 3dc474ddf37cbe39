/// <reference lib="dom" />
/**
 * tradepath/history in a real browser (Debian's Chromium driven by playwright-core): the entry bundled by esbuild
 * for the browser platform (which refuses `node:` modules), loaded into a blank page with no network, decodes
 * the panels and gives the README's Azerbaijan–Iran figures. Under CI=true a missing Chromium fails the test
 * instead of skipping it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const ci = process.env.CI === 'true';
const run = available || ci ? describe : describe.skip;

run('tradepath/history in Chromium', () => {
  let browser: Browser;
  let bundle: string;
  beforeAll(async () => {
    if (!available) throw new Error(`Chromium is missing at ${CHROMIUM}: .ci/run installs it (apt-get install chromium)`);
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../../src/history/index.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'tradepathHistory',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    bundle = result.outputFiles[0]!.text;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('decodes offline and gives the same figures as in Node', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent('<!doctype html><title>history</title>');
    await page.addScriptTag({ content: bundle });
    const result = await page.evaluate(async () => {
      const h = (globalThis as unknown as { tradepathHistory: typeof import('../../src/history/index') }).tradepathHistory;
      const panel = await h.loadDyadicPanel();
      const national = await h.loadNationalPanel();
      const { total, exports, imports } = await h.bilateral('AZE', 'IRN');
      const at = (s: typeof total, y: number) => s.points.find((p) => p.year === y)?.value.toString();
      return {
        rows: panel.rows,
        pairs: panel.pairStart.length - 1,
        nationalRows: national.rows,
        total: [1992, 1994, 1999, 2014].map((y) => at(total, y)),
        exports2014: at(exports, 2014),
        imports2014: at(imports, 2014),
        australia: h.findCountry('AUS').name,
      };
    });
    expect(result).toEqual({
      rows: 673654,
      pairs: 16052,
      nationalRows: 14410,
      total: ['259000000', '459000000', '70000000', '248000000'],
      exports2014: '59000000',
      imports2014: '189000000',
      australia: 'Australia',
    });
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  }, 60_000);
});
