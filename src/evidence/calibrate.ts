import { checkOptionsObject } from '../internal/checkOptionsObject';
import { show } from '../internal/show';
import { formatRate } from '../money/formatRate';
import { defineScenario } from '../scenario/defineScenario';
import type { DriverDocument, ScenarioDocument } from '../scenario/document';
import { fitGrowth, type FitGrowthOptions } from './fitGrowth';
import type { TradeSeries } from './types';

/** Options of {@link calibrate}: the fit's, and the document's name and horizon. */
export interface CalibrateOptions extends FitGrowthOptions {
  /** The scenario's name (default: "<reporter>–<partner> <flow>: history continues"), at most 200 characters. */
  readonly name?: string;
  /** The last projected year (default: the baseline year + 5). */
  readonly endYear?: number;
}

/** A standard error this small comes from a perfect fit, up to rounding: the rate is then left certain. */
const CERTAIN = 1e-12;
/** Years projected when no `endYear` is given. */
const DEFAULT_YEARS = 5;

/**
 * A "history continues" scenario document calibrated from a trade series, ready for `defineScenario`, `project`
 * and `simulate`.
 *
 * - baseline: the last point of the fit's window (the series' last point unless `to` ends the window earlier);
 * - one `growth` driver, id `base`, at the fitted rate (`fitGrowth` with the same `method`, `from`, `to`);
 * - its per-year `volatility`: the fit's volatility of log values turned into a volatility of the rate by the delta
 *   method, (1 + rate)·volatility (the simulated rate is Normal(rate, volatility) each year);
 * - `uncertainty['base.rate']`: a normal with mean the rate and sd (1 + rate)·se, the delta-method standard error
 *   of exp(b) − 1 (left out when se is below 1e-12: a perfect fit, up to rounding);
 * - `sources` from the series' source (its citation in the note), `asOf` from the series, and a description naming
 *   the window, the method and the fit.
 *
 * @param series - a TradeSeries (see `tradeSeries`, `parseTradeCsv`).
 * @param options - `method`, `from`, `to` as in `fitGrowth`; `name`; `endYear` (after the baseline year).
 * @returns a plain scenario document (JSON), already checked by `defineScenario`.
 * @throws {RangeError} when the fit fails (fewer than 3 points, a value of 0 in the window) or `endYear` is not
 *   after the baseline year.
 * @throws {TypeError} when an option has the wrong type, or the series names no source.
 * @throws {ScenarioError} when the document is invalid, e.g. a horizon longer than 200 years.
 * @example
 * const s = tradeSeries({ reporter: 'AZE', partner: 'IRN', source: { title: 'example' },
 *   points: [{ year: 2021, value: 100e6 }, { year: 2022, value: 110e6 }, { year: 2023, value: 121e6 }] });
 * const doc = calibrate(s, { endYear: 2026 });
 * doc.baseline; // => { year: 2023, value: '121000000' }
 * doc.drivers[0].rate; // => ≈ 0.1000000000
 * project(defineScenario(doc)).values.at(-1).toNumber(); // => ≈ 161051000
 * calibrate(s, { endYear: 2023 }); // => throws RangeError
 */
export function calibrate(series: TradeSeries, options: CalibrateOptions = {}): ScenarioDocument {
  const fn = 'calibrate';
  checkOptionsObject(options, fn, "an object like { method: 'drift', endYear: 2029 }");
  const { name, endYear } = options;
  if (name !== undefined && (typeof name !== 'string' || name.trim() === '')) {
    throw new TypeError(`${fn}: name must be a non-empty string, got ${show(name)}`);
  }
  if (endYear !== undefined && (typeof endYear !== 'number' || !Number.isInteger(endYear))) {
    throw new TypeError(`${fn}: endYear must be a whole year, got ${show(endYear)}`);
  }
  let fit;
  try {
    fit = fitGrowth(series, options);
  } catch (error) {
    // The fit's rule is the one broken; the message names the function the caller called.
    if (error instanceof Error) error.message = error.message.replace(/^fitGrowth:/, `${fn}:`);
    throw error;
  }
  const last = series.points.find((p) => p.year === fit.to)!;
  const end = endYear ?? fit.to + DEFAULT_YEARS;
  if (end <= fit.to) throw new RangeError(`${fn}: endYear must be after the baseline year ${fit.to}, got ${end}`);

  const { reporter, partner, flow, source } = series;
  if (typeof source !== 'object' || source === null || typeof source.title !== 'string' || typeof reporter !== 'string') {
    throw new TypeError(`${fn}: series must name its reporter and source ({ reporter, source: { title } }), got source ${show(source)}`);
  }
  const pair = partner === undefined ? reporter : `${reporter}–${partner}`;
  const window = `${fit.from}–${fit.to}`;
  const how = fit.method === 'drift' ? 'random walk with drift' : 'log-linear trend';
  const rate = fit.rate;
  const driver: DriverDocument = {
    id: 'base',
    type: 'growth',
    rate,
    volatility: (1 + rate) * fit.volatility,
    label: 'History continues',
    source: source.title,
    note: `fitGrowth (${fit.method}) on ${window}, n = ${fit.n}: rate ${formatRate(rate)}, se of the log growth ${fit.se.toPrecision(4)}, volatility of log values ${fit.volatility.toPrecision(4)}`,
    assumption: 'The growth and year-to-year volatility of the fitted history continue over the horizon.',
  };
  const fullNote = [source.citation === undefined ? undefined : `Cite: ${source.citation}`, source.note].filter((t) => t !== undefined).join(' ');
  // A document's source note holds at most 2,000 characters.
  const note = fullNote.length > 2000 ? `${fullNote.slice(0, 1999)}…` : fullNote;
  const doc: ScenarioDocument = {
    name: (name ?? `${pair} ${flow}: history continues`).slice(0, 200),
    description:
      `History continues: ${pair} ${flow} trade keeps growing at the rate fitted to ${window} (${how}, n = ${fit.n}): ` +
      `${formatRate(rate)} a year (95% interval ${formatRate(fit.interval.low)} to ${formatRate(fit.interval.high)}), ` +
      `from the last value, in ${fit.to}.`,
    ...(series.asOf === undefined ? {} : { asOf: series.asOf }),
    currency: 'USD',
    sources: [
      {
        title: source.title,
        ...(source.url === undefined ? {} : { url: source.url }),
        ...(note === '' ? {} : { note }),
      },
    ],
    baseline: { year: fit.to, value: last.value.toString() },
    horizon: { endYear: end },
    drivers: [driver],
    ...(fit.se > CERTAIN ? { uncertainty: { 'base.rate': { type: 'normal', mean: rate, sd: (1 + rate) * fit.se } } } : {}),
  };
  defineScenario(doc);
  return doc;
}
