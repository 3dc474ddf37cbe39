import { azerbaijanIranAnalysis } from './azerbaijanIranAnalysis';

/**
 * The analysis `analysisReport()` and `evidenceFor()` give with no options (and `tradepath` prints): the reports
 * reach their default through this one name, so that no pair's name or wording lives in src/report/.
 */
export const defaultAnalysis = azerbaijanIranAnalysis;
