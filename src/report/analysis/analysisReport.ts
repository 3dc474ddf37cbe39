import { D, type Decimal } from '../../money/decimal';
import { formatAmount } from '../../money/formatAmount';
import { formatRate } from '../../money/formatRate';
import { toRate } from '../../money/parseRate';
import type { RateInput } from '../../money/parseRate';
import { show } from '../../internal/show';
import { futureValue } from '../../growth/futureValue';
import { growthPath } from '../../growth/growthPath';
import { requiredCagr } from '../../growth/requiredCagr';
import { yearsToTarget } from '../../growth/yearsToTarget';
import type { Scenario } from '../../scenario/document';
import { project } from '../../scenario/project';
import { compare } from '../../scenario/compare';
import { attribution } from '../../scenario/attribution';
import { listParameters, type Parameter } from '../../scenario/parameters';
import { presets } from '../../scenario/presets/index';
import { simulate } from '../../uncertainty/simulate';
import { tornado } from '../../sensitivity/tornado';
import { goalSeek } from '../../sensitivity/goalSeek';
import { pathsChart } from '../svg/pathsChart';
import { fanChart } from '../svg/fanChart';
import { tornadoChart } from '../svg/tornadoChart';
import { waterfallChart } from '../svg/waterfallChart';
import type { Report, ReportSection } from './report';

/** Options of {@link analysisReport}. */
export interface AnalysisOptions {
  /** The scenarios, by key; default `presets.azerbaijanIran`. The first with a target sets the question. */
  readonly scenarios?: Readonly<Record<string, Scenario>>;
  /** The growth observed in the baseline year, for "at today's pace"; default the first scenario's base rate. */
  readonly recentGrowth?: RateInput;
  /** The report's title; default "Can $580M become $10B by 2029?" from the scenarios. */
  readonly title?: string;
  /** Lines that introduce the question (sources, conventions). */
  readonly context?: readonly string[];
  /**
   * Scenarios that are yardsticks, not forecasts (a path built from the required growth): left out of "how many
   * scenarios reach the target". Default `['targetPath']` for the presets, none otherwise.
   */
  readonly benchmarks?: readonly string[];
  /** The Monte Carlo section: which scenario (default the one with the most uncertain parameters), runs (20,000) and seed (2024); false for none. */
  readonly monteCarlo?: { readonly scenario?: string; readonly runs?: number; readonly seed?: number | string } | false;
  /** The sensitivity and levers sections: which scenario (default `corridorLed`, else the first with 3+ drivers); false for none. */
  readonly sensitivity?: { readonly scenario?: string } | false;
}

const DEFAULT_CONTEXT = [
  'Turnover was $580M in 2024, up 20% on the year (AzerNEWS, 2025). The political target is $10B a year',
  '"within five years": 2029 here, five annual steps from 2024 (2030 if the five years count from 2025).',
];

/**
 * The analysis of a growth target across scenarios, as a report to write as text, Markdown or HTML: the growth the
 * target requires, where today's pace leads, the scenarios compared, what drives them, a Monte Carlo under stated
 * uncertainty, which assumptions matter most, and what each lever would have to be. With no options it is the
 * embedded Azerbaijan–Iran analysis that `tradepath` prints.
 *
 * @param options - the scenarios and which of them the Monte Carlo and sensitivity sections use.
 * @throws {RangeError} when no scenario has a target, or a named scenario does not exist.
 * @example
 * const report = analysisReport({ monteCarlo: false, sensitivity: false });
 * report.title; // => 'Azerbaijan–Iran trade: can $580M become $10B by 2029?'
 * report.sections.map((s) => s.id); // => ['summary', 'required', 'pace', 'years', 'previous', 'scenarios', 'drivers']
 */
