/**
 * The Azerbaijan–Iran analysis, the embedded default: the report `tradepath` prints with no arguments.
 *
 *   npm run demo
 *
 * Facts from the AzerNEWS article on President Pezeshkian's first visit to Baku (2025): trade turnover of $580M in
 * 2024 after +20% growth, and a political target of $10B a year "within five years" (2029 here). Effect sizes of
 * railways, bridges and sanctions are illustrative assumptions, labelled as such in the presets.
 */
import { analysisReport, renderText } from 'tradepath';

process.stdout.write(renderText(analysisReport()));
// Output:
// Azerbaijan–Iran trade: can $580M become $10B by 2029?
// =====================================================
//
// In short
// --------
// Turnover was $580M in 2024, up 20% on the year (AzerNEWS, 2025). The political target is $10B a year
// "within five years": 2029 here, five annual steps from 2024 (2030 if the five years count from 2025).
//
// Reaching $10B by 2029 takes 76.73% growth a year for 5 years: 3.8 times the 20% of 2024.
// None of the 5 scenarios reaches it by 2029; the highest, "Corridor-led: railway and bridges", gets to $1.93B (19% of the target).
// Under the uncertainty stated for "Combined: corridors, agriculture, sanctions, capacity", fewer than 0.02% (none of the runs) of 20,000 simulated paths reach it by 2029, and 0.1% (95% interval 0.0%–0.1%) by 2034.
//
// Growth needed to reach $10B from $580M (2024)
// ---------------------------------------------
//   By  Years  Growth a year  × the 20% pace  Note
// ----  -----  -------------  --------------  ---------------
// 2028      4        103.77%            5.2×
// 2029      5         76.73%            3.8×  the target year
// 2030      6         60.73%            3.0×  a year later
// 2034     10         32.94%            1.6×
//
// "× the 20% pace": the growth needed over the growth of 2024.
//
// At the 2024 pace: 20% a year
// ----------------------------
// By 2029 turnover reaches $1.44B, 14.4% of the $10B target (a gap of $8.56B).
//
// Year  Turnover  Added  Of target
// ----  --------  -----  ---------
// 2024     $580M              5.8%
// 2025     $696M  $116M       7.0%
// 2026     $835M  $139M       8.4%
// 2027    $1.00B  $167M      10.0%
// 2028    $1.20B  $200M      12.0%
// 2029    $1.44B  $241M      14.4%
//
// Years to $10B at a constant rate
// --------------------------------
// Growth a year  Years  First year ≥ $10B
// -------------  -----  -----------------
//           20%   15.6               2040
//           30%   10.9               2035
//           50%    7.0               2032
//
// First year ≥ $10B: 2024 plus the years rounded up, the first year whose turnover reaches it.
//
// Implied 2023 turnover
// ---------------------
// $580M in 2024 after +20% implies $483.3M in 2023 ($580M / 1.2).
//
// The scenarios side by side
// --------------------------
// Scenario                                               In 2029  Growth a year to 2029  Reaches $10B  Gap in 2029  In 2034
// -----------------------------------------------------  -------  ---------------------  ------------  -----------  -------
// Status quo: 20% a year                                  $1.44B                  20.0%   not by 2034       $8.56B   $3.59B
// Target path: $10B by 2029                               $10.0B                  76.7%          2029           $0    $172B
// Corridor-led: railway and bridges                       $1.93B                  27.2%   not by 2034       $8.07B   $8.64B
// Sanctions drag                                          $1.04B                  12.3%   not by 2034       $8.96B   $2.17B
// Agriculture and energy                                  $1.70B                  24.0%   not by 2034       $8.30B   $4.98B
// Combined: corridors, agriculture, sanctions, capacity   $1.48B                  20.6%   not by 2034       $8.52B   $4.35B
//
// Effect sizes the source does not give are illustrative assumptions, labelled as such in each scenario.
//
// What drives "Combined: corridors, agriculture, sanctions, capacity" to 2029
// ---------------------------------------------------------------------------
// From $580M in 2024 to $1.48B in 2029: $902M added. That covers 9.6% of the $9.42B the target asks for; $8.52B is left uncovered.
//
// Driver                                        Adds by 2029  Share of the growth
// --------------------------------------------  ------------  -------------------
// Momentum (2024 growth)                               $819M                90.8%
// Rasht–Astara railway (INSTC)                         $244M                27.0%
// Agband–Kalala bridge                                $29.7M                 3.3%
// Astarachay road and rail bridges                    $25.2M                 2.8%
// Nakhchivan corridor through Iran                    $32.2M                 3.6%
// Joint agricultural zones                             $125M                13.9%
// Khudaferin and Qiz-Qalasy hydro (irrigation)        $40.6M                 4.5%
// Sanctions drag on growth                            -$164M               -18.2%
// Sanctions tightening                                -$132M               -14.6%
// Border and corridor capacity                        -$118M               -13.0%
//
// Each year rates add up first, then level effects multiply, then caps apply; each driver is credited with its part of that year’s change.
//
// How uncertain: 20,000 simulated paths of "Combined: corridors, agriculture, sanctions, capacity"
// ------------------------------------------------------------------------------------------------
// Probability of $10B by 2029: fewer than 0.02% (none of the runs); by 2034: 0.1% (95% interval 0.0%–0.1%).
//
// Turnover: percentiles of the simulated paths
// Year     5%     25%  Median     75%     95%
// ----  -----  ------  ------  ------  ------
// 2025  $604M   $657M   $693M   $730M   $784M
// 2026  $555M   $655M   $732M   $815M   $942M
// 2027  $639M   $785M   $899M  $1.02B  $1.22B
// 2028  $753M   $959M  $1.12B  $1.30B  $1.60B
// 2029  $900M  $1.18B  $1.42B  $1.69B  $2.13B
//
// Assumptions (illustrative): base.rate: normal, mean 20%, sd 5%; railway.rate: triangular 2% to 18%, most likely 10%; agri_zones.rate: uniform 0% to 6%; drag.rate: uniform -8% to 0%; sanctions.size: uniform -30% to 0%; capacity.capacity: lognormal, median $8.00B, sigma 0.3.
// Latin hypercube sample, seed 2024; each year's growth also varies with the volatility the scenario gives.
//
// Which assumptions matter most for "Corridor-led: railway and bridges" in 2029
// -----------------------------------------------------------------------------
// Each assumption moved on its own, the others held: the value in 2029 is $1.93B at the scenario's own values.
//
// Assumption         Low   High  2029 at low  2029 at high   Swing
// ---------------  -----  -----  -----------  ------------  ------
// base.rate        13.6%  26.4%       $1.49B        $2.48B   $993M
// railway.rate      5.6%  14.4%       $1.77B        $2.10B   $330M
// nakhchivan.rate   0.8%   7.2%       $1.90B        $1.95B  $53.3M
//
// Uncertain assumptions move between their 10th and 90th percentiles; the others ±10% of their value.
//
// What it would take: each lever alone, to reach $10B by 2029
// -----------------------------------------------------------
// Lever            In the scenario  Needed
// ---------------  ---------------  ------
// base.rate                  20.0%   68.8%
// railway.rate               10.0%  122.7%
// nakhchivan.rate             5.0%  726.5%
//
// Goal seek on one lever at a time, every other assumption as in the scenario (volatility off).
