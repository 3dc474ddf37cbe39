// A stand-in for the main entry once it calls loadHistory: built by test/history/entry.test.ts with the main
// entry's own tsup options, to show that `tradepath/history` stays external there.
export { loadHistory } from '../../../src/internal/loadHistory';
export { requiredCagr } from '../../../src/index';
