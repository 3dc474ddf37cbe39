import type { DriverDocument, ScenarioDocument } from '../scenario/document';
import { AZE_IRN_CALIBRATION as CAL } from './azerbaijanIranCalibration';
import { AZE_IRN_SOURCES as S } from './azerbaijanIranSources';
import { ELASTICITY, ELASTICITY_SOURCE, SPLIT, percent } from './azerbaijanIranFigures';

/**
 * The documents behind `presets.azerbaijanIran`, rebuilt on the evidence (issue #13). Facts: the officials'
 * statements and press reports in `azerbaijanIranSources.ts`, as of {@link AS_OF}; the pair's history: the
 * calibration in `azerbaijanIranCalibration.ts` (written by scripts/calibrate-presets.ts). Every driver carries a
 * `source`, and every effect size the sources do not give an `assumption` that says what it assumes.
 *
 * Accounts: the $580M of 2024 in two components, `exports` (Azerbaijan → Iran) and `imports` (Iran → Azerbaijan),
 * split by the latest official split (Azerbaijan's State Customs Committee, Jan–Oct 2021). Infrastructure and
 * sanctions act on the level of trade through trade costs, phased in (`tradeCost`), not on its growth for ever.
 */

/** The date the facts are as of: the latest report used (Mehr News on the Rasht–Astara railway, 18 Jan 2026). */
export const AS_OF = '2026-01-18';

const ILLUSTRATIVE = 'Illustrative assumption (no source gives the size):';

const common = {
  asOf: AS_OF,
  currency: 'USD',
  basis: 'nominal',
  baseline: { year: 2024, value: '$580M' },
  components: [
    { id: 'exports', label: 'Azerbaijan → Iran (Azerbaijan’s exports)', baseline: { value: SPLIT.exports } },
    { id: 'imports', label: 'Iran → Azerbaijan (Azerbaijan’s imports)', baseline: { value: SPLIT.imports } },
  ],
  horizon: { endYear: 2034 },
  target: { value: '$10B', year: 2029 },
} as const;

/** The sources every preset shares: the baseline (both official statements), the split, and the seed article. */
const baseSources = [S.baseline, S.secondFigure, S.split, S.splitCheck, S.article] as const;

/** "History continues": the drift and year-on-year volatility of the pair's own history (1992–2024). */
const history: DriverDocument = {
  id: 'base',
  type: 'growth',
  label: 'History continues',
  rate: percent(CAL.rate),
  volatility: percent(CAL.volatility),
  source:
    `Calibrated (calibrate, method drift) on Azerbaijan–Iran total trade ${CAL.from}–${CAL.to}: COW dyadic v4.0 1992–2014 ` +
    `and the officials' calendar-year totals of 2018, 2023 and 2024 (${CAL.n} year-on-year changes, ${CAL.swingsOver20} of them ±20% or more); ` +
    'scripts/calibrate-presets.ts',
  note:
    `Fitted drift ${percent(CAL.rate)} a year (95% interval ${percent(CAL.low)} to ${percent(CAL.high)}); the log-linear trend ` +
    `over the same points is ${percent(CAL.trendRate)}. US sanctions (since 2018) are in this history and the 2024 baseline. Rounded to 0.01 points.`,
  assumption: 'That the pair’s average growth and year-to-year swings since 1992 carry on over the horizon.',
};

/** The rate's own uncertainty from the calibration (its standard error). */
const historyUncertainty = { 'base.rate': { type: 'normal', mean: percent(CAL.rate), sd: percent(CAL.rateSd) } } as const;

const momentum: DriverDocument = {
  id: 'base',
  type: 'growth',
  label: 'Momentum (2024 growth)',
  rate: '20%',
  source: `${S.baseline.title}: turnover $580M in 2024, up 20% (2023 about $480M)`,
  assumption: 'That the growth of 2024 carries on every year. Azerbaijan’s Deputy Prime Minister put 2024’s growth at more than 30% (the 20% may be tonnage).',
};

const railway: DriverDocument = {
  id: 'railway',
  type: 'tradeCost',
  label: 'Rasht–Astara railway (INSTC)',
  change: '-2%',
  elasticity: ELASTICITY,
  startYear: 2028,
  fullYear: 2030,
  shape: 's-curve',
  source: `${S.railway.title}: construction from March 2026, operation in under three years (about 2028–2029); elasticity: ${ELASTICITY_SOURCE}`,
  note: 'Mostly transit: it closes the Russia–Iran rail gap of the North–South corridor, and Azerbaijan earns transport services on that traffic, not goods trade with Iran. So only a modest effect on the two-way goods trade.',
  assumption: `${ILLUSTRATIVE} the railway cuts the trade costs of Azerbaijan–Iran goods trade by 2% (×1.106 on the level at θ = 5), phasing in 2028–2030.`,
};

