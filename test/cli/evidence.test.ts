import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import reference from '../fixtures/evidence/reference.json';
import multiples from '../fixtures/evidence/case-multiples.json';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), progress: false });
  return { code, out, err };
}

describe('tradepath history', () => {
  it('prints the pair by year, each direction named, with the source and its citation', async () => {
    const r = await cli('history', 'AZE', 'IRN');
    expect([r.code, r.err]).toEqual([0, '']);
    // Reference: data/trade-history/README.md — 2014: $189M of Azerbaijan's imports from Iran, $59M the other way, $248M in all.
    expect(r.out).toContain('| Year | Azerbaijan exports to Iran | Azerbaijan imports from Iran |  Total |');
    expect(r.out).toContain('| 2014 |                     $59.0M |                        $189M |  $248M |');
    expect(r.out).toContain('Cite: Barbieri, Katherine and Omar M. G. Keshk. 2016.');
    expect(r.out).toContain("After 2014, only officials' statements exist");
  });

  it('takes COW codes and English names, and writes CSV and JSON', async () => {
    const csv = await cli('history', '373', 'Iran', '--format', 'csv');
    expect(csv.out.split('\r\n').find((l) => l.startsWith('2014,'))).toBe('2014,59000000,189000000,248000000');
    // Seen from Iran, the directions swap: Iran exports $189M to Azerbaijan.
    const json = JSON.parse((await cli('history', 'Iran', 'Azerbaijan', '--format', 'json')).out);
    expect(json.exports.points.at(-1)).toEqual({ year: 2014, value: '189000000' });
    expect(json.total.source.citation).toContain('Correlates of War Project');
  });

  it('writes the chart with --svg', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tradepath-history-'));
    const r = await cli('history', 'AZE', 'IRN', '--svg', dir);
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['history.svg']);
    const svg = readFileSync(join(dir, 'history.svg'), 'utf8');
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('Trade, USD (log scale)');
  });
});

describe('tradepath outside-view', () => {
  it('gives the base rate, its interval and the cases, as the independent reference counts them', async () => {
    const r = await cli('outside-view', '--from', '580M', '--to', '10B', '--years', '5', '--format', 'json');
    const json = JSON.parse(r.out);
    // Reference: scripts/gen-case-multiples-reference.py (plain Python over the COW CSV), band [$290M, $1.16B).
    expect([json.cases, json.hits]).toEqual([multiples.seed.cases, multiples.seed.hits]);
    expect(json.rate.estimate).toBeCloseTo(9 / 22092, 15);
  });

  it('takes a band and start years, names the hits and writes the histogram', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tradepath-outside-'));
    const r = await cli('outside-view', '--from', '$580M', '--to', '$10bn', '--years', '5', '--band', '300M-1B', '--start-years', '1990-2009', '--svg', dir);
    expect(r.code).toBe(0);
    const ref = multiples['band300M-1B_1990-2009'];
    expect(ref).toMatchObject({ cases: 12731, hits: 7 });
    // Wilson 95% interval for 7 of 12,731 (z = 1.96): 0.0266% to 0.1133% (hand: (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n)).
    expect(r.out.split('\n')[0]).toBe('7 of 12,731 cases grew ×17.24 or more in 5 years: 0.05% (95% Wilson interval 0.03% to 0.11%).');
    expect(r.out).toContain('| China–South Korea  |       1990 |      $669M |        $17.7B |    ×26.4 |');
    expect(r.out).toContain('Cite: Barbieri');
    const svg = readFileSync(join(dir, 'multiples.svg'), 'utf8');
    expect(svg).toContain('7 of 12,731 cases (0.05%) grew ×17.24 or more');
    expect(svg).toContain('(log scale)');
  });
});

describe('tradepath fit', () => {
  it("fits each series of a CSV as statsmodels does (the evidence layer's committed reference)", async () => {
    // Reference: test/fixtures/evidence/reference.json (scripts/gen-evidence-fixtures.py, statsmodels OLS with HAC).
    const [total, gaps] = reference.series as { name: string; years: number[]; values: number[]; fits: Record<string, { rate: number; se: number; n: number }> }[];
    const lines = ['year,value,reporter,partner,flow'];
    for (const [i, y] of total!.years.entries()) lines.push(`${y},${total!.values[i]},AZE,IRN,total`);
    for (const [i, y] of gaps!.years.entries()) lines.push(`${y},${gaps!.values[i]},AZE-gaps,IRN,total`);
    const file = join(mkdtempSync(join(tmpdir(), 'tradepath-fit-')), 'trade.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    for (const method of ['log-linear', 'drift'] as const) {
      const r = await cli('fit', file, '--layout', 'long', '--method', method, '--format', 'json');
      expect(r.code).toBe(0);
      const fits = JSON.parse(r.out) as { fit: { rate: number; se: number; n: number } }[];
      expect(fits.map((f) => f.fit.n)).toEqual([total!.fits[method]!.n, gaps!.fits[method]!.n]);
      fits.forEach((f, i) => {
        const ref = [total, gaps][i]!.fits[method]!;
        expect(f.fit.rate).toBeCloseTo(ref.rate, 12);
        expect(f.fit.se).toBeCloseTo(ref.se, 12);
      });
    }
    const dir = mkdtempSync(join(tmpdir(), 'tradepath-fit-svg-'));
    const md = await cli('fit', file, '--from', '1992', '--to', '2014', '--svg', dir);
    const svg = readFileSync(join(dir, 'fit.svg'), 'utf8');
    expect(svg).toContain('AZE–IRN total: 1.77% a year fitted');
    expect(svg).toContain('(log scale)');
    expect(md.out).toContain('| AZE–IRN total      |         1.77% |  -2.63% |    6.36% |           0.5971 | 1992 | 2014 |  23 |    0 |');
    expect(md.out).toContain('Source: ');
  });

  it('says which series it could not fit, and why', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tradepath-fit-')), 'short.csv');
    writeFileSync(file, 'year,value,reporter,partner,flow\n2020,1M,A,B,total\n2021,2M,A,B,total\n2022,3M,A,B,total\n2020,1M,C,D,total\n2021,2M,C,D,total\n');
    const r = await cli('fit', file, '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).map((f: { error: string | null }) => f.error)).toEqual([null, 'fitGrowth: series needs at least 3 points, got 2']);
  });
});

