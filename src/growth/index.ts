// Public names of src/growth, re-exported by src/index.ts: exact compound-growth maths on Decimals.

// Shared argument and point shapes.
export type { GrowthPoint, GrowthPointInput, YearsInput } from './arguments';

// Growth rates: between two values, and needed to reach a target.
export { cagr, type CagrArgs } from './cagr';
export { requiredCagr, type RequiredCagrArgs } from './requiredCagr';
export { impliedCagr, type ImpliedCagrMethod, type ImpliedCagrOptions } from './impliedCagr';

// Time: how long a rate takes to reach a target.
export { yearsToTarget, type YearsToTargetArgs } from './yearsToTarget';

// Values: where growth gets to, and the path year by year.
export {
  futureValue,
  type FutureValueArgs,
  type FutureValueRateArgs,
  type FutureValueScheduleArgs,
} from './futureValue';
export { growthPath, type GrowthPathArgs, type GrowthPathRateArgs, type GrowthPathScheduleArgs } from './growthPath';

// Tracking: actual values against the path to a target.
export {
  glidePath,
  type GlidePathActual,
  type GlidePathArgs,
  type GlidePathResult,
  type GlidePathStatus,
} from './glidePath';