const astarachay: DriverDocument = {
  id: 'astarachay',
  type: 'tradeCost',
  label: 'Astarachay road and rail bridges',
  change: '-1.5%',
  elasticity: ELASTICITY,
  startYear: 2026,
  fullYear: 2027,
  source: `${S.article.title}: new road and rail bridges over the Astarachay River nearing completion; elasticity: ${ELASTICITY_SOURCE}`,
  assumption: `${ILLUSTRATIVE} faster border crossings at Astara cut trade costs by 1.5% (×1.079 on the level at θ = 5), phasing in 2026–2027.`,
};

const arazCorridor: DriverDocument = {
  id: 'araz_corridor',
  type: 'tradeCost',
  label: 'Araz corridor with Agband–Kalala bridge',
  change: '-2%',
  elasticity: ELASTICITY,
  startYear: 2026,
  fullYear: 2029,
  shape: 's-curve',
  source: `${S.araz.title}: the Agband–Kalala bridge is part of the Araz corridor linking mainland Azerbaijan with Nakhchivan through Iran (one project); the bridge was due in 2025 (AzerNEWS); elasticity: ${ELASTICITY_SOURCE}`,
  note: 'One project, counted once: the bridge is the corridor’s crossing over the Araz. Much of its traffic is Azerbaijan’s own goods in transit through Iran, which is not trade between the two.',
  assumption: `${ILLUSTRATIVE} the corridor cuts two-way trade costs by 2% (×1.106 at θ = 5), phasing in 2026–2029; its start is uncertain.`,
};

const snapback: DriverDocument = {
  id: 'snapback',
  type: 'tradeCost',
  label: 'UN sanctions re-imposed (snapback)',
  change: '3%',
  elasticity: ELASTICITY,
  startYear: 2025,
  fullYear: 2026,
  active: { from: 2025 },
  source: `${S.sanctions.title}: UN sanctions re-imposed on 27 September 2025; elasticity: ${ELASTICITY_SOURCE}`,
  note: 'A regime, not a growth rate: active from 2025 (the snapback), with no end announced; give `active.until` or a relief driver to test an end. US sanctions (since 2018) are already in the history and the baseline.',
  assumption: `${ILLUSTRATIVE} payments, insurance and shipping under UN sanctions raise trade costs by 3% (×0.863 on the level at θ = 5), from late 2025 to full effect in 2026.`,
};

const escalation: DriverDocument = {
  id: 'escalation',
  type: 'event',
  label: 'Escalation (war or wider sanctions)',
  year: 2026,
  probability: 0.2,
  size: '-20%',
  source: `${S.sanctions.title}: a 12-day war between Israel and Iran in June 2025 and US strikes; the rial at record lows`,
  assumption: `${ILLUSTRATIVE} a one-in-five chance of a further 20% fall in the level of trade in 2026. Drawn in Monte Carlo; left out of the central path.`,
};

const agriculture: DriverDocument = {
  id: 'agri_exports',
  type: 'ramp',
  label: 'Farm exports (agricultural zones)',
  scope: 'exports',
  level: '40%',
  startYear: 2026,
  fullYear: 2029,
  shape: 's-curve',
  source: `${S.article.title}: joint agricultural zones agreed; Khudaferin and Qiz-Qalasy hydro stations (May 2024, 280 MW) irrigating over 400,000 hectares`,
  note: `Sized on Azerbaijan’s exports to Iran (${SPLIT.exports} in 2024), not on the whole turnover: +40% of them is about $18M a year, 3% of the $580M.`,
  assumption: `${ILLUSTRATIVE} Azerbaijan’s exports to Iran rise 40% above their path as the irrigated zones produce, 2026–2029.`,
};

const gasSwap: DriverDocument = {
  id: 'gas_swap',
  type: 'ramp',
  label: 'Energy: gas swap via Iran',
  scope: 'imports',
  level: '5%',
  startYear: 2026,
  fullYear: 2027,
  source: `${S.energy.title}: the swap (since 2022) moves 1.5–2 bcm a year, delivered to Azerbaijan through Iran`,
  note: 'Caveat: whether swap flows count in "turnover" is not stated. If they do, 2022–2024 volumes are already in the $580M; if not, counting them would change the baseline, not the growth.',
  assumption: `${ILLUSTRATIVE} larger swap volumes recorded as Iran’s deliveries to Azerbaijan lift imports 5% (about $27M a year), 2026–2027.`,
};