describe('tradepath fit on a bad file', () => {
  it('names every bad line and column, exit 2, nothing on stdout', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tradepath-fit-')), 'bad.csv');
    writeFileSync(file, 'year,value\n2020,abc\n2021,5\n2022,x\n');
    const r = await cli('fit', file);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toMatchInlineSnapshot(`
      "tradepath: invalid trade CSV (2 problems):
        - line 2, column "value": must be an amount like 580e6, "580000000", "$580M", "580 million" or "$10bn", got "abc" (or NA, or empty, for no value)
        - line 4, column "value": must be an amount like 580e6, "580000000", "$580M", "580 million" or "$10bn", got "x" (or NA, or empty, for no value)
      "
    `);
  });
});

describe('tradepath outside-view --format csv', () => {
  it('writes the cases that grew that fast, raw values', async () => {
    const r = await cli('outside-view', '--from', '580M', '--to', '10B', '--years', '5', '--format', 'csv');
    // Reference: COW China (710)–South Korea (732): $669M in 1990, $17,690M in 1995 (outside-view.json examples).
    expect(r.out.split('\r\n').slice(0, 2)).toEqual(['Pair,Start year,Trade then,5 years later,Multiple', `China–South Korea,1990,669000000,17690000000,${17690 / 669}`]);
  });
});

describe('the evidence commands refuse bad input: one line on stderr, exit 2', () => {
  it.each([
    [['history', 'AZE'], 'tradepath: history: give two countries, e.g. tradepath history AZE IRN; got 1\n'],
    [['history', 'AZE', 'Atlantis'], ''],
    [['history', 'AZE', 'IRN', '--format', 'xml'], 'tradepath: history: --format must be md, csv or json, got "xml"\n'],
    [['outside-view', '--from', '580M', '--to', '10B'], 'tradepath: outside-view: give --from, --to and --years, e.g. --from 580M --to 10B --years 5\n'],
    [['outside-view', '--from', '580M', '--to', '10B', '--years', '2.5'], 'tradepath: outside-view: --years must be a whole number, got "2.5"\n'],
    [['outside-view', '--from', '580M', '--to', '10B', '--years', '5', '--band', '300M'], 'tradepath: outside-view: --band must be <min>-<max>, e.g. 300M-1B, got "300M"\n'],
    [['outside-view', '--from', '580M', '--to', '10B', '--years', '5', '--start-years', '90-99'], 'tradepath: outside-view: --start-years must be <first>-<last>, e.g. 1990-2009, got "90-99"\n'],
    [['outside-view', '--from', '10B', '--to', '580M', '--years', '5'], ''],
    [['fit'], "tradepath: fit: give one CSV file, got 0; see 'tradepath fit --help'\n"],
    [['fit', 'missing.csv'], 'tradepath: cannot read missing.csv: no such file\n'],
    [['fit', 'x.csv', '--layout', 'wide'], 'tradepath: fit: --layout must be long, comtrade or cow-dyadic, got "wide"\n'],
    [['fit', 'x.csv', '--method', 'ols'], 'tradepath: fit: --method must be log-linear or drift, got "ols"\n'],
    [['fit', 'x.csv', '--from', '92'], 'tradepath: fit: --from must be a year like 1992, got "92"\n'],
  ])('%j', async (argv, message) => {
    const r = await cli(...argv);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err.split('\n')).toHaveLength(2);
    if (message !== '') expect(r.err).toBe(message);
    else expect(r.err).toMatch(/^tradepath: (bilateral|findCountry|outsideView): .+\n$/);
  });
});

describe('tradepath with no arguments', () => {
  it('reads as an analyst does: what the target requires, then the evidence, then the scenarios', async () => {
    const { code, out } = await cli('--runs', '500');
    expect(code).toBe(0);
    const at = (heading: string) => out.indexOf(heading);
    const order = ['In short', 'Growth needed to reach $10B', 'What Azerbaijan–Iran trade has done', 'The trend against the 76.73% a year', 'The outside view:', 'Earlier official targets', 'How big $10B is', 'The scenarios side by side'];
    expect(order.map(at).every((i) => i >= 0)).toBe(true);
    expect([...order.map(at)].sort((a, b) => a - b)).toEqual(order.map(at));
  }, 30_000);
});
