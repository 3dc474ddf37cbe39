import { beforeAll, describe, expect, it } from 'vitest';
import { analysisReport, htmlReport, renderMarkdown } from '../../../src/index';
import type { Evidence } from '../../../src/report/analysis/evidence';
import { evidenceFor } from '../../../src/report/analysis/evidenceFor';
import reference from '../../fixtures/evidence/reference.json';
import multiples from '../../fixtures/evidence/case-multiples.json';
import outside from '../../fixtures/evidence/outside-view.json';

let evidence: Evidence;
beforeAll(async () => {
  evidence = await evidenceFor();
}, 30_000);

describe('evidenceFor (the Azerbaijan–Iran default)', () => {
  it('gathers the record, the fits, the outside view and the scale, as the outside references computed them', () => {
    expect(evidence.pair).toEqual({ a: 'Azerbaijan', b: 'Iran' });
    // Reference: (10,000 / 580)^(1/5) − 1 (Python float).
    expect(evidence.question.required).toBeCloseTo(0.7673167814300421, 14);
    // Reference: statsmodels OLS with HAC standard errors (test/fixtures/evidence/reference.json, aze-irn-total).
    const fits = reference.series[0]!.fits;
    expect(evidence.fits.logLinear.rate).toBeCloseTo(fits['log-linear'].rate, 12);
    expect(evidence.fits.logLinear.se).toBeCloseTo(fits['log-linear'].se, 12);
    expect(evidence.fits.drift.rate).toBeCloseTo(fits.drift.rate, 12);
    // Reference: scripts/gen-case-multiples-reference.py over the COW CSV, default band [$290M, $1.16B).
    expect([evidence.outside.cases, evidence.outside.hits, evidence.multiples.length]).toEqual([multiples.seed.cases, multiples.seed.hits, multiples.seed.cases]);
    // Reference: scripts/gen-outside-view-fixtures.py (exact fractions over the COW national totals, 2014).
    expect(evidence.scale.year).toBe(outside.scaleCheck.year);
    expect(evidence.scale.importer.share).toBeCloseTo(outside.scaleCheck.importer.share, 12);
    expect(evidence.scale.exporter.share).toBeCloseTo(outside.scaleCheck.exporter.share, 12);
  });

  it('carries the record of earlier targets and what became of them', () => {
    const iranTurkey2015 = evidence.targets.find((t) => t.pair === 'Iran-Turkey' && t.byYear === 2015)!;
    // COW ends in 2014: the latest recorded year after the 2012 announcement stands for the outcome.
    // Reference: outside-view.json pairTotals (plain Python over the COW CSV), Iran–Turkey 2014.
    expect(iranTurkey2015.outcome).toMatchObject({ year: 2014, value: outside.pairTotals['IRN-TUR']['2014'], kind: 'recorded' });
    expect(evidence.targets.find((t) => t.announced === '2025')!.outcome).toBeNull();
  });

  it('refuses a target year that is not after the start year', async () => {
    await expect(evidenceFor({ startYear: 2024, targetYear: 2024 })).rejects.toThrowErrorMatchingInlineSnapshot(
      `[RangeError: evidenceFor: targetYear must be a whole year after startYear (2024), got 2024]`,
    );
  });
});

describe('analysisReport({ evidence })', () => {
  const report = () => analysisReport({ evidence, monteCarlo: false, sensitivity: false });

  it('opens with the evidence, before any scenario', () => {
    expect(report().sections.map((s) => s.id)).toEqual(['summary', 'required', 'years', 'history', 'trend', 'outside', 'targets', 'scale', 'previous', 'pace', 'scenarios', 'components', 'drivers', 'sources']);
    // Without evidence, the report is as before; the presets have components (issue #13), so their section shows.
    expect(analysisReport({ monteCarlo: false, sensitivity: false }).sections.map((s) => s.id)).toEqual(['summary', 'required', 'years', 'previous', 'pace', 'scenarios', 'components', 'drivers', 'sources']);
  });

  it('names a source in every evidence section, with the citation in full once', () => {
    const sections = report().sections.filter((s) => ['history', 'trend', 'outside', 'targets', 'scale'].includes(s.id));
    for (const s of sections) expect(s.notes.some((n) => /^(Source|Targets): /.test(n)), s.id).toBe(true);
    const md = renderMarkdown(report());
    expect(md.match(/Cite: Barbieri, Katherine and Omar M\. G\. Keshk\. 2016/g)).toHaveLength(1);
  });

  it('says the figures an analyst checks first', () => {
    const md = renderMarkdown(report());
    expect(md).toContain('Azerbaijan–Iran trade as recorded for 1992–2014: $259M in 1992, a high of $459M (1994), a low of $70M (1999), $248M in 2014.');
    // Reference: (ln 1.767316… − 0.0174989…) / 0.0225491… = 24.48 (the statsmodels slope and HAC standard error).
    expect(md).toContain('24.5 standard errors above the fitted trend');
    expect(md).toContain('9 of 22,092 cases grew ×17.24 or more in 5 years: 0.04%');
    // Reference: 0.7222918… and 0.1157925… (outside-view.json), rounded to whole percents.
    expect(md).toContain("In 2014, $10B would have been 72% of Azerbaijan's total imports ($13.8B) and 12% of Iran's total exports ($86.4B).");
  });

  it('draws the record with the required path and the scenarios, and the histogram, in HTML', () => {
    const html = htmlReport(report());
    const history = html.slice(html.indexOf('<section id="history">'), html.indexOf('<section id="trend">'));
    expect(history).toContain('Trade, USD (log scale)');
    expect(history).toContain('Required: 76.73% a year');
    expect(history).toContain('Momentum: 20% a year: $580M in 2024 to $1.44B in 2029.');
    expect(history).not.toContain('Target path'); // a benchmark: the required path is drawn already
    const outsideHtml = html.slice(html.indexOf('<section id="outside">'), html.indexOf('<section id="targets">'));
    expect(outsideHtml).toContain('9 of 22,092 cases (0.04%) grew ×17.24 or more');
  });
});
