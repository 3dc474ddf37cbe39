import { amountField, countField, numberField, rateField, signedRateField, textField, volatilityField, yearField } from './fields';

/**
 * zod field builders for users' own driver types (`registerDriver`): amounts and rates parse the way they do
 * everywhere in tradepath (`"$580M"`, `"20%"`) into exact Decimals, years are whole numbers from 1800 to 2300.
 *
 * @example
 * driverFields.rate().parse('20%').toString(); // => '0.2'
 * driverFields.amount().parse('$1.2B').toString(); // => '1200000000'
 */
export const driverFields = Object.freeze({
  /** A growth rate above −100 %. */
  rate: rateField,
  /** Any rate-like number, including ≤ −100 %. */
  signedRate: signedRateField,
  /** A rate ≥ 0. */
  volatility: volatilityField,
  /** A positive amount of money. */
  amount: amountField,
  /** A calendar year. */
  year: yearField,
  /** A whole number from 0 to `max` (default 100). */
  count: countField,
  /** A finite number in [min, max]. */
  number: numberField,
  /** Text up to `max` characters. */
  text: textField,
});
