import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, fitGrowth, parseTradeCsv, tradeSeries, type TradeFlow } from '../../src/index';
import { csvRecords } from '../../src/evidence/internal/readCsv';

// Analytic reference: v_k = start·(1 + r)^k has ln v_k = ln start + k·ln(1 + r) exactly, so OLS of ln v on the year
// has slope ln(1 + r) and no residual (se 0, volatility 0), and every year-on-year change Δ equals ln(1 + r).
describe('fitGrowth on exact geometric series', () => {
  const geometric = fc.record({
    startYear: fc.integer({ min: 1800, max: 2200 }),
    length: fc.integer({ min: 3, max: 60 }),
    start: fc.double({ min: 1e3, max: 1e12, noNaN: true }),
    rateBp: fc.integer({ min: -5_000, max: 20_000 }),
    // Interior points to leave out (log-linear only: a gap does not bend a straight line).
    drop: fc.array(fc.integer({ min: 1, max: 58 }), { maxLength: 10 }),
  });

  it('recovers the rate with se and volatility 0, with or without gaps (log-linear), and without (drift)', () => {
    fc.assert(
      fc.property(geometric, ({ startYear, length, start, rateBp, drop }) => {
        const rate = rateBp / 10_000;
        const points = Array.from({ length }, (_, k) => ({
          year: startYear + k,
          // Each value from its index, not by repeated multiplication.
          value: new Decimal(String(start * Math.pow(1 + rate, k))),
        }));
        // Trade series hold amounts up to 1e24.
        fc.pre(points.every((p) => p.value.lte('1e24')));
        const full = tradeSeries({ reporter: 'X', source: { title: 'geometric' }, points });
        const kept = points.filter((_, k) => k === 0 || k === length - 1 || !drop.includes(k));
        const gapped = tradeSeries({ reporter: 'X', source: { title: 'geometric' }, points: kept.length >= 3 ? kept : points });
        for (const [series, method] of [[full, 'log-linear'], [gapped, 'log-linear'], [full, 'drift']] as const) {
          const fit = fitGrowth(series, { method });
          expect(Math.abs(fit.rate - rate)).toBeLessThanOrEqual(1e-9 * (1 + rate));
          expect(fit.se).toBeLessThanOrEqual(1e-9);
          expect(fit.volatility).toBeLessThanOrEqual(1e-9);
          expect(fit.interval.low).toBeLessThanOrEqual(fit.rate);
          expect(fit.interval.high).toBeGreaterThanOrEqual(fit.rate);
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** A CSV field, quoted when RFC 4180 needs it (and when surrounding spaces would be trimmed). */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const name = fc
  .string({ minLength: 1, maxLength: 12, unit: fc.constantFrom('A', 'z', ' ', ',', '"', '\n', '\r\n', 'é', '–', '1') })
  .filter((s) => s.trim() === s && s !== '');

describe('parseTradeCsv ∘ write: a long CSV round trip', () => {
  const seriesArb = fc.record({
    reporter: name,
    partner: fc.option(name, { nil: undefined }),
    flow: fc.constantFrom<TradeFlow>('total', 'exports', 'imports'),
    points: fc.uniqueArray(
      fc.record({
        year: fc.integer({ min: 1800, max: 2300 }),
        value: fc.option(
          fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 20n }).map(String), fc.integer({ min: 0, max: 10 ** 9 }).map((c) => new Decimal(c).div(100).toString())),
          { nil: null },
        ),
        empty: fc.boolean(),
      }),
      { minLength: 1, maxLength: 20, selector: (p) => p.year },
    ),
  });

  it('gives back every series: names, flows, values exactly, missing years and gaps', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(seriesArb, { minLength: 1, maxLength: 5, selector: (s) => `${s.reporter}|${s.partner ?? ''}|${s.flow}` }),
        fc.boolean(),
        (list, crlf) => {
          const eol = crlf ? '\r\n' : '\n';
          const lines = ['reporter,partner,flow,year,value'];
          for (const s of list) {
            for (const p of s.points) {
              const value = p.value === null ? (p.empty ? '' : 'NA') : p.value;
              lines.push([field(s.reporter), field(s.partner ?? ''), s.flow, String(p.year), value].join(','));
            }
          }
          const parsed = parseTradeCsv(lines.join(eol) + eol);
          expect(parsed.map((s) => [s.reporter, s.partner, s.flow])).toEqual(list.map((s) => [s.reporter, s.partner, s.flow]));
          parsed.forEach((s, i) => {
            const sorted = [...list[i]!.points].sort((a, b) => a.year - b.year);
            const known = sorted.filter((p) => p.value !== null);
            expect(s.points.map((p) => [p.year, p.value.toString()])).toEqual(known.map((p) => [p.year, new Decimal(p.value!).toString()]));
            expect(s.missing).toEqual(sorted.filter((p) => p.value === null).map((p) => p.year));
            const years = new Set(known.map((p) => p.year));
            const gaps = known.length === 0 ? [] : Array.from({ length: known.at(-1)!.year - known[0]!.year + 1 }, (_, k) => known[0]!.year + k).filter((y) => !years.has(y));
            expect(s.gaps).toEqual(gaps);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the RFC 4180 reader', () => {
  it('reads back any table of fields written with quotes where needed', () => {
    const cell = fc.string({ maxLength: 8, unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r', '\r\n', 'ü') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const text = rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) || c === '' ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');
        const issues: unknown[] = [];
        const read = [...csvRecords(text, (i) => issues.push(i))];
        expect(issues).toEqual([]);
        expect(read.map((r) => r.fields)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});
