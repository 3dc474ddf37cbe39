import type { ReportedStatement } from '../evidence/panelTypes';
import { loadHistory } from '../internal/loadHistory';
import type { RateInput } from '../money/parseRate';
import type { Scenario } from '../scenario/document';
import { presets } from './index';

/**
 * What an analysis preset gives `analysisReport` (`report`) and `evidenceFor` (`evidence`): the scenarios and the
 * wording of one pair's question. Every field is optional in those functions; a preset fills them for its pair.
 */
export interface AnalysisPreset {
  readonly report: {
    readonly scenarios: Readonly<Record<string, Scenario>>;
    readonly title: string;
    readonly context: readonly string[];
    readonly benchmarks: readonly string[];
    readonly recentGrowth: RateInput;
    readonly monteCarlo: { readonly scenario: string };
    readonly sensitivity: { readonly scenario: string };
  };
  readonly evidence: {
    readonly a: string;
    readonly b: string;
    readonly start: number;
    readonly startYear: number;
    readonly startSource: string;
    readonly target: number;
    readonly targetYear: number;
    readonly importer: string;
    /** Statements of the pair's trade after the recorded series ends; loaded on demand (the bundled data is lazy). */
    readonly statements: () => Promise<readonly ReportedStatement[]>;
  };
}

/**
 * The embedded Azerbaijan–Iran analysis, as options: `report` for `analysisReport` (the seven presets, the title, the
 * context lines, `targetPath` as a yardstick, the Monte Carlo on `combined` and the sensitivity on `corridorLed`, the
 * 20% growth of 2024) and `evidence` for `evidenceFor` (the pair, $580M in 2024 → $10B in 2029, Azerbaijan as the
 * importer, the officials' statements after 2014). `analysisReport()` and `evidenceFor()` with no options use it.
 * Sources of the figures: the officials' statements the presets cite (`sources` of each preset document).
 *
 * @example
 * azerbaijanIranAnalysis.report.title; // => 'Azerbaijan–Iran trade: can $580M become $10B by 2029?'
 * [azerbaijanIranAnalysis.evidence.a, azerbaijanIranAnalysis.evidence.b]; // => ['AZE', 'IRN']
 * analysisReport({ ...azerbaijanIranAnalysis.report, monteCarlo: false, sensitivity: false }).title; // => 'Azerbaijan–Iran trade: can $580M become $10B by 2029?'
 */
export const azerbaijanIranAnalysis: AnalysisPreset = Object.freeze({
  report: Object.freeze({
    scenarios: presets.azerbaijanIran,
    title: 'Azerbaijan–Iran trade: can $580M become $10B by 2029?',
    context: Object.freeze([
      'Turnover was $580M in 2024, up 20% on the year (Iran\'s Ministry of Roads, repeated by AzerNEWS, 2025; Azerbaijan\'s',
      'Deputy Prime Minister said "more than 30%"). About 92% of it is Azerbaijan\'s imports from Iran (State Customs',
      'Committee, Jan–Oct 2021: $311M against $26.1M of exports). The political target is $10B a year "within five',
      'years": 2029 here, five annual steps from 2024 (2030 if the five years count from 2025).',
    ]),
    // A path built from the required growth: a yardstick, not a forecast.
    benchmarks: Object.freeze(['targetPath']),
    // The growth of 2024 (Iran's Ministry of Roads via AzerNEWS, 2025), as the momentum preset carries it forward.
    recentGrowth: '20%',
    // The scenario with every effect (and the most uncertain parameters), and the one with the transport projects.
    monteCarlo: Object.freeze({ scenario: 'combined' }),
    sensitivity: Object.freeze({ scenario: 'corridorLed' }),
  }),
  evidence: Object.freeze({
    a: 'AZE',
    b: 'IRN',
    // AzerNEWS (2025): turnover $580M in 2024; the target $10B a year within five years (2029: five annual steps).
    start: 580e6,
    startYear: 2024,
    startSource: 'AzerNEWS, 2025',
    target: 10e9,
    targetYear: 2029,
    // Azerbaijan would import most of it: $10B is 72% of its imports in 2014 and 12% of Iran's exports (COW).
    importer: 'AZE',
    statements: async () => (await loadHistory()).reportedStatements(),
  }),
});
