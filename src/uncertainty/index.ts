// Public names of src/uncertainty, re-exported by src/index.ts. Owned by the uncertainty work.
// Internal building blocks (bulk fills, streams, special functions, statistics helpers) are importable by path.

// Seeded random numbers.
export { createRng, type Rng, type RngState } from './rng';

// Distributions of uncertain parameters, and their document form for scenario files.
export { normal, type NormalParams } from './distributions/normal';
export { lognormal, type LognormalParams } from './distributions/lognormal';
export { uniform, type UniformParams } from './distributions/uniform';
export { triangular, type TriangularParams } from './distributions/triangular';
export { pert, type PertParams } from './distributions/pert';
export { fromInterval, type FromIntervalParams, type FromIntervalDistribution } from './distributions/fromInterval';
export type { Distribution } from './distributions/distribution';
export {
  distributionFromDocument,
  type DistributionDocument,
  type DistributionDocumentInput,
} from './distributions/document';

// Points in the unit cube: Sobol' low-discrepancy sequence (scrambled or not) and Latin hypercube.
export { sobolPoints, type SobolPointsOptions } from './samplers/sobol';
export { latinHypercube } from './samplers/latinHypercube';
export type { SamplerName } from './samplers/unitSample';

// Rank correlation between uncertain parameters (Iman–Conover).
export { imposeRankCorrelation } from './correlate';

// Statistics of simulated outcomes.
export { wilsonInterval, type ProportionInterval } from './stats/wilsonInterval';

// Monte Carlo simulation of a scenario.
export { simulate, type SimulateOptions } from './simulate';
export { simulateParallel, type SimulateParallelOptions } from './parallel';
export { Simulation, type SimulationSettings, type Probability, type FanRow } from './Simulation';
