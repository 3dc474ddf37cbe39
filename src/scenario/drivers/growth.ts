import { RATE_FLOOR } from '../../uncertainty/rateFloor';
import { typedDriver } from '../driverType';
import { rateField, volatilityField } from '../fields';

/**
 * `growth` — a base growth rate every year, e.g. the 20 % of 2024 carried forward. The optional `volatility` is the
 * standard deviation of each simulated year's rate around `rate` (Monte Carlo only; `project` ignores it).
 */
export const growthDriver = typedDriver({
  type: 'growth',
  description: 'A base growth rate every year, with an optional per-year volatility for Monte Carlo',
  fields: { rate: rateField(), volatility: volatilityField().optional() },
  base: true,
  main: ['rate'],
  dependsOnValue: false,
  parameters: { rate: 'rate', volatility: 'rate' },
  limits: { rate: [RATE_FLOOR, Infinity], volatility: [0, Infinity] },
  affine: ['rate'],
  exactRate: (d) => d.rate,
  floatRate: (d) => d.rate,
});
