import type { TradeSource } from './types';

/**
 * Where the bundled trade history comes from, attached to every panel and series of `tradepath/history`. Its
 * `citation` is what the Correlates of War Project asks users of the data to cite.
 *
 * @example
 * COW_SOURCE.citation.includes('Correlates of War Project'); // => true
 * COW_SOURCE.citation.includes('Barbieri'); // => true
 */
export const COW_SOURCE = Object.freeze({
  title: 'Correlates of War Project, Trade Data Set v4.0: dyadic and national trade, 1870–2014',
  citation:
    'Barbieri, Katherine and Omar M. G. Keshk. 2016. Correlates of War Project Trade Data Set Codebook, Version 4.0. ' +
    'Online: https://correlatesofwar.org. ' +
    'Barbieri, Katherine, Omar M. G. Keshk, and Brian Pollins. 2009. "Trading Data: Evaluating our Assumptions and ' +
    'Coding Rules." Conflict Management and Peace Science 26(5): 471–491.',
  url: 'https://correlatesofwar.org',
  note:
    'Current (nominal) US dollars: COW figures in million USD times 1e6. Dyadic flows are rounded to whole ' +
    'millions (0 means under $0.5M), as converted by the R package peacesciencer (COW -9 codes read as missing; ' +
    'pair-years with every flow missing left out).',
}) satisfies TradeSource;
