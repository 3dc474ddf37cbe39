import type { RateInput } from '../../money/parseRate';
import { show } from '../../internal/show';
import { requiredCagr } from '../../growth/requiredCagr';
import type { Scenario } from '../../scenario/document';
import { project } from '../../scenario/project';
import { defaultAnalysis } from '../../presets/defaultAnalysis';
import type { Report, ReportSection } from './report';
import { pct, questionOf, say, section, type Question } from './question';
import { pace, previousYear, required, yearsNeeded } from './growthSections';
import { compared, drivers } from './scenarioSections';
import { byComponent } from './componentSections';
import { sourcesAndAssumptions } from './sourcesSection';
import { monteCarlo, type MonteCarlo } from './monteCarloSection';
import type { SamplerName } from '../../uncertainty/samplers/unitSample';
import { sensitivity } from './sensitivitySections';
import type { Evidence } from './evidence';
import { evidenceSections } from './evidenceSections';

/**
 * Options of {@link analysisReport}. Without `scenarios`, every option left out takes the embedded default
 * analysis's value (`defaultAnalysis.report` in src/presets/: its scenarios, title, context, yardsticks, recent growth
 * and the scenarios of its Monte Carlo and sensitivity); with `scenarios`, nothing of it is used.
 */
export interface AnalysisOptions {
  /** The scenarios, by key; default the default analysis's. The first with a target sets the question. */
  readonly scenarios?: Readonly<Record<string, Scenario>>;
  /** The growth observed in the baseline year, for "at today's pace"; default the first scenario's base rate (its first growth driver's; 20% without one). */
  readonly recentGrowth?: RateInput;
  /** The report's title; default "Can $580M become $10B by 2029?" from the scenarios. */
  readonly title?: string;
  /** Lines that introduce the question (sources, conventions); default none. */
  readonly context?: readonly string[];
  /** Scenarios that are yardsticks, not forecasts (a path built from the required growth): left out of "how many scenarios reach the target"; default none. */
  readonly benchmarks?: readonly string[];
  /** The Monte Carlo section: which scenario (default the one with the most uncertain parameters), runs (20,000), seed (2024) and sampler (`'lhs'`); false for none. */
  readonly monteCarlo?: { readonly scenario?: string; readonly runs?: number; readonly seed?: number | string; readonly sampler?: SamplerName } | false;
  /** The sensitivity and levers sections: which scenario (default the first with 3+ drivers); false for none. */
  readonly sensitivity?: { readonly scenario?: string } | false;
  /**
   * The evidence on the target, gathered by `evidenceFor` (async: it loads the bundled trade history): when given,
   * the report opens with it, before any scenario — the pair's record, the trend against the required growth, the
   * outside view, earlier targets and the target's scale.
   */
  readonly evidence?: Evidence;
}

/** The options with the default analysis's filled in where `scenarios` is left out; a section's own options win. */
function withDefaults(options: AnalysisOptions): AnalysisOptions {
  if (options.scenarios !== undefined) return options;
  const d = defaultAnalysis.report;
  const merge = <T extends object>(given: T | false | undefined, preset: T): T | false => (given === false ? false : { ...preset, ...given });
  return { ...d, ...options, monteCarlo: merge(options.monteCarlo, d.monteCarlo), sensitivity: merge(options.sensitivity, d.sensitivity) };
}

/**
 * The analysis of a growth target across scenarios, as a report to write as text, Markdown or HTML, in the order an
 * analyst reads: the growth the target requires; with `evidence` (from `evidenceFor`), what history and the outside
 * view say, before any scenario; where today's pace leads, the scenarios compared, what drives them; a Monte Carlo
 * under stated uncertainty; which assumptions matter most, and what each lever would have to be. With no options and the default evidence it
 * is the embedded default analysis that `tradepath` prints; any other pair is the same call with its own scenarios,
 * title and context (src/presets/ holds the options of the default one, exported by the package).
 *
 * @param given - the scenarios, the wording, and which scenarios the Monte Carlo and sensitivity sections use.
 * @throws {RangeError} when no scenario has a target, or a named scenario (Monte Carlo, sensitivity, benchmarks) does not exist.
 * @example
 * const report = analysisReport({ monteCarlo: false, sensitivity: false });
 * report.title.endsWith('can $580M become $10B by 2029?'); // => true
 * report.sections.map((s) => s.id); // => ['summary', 'required', 'years', 'previous', 'pace', 'scenarios', 'components', 'drivers', 'sources']
 * const withEvidence = analysisReport({ monteCarlo: false, sensitivity: false, evidence: await evidenceFor() });
 * withEvidence.sections.map((s) => s.id).slice(0, 8); // => ['summary', 'required', 'years', 'history', 'trend', 'outside', 'targets', 'scale']
 * const mine = defineScenario({ name: 'Mine', currency: 'USD', baseline: { year: 2024, value: '$1B' }, horizon: { endYear: 2030 },
 *   target: { value: '$2B', year: 2028 }, drivers: [{ id: 'base', type: 'growth', rate: '10%' }] });
 * analysisReport({ scenarios: { mine }, monteCarlo: false }).title; // => 'Can $1B become $2B by 2028?'
 */
