/**
 * tradepath — scenario modelling of trade growth.
 *
 * Exact where it is money (decimal.js), fast where it is statistics (float64).
 * @packageDocumentation
 */

// Amounts and rates: parse what people write, format for people.
export { Decimal } from './money/decimal';
export { parseAmount, type AmountInput } from './money/parseAmount';
export { parseRate, type RateInput } from './money/parseRate';
export { formatAmount, type FormatAmountOptions } from './money/formatAmount';
export { formatRate, type FormatRateOptions } from './money/formatRate';

// Cancellation: what long-running calls read of an AbortSignal.
export type { AbortSignalLike } from './internal/abortSignal';

// ==== Growth maths: exact Decimal results, named arguments.

// Shared argument and point shapes.
export type { GrowthPoint, GrowthPointInput, YearsInput } from './growth/arguments';

// Growth rates: between two values, and needed to reach a target.
export { cagr, type CagrArgs } from './growth/cagr';
export { requiredCagr, type RequiredCagrArgs } from './growth/requiredCagr';
export { impliedCagr, type ImpliedCagrMethod, type ImpliedCagrOptions } from './growth/impliedCagr';

// Time: how long a rate takes to reach a target.
export { yearsToTarget, type YearsToTargetArgs } from './growth/yearsToTarget';

// Values: where growth gets to, and the path year by year.
export {
  futureValue,
  type FutureValueArgs,
  type FutureValueRateArgs,
  type FutureValueScheduleArgs,
} from './growth/futureValue';
export { growthPath, type GrowthPathArgs, type GrowthPathRateArgs, type GrowthPathScheduleArgs } from './growth/growthPath';

// Tracking: actual values against the path to a target.
export {
  glidePath,
  type GlidePathActual,
  type GlidePathArgs,
  type GlidePathResult,
  type GlidePathStatus,
} from './growth/glidePath';

// ==== Scenarios: validated documents, pluggable drivers, exact projection, comparison, attribution, presets.

export { defineScenario, isScenario } from './scenario/defineScenario';
export { toDocument } from './scenario/toDocument';
export { ScenarioError, type ScenarioIssue } from './scenario/ScenarioError';
export type { Scenario, ScenarioDocument, Driver, DriverDocument, CustomDriverFields } from './scenario/document';
export type { GrowthDriverDocument, ScheduleDriverDocument, RampDriverDocument, ShockDriverDocument, CapDriverDocument, TradeCostDriverDocument, EventDriverDocument } from './scenario/document';
export type { Component, ComponentDocument, Deflator, DeflatorDocument, PriceBasis } from './scenario/document';
export { registerDriver } from './scenario/registry';
export { driverFields } from './scenario/driverFields';
export type { DriverType, AffineTransform, DriverShape, ParameterKind, ExactFields, FloatFields, DriverCheckContext, ReportIssue } from './scenario/driverType';
export { listParameters, type Parameter } from './scenario/parameters';
export type { Overrides } from './scenario/withOverrides';
export { project, type ProjectOptions } from './scenario/project';
export type { Projection, ProjectionTarget, ProjectedDriver } from './scenario/projection';
export { compare, type ComparisonRow, type CompareOptions } from './scenario/compare';
export { attribution, type Attribution, type AttributionOptions, type DriverAttribution } from './scenario/attribution';
export { withAndWithout, type WithAndWithoutRow, type WithAndWithoutOptions } from './scenario/withAndWithout';
export { deflate } from './scenario/deflate';
export { presets } from './presets/index';
// The embedded analysis as options of analysisReport and evidenceFor: any pair's wording is passed the same way.
export { azerbaijanIranAnalysis, type AnalysisPreset } from './presets/azerbaijanIranAnalysis';
export { scenarioSchema } from './scenario/jsonSchema';

// ==== Uncertainty: seeded generators, distributions, samplers, Monte Carlo (float64).

// Seeded random numbers.
export { createRng, type Rng, type RngState } from './uncertainty/rng';