export function analysisReport(options: AnalysisOptions = {}): Report {
  const fn = 'analysisReport';
  const scenarios: Readonly<Record<string, Scenario>> = options.scenarios ?? presets.azerbaijanIran;
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
  const isDefault = options.scenarios === undefined;
  const title = options.title ?? `${isDefault ? 'Azerbaijan–Iran trade: c' : 'C'}an ${say(q.start)} become ${say(q.target)} by ${q.targetYear}?`;

  const projections = Object.values(scenarios).map((s) => project(s));
  const mcOptions = options.monteCarlo === false ? undefined : (options.monteCarlo ?? {});
  const mostUncertain = Math.max(0, ...Object.values(scenarios).map((s) => Object.keys(s.uncertainty).length));
  const mcScenario =
    mcOptions === undefined || mostUncertain === 0
      ? undefined
      : pick(mcOptions.scenario, (s) => Object.keys(s.uncertainty).length === mostUncertain, 'monteCarlo');
  const mc = mcScenario === undefined ? undefined : monteCarlo(mcScenario, mcOptions?.runs ?? 20_000, mcOptions?.seed ?? 2024, q);
  const sensOptions = options.sensitivity === false ? undefined : (options.sensitivity ?? {});
  const sensScenario =
    sensOptions === undefined ? undefined : pick(sensOptions.scenario ?? (scenarios.corridorLed ? 'corridorLed' : undefined), (s) => s.drivers.length >= 3, 'sensitivity');

  const sections: ReportSection[] = [
    summary(q, projections.filter((_, i) => !(options.benchmarks ?? (isDefault ? ['targetPath'] : [])).includes(keys[i]!)), mc, options.context ?? (isDefault ? DEFAULT_CONTEXT : [])),
    required(q),
    pace(q),
    yearsNeeded(q),
    previousYear(q),
    compared(q, scenarios),
    drivers(q, scenarios),
  ];
  if (mc !== undefined) sections.push(mc.section);
  if (sensScenario !== undefined) sections.push(...sensitivity(q, sensScenario));
  return Object.freeze({ title, sections: Object.freeze(sections) });
}

/** The question every section answers: from where, to what, by when, against which recent pace. */
interface Question {
  readonly start: Decimal;
  readonly startYear: number;
  readonly target: Decimal;
  readonly targetYear: number;
  readonly endYear: number;
  readonly recent: Decimal;
  readonly currency: string;
}

function questionOf(s: Scenario, recentGrowth: RateInput | undefined): Question {
  const base = s.drivers.find((d) => d.type === 'growth');
  const recent = recentGrowth !== undefined ? toRate(recentGrowth, 'analysisReport', 'recentGrowth') : ((base?.rate as Decimal | undefined) ?? new D('0.2'));
  return {
    start: s.baseline.value,
    startYear: s.baseline.year,
    target: s.target!.value,
    targetYear: s.target!.year,
    endYear: s.horizon.endYear,
    recent,
    currency: s.currency,
  };
}

const fmt = (x: Decimal | number, digits?: number) => formatAmount(x, digits === undefined ? {} : { digits });
/** An amount in a sentence or heading: "$10B" rather than the table's "$10.0B". */
const say = (x: Decimal | number) => formatAmount(x).replace(/\.0+(?=[KMBT]?$)/, '');
const pct = (x: Decimal | number, digits = 1) => formatRate(x, { digits });

function section(id: string, heading: string, parts: Partial<Omit<ReportSection, 'id' | 'heading'>>): ReportSection {
  return { id, heading, text: parts.text ?? [], tables: parts.tables ?? [], notes: parts.notes ?? [], ...(parts.charts ? { charts: parts.charts } : {}) };
}

function summary(q: Question, projections: readonly ReturnType<typeof project>[], mc: MonteCarlo | undefined, context: readonly string[]): ReportSection {
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
  if (mc !== undefined) {
    lines.push(
      `Under the uncertainty stated for "${mc.name}", ${mc.byTarget} of ${mc.runs.toLocaleString('en-US')} simulated paths reach it by ` +
        `${q.targetYear}, and ${mc.byEnd} by ${q.endYear}.`,
    );
  }
  return section('summary', 'In short', { text: [...context, '', ...lines].filter((l, i, all) => !(l === '' && (i === 0 || i === all.length - 1))) });
}

