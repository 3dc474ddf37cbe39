import type { DriverDocument, ScenarioDocument } from '../scenario/document';

/**
 * The documents behind `presets.azerbaijanIran`. Facts come from the AzerNEWS article on President Pezeshkian's
 * first visit to Baku (2025); every effect size the article does not give carries an `assumption` saying so.
 */

const ARTICLE = 'AzerNEWS, "New chapter begins in Azerbaijani-Iranian relations as Pezeshkian marks his first visit to Baku" (2025)';

const common = {
  currency: 'USD',
  sources: [{ title: ARTICLE, note: 'Trade turnover $580M in 2024 after +20%; political target $10B a year "within five years".' }],
  baseline: { year: 2024, value: '$580M' },
  horizon: { endYear: 2034 },
  target: { value: '$10B', year: 2029 },
} as const;

const ILLUSTRATIVE = 'Illustrative assumption: the source gives no effect size; change it to test your own view.';
const ILLUSTRATIVE_SHORT = 'illustrative assumptions, not from the source';

const base: DriverDocument = {
  id: 'base',
  type: 'growth',
  label: 'Momentum (2024 growth)',
  rate: '20%',
  source: `${ARTICLE}: turnover grew 20% in 2024`,
  assumption: 'That the growth of 2024 carries on every year.',
};

const agbandKalala: DriverDocument = {
  id: 'agband_kalala',
  type: 'ramp',
  label: 'Agband–Kalala bridge',
  startYear: 2025,
  fullYear: 2026,
  level: '4%',
  source: `${ARTICLE}: to be commissioned during the visit (2025)`,
  assumption: `${ILLUSTRATIVE} +4% on the level of trade once the bridge carries full traffic (2026).`,
};

const astarachay: DriverDocument = {
  id: 'astarachay',
  type: 'ramp',
  label: 'Astarachay road and rail bridges',
  startYear: 2026,
  fullYear: 2026,
  level: '3%',
  source: `${ARTICLE}: new road and rail bridges over the Astarachay River nearing completion`,
  assumption: `${ILLUSTRATIVE} +3% on the level from 2026.`,
};

const railway: DriverDocument = {
  id: 'railway',
  type: 'ramp',
  label: 'Rasht–Astara railway (INSTC)',
  startYear: 2026,
  fullYear: 2029,
  rate: '10%',
  shape: 's-curve',
  source: `${ARTICLE}: Rasht–Astara railway slated for completion in 2025, on the North–South Transport Corridor`,
  assumption: `${ILLUSTRATIVE} up to +10 points of growth a year, phasing in along an S-curve from 2026 to 2029.`,
};

const nakhchivan: DriverDocument = {
  id: 'nakhchivan',
  type: 'ramp',
  label: 'Nakhchivan corridor through Iran',
  startYear: 2028,
  fullYear: 2031,
  rate: '5%',
  shape: 's-curve',
  source: `${ARTICLE}: a transport corridor linking mainland Azerbaijan with Nakhchivan through Iran is planned`,
  assumption: `${ILLUSTRATIVE} up to +5 points a year from 2028 to 2031; the start is uncertain.`,
};

const sanctionsShock: DriverDocument = {
  id: 'sanctions',
  type: 'shock',
  label: 'Sanctions tightening',
  year: 2026,
  size: '-15%',
  source: `${ARTICLE}: Iran faces international sanctions`,
  assumption: `${ILLUSTRATIVE} a lasting 15% fall in the level of trade in 2026.`,
};

const sanctionsDrag: DriverDocument = {
  id: 'drag',
  type: 'growth',
  label: 'Sanctions drag on growth',
  rate: '-4%',
  source: `${ARTICLE}: Iran faces international sanctions`,
  assumption: `${ILLUSTRATIVE} four points less growth every year while sanctions last.`,
};

const agriZones: DriverDocument = {
  id: 'agri_zones',
  type: 'ramp',
  label: 'Joint agricultural zones',
  startYear: 2025,
  fullYear: 2028,
  rate: '4%',
  source: `${ARTICLE}: agreements signed for joint agricultural zones and more Azerbaijani agricultural exports to Iran`,
  assumption: `${ILLUSTRATIVE} up to +4 points of growth a year, phasing in linearly from 2025 to 2028.`,
};

