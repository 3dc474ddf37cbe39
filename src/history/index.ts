/**
 * tradepath/history — the bundled Correlates of War trade history (dyadic and national, 1870–2014), the country
 * codes, and the Azerbaijan–Iran statements and targets record. Imported lazily by the main entry (through
 * `import('tradepath/history')`), so `import 'tradepath'` never loads these data. No `node:` module, no file
 * system and no network: it decodes in Node ≥ 18 and in a browser bundle alike.
 *
 * Cite the data as {@link COW_SOURCE}`.citation` gives.
 * @packageDocumentation
 */

// Where the data come from: attached to every panel and series below.
export { COW_SOURCE } from './cowSource';

// The panels in columns, decoded once and cached.
export { loadDyadicPanel } from './loadDyadicPanel';
export { loadNationalPanel } from './loadNationalPanel';

// Countries: the COW list with ISO codes, and lookup by ISO3, COW code or name.
export { countries } from './countries';
export { findCountry } from './findCountry';

// Series for one pair or one country, in USD, with gaps listed.
export { bilateral, type BilateralTrade } from './bilateral';
export { national, type NationalTrade } from './national';

// After 2014: officials' statements, and the record of earlier targets.
export { reportedStatements } from './reportedStatements';
export { targetRows } from './targetRows';

export type { CountryRecord, DyadicPanel, NationalPanel, ReportedStatement, TargetRow, TradeSource } from './types';
export type { TradeSeries, TradePoint, TradeFlow } from '../evidence/types';
