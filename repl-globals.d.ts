// Types of the globals that scripts/repl-preload.cjs defines, for the ts-node REPL only (tsconfig.repl.json lists this
// file). The root tsconfig does not include it, so library and test code cannot lean on these globals by mistake.
import type * as tradepath from 'tradepath';

declare global {
  const tp: typeof tradepath;
  const requiredCagr: typeof tradepath.requiredCagr;
  const futureValue: typeof tradepath.futureValue;
  const yearsToTarget: typeof tradepath.yearsToTarget;
  const growthPath: typeof tradepath.growthPath;
  const cagr: typeof tradepath.cagr;
  const parseAmount: typeof tradepath.parseAmount;
  const parseRate: typeof tradepath.parseRate;
  const formatAmount: typeof tradepath.formatAmount;
  const formatRate: typeof tradepath.formatRate;
  const Decimal: typeof tradepath.Decimal;
  const presets: typeof tradepath.presets;
  const defineScenario: typeof tradepath.defineScenario;
  const project: typeof tradepath.project;
  const compare: typeof tradepath.compare;
  const attribution: typeof tradepath.attribution;
  const listParameters: typeof tradepath.listParameters;
  const simulate: typeof tradepath.simulate;
  const normal: typeof tradepath.normal;
  const lognormal: typeof tradepath.lognormal;
  const uniform: typeof tradepath.uniform;
  const triangular: typeof tradepath.triangular;
  const pert: typeof tradepath.pert;
  const fromInterval: typeof tradepath.fromInterval;
  const tornado: typeof tradepath.tornado;
  const morris: typeof tradepath.morris;
  const sobol: typeof tradepath.sobol;
  const goalSeek: typeof tradepath.goalSeek;
  const toText: typeof tradepath.toText;
  const toMarkdown: typeof tradepath.toMarkdown;
  const analysisReport: typeof tradepath.analysisReport;
  const renderText: typeof tradepath.renderText;
}

export {};