const arazHydro: DriverDocument = {
  id: 'araz_hydro',
  type: 'ramp',
  label: 'Khudaferin and Qiz-Qalasy hydro (irrigation)',
  startYear: 2025,
  fullYear: 2027,
  level: '5%',
  source: `${ARTICLE}: commissioned May 2024; 280 MW; irrigating over 400,000 hectares`,
  assumption: `${ILLUSTRATIVE} +5% on the level of trade as irrigated farm output reaches the market (2025–2027).`,
};

const saturation: DriverDocument = {
  id: 'capacity',
  type: 'cap',
  label: 'Border and corridor capacity',
  capacity: '$8B',
  mode: 'logistic',
  assumption: `${ILLUSTRATIVE} growth slows as turnover nears $8B a year, what the crossings might carry.`,
};

/** The six Azerbaijan–Iran scenario documents, by key. */
export const azerbaijanIranDocuments = {
  statusQuo: {
    ...common,
    name: 'Status quo: 20% a year',
    description: 'The growth of 2024 (+20%) carried forward unchanged.',
    drivers: [base],
  },
  targetPath: {
    ...common,
    name: 'Target path: $10B by 2029',
    description: 'The constant growth that reaches $10B in 2029 exactly: about 76.73% a year for five years.',
    drivers: [
      {
        id: 'base',
        type: 'growth',
        label: 'Required growth',
        // (10000/580)^(1/5) − 1, written as a JSON number: it reaches the target within the 1e-12 tolerance.
        rate: 0.7673167814300419,
        assumption: 'The growth the target requires, not a forecast.',
      },
    ],
  },
  corridorLed: {
    ...common,
    name: 'Corridor-led: railway and bridges',
    description:
      'Momentum plus the Rasht–Astara railway, the Agband–Kalala and Astarachay bridges and the Nakhchivan corridor. ' +
      `Uncertainty (${ILLUSTRATIVE_SHORT}): momentum 20% ± 5 points, the railway adds 2–18 points (most likely 10), ` +
      'the Nakhchivan corridor 0–8 points.',
    drivers: [base, railway, agbandKalala, astarachay, nakhchivan],
    uncertainty: {
      'base.rate': { type: 'normal', mean: '20%', sd: '5%' },
      'railway.rate': { type: 'triangular', min: '2%', mode: '10%', max: '18%' },
      'nakhchivan.rate': { type: 'uniform', min: '0%', max: '8%' },
    },
  },
  sanctionsDrag: {
    ...common,
    name: 'Sanctions drag',
    description: 'Momentum held back by sanctions: a fall in 2026 and slower growth throughout.',
    drivers: [base, sanctionsDrag, sanctionsShock],
  },
  agricultureEnergy: {
    ...common,
    name: 'Agriculture and energy',
    description: 'Momentum plus the joint agricultural zones and the irrigation from the Araz hydro stations.',
    drivers: [base, agriZones, arazHydro],
  },
  combined: {
    ...common,
    name: 'Combined: corridors, agriculture, sanctions, capacity',
    description:
      'Every driver at once, with growth slowing as turnover nears the capacity of the crossings. ' +
      `Uncertainty (${ILLUSTRATIVE_SHORT}): momentum 20% ± 5 points with 8 points of year-to-year noise, the railway ` +
      '2–18 points, the agricultural zones 0–6 points, the sanctions drag 0–8 points and their shock 0–30%, capacity ' +
      'around $8B (a factor of 1.35 either way covers two thirds of the cases).',
    drivers: [{ ...base, volatility: '8%' }, railway, agbandKalala, astarachay, nakhchivan, agriZones, arazHydro, sanctionsDrag, sanctionsShock, saturation],
    uncertainty: {
      'base.rate': { type: 'normal', mean: '20%', sd: '5%' },
      'railway.rate': { type: 'triangular', min: '2%', mode: '10%', max: '18%' },
      'agri_zones.rate': { type: 'uniform', min: '0%', max: '6%' },
      'drag.rate': { type: 'uniform', min: '-8%', max: '0%' },
      'sanctions.size': { type: 'uniform', min: '-30%', max: '0%' },
      'capacity.capacity': { type: 'lognormal', median: '$8B', sigma: 0.3 },
    },
  },
} as const satisfies Record<string, ScenarioDocument>;
