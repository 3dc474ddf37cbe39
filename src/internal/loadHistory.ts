/**
 * PLACEHOLDER until branch `history` lands: at merge, take that branch's version of this file. It loads the
 * bundled data through `import('tradepath/history')`; until then it refuses, so that code built on it can be
 * tested with panels given by the caller.
 */
import type { CountryRecord, DyadicPanel, NationalPanel } from '../history/types';

/** What the evidence layer uses of `tradepath/history`. */
export interface HistoryModule {
  loadDyadicPanel(): Promise<DyadicPanel>;
  loadNationalPanel(): Promise<NationalPanel>;
  findCountry(query: string | number): CountryRecord | undefined;
  countries(): readonly CountryRecord[];
}

export async function loadHistory(): Promise<HistoryModule> {
  throw new Error('loadHistory: the bundled history is not built on this branch yet');
}
