/// <reference lib="dom" />
/**
 * The HTML report in a real browser (Debian's Chromium driven by playwright-core): it loads with no console
 * errors, every chart is visible with a non-zero size, and the labels a reader needs are on the page. A screenshot
 * is saved to test-results/report.png. Under CI=true a missing Chromium fails the test instead of skipping it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisReport, evidenceFor, htmlReport } from '../../src/index';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const ci = process.env.CI === 'true';
const run = available || ci ? describe : describe.skip;
const results = join(__dirname, '..', '..', 'test-results');

run('htmlReport in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!available) throw new Error(`Chromium is missing at ${CHROMIUM}: .ci/run installs it (apt-get install chromium)`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('loads cleanly, shows every chart, and names what a reader needs', async () => {
    mkdirSync(results, { recursive: true });
    const file = join(results, 'report.html');
    // The default analysis as the CLI writes it: the evidence first, then the scenarios.
    writeFileSync(file, htmlReport(analysisReport({ evidence: await evidenceFor() })));
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(`file://${file}`);
    const charts = await page.$$eval('figure.chart svg', (svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        const style = getComputedStyle(svg);
        return { width: box.width, height: box.height, visible: style.visibility !== 'hidden' && style.display !== 'none', title: svg.querySelector('title')?.textContent ?? '' };
      }),
    );
    expect(charts.map((c) => c.title.split(':')[0])).toHaveLength(6); // evidence, multiples, paths, waterfall, fan, tornado
    for (const chart of charts) {
      expect(chart.visible, chart.title).toBe(true);
      expect(chart.width, chart.title).toBeGreaterThan(200);
      expect(chart.height, chart.title).toBeGreaterThan(100);
    }
    const text = await page.innerText('main');
    for (const label of ['Azerbaijan–Iran trade: can $580M become $10B by 2029?', '76.73%', 'Target $10.0B', 'Status quo: 20% a year', 'Rasht–Astara railway (INSTC)', 'Median', 'Probability of $10B by 2029', 'Trade, USD (log scale)', 'Target ×17.24', 'Cite: Barbieri']) {
      expect(text, label).toContain(label);
    }
    await page.screenshot({ path: join(results, 'report.png'), fullPage: true });
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  }, 60_000);
});