// Distributions of uncertain parameters, and their document form for scenario files.
export { normal, type NormalParams } from './uncertainty/distributions/normal';
export { lognormal, type LognormalParams } from './uncertainty/distributions/lognormal';
export { uniform, type UniformParams } from './uncertainty/distributions/uniform';
export { triangular, type TriangularParams } from './uncertainty/distributions/triangular';
export { pert, type PertParams } from './uncertainty/distributions/pert';
export { fromInterval, type FromIntervalParams, type FromIntervalDistribution } from './uncertainty/distributions/fromInterval';
export type { Distribution } from './uncertainty/distributions/distribution';
export {
  distributionFromDocument,
  type DistributionDocument,
  type DistributionDocumentInput,
} from './uncertainty/distributions/document';

// Points in the unit cube: Sobol' low-discrepancy sequence (scrambled or not) and Latin hypercube.
export { sobolPoints, type SobolPointsOptions } from './uncertainty/samplers/sobol';
export { latinHypercube } from './uncertainty/samplers/latinHypercube';
export type { SamplerName } from './uncertainty/samplers/unitSample';

// Rank correlation between uncertain parameters (Iman–Conover).
export { imposeRankCorrelation } from './uncertainty/correlate';

// Statistics of simulated outcomes.
export { wilsonInterval, type ProportionInterval } from './uncertainty/stats/wilsonInterval';

// Monte Carlo simulation of a scenario.
export { simulate, type SimulateOptions } from './simulation/simulate';
export { simulateParallel, type SimulateParallelOptions } from './simulation/parallel';
export { Simulation, type SimulationSettings, type Probability, type FanRow } from './simulation/Simulation';

// ==== Sensitivity and targets: one-at-a-time, global indices, goal seek, scenario discovery.

// Problems: a user's own model, and the arrays every problem resolves to.
export type { ModelProblem, ParamSpec, ResolvedProblem } from './sensitivity/resolveParams';
export type { LongRunOptions } from './sensitivity/internal/runBatches';

// One-at-a-time: tornado bars, spider lines and two-way tables.
// The bar type is TornadoResult['bars'][number]; the name TornadoBar belongs to the report's chart input.
export { tornado, type TornadoOptions, type TornadoResult } from './sensitivity/tornado';
export { spider, type SpiderOptions, type SpiderResult, type SpiderLine } from './sensitivity/spider';
export { grid, type GridOptions, type GridResult } from './sensitivity/grid';

// Global: Morris screening and Sobol' variance decomposition.
export { morris, type MorrisOptions, type MorrisResult, type MorrisIndex } from './sensitivity/morris';
export { sobol, type SobolOptions, type SobolResult, type SobolInterval } from './sensitivity/sobol';

// Targets: the parameter value that reaches a target.
export { goalSeek, type GoalSeekOptions, type GoalSeekResult } from './sensitivity/goalSeek';
export type { ScenarioProblem, ScenarioOutput, Problem } from './sensitivity/scenarioProblem';
export { probabilisticGoalSeek, type ProbabilisticGoalSeekOptions, type ProbabilisticGoalSeekResult } from './sensitivity/probabilisticGoalSeek';

// Scenario discovery: which combinations of assumptions reach the target (PRIM), and whether its growth is plausible.
export {
  prim,
  type PrimData,
  type PrimOptions,
  type PrimResult,
  type PrimBoxResult,
  type PrimRestriction,
  type PrimFeature,
} from './sensitivity/prim';
export { discover, type DiscoverOptions, type DiscoverResult } from './sensitivity/discover';
// Its summary ("what would have to be true") is rendered by the report layer.
export { discoverySummary, type DiscoverySummaryOptions } from './report/discoverySummary';
export {
  plausibility,
  type PlausibilityArgs,
  type PlausibilityResult,
  type PlausibilityComparison,
  type GrowthEpisode,
} from './sensitivity/plausibility';

// ==== Evidence: what has happened before — a pair's own history, growth fitted to it, the outside view,
// earlier targets and the scale of a target.