const corridorUncertainty = {
  'railway.change': { type: 'uniform', min: '-4%', max: '-0.5%' },
  'astarachay.change': { type: 'uniform', min: '-3%', max: '0%' },
  'araz_corridor.change': { type: 'uniform', min: '-4%', max: '0%' },
} as const;
const sanctionsUncertainty = {
  'snapback.change': { type: 'uniform', min: '1%', max: '6%' },
  'escalation.size': { type: 'uniform', min: '-35%', max: '-5%' },
} as const;
const agricultureUncertainty = {
  'agri_exports.level': { type: 'uniform', min: '10%', max: '80%' },
  'gas_swap.level': { type: 'uniform', min: '0%', max: '10%' },
} as const;

const RANGES =
  'Uncertainty: the base growth’s rate (its standard error) and its year-to-year volatility come from the calibration; ' +
  'the effect sizes have illustrative ranges.';

/** The seven Azerbaijan–Iran scenario documents, by key (DESIGN.md, "Scenarios"). */
export const azerbaijanIranDocuments = {
  statusQuo: {
    ...common,
    name: 'Status quo: history continues',
    description:
      `The pair’s own history carried forward: ${percent(CAL.rate)} a year on average since 1992, with swings of ` +
      `${percent(CAL.volatility)} a year (the ±20–50% year-on-year changes of the record). ${RANGES}`,
    sources: [...baseSources, S.history],
    drivers: [history],
    uncertainty: historyUncertainty,
  },
  momentum: {
    ...common,
    name: 'Momentum: 20% a year',
    description: 'The growth of 2024 (+20%) carried forward unchanged on both components: a named variant, not a forecast.',
    sources: [...baseSources],
    drivers: [momentum],
  },
  targetPath: {
    ...common,
    name: 'Target path: $10B by 2029',
    description: 'The constant growth that reaches $10B in 2029 exactly: about 76.73% a year for five years, on both components.',
    sources: [...baseSources],
    drivers: [
      {
        id: 'base',
        type: 'growth',
        label: 'Required growth',
        // (10000/580)^(1/5) − 1, written as a JSON number: it reaches the target within the 1e-12 tolerance.
        rate: 0.7673167814300419,
        source: 'requiredCagr({ start: $580M, target: $10B, years: 5 })',
        assumption: 'The growth the target requires, not a forecast.',
      },
    ],
  },
  corridorLed: {
    ...common,
    name: 'Corridor-led: railway, bridges and the Araz corridor',
    description:
      'History continues, plus three transport projects as phased cuts in trade costs (level effects, not growth for ever): ' +
      'the Rasht–Astara railway (about 2028–2030; mostly transit, so modest), the Astarachay bridges (2026–2027) and the ' +
      `Araz corridor to Nakhchivan with the Agband–Kalala bridge (one project, 2026–2029). ${RANGES}`,
    sources: [...baseSources, S.history, S.railway, S.araz, S.elasticity],
    drivers: [history, railway, astarachay, arazCorridor],
    uncertainty: { ...historyUncertainty, ...corridorUncertainty },
  },
  sanctionsDrag: {
    ...common,
    name: 'Sanctions drag: the UN snapback',
    description:
      'History continues (US sanctions since 2018 are in it), plus the UN sanctions re-imposed in September 2025 as a ' +
      `rise in trade costs from 2025 to 2026, and a chance of escalation in 2026 (drawn in Monte Carlo only). ${RANGES}`,
    sources: [...baseSources, S.history, S.sanctions, S.elasticity],
    drivers: [history, snapback, escalation],
    uncertainty: { ...historyUncertainty, ...sanctionsUncertainty },
  },
  agricultureEnergy: {
    ...common,
    name: 'Agriculture and energy',
    description:
      'History continues, plus more Azerbaijani farm exports to Iran (scoped to exports, sized on them) and larger gas-swap ' +
      `deliveries through Iran (scoped to imports; whether swaps count as turnover is unclear). ${RANGES}`,
    sources: [...baseSources, S.history, S.energy],
    drivers: [history, agriculture, gasSwap],
    uncertainty: { ...historyUncertainty, ...agricultureUncertainty },
  },
  combined: {
    ...common,
    name: 'Combined: corridors, agriculture and energy, sanctions',
    description:
      'Every effect at once, each project once: the railway, the Astarachay bridges, the Araz corridor (with the Agband–Kalala ' +
      `bridge), the farm exports, the gas swap, the UN snapback and the chance of escalation, on the history’s growth. ${RANGES}`,
    sources: [...baseSources, S.history, S.railway, S.araz, S.sanctions, S.energy, S.elasticity],
    drivers: [history, railway, astarachay, arazCorridor, agriculture, gasSwap, snapback, escalation],
    uncertainty: { ...historyUncertainty, ...corridorUncertainty, ...agricultureUncertainty, ...sanctionsUncertainty },
  },
} as const satisfies Record<string, ScenarioDocument>;
