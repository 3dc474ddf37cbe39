import { describe, expect, it } from 'vitest';
import { calibrate, defineScenario, parseTradeCsv, project, simulate, toDocument, tradeSeries } from '../../src/index';
import { cowAzeIrnCsv, expectRelative, referenceSeries } from './reference';
import { messageOf } from '../helpers/messageOf';

const [cowTotal] = parseTradeCsv(cowAzeIrnCsv, { asOf: '2016-01-01' });
const ref = referenceSeries('aze-irn-total');

describe('calibrate', () => {
  it('makes a history-continues document from the COW Azerbaijan–Iran totals (statsmodels fit)', () => {
    const doc = calibrate(cowTotal!);
    const fit = ref.fits['log-linear'];
    expect(doc.baseline).toEqual({ year: 2014, value: '248000000' });
    expect(doc.horizon).toEqual({ endYear: 2019 });
    expect(doc.asOf).toBe('2016-01-01');
    expect(doc.currency).toBe('USD');
    const driver = doc.drivers[0]!;
    if (driver.type !== 'growth') throw new Error(`expected a growth driver, got ${driver.type}`);
    expect([driver.id, driver.type, driver.label]).toEqual(['base', 'growth', 'History continues']);
    expectRelative(driver.rate as number, fit.rate, 'rate');
    // Delta method: sd of exp(b) − 1 is exp(b)·sd(b) = (1 + rate)·sd(b).
    expectRelative(driver.volatility as number, (1 + fit.rate) * fit.volatility, 'volatility');
    const rateUncertainty = doc.uncertainty!['base.rate'] as { type: string; mean: number; sd: number };
    expect(rateUncertainty.type).toBe('normal');
    expectRelative(rateUncertainty.mean, fit.rate, 'mean');
    expectRelative(rateUncertainty.sd, (1 + fit.rate) * fit.se, 'sd');
    expect(doc.sources).toHaveLength(1);
    expect(doc.sources![0]!.title).toBe('Correlates of War Project, Dyadic Trade v4.0');
    expect(doc.sources![0]!.note).toMatch(/^Cite: Barbieri, Katherine and Omar M\. G\. Keshk\. 2016\./);
    expect(doc.description).toMatchInlineSnapshot(`"History continues: 373–630 total trade keeps growing at the rate fitted to 1992–2014 (log-linear trend, n = 23): 1.77% a year (95% interval -2.63% to 6.36%), from the last value, in 2014."`);
    expect(driver.assumption).toMatch(/continue/);
  });

  it('gives a document that defineScenario, project and simulate run on', () => {
    const scenario = defineScenario(calibrate(cowTotal!, { endYear: 2029 }));
    const rate = ref.fits['log-linear'].rate;
    const projection = project(scenario);
    expect(projection.years).toEqual(Array.from({ length: 16 }, (_, i) => 2014 + i));
    // Analytic: 248e6·(1 + rate)^15.
    expectRelative(projection.values.at(-1)!.toNumber(), 248e6 * Math.pow(1 + rate, 15), 'value in 2029', 1e-12);
    const runs = 4000;
    const sim = simulate(scenario, { runs, seed: 12 });
    expect(sim.years).toEqual(projection.years);
    const draws = sim.inputsOf('base.rate');
    const mean = draws.reduce((a, b) => a + b, 0) / runs;
    const sd = (1 + rate) * ref.fits['log-linear'].se;
    // The mean of 4000 normal draws lies within 4 standard errors of the mean (failure chance about 6e-5).
    expect(Math.abs(mean - rate)).toBeLessThan((4 * sd) / Math.sqrt(runs));
    expect(Number.isFinite(sim.quantile(2029, 0.5))).toBe(true);
    expect(toDocument(scenario).asOf).toBe('2016-01-01');
  });

  it('takes the fit window, the method, a name and an end year', () => {
    const doc = calibrate(cowTotal!, { method: 'drift', to: 2010, name: 'Drift to 2010', endYear: 2012 });
    expect(doc.name).toBe('Drift to 2010');
    expect(doc.baseline).toEqual({ year: 2010, value: '246000000' });
    expect(doc.horizon.endYear).toBe(2012);
    expect(doc.description).toContain('1992–2010');
    expect(doc.description).toContain('drift');
    expect(calibrate(cowTotal!).name).toBe('373–630 total: history continues');
  });

  it('leaves the rate certain for a perfect fit (se 0)', () => {
    const s = tradeSeries({ reporter: 'X', source: { title: 't' }, points: [100, 200, 400, 800].map((value, i) => ({ year: 2000 + i, value })) });
    const doc = calibrate(s, { method: 'drift' });
    expect(doc.uncertainty).toBeUndefined();
    const driver = doc.drivers[0]!;
    expect(driver.type === 'growth' && driver.rate).toBeCloseTo(1, 14); // Reference: doubling every year is a rate of 100 %.
    expect(doc.sources).toEqual([{ title: 't' }]);
    const long = tradeSeries({ reporter: 'X', source: { title: 't', citation: 'c'.repeat(3000) }, points: s.points });
    expect(calibrate(long).sources![0]!.note).toHaveLength(2000);
  });

  it('gives scenario documents an asOf date, checked like any field', () => {
    const doc = calibrate(cowTotal!);
    expect(defineScenario(doc).asOf).toBe('2016-01-01');
    expect(messageOf(() => defineScenario({ ...doc, asOf: '2016-02-30' }))).toMatchInlineSnapshot(`
      "ScenarioError: invalid scenario (1 problem):
        - asOf: expected a date that exists, got "2016-02-30""
    `);
    expect(messageOf(() => defineScenario({ ...doc, asOf: 20160101 as never }))).toMatchInlineSnapshot(`
      "ScenarioError: invalid scenario (1 problem):
        - asOf: expected an ISO date like "2025-02-10", got number"
    `);
  });

  it('reports broken rules with the function, the rule and the value', () => {
    expect(messageOf(() => calibrate(cowTotal!, { endYear: 2014 }))).toMatchInlineSnapshot(`"RangeError: calibrate: endYear must be after the baseline year 2014, got 2014"`);
    expect(messageOf(() => calibrate(cowTotal!, { endYear: 2020.5 }))).toMatchInlineSnapshot(`"TypeError: calibrate: endYear must be a whole year, got 2020.5"`);
    expect(messageOf(() => calibrate(cowTotal!, { from: 2013 }))).toMatchInlineSnapshot(`"RangeError: calibrate: series needs at least 3 points from 2013 to the end, got 2"`);
    expect(messageOf(() => calibrate(cowTotal!, { name: '' }))).toMatchInlineSnapshot(`"TypeError: calibrate: name must be a non-empty string, got """`);
    expect(messageOf(() => calibrate(cowTotal!, 'drift' as never))).toMatchInlineSnapshot(`"TypeError: calibrate: options must be an object like { method: 'drift', endYear: 2029 }, got "drift""`);
    expect(messageOf(() => calibrate({ ...cowTotal!, source: undefined } as never))).toMatchInlineSnapshot(`"TypeError: calibrate: series must name its reporter and source ({ reporter, source: { title } }), got source undefined"`);
    expect(messageOf(() => calibrate(cowTotal!, { endYear: 2300 }))).toMatchInlineSnapshot(`
      "ScenarioError: invalid scenario (1 problem):
        - horizon.endYear: the horizon may span at most 200 years, got 286"
    `);
  });
});
