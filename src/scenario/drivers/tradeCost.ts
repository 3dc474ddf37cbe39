import { z } from 'zod';
import { D, type Decimal } from '../../money/decimal';
import { RATE_FLOOR } from '../../uncertainty/rateFloor';
import { typedDriver, type ExactFields } from '../driverType';
import { numberField, rateField, yearField } from '../fields';
import { exactPhase, floatPhase, floatPhases } from './phase';

const ONE = new D(1);

/**
 * `tradeCost` — a change in the cost of trading (a railway, a bridge, a border crossing, a tariff) that moves the
 * level of trade, phased in like `ramp`. `change` is the change in trade costs as an ad-valorem equivalent
 * (`"-10%"`: costs fall by a tenth of the goods' value), `elasticity` the trade elasticity θ > 0. Once complete,
 * the level of trade is multiplied by `(1 + change)^(−θ)` (−10 %, θ = 5: × 1.6935); in between, by
 * `1 + φ(y) · ((1 + change)^(−θ) − 1)`, φ the phase-in share of `ramp` from `startYear` to `fullYear` (default:
 * complete in `startYear`).
 *
 * The trade elasticity: structural gravity puts θ at about 4–5 for aggregate trade (Head and Mayer, "Gravity
 * Equations", Handbook of International Economics vol. 4, 2014: median ≈ 5 across estimates of tariff
 * elasticities; Simonovska and Waugh, J. Int. Econ. 2014: ≈ 4), with published estimates from about 2 to 10 —
 * the range to give it in an uncertainty analysis. The cost change is the scenario's assumption, and should say so.
 */
export const tradeCostDriver = typedDriver({
  type: 'tradeCost',
  description: 'A change in trade costs (ad-valorem equivalent) times a trade elasticity, phased in: a level effect',
  fields: {
    change: rateField(),
    elasticity: numberField(0, 50).refine((x) => x > 0, { error: (issue) => `expected a trade elasticity above 0, got ${String(issue.input)}` }),
    startYear: yearField(),
    fullYear: yearField().optional(),
    shape: z.enum(['linear', 's-curve'], { error: 'expected "linear" or "s-curve"' }).default('linear'),
  },
  main: ['change'],
  dependsOnValue: false,
  parameters: { change: 'rate', elasticity: 'number', startYear: 'year', fullYear: 'year' },
  // The level is 1 + w·φ(year) with w = (1 + change)^(−θ) − 1: affine in w, so a run varying only the change costs
  // one power and the slopes' weighting.
  affineThrough: {
    change: {
      to: (d, change) => floatFullEffect(change, d.elasticity) - 1,
      from: (d, w) => Math.expm1(-Math.log1p(w) / d.elasticity),
    },
  },
  limits: { change: [RATE_FLOOR, Infinity], elasticity: [1e-9, 50] },
  check(d, report) {
    if (d.fullYear !== undefined && d.fullYear < d.startYear) {
      report(['fullYear'], `must not be before startYear (${String(d.startYear)}), got ${String(d.fullYear)}`);
    }
  },
  exactLevel(d, year) {
    const phase = exactPhase(d, year);
    if (phase.isZero()) return ONE;
    const full = fullEffect(d);
    return phase.eq(ONE) ? full : ONE.plus(full.minus(ONE).times(phase));
  },
  floatLevel(d, year) {
    const phase = floatPhase(d, year);
    return phase === 0 ? 1 : phasedLevel(phase, floatFullEffect(d.change, d.elasticity));
  },
  floatLevels(d, first, out) {
    const full = floatFullEffect(d.change, d.elasticity);
    floatPhases(d, first, out);
    for (let i = 0; i < out.length; i++) out[i] = phasedLevel(out[i]!, full);
  },
});

/** The level at phase φ of a full effect: 1 + (full − 1)·φ, exactly 1 at φ = 0 and `full` at φ = 1. */
function phasedLevel(phase: number, full: number): number {
  return phase === 0 ? 1 : phase === 1 ? full : 1 + (full - 1) * phase;
}

type TradeCostFields = ExactFields<typeof tradeCostDriver.fields>;

// A run asks for every year with the same change and elasticity (through floatLevel, or once through floatLevels):
// the last value is kept.
let lastChange = Number.NaN;
let lastElasticity = Number.NaN;
let lastFull = 1;

/**
 * (1 + change)^(−elasticity) in float64, as exp(−elasticity · ln(1 + change)) with ln1p: within a few ulps of the
 * exact power (it does not round 1 + change first), and about a quarter of the cost of Math.pow, which was the
 * largest item of a Monte Carlo of the corridor presets.
 */
function floatFullEffect(change: number, elasticity: number): number {
  if (change !== lastChange || elasticity !== lastElasticity) {
    lastFull = Math.exp(-elasticity * Math.log1p(change));
    lastChange = change;
    lastElasticity = elasticity;
  }
  return lastFull;
}

// (1 + change)^(−θ) needs ln and exp at 40 digits: computed once per (frozen) driver.
const fullCache = new WeakMap<TradeCostFields, Decimal>();

/** The level once the change is complete: (1 + change)^(−elasticity), exactly (40 digits). */
function fullEffect(d: TradeCostFields): Decimal {
  let full = fullCache.get(d);
  if (full === undefined) {
    full = ONE.plus(d.change).pow(new D(d.elasticity).neg());
    if (Object.isFrozen(d)) fullCache.set(d, full);
  }
  return full;
}