function required(q: Question): ReportSection {
  const years = [...new Set([q.targetYear - 1, q.targetYear, q.targetYear + 1, q.endYear])].filter((y) => y > q.startYear && y <= Math.max(q.endYear, q.targetYear + 1)).sort((a, b) => a - b);
  const rows = years.map((year) => {
    const rate = requiredCagr({ start: q.start, target: q.target, years: year - q.startYear });
    return {
      year,
      years: year - q.startYear,
      rate,
      pace: `${rate.div(q.recent).toFixed(1)}×`,
      note: year === q.targetYear ? 'the target year' : year === q.targetYear + 1 ? 'a year later' : '',
    };
  });
  return section('required', `Growth needed to reach ${say(q.target)} from ${say(q.start)} (${q.startYear})`, {
    tables: [
      {
        columns: [
          { key: 'year', label: 'By', kind: 'year' },
          { key: 'years', label: 'Years', kind: 'number' },
          { key: 'rate', label: 'Growth a year', kind: 'rate' },
          { key: 'pace', label: `× the ${pct(q.recent, 0)} pace`, align: 'right' },
          { key: 'note', label: 'Note' },
        ],
        rows,
      },
    ],
    notes: [`"× the ${pct(q.recent, 0)} pace": the growth needed over the growth of ${q.startYear}.`],
  });
}

function pace(q: Question): ReportSection {
  const years = q.targetYear - q.startYear;
  const end = futureValue({ start: q.start, rate: q.recent, years });
  const path = growthPath({ start: q.start, startYear: q.startYear, rate: q.recent, years });
  const rows = path.map((point, i) => ({
    year: point.year,
    value: point.value,
    added: i === 0 ? null : point.value.minus(path[i - 1]!.value),
    share: point.value.div(q.target),
  }));
  return section('pace', `At the ${q.startYear} pace: ${pct(q.recent, 0)} a year`, {
    text: [`By ${q.targetYear} turnover reaches ${say(end)}, ${pct(end.div(q.target))} of the ${say(q.target)} target (a gap of ${say(q.target.minus(end))}).`],
    tables: [
      {
        columns: [
          { key: 'year', label: 'Year', kind: 'year' },
          { key: 'value', label: 'Turnover', kind: 'amount' },
          { key: 'added', label: 'Added', kind: 'amount' },
          { key: 'share', label: 'Of target', kind: 'rate', format: (v) => pct(v as Decimal) },
        ],
        rows,
      },
    ],
  });
}

function yearsNeeded(q: Question): ReportSection {
  const rates = [q.recent, q.recent.times('1.5'), q.recent.times('2.5')].filter((r) => r.gt(0));
  const rows = rates.map((rate) => {
    const years = yearsToTarget({ start: q.start, target: q.target, rate });
    return { rate, years: years.toDecimalPlaces(1).toNumber(), first: q.startYear + years.ceil().toNumber() };
  });
  return section('years', `Years to ${say(q.target)} at a constant rate`, {
    tables: [
      {
        columns: [
          { key: 'rate', label: 'Growth a year', kind: 'rate', format: (v) => pct(v as Decimal, 0) },
          { key: 'years', label: 'Years', kind: 'number', format: (v) => (v as number).toFixed(1) },
          { key: 'first', label: `First year ≥ ${say(q.target)}`, kind: 'year' },
        ],
        rows,
      },
    ],
    notes: [`First year ≥ ${say(q.target)}: ${q.startYear} plus the years rounded up, the first year whose turnover reaches it.`],
  });
}

function previousYear(q: Question): ReportSection {
  const growth = q.recent.plus(1);
  return section('previous', `Implied ${q.startYear - 1} turnover`, {
    text: [`${say(q.start)} in ${q.startYear} after +${pct(q.recent, 0)} implies ${fmt(q.start.div(growth), 4)} in ${q.startYear - 1} (${say(q.start)} / ${growth.toString()}).`],
  });
}

function compared(q: Question, scenarios: Readonly<Record<string, Scenario>>): ReportSection {
  const rows = compare(scenarios, { year: q.targetYear }).map((r) => ({
    scenario: r.scenario,
    value: r.value,
    cagr: r.cagr,
    reached: r.reachedIn === null ? `not by ${q.endYear}` : String(r.reachedIn),
    gap: r.gap,
    final: r.finalValue,
  }));
  return section('scenarios', 'The scenarios side by side', {
    tables: [
      {
        columns: [
          { key: 'scenario', label: 'Scenario' },
          { key: 'value', label: `In ${q.targetYear}`, kind: 'amount' },
          { key: 'cagr', label: `Growth a year to ${q.targetYear}`, kind: 'rate', format: (v) => pct(v as Decimal) },
          { key: 'reached', label: `Reaches ${say(q.target)}`, align: 'right' },
          { key: 'gap', label: `Gap in ${q.targetYear}`, kind: 'amount' },
          { key: 'final', label: `In ${q.endYear}`, kind: 'amount' },
        ],
        rows,
      },
    ],
    notes: ['Effect sizes the source does not give are illustrative assumptions, labelled as such in each scenario.'],
    charts: () => [
      pathsChart({
        title: `Turnover by scenario against the ${say(q.target)} target`,
        series: Object.values(scenarios).map((s) => {
          const p = project(s);
          return { name: s.name, points: p.years.map((year, i) => ({ year, value: p.values[i]! })) };
        }),
        target: { year: q.targetYear, value: q.target },
        logScale: true,
        currency: q.currency,
      }),
    ],
  });
}

