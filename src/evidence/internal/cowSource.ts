import type { TradeSource } from '../types';

/**
 * The source of a file in the Correlates of War dyadic layout, with the citation the COW Project asks for
 * (`data/trade-history/README.md`). `parseTradeCsv` attaches it to COW series unless the caller names another.
 */
export const COW_DYADIC_SOURCE: TradeSource = Object.freeze({
  title: 'Correlates of War Project, Dyadic Trade v4.0',
  citation:
    'Barbieri, Katherine and Omar M. G. Keshk. 2016. Correlates of War Project Trade Data Set Codebook, Version 4.0. ' +
    'Online: https://correlatesofwar.org. Barbieri, Katherine, Omar M. G. Keshk, and Brian Pollins. 2009. ' +
    '"Trading Data: Evaluating our Assumptions and Coding Rules." Conflict Management and Peace Science 26(5): 471–491.',
  url: 'https://correlatesofwar.org',
  note: 'Current (nominal) US dollars; the file gives millions, multiplied by 1e6 here.',
});

/** The source of a UN Comtrade CSV download, unless the caller names another. */
export const COMTRADE_SOURCE: TradeSource = Object.freeze({
  title: 'UN Comtrade (CSV download)',
  url: 'https://comtradeplus.un.org',
  note: 'primaryValue in current US dollars, as reported.',
});
