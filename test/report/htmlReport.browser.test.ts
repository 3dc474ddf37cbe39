/// <reference lib="dom" />
/**
 * The HTML report in a real browser (Debian's Chromium driven by playwright-core), at 1280 px as a reader opens it:
 * it loads with no console errors and no request; nothing overflows (no table cut or scrolled sideways, no chart
 * wider than the page, no label outside its chart); no two labels of a chart overlap (bounding boxes measured by
 * the browser, not guessed); titles are whole (no "…"); drivers are named by their labels, not their addresses; a
 * log axis says so. Screenshots go to test-results/report.png (and charts.png). Under CI=true a missing Chromium
 * fails the test instead of skipping it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { analysisReport, evidenceFor, htmlReport } from '../../src/index';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const ci = process.env.CI === 'true';
const run = available || ci ? describe : describe.skip;
const results = join(__dirname, '..', '..', 'test-results');

/** What the page measures: overflow, overlapping labels, labels outside their chart, cut titles. */
interface Layout {
  pageOverflow: number;
  tables: { caption: string; overflow: number }[];
  charts: { title: string; width: number; height: number; visible: boolean; right: number; logNote: boolean; log: boolean }[];
  mainRight: number;
  overlaps: string[];
  outside: string[];
  cutTitles: string[];
}

/** Runs in the page: every measurement in one pass. */
function measure(): Layout {
  const main = document.querySelector('main')!.getBoundingClientRect();
  const doc = document.documentElement;
  const tables = [...document.querySelectorAll<HTMLElement>('.table')].map((t) => ({
    caption: t.querySelector('caption')?.textContent ?? t.querySelector('th')?.textContent ?? '',
    overflow: t.scrollWidth - t.clientWidth,
  }));
  const overlaps: string[] = [];
  const outside: string[] = [];
  const cutTitles: string[] = [];
  const charts = [...document.querySelectorAll<SVGSVGElement>('figure.chart svg')].map((svg) => {
    const box = svg.getBoundingClientRect();
    const style = getComputedStyle(svg);
    const title = svg.querySelector('title')?.textContent ?? '';
    // Text turned by a transform is checked against the chart's edges only: the bounding boxes of two parallel
    // turned labels overlap even when the labels do not.
    const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => (t.textContent ?? '').trim() !== '');
    const rects = texts.map((t) => ({ t, r: t.getBoundingClientRect(), turned: t.hasAttribute('transform') }));
    for (const { t, r } of rects) {
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
        outside.push(`${title.slice(0, 40)}: "${t.textContent}"`);
      }
    }
    const flat = rects.filter((x) => !x.turned);
    for (let i = 0; i < flat.length; i++) {
      for (let j = i + 1; j < flat.length; j++) {
        const a = flat[i]!.r;
        const b = flat[j]!.r;
        // Side by side, labels need a gap of 2 px to read as two (touching ones ran together: "+$244M+$29.7M");
        // glyph boxes include line spacing, so lines set close may overlap vertically by up to 1.5 px.
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > -2 && h > 1.5) overlaps.push(`${title.slice(0, 40)}: "${flat[i]!.t.textContent}" × "${flat[j]!.t.textContent}"`);
      }
    }
    // No text of a chart is cut: not its title (issue #15: titles ended in "…"), not a name, not a legend entry.
    for (const { t } of rects) if ((t.textContent ?? '').includes('…')) cutTitles.push(t.textContent ?? '');
    return {
      title,
      width: box.width,
      height: box.height,
      visible: style.visibility !== 'hidden' && style.display !== 'none',
      right: box.right,
      logNote: svg.querySelector('.tp-log-note') !== null,
      log: svg.getAttribute('id')?.includes('fan') === true || (svg.querySelector('desc')?.textContent ?? '').includes('log'),
    };
  });
  return { pageOverflow: doc.scrollWidth - doc.clientWidth, tables, charts, mainRight: main.right, overlaps, outside, cutTitles };
}

