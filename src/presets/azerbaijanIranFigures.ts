/**
 * Figures the Azerbaijan–Iran presets share, each with its source: the component split of the 2024 baseline and
 * the trade elasticity of the `tradeCost` drivers.
 */

/**
 * The $580M of 2024 split in the shares of the latest official split, Azerbaijan's State Customs Committee for
 * January–October 2021 (imports from Iran $311M, exports to Iran $26.1M): exports 580 × 26.1/337.1 = 44.906…,
 * rounded to $0.1M; imports the rest, so the two add up to $580M exactly.
 */
export const SPLIT = { exports: '$44.9M', imports: '$535.1M' } as const;

/** θ, the trade elasticity: (1 + change)^(−θ) is a trade-cost change's effect on the level of trade. */
export const ELASTICITY = 5;

/** Where θ = 5 comes from, for a driver's `source`. */
export const ELASTICITY_SOURCE = 'θ = 5, near the centre of structural gravity estimates (Head and Mayer 2014; Simonovska and Waugh 2014 find about 4; published estimates run from about 2 to 10)';

/** A fraction as a percentage string rounded to 0.01 points: 0.006361… → `"0.64%"`, 0.3366… → `"33.66%"`. */
export function percent(fraction: number): string {
  const hundredths = Math.round(fraction * 10000);
  // Written from the integer of hundredths, so no binary rounding shows up in the text.
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}%`;
}