export function analysisReport(given: AnalysisOptions = {}): Report {
  const fn = 'analysisReport';
  const options = withDefaults(given);
  const scenarios: Readonly<Record<string, Scenario>> = options.scenarios!;
  const keys = Object.keys(scenarios);
  const reference = Object.values(scenarios).find((s) => s.target !== undefined);
  if (reference === undefined || reference.target === undefined) throw new RangeError(`${fn}: at least one scenario needs a target`);
  const pick = (key: string | undefined, fallback: (s: Scenario) => boolean, what: string): Scenario | undefined => {
    if (key !== undefined) {
      const s = scenarios[key];
      if (s === undefined) throw new RangeError(`${fn}: ${what}.scenario must be one of ${keys.join(', ')}, got ${show(key)}`);
      return s;
    }
    return Object.values(scenarios).find(fallback);
  };
  const q = questionOf(reference, options.recentGrowth);
  const title = options.title ?? `Can ${say(q.start)} become ${say(q.target)} by ${q.targetYear}?`;

  const projections = Object.values(scenarios).map((s) => project(s));
  const mcOptions = options.monteCarlo === false ? undefined : (options.monteCarlo ?? {});
  const mostUncertain = Math.max(0, ...Object.values(scenarios).map((s) => Object.keys(s.uncertainty).length));
  const mcScenario =
    mcOptions === undefined || mostUncertain === 0
      ? undefined
      : pick(mcOptions.scenario, (s) => Object.keys(s.uncertainty).length === mostUncertain, 'monteCarlo');
  const mc = mcScenario === undefined ? undefined : monteCarlo(mcScenario, mcOptions?.runs ?? 20_000, mcOptions?.seed ?? 2024, q, mcOptions?.sampler);
  const sensOptions = options.sensitivity === false ? undefined : (options.sensitivity ?? {});
  const sensScenario =
    sensOptions === undefined ? undefined : pick(sensOptions.scenario, (s) => s.drivers.length >= 3, 'sensitivity');

  const benchmarks = options.benchmarks ?? [];
  const stray = benchmarks.find((key) => !keys.includes(key));
  if (stray !== undefined) throw new RangeError(`${fn}: benchmarks must name scenarios (${keys.join(', ')}), got ${show(stray)}`);
  const forecasts = projections.filter((_, i) => !benchmarks.includes(keys[i]!));
  // The evidence chart draws the required path itself: the benchmark scenarios would repeat it.
  const paths = forecasts.map((p) => ({ name: p.scenario, points: p.years.map((year, i) => ({ year, value: p.values[i]! })) }));
  const sections: ReportSection[] = [
    // The order an analyst reads in: what the target asks, what history and the outside view say, what each
    // scenario gives, how uncertain it is, and what would have to be true.
    summary(q, forecasts, mc, options.context ?? [], options.evidence),
    required(q),
    yearsNeeded(q),
    ...(options.evidence === undefined ? [] : evidenceSections(options.evidence, paths)),
    previousYear(q),
    pace(q),
    compared(q, scenarios),
  ];
  const components = byComponent(q, scenarios, benchmarks);
  if (components !== undefined) sections.push(components);
  sections.push(drivers(q, scenarios));
  if (mc !== undefined) sections.push(mc.section);
  if (sensScenario !== undefined) sections.push(...sensitivity(q, sensScenario));
  const sources = sourcesAndAssumptions(scenarios);
  if (sources !== undefined) sections.push(sources);
  return Object.freeze({ title, sections: Object.freeze(sections) });
}

function summary(q: Question, projections: readonly ReturnType<typeof project>[], mc: MonteCarlo | undefined, context: readonly string[], evidence: Evidence | undefined): ReportSection {
  const years = q.targetYear - q.startYear;
  const needed = requiredCagr({ start: q.start, target: q.target, years });
  const candidates = projections;
  const reaching = candidates.filter((p) => p.target?.reachedIn !== null && p.target!.reachedIn <= q.targetYear);
  const best = [...candidates].sort((a, b) => b.values[years]!.cmp(a.values[years]!))[0];
  const lines = [
    `Reaching ${say(q.target)} by ${q.targetYear} takes ${pct(needed, 2)} growth a year for ${years} years: ` +
      `${needed.div(q.recent).toFixed(1)} times the ${pct(q.recent, 0)} of ${q.startYear}.`,
    reaching.length > 0
      ? `${reaching.length} of ${candidates.length} scenarios reach it by ${q.targetYear}.`
      : `None of the ${candidates.length} scenarios reaches it by ${q.targetYear}; the highest, "${best?.scenario}", gets to ` +
        `${say(best!.values[years]!)} (${pct(best!.values[years]!.div(q.target), 0)} of the target).`,
  ];
  if (evidence !== undefined) {
    const { logLinear } = evidence.fits;
    const v = evidence.outside;
    // The high is the whole record's; the trend is fitted to its window, which may be shorter (a stated choice).
    const points = evidence.history.total.points;
    const peak = points.reduce((a, b) => (b.value.gt(a.value) ? b : a));
    const span = `${points[0]!.year}–${points[points.length - 1]!.year}`;
    const window = `${logLinear.from}–${logLinear.to}`;
    lines.splice(
      1,
      0,
      `The record (${evidence.history.total.source.title.split(',')[0]}, ${span}): a high of ${say(peak.value)} (${peak.year}), ` +
        `a fitted trend of ${pct(logLinear.rate)} a year${window === span ? '' : ` over ${window}`}. ` +
        `Of ${v.cases.toLocaleString('en-US')} cases of pairs trading ${say(v.band.min)}–${say(v.band.max)}, ${v.hits} grew ×${v.multiple.toFixed(2)} or more in ${v.years} years (${pct(v.rate.estimate, 2)}).`,
    );
  }
  if (mc !== undefined) {
    lines.push(
      `Under the uncertainty stated for "${mc.name}", ${mc.byTarget} of ${mc.runs.toLocaleString('en-US')} simulated paths reach it by ` +
        `${q.targetYear}, and ${mc.byEnd} by ${q.endYear}.`,
    );
  }
  return section('summary', 'In short', { text: [...context, '', ...lines].filter((l, i, all) => !(l === '' && (i === 0 || i === all.length - 1))) });
}