function drivers(q: Question, scenarios: Readonly<Record<string, Scenario>>): ReportSection {
  const richest = [...Object.values(scenarios)].sort((a, b) => b.drivers.length - a.drivers.length)[0]!;
  const a = attribution(project(richest), { year: q.targetYear });
  const rows = a.drivers.map((d) => ({ driver: d.label, amount: d.amount, share: d.share }));
  const covered = a.target?.coveredShare;
  return section('drivers', `What drives "${richest.name}" to ${q.targetYear}`, {
    text: [
      `From ${say(a.from.value)} in ${a.from.year} to ${say(a.to.value)} in ${a.to.year}: ${say(a.change)} added.` +
        (covered === undefined ? '' : ` That covers ${pct(covered)} of the ${say(a.target!.required)} the target asks for; ${say(a.target!.uncovered)} is left uncovered.`),
    ],
    tables: [
      {
        columns: [
          { key: 'driver', label: 'Driver' },
          { key: 'amount', label: `Adds by ${q.targetYear}`, kind: 'amount' },
          { key: 'share', label: 'Share of the growth', kind: 'rate', format: (v) => (v === null ? '' : pct(v as Decimal)) },
        ],
        rows,
      },
    ],
    notes: ['Each year rates add up first, then level effects multiply, then caps apply; each driver is credited with its part of that year’s change.'],
    charts: () => [
      waterfallChart(
        {
          start: { label: String(a.from.year), value: a.from.value },
          steps: a.drivers.map((d) => ({ label: d.label, value: d.amount })),
          end: { label: String(a.to.year), value: a.to.value },
          ...(a.target === undefined ? {} : { target: { label: `Target ${a.target.year}`, value: a.target.value } }),
        },
        { title: `From ${a.from.year} to ${a.to.year}: what each driver adds`, currency: q.currency },
      ),
    ],
  });
}

interface MonteCarlo {
  readonly name: string;
  readonly runs: number;
  readonly byTarget: string;
  readonly byEnd: string;
  readonly section: ReportSection;
}

function probabilityText(p: { estimate: number; low: number; high: number; upperBoundOnly: boolean }): string {
  if (p.upperBoundOnly) return `fewer than ${pct(p.high, 2)} (none of the runs)`;
  return `${pct(p.estimate)} (95% interval ${pct(p.low)}–${pct(p.high)})`;
}

function monteCarlo(s: Scenario, runs: number, seed: number | string, q: Question): MonteCarlo {
  const sim = simulate(s, { runs, seed, sampler: 'lhs' });
  const byTarget = sim.probabilityOfTarget(q.targetYear);
  const byEnd = sim.probabilityOfTarget(q.endYear);
  const fan = sim.fan();
  const rows = fan.filter((r) => r.year > q.startYear && r.year <= q.targetYear).map((r) => ({ ...r }));
  const assumptions = Object.entries(sim.settings.uncertain).map(([name, doc]) => `${name}: ${describeDistribution(doc as Record<string, unknown>)}`);
  return {
    name: s.name,
    runs,
    byTarget: probabilityText(byTarget),
    byEnd: probabilityText(byEnd),
    section: section('monteCarlo', `How uncertain: ${runs.toLocaleString('en-US')} simulated paths of "${s.name}"`, {
      text: [
        `Probability of ${say(q.target)} by ${q.targetYear}: ${probabilityText(byTarget)}; by ${q.endYear}: ${probabilityText(byEnd)}.`,
      ],
      tables: [
        {
          title: 'Turnover: percentiles of the simulated paths',
          columns: [
            { key: 'year', label: 'Year', kind: 'year' },
            { key: 'p5', label: '5%', kind: 'amount' },
            { key: 'p25', label: '25%', kind: 'amount' },
            { key: 'p50', label: 'Median', kind: 'amount' },
            { key: 'p75', label: '75%', kind: 'amount' },
            { key: 'p95', label: '95%', kind: 'amount' },
          ],
          rows,
        },
      ],
      notes: [
        `Assumptions (illustrative): ${assumptions.join('; ')}.`,
        `Latin hypercube sample, seed ${String(seed)}; each year's growth also varies with the volatility the scenario gives.`,
      ],
      charts: () => [fanChart({ title: `"${s.name}": 5–95% of simulated paths`, fan, target: { year: q.targetYear, value: q.target }, currency: q.currency, logScale: true })],
    }),
  };
}

