// Public names of src/scenario, re-exported by src/index.ts.
export { defineScenario, isScenario } from './defineScenario';
export { toDocument } from './toDocument';
export { ScenarioError, type ScenarioIssue } from './ScenarioError';
export type { Scenario, ScenarioDocument, Driver, DriverDocument } from './document';
export { registerDriver } from './registry';
export { driverFields } from './driverFields';
export type { DriverType, ParameterKind, ExactFields, FloatFields, DriverCheckContext, ReportIssue } from './driverType';
export { listParameters, type Parameter } from './parameters';
export type { Overrides } from './withOverrides';
export { project, type ProjectOptions } from './project';
export type { Projection, ProjectionTarget } from './projection';
export { compare, type ComparisonRow, type CompareOptions } from './compare';
export { attribution, type Attribution, type DriverAttribution } from './attribution';
export { presets } from './presets/index';
export { scenarioSchema } from './jsonSchema';