// Trade series: validated like scenario documents, read from long, UN Comtrade or Correlates of War CSV text.
export type {
  TradeFlow,
  TradePoint,
  TradeSeries,
  TradeSource,
  FitMethod,
  GrowthFit,
  BacktestForecast,
  BacktestResult,
  OutsideViewExample,
  OutsideViewResult,
  RateEstimate,
} from './evidence/types';
export { tradeSeries, type TradeSeriesInput, type TradePointInput } from './evidence/tradeSeries';
export { parseTradeCsv, type ParseTradeCsvOptions, type TradeCsvLayout } from './evidence/parseTradeCsv';

// Growth fitted to history (log-linear with Newey–West errors, or a random walk with drift), the "history
// continues" scenario it calibrates, and how well such forecasts did out of sample.
export { fitGrowth, type FitGrowthOptions } from './evidence/fitGrowth';
export { calibrate, type CalibrateOptions } from './evidence/calibrate';
export { backtest, type BacktestOptions } from './evidence/backtest';

// The outside view, earlier targets and the scale check (async: with no panel given they load the bundled
// Correlates of War data lazily, through `tradepath/history`).
// The shapes of the bundled trade history that evidence functions take as `panel` (entry `tradepath/history`).
export type { CountryRecord, DyadicPanel, NationalPanel, ReportedStatement } from './evidence/panelTypes';
export { outsideView, type OutsideViewArgs } from './evidence/outsideView';
export { scaleCheck, type ScaleCheckArgs, type ScaleCheckResult } from './evidence/scaleCheck';
export {
  targetsRecord,
  type TargetRecordEntry,
  type TargetsRecordOptions,
  type TradeFigure,
} from './evidence/targetsRecord';

// ==== Reports: tables, SVG charts, the analysis report and the HTML file.

// Tables: one model, written as Markdown, plain text, CSV; any result as JSON.
export type { ColumnKind, Table, TableColumn } from './report/table';
export { toMarkdown } from './report/markdown';
export { toText } from './report/text';
export { toCsv, type ToCsvOptions } from './report/csv';
export { toJson, type ToJsonOptions } from './report/json';

// SVG charts: pure functions of plain data that return an `<svg>` string, ready to inline in HTML.
export type { ChartOptions, ValueFormat } from './report/svg/chartOptions';
export { pathsChart, type PathSeries, type PathsChartOptions } from './report/svg/pathsChart';
export { fanChart, type FanChartOptions, type FanPoint } from './report/svg/fanChart';
export { tornadoChart, type TornadoBar, type TornadoChartOptions, type TornadoData } from './report/svg/tornadoChart';
export { heatmap, type HeatmapAxis, type HeatmapData, type HeatmapOptions } from './report/svg/heatmap';
export { waterfallChart, type WaterfallData, type WaterfallItem, type WaterfallOptions } from './report/svg/waterfallChart';
export { tradeoffChart, type TradeoffData } from './report/svg/tradeoffChart';
export { boxScatterChart, type BoxScatterData, type ScatterAxis } from './report/svg/boxScatterChart';
export { evidenceChart, type EvidenceChartData, type EvidenceChartOptions, type EvidencePoint } from './report/svg/evidenceChart';
export { multiplesChart, type MultiplesChartData, type MultiplesChartOptions } from './report/svg/multiplesChart';
// Every case's multiple under outsideView's rule, the data of multiplesChart (belongs with the evidence group).
export { caseMultiples, type CaseMultiplesOptions } from './evidence/caseMultiples';

// The analysis of a target across scenarios, written as text, Markdown or one self-contained HTML file.
export { analysisReport, type AnalysisOptions } from './report/analysis/analysisReport';
// The evidence the analysis opens with, gathered once (async: it loads the bundled trade history).
export { evidenceFor, type EvidenceForOptions } from './report/analysis/evidenceFor';
export type { Evidence, EvidenceScale, EvidenceStatement } from './report/analysis/evidence';
export type { Report, ReportSection } from './report/analysis/report';
export { renderText } from './report/analysis/renderText';
export { renderMarkdown } from './report/analysis/renderMarkdown';
export { htmlReport } from './report/analysis/htmlReport';