function describeDistribution(doc: Record<string, unknown>): string {
  const v = (key: string) => {
    const x = doc[key] as number;
    return Math.abs(x) >= 1000 ? fmt(x) : pct(x, 0);
  };
  switch (doc.type) {
    case 'normal':
      return `normal, mean ${v('mean')}, sd ${v('sd')}`;
    case 'uniform':
      return `uniform ${v('min')} to ${v('max')}`;
    case 'triangular':
      return `triangular ${v('min')} to ${v('max')}, most likely ${v('mode')}`;
    case 'pert':
      return `PERT ${v('min')} to ${v('max')}, most likely ${v('mode')}`;
    case 'lognormal':
      return `lognormal, median ${v('median')}, sigma ${String(doc.sigma)}`;
    default:
      return `${String(doc.type)} ${JSON.stringify(doc)}`;
  }
}

function valueOf(parameter: Parameter, x: number): string {
  if (parameter.kind === 'rate') return pct(x);
  if (parameter.kind === 'amount') return fmt(x);
  return x.toPrecision(4);
}

function sensitivity(q: Question, s: Scenario): ReportSection[] {
  const parameters = new Map(listParameters(s).map((p) => [p.name, p]));
  const t = tornado({ scenario: s, output: { year: q.targetYear } });
  const rows = t.bars.map((b) => {
    const p = parameters.get(b.param)!;
    return { param: b.param, low: valueOf(p, b.low), high: valueOf(p, b.high), outputLow: b.outputLow, outputHigh: b.outputHigh, swing: b.swing };
  });
  const tornadoSection = section('tornado', `Which assumptions matter most for "${s.name}" in ${q.targetYear}`, {
    text: [`Each assumption moved on its own, the others held: the value in ${q.targetYear} is ${say(t.base)} at the scenario's own values.`],
    tables: [
      {
        columns: [
          { key: 'param', label: 'Assumption' },
          { key: 'low', label: 'Low', align: 'right' },
          { key: 'high', label: 'High', align: 'right' },
          { key: 'outputLow', label: `${q.targetYear} at low`, kind: 'amount' },
          { key: 'outputHigh', label: `${q.targetYear} at high`, kind: 'amount' },
          { key: 'swing', label: 'Swing', kind: 'amount' },
        ],
        rows,
      },
    ],
    notes: ['Uncertain assumptions move between their 10th and 90th percentiles; the others ±10% of their value.'],
    charts: () => [
      tornadoChart(t, {
        title: `"${s.name}": value in ${q.targetYear}`,
        currency: q.currency,
        paramFormat: (param, value) => valueOf(parameters.get(param)!, value),
      }),
    ],
  });
  const levers = [...parameters.values()].filter((p) => p.kind === 'rate' && !p.name.endsWith('.volatility') && !p.name.endsWith('.level'));
  const leverRows = levers.map((p) => {
    const r = goalSeek(s, { param: p.name, year: q.targetYear, target: q.target.toNumber() });
    return { lever: p.name, now: valueOf(p, Number(p.value)), needed: r.found ? valueOf(p, r.value) : 'no value reaches it' };
  });
  const leverSection = section('levers', `What it would take: each lever alone, to reach ${say(q.target)} by ${q.targetYear}`, {
    tables: [
      {
        columns: [
          { key: 'lever', label: 'Lever' },
          { key: 'now', label: 'In the scenario', align: 'right' },
          { key: 'needed', label: 'Needed', align: 'right' },
        ],
        rows: leverRows,
      },
    ],
    notes: ['Goal seek on one lever at a time, every other assumption as in the scenario (volatility off).'],
  });
  return [tornadoSection, leverSection];
}
