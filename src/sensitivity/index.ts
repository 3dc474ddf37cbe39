// Public names of src/sensitivity, re-exported by src/index.ts. Owned by the sensitivity work.

// Problems: a user's own model, and the hook through which scenarios become problems.
export {
  registerProblemResolver,
  type ModelProblem,
  type ParamSpec,
  type ResolvedProblem,
} from './problem';
export type { LongRunOptions } from './internal/runBatches';

// One-at-a-time: tornado bars, spider lines and two-way tables.
// The bar type is TornadoResult['bars'][number]; the name TornadoBar belongs to the report's chart input.
export { tornado, type TornadoOptions, type TornadoResult } from './tornado';
export { spider, type SpiderOptions, type SpiderResult, type SpiderLine } from './spider';
export { grid, type GridOptions, type GridResult } from './grid';

// Global: Morris screening and Sobol' variance decomposition.
export { morris, type MorrisOptions, type MorrisResult, type MorrisIndex } from './morris';
export { sobol, type SobolOptions, type SobolResult, type SobolInterval } from './sobol';

// Targets: the parameter value that reaches a target.
export { goalSeek, type GoalSeekOptions, type GoalSeekResult } from './goalSeek';
export type { ScenarioProblem, ScenarioOutput, Problem } from './scenarioProblem';
export { probabilisticGoalSeek, type ProbabilisticGoalSeekOptions, type ProbabilisticGoalSeekResult } from './probabilisticGoalSeek';

// Scenario discovery: which combinations of assumptions reach the target (PRIM), and whether its growth is plausible.
export {
  prim,
  type PrimData,
  type PrimOptions,
  type PrimResult,
  type PrimBoxResult,
  type PrimRestriction,
  type PrimFeature,
} from './prim';
export {
  discover,
  discoverySummary,
  type DiscoverOptions,
  type DiscoverResult,
  type DiscoverySummaryOptions,
} from './discover';
export {
  plausibility,
  type PlausibilityArgs,
  type PlausibilityResult,
  type PlausibilityComparison,
  type GrowthEpisode,
} from './plausibility';