run('htmlReport in Chromium at 1280 px', () => {
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

  async function open(name: string, html: string): Promise<{ page: Page; problems: string[]; requests: string[] }> {
    mkdirSync(results, { recursive: true });
    const file = join(results, name);
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
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
    return { page, problems, requests };
  }

  it('the analysis: loads cleanly, nothing overflows or overlaps, titles whole, drivers by their labels', async () => {
    // The default analysis as the CLI writes it: the evidence first, then the scenarios.
    const { page, problems, requests } = await open('report.html', htmlReport(analysisReport({ evidence: await evidenceFor() })));
    const layout = await page.evaluate(measure);
    expect(layout.charts).toHaveLength(6); // evidence, multiples, paths, waterfall, fan, tornado
    for (const chart of layout.charts) {
      expect(chart.visible, chart.title).toBe(true);
      expect(chart.width, chart.title).toBeGreaterThan(400);
      expect(chart.height, chart.title).toBeGreaterThan(100);
      expect(chart.right, chart.title).toBeLessThanOrEqual(layout.mainRight);
    }
    expect(layout.pageOverflow).toBe(0);
    // The scenarios table had its last two columns cut off (issue #15): every table shows all its columns.
    expect(layout.tables.filter((t) => t.overflow > 0)).toEqual([]);
    expect(layout.overlaps).toEqual([]);
    expect(layout.outside).toEqual([]);
    expect(layout.cutTitles).toEqual([]);
    const text = await page.innerText('main');
    for (const label of ['Azerbaijan–Iran trade: can $580M become $10B by 2029?', '76.73%', 'Target $10.0B', 'Status quo: history continues', 'Rasht–Astara railway (INSTC)', 'Median', 'Probability of $10B by 2029', 'Gap in 2029', 'In 2034', 'Trade, USD (log scale)', 'Target ×17.24', 'Cite: Barbieri']) {
      expect(text, label).toContain(label);
    }
    // Internal addresses (base.rate, capacity.capacity) nowhere a reader looks: tables, charts, notes.
    const svgText = await page.$$eval('svg text', (ts) => ts.map((t) => t.textContent ?? '').join('\n'));
    expect(`${text}\n${svgText}`.match(/\b[a-z_]+\.(rate|capacity|size|level|volatility|value)\b/g)).toBeNull();
    // The log-scale time charts (the evidence, the scenario paths and the fan) say so above the axis; the
    // histogram of multiples says so in its axis title.
    const logNotes = await page.$$eval('svg .tp-log-note', (ts) => ts.map((t) => t.textContent));
    expect(logNotes).toEqual(Array(3).fill('Log scale: equal steps are equal ratios'));
    expect(svgText).toContain('end value / start value (log scale)');
    await page.screenshot({ path: join(results, 'report.png'), fullPage: true });
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  }, 90_000);

  it("the command line's charts (tornado, discovery trade-off and runs), as --svg writes them: the same checks", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tradepath-svg-'));
    const io = { out: () => undefined, err: () => undefined, progress: false };
    expect(await runCli(['sensitivity', 'preset:combined', '--svg', dir], io)).toBe(0);
    expect(await runCli(['discover', 'preset:corridorLed', '--runs', '2000', '--year', '2034', '--svg', dir], io)).toBe(0);
    expect(await runCli(['run', 'preset:combined', '--svg', dir], io)).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['attribution.svg', 'box.svg', 'path.svg', 'tornado.svg', 'tradeoff.svg']);
    const figures = files.map((f) => `<figure class="chart">${readFileSync(join(dir, f), 'utf8')}</figure>`).join('');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>charts</title></head><body><main style="max-width:72rem;margin:0 auto">${figures}</main></body></html>`;
    const { page, problems } = await open('charts.html', html);
    const layout = await page.evaluate(measure);
    expect(layout.charts).toHaveLength(5);
    expect(layout.overlaps).toEqual([]);
    expect(layout.outside).toEqual([]);
    expect(layout.cutTitles).toEqual([]);
    const svgText = await page.$$eval('svg text', (ts) => ts.map((t) => t.textContent ?? '').join('\n'));
    expect(svgText.match(/\b[a-z_]+\.(rate|capacity|size|level|volatility|value)\b/g)).toBeNull();
    expect(svgText).not.toMatch(/\b0\.\d{3,}\b/); // no raw fractions such as 0.1359 at the tornado's bar ends
    await page.screenshot({ path: join(results, 'charts.png'), fullPage: true });
    expect(problems).toEqual([]);
  }, 90_000);
});
