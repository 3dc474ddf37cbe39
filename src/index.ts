/**
 * tradepath — scenario modelling of trade growth.
 *
 * Exact where it is money (decimal.js), fast where it is statistics (float64).
 * @packageDocumentation
 */

// Amounts and rates: parse what people write, format for people.
export { Decimal } from './money/decimal';
export { parseAmount, type AmountInput } from './money/parseAmount';
export { parseRate, type RateInput } from './money/parseRate';
export { formatAmount, type FormatAmountOptions } from './money/formatAmount';
export { formatRate, type FormatRateOptions } from './money/formatRate';

// Domains under construction re-export through their own barrels (explicit name lists inside each).
export * from './growth/index';
export * from './scenario/index';
export * from './uncertainty/index';
export * from './sensitivity/index';
export * from './report/index';
