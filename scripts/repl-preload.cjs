// Preloaded by `npm run repl` (ts-node -r): the built library as `tp`, and the names used most as globals.
'use strict';
const path = require('node:path');

const entry = path.join(__dirname, '..', 'dist', 'index.cjs');
let tp;
try {
  tp = require(entry);
} catch (error) {
  throw new Error(`repl-preload: could not load ${entry}; run \`npm run build\` first (npm run repl does)`, { cause: error });
}

/** The names an analysis reaches for first; everything else is `tp.<name>`. */
const GLOBALS = [
  'requiredCagr', 'futureValue', 'yearsToTarget', 'growthPath', 'cagr',
  'parseAmount', 'parseRate', 'formatAmount', 'formatRate', 'Decimal',
  'presets', 'defineScenario', 'project', 'compare', 'attribution', 'listParameters',
  'simulate', 'normal', 'lognormal', 'uniform', 'triangular', 'pert', 'fromInterval',
  'tornado', 'morris', 'sobol', 'goalSeek',
  'toText', 'toMarkdown', 'analysisReport', 'renderText',
];

globalThis.tp = tp;
for (const name of GLOBALS) {
  if (!(name in tp)) throw new Error(`repl-preload: tradepath has no export "${name}"`);
  globalThis[name] = tp[name];
}

module.exports = { GLOBALS };
