/**
 * The Azerbaijan–Iran analysis, the embedded default: the report `tradepath` prints with no arguments.
 *
 *   npm run demo
 *
 * Facts from the AzerNEWS article on President Pezeshkian's first visit to Baku (2025): trade turnover of $580M in
 * 2024 after +20% growth, and a political target of $10B a year "within five years" (2029 here). Effect sizes of
 * railways, bridges and sanctions are illustrative assumptions, labelled as such in the presets.
 *
 * The report opens with the evidence, before any scenario: the pair's recorded trade (Correlates of War Trade v4.0,
 * 1992–2014, bundled), the trend fitted to it, how often pairs of that size grew 17.24-fold in five years, what
 * became of earlier targets, and the target against each country's total trade.
 */
import { analysisReport, evidenceFor, renderText } from 'tradepath';

const evidence = await evidenceFor();
process.stdout.write(renderText(analysisReport({ evidence })));
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
// The record (Correlates of War Project, 1992–2014): a high of $459M (1994), a fitted trend of 1.8% a year. Of 22,092 cases of pairs trading $290M–$1.16B, 9 grew ×17.24 or more in 5 years (0.04%).
// None of the 5 scenarios reaches it by 2029; the highest, "Corridor-led: railway and bridges", gets to $1.93B (19% of the target).
// Under the uncertainty stated for "Combined: corridors, agriculture, sanctions, capacity", none (below 0.02%) of 20,000 simulated paths reach it by 2029, and 0.07% (95% interval 0.042%–0.1%) by 2034.
//
// What Azerbaijan–Iran trade has done
// -----------------------------------
// Azerbaijan–Iran trade as recorded for 1992–2014: $259M in 1992, a high of $459M (1994), a low of $70M (1999), $248M in 2014.
// 2024: $580M (AzerNEWS, 2025). The target, $10B by 2029, is 17.24 times that, and 21.8 times the highest total on record.
//
// Azerbaijan–Iran trade by year, USD (Correlates of War)
// Year  Azerbaijan exports to Iran  Azerbaijan imports from Iran   Total
// ----  --------------------------  ----------------------------  ------
// 1992                       $203M                        $56.0M   $259M
// 1993                       $239M                        $48.0M   $287M
// 1994                       $392M                        $67.0M   $459M
// 1995                       $212M                        $80.0M   $292M
// 1996                       $258M                        $66.0M   $324M
// 1997                       $122M                        $49.0M   $171M
// 1998                      $44.0M                        $43.0M  $87.0M
// 1999                      $23.0M                        $47.0M  $70.0M
// 2000                      $24.0M                        $57.0M  $81.0M
// 2001                      $20.0M                        $55.0M  $75.0M
// 2002                      $21.0M                        $58.0M  $79.0M
// 2003                      $78.0M                        $51.0M   $129M
// 2004                       $135M                        $45.0M   $180M
// 2005                       $137M                        $76.0M   $213M
// 2006                       $219M                        $86.0M   $305M
// 2007                       $344M                         $105M   $449M
// 2008                       $302M                        $97.0M   $399M
// 2009                       $164M                        $79.0M   $243M
// 2010                       $128M                         $118M   $246M
// 2011                       $159M                         $160M   $319M
// 2012                      $96.0M                         $176M   $272M
// 2013                      $81.0M                         $208M   $289M
// 2014                      $59.0M                         $189M   $248M
//
// After 2014: figures officials stated (coverage and calendars differ: not one series)
// Period                  Stated  What                                                                                     Reported by
// ----------------------  ------  ---------------------------------------------------------------------------------------  ---------------------------------------------------------------------------------------
// 2018                     $400M  bilateral trade turnover, about                                                          Azerbaijani press, official statement
// 2020-03-20..2021-02-18   $364M  turnover over the first 11 months of Iranian year 1399 (Iran exports 343, imports 21.4)  Trade Promotion Organization of Iran, via Trend
// 2021-01..2021-10         $337M  Azerbaijan's customs: imports from Iran 311, exports to Iran 26.1                        State Customs Committee of Azerbaijan, via today.az
// 2022-03-21..2023-03-20   $688M  non-oil trade, Iranian year 1401                                                         Iran's customs administration (IRICA), via Trend/menafn
// 2023                     $480M  turnover, about                                                                          Iran's Ministry of Roads and Urban Development, at the 16th joint economic commission
// 2024                     $580M  turnover, up 20% on 2023                                                                 Iran's Ministry of Roads and Urban Development; repeated by AzerNEWS (the seed article)
//
// Source: Correlates of War Project, Trade Data Set v4.0: dyadic and national trade, 1870–2014 (https://correlatesofwar.org). Cite: Barbieri, Katherine and Omar M. G. Keshk. 2016. Correlates of War Project Trade Data Set Codebook, Version 4.0. Online: https://correlatesofwar.org. Barbieri, Katherine, Omar M. G. Keshk, and Brian Pollins. 2009. "Trading Data: Evaluating our Assumptions and Coding Rules." Conflict Management and Peace Science 26(5): 471–491.
// Statements: press reports of officials; each row's URL is in the JSON output.
//
// The trend against the 76.73% a year the target requires
// -------------------------------------------------------
// Fitted to the total over 1992–2014, trade grew 1.8% a year (95% interval -2.6% to 6.4%); as a random walk with drift, -0.2% (-13.4% to 15.0%).
// Reaching $10B by 2029 takes 76.73% a year for 5 years: 24.5 standard errors above the fitted trend.
//
// Method                             Growth a year     95% interval  Volatility (log)      Years   n
// ---------------------------------  -------------  ---------------  ----------------  ---------  --
// Log-linear trend (Newey–West)               1.8%    -2.6% to 6.4%             0.597  1992–2014  23
// Random walk with drift                     -0.2%  -13.4% to 15.0%             0.340  1992–2014  22
// Required: $580M → $10B, 2024–2029          76.7%
//
// Log-linear: OLS of ln(value) on year, Newey–West standard error; drift: mean of year-on-year log changes over consecutive years. Volatility is on the log scale.
// Source: Correlates of War Project, Trade Data Set v4.0: dyadic and national trade, 1870–2014 (cited above).
//
// The outside view: how often has trade grown ×17.24 in 5 years?
// --------------------------------------------------------------
// 9 of 22,092 cases grew ×17.24 or more in 5 years: 0.04% (95% Wilson interval 0.02% to 0.08%).
// A case is a pair of countries and a start year from 1870 to 2009 whose total trade was $290M or more and under $1.16B, with both flows known then and 5 years later.
//
// The 9 cases that did
// Pair                        Start year  Trade then  5 years later  Multiple
// --------------------------  ----------  ----------  -------------  --------
// China–South Korea                 1990       $669M         $17.7B     ×26.4
// Turkmenistan–China                2007       $382M         $9.89B     ×25.9
// United States–Saudi Arabia        1972       $428M         $9.83B     ×23.0
// Nigeria–India                     2003       $453M         $10.1B     ×22.3
// Nigeria–India                     2002       $390M         $8.61B     ×22.1
// Kuwait–India                      2003       $484M         $9.90B     ×20.5
// Kuwait–India                      2002       $416M         $8.00B     ×19.2
// United States–China               1976       $357M         $6.74B     ×18.9
// Venezuela–India                   2007       $655M         $12.3B     ×18.8
//
// Source: Correlates of War Project, Trade Data Set v4.0: dyadic and national trade, 1870–2014 (cited above).
//
// Earlier official targets, and what became of them
// -------------------------------------------------
// Pair             Set         Target       By    Trade then  Growth it needed                    What happened  Growth achieved
// ---------------  ----------  ------  -------  ------------  ----------------  -------------------------------  ---------------
// Azerbaijan-Iran  2019-02-08  $5.00B  no year  $400M (2018)                    $580M (2024, stated), 12% of it      6.4% a year
// Iran-Turkey      2012-03-28  $30.0B     2015   $16B (2011)      17.0% a year         $14.1B (2014), 47% of it     -4.9% a year
// Iran-Turkey      2013-12-28   $100B  no year   $16B (2013)                           $14.1B (2014), 14% of it     -5.9% a year
// Azerbaijan-Iran  2025        $10.0B     2029  $580M (2024)      76.7% a year                        not known
//
// Azerbaijan-Iran, 2019-02-08: In 2024, the latest year known, trade was $580M (an official's figure as reported in the press, not recorded data): 11.6% of the target, after 6.4% a year since 2018. No target year was stated.
// Iran-Turkey, 2012-03-28: The record gives $16.0B for 2011; the recorded data have $16.4B. In 2014, the latest year known, trade was $14.1B (recorded): 47.0% of the target, after -4.9% a year since 2011. The target year 2015 is after the last figure known, so whether it was met is not known.
// Iran-Turkey, 2013-12-28: The record gives $16.0B for 2013; the recorded data have $15.0B. In 2014, the latest year known, trade was $14.1B (recorded): 14.1% of the target, after -5.9% a year since 2013. No target year was stated.
// Azerbaijan-Iran, 2025: No outcome known: the recorded data end in 2014 and no official figure for a whole year after 2024 is on record.
// Targets: press reports of official statements (each source in the JSON output); "stated": an official's figure, not a recorded one.
//
// How big $10B is
// ---------------
// In 2014, $10B would have been 72% of Azerbaijan's total imports ($13.8B) and 12% of Iran's total exports ($86.4B).
//
// Source: Correlates of War Project, Trade Data Set v4.0: dyadic and national trade, 1870–2014 (cited above).
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
// Probability of $10B by 2029: below 0.02% (none of the 20,000 runs reached it); by 2034: 0.07% (95% interval 0.042%–0.1%).
//
// Turnover: percentiles of the simulated paths
// Year     5%     25%  Median     75%     95%
// ----  -----  ------  ------  ------  ------
// 2025  $603M   $656M   $693M   $730M   $782M
// 2026  $555M   $655M   $732M   $815M   $942M
// 2027  $641M   $784M   $899M  $1.02B  $1.22B
// 2028  $754M   $957M  $1.12B  $1.30B  $1.61B
// 2029  $901M  $1.18B  $1.42B  $1.69B  $2.13B
//
// Assumptions (illustrative): Momentum (2024 growth): normal, mean 20%, sd 5%; Rasht–Astara railway (INSTC): triangular 2% to 18%, most likely 10%; Joint agricultural zones: uniform 0% to 6%; Sanctions drag on growth: uniform -8% to 0%; Sanctions tightening: uniform -30% to 0%; Border and corridor capacity: lognormal, median $8.00B, sigma 0.3.
// Latin hypercube sample, seed 2024; each year's growth also varies with the volatility the scenario gives.
//
// Which assumptions matter most for "Corridor-led: railway and bridges" in 2029
// -----------------------------------------------------------------------------
// Each assumption moved on its own, the others held: the value in 2029 is $1.93B at the scenario's own values.
//
// Assumption                          Low   High  2029 at low  2029 at high   Swing
// --------------------------------  -----  -----  -----------  ------------  ------
// Momentum (2024 growth)            13.6%  26.4%       $1.49B        $2.48B   $993M
// Rasht–Astara railway (INSTC)       5.6%  14.4%       $1.77B        $2.10B   $330M
// Nakhchivan corridor through Iran   0.8%   7.2%       $1.90B        $1.95B  $53.3M
//
// Uncertain assumptions move between their 10th and 90th percentiles; the others ±10% of their value.
//
// What it would take: each lever alone, to reach $10B by 2029
// -----------------------------------------------------------
// Lever                             In the scenario  Needed
// --------------------------------  ---------------  ------
// Momentum (2024 growth)                      20.0%   68.8%
// Rasht–Astara railway (INSTC)                10.0%  122.7%
// Nakhchivan corridor through Iran             5.0%  726.5%
//
// Goal seek on one lever at a time, every other assumption as in the scenario (volatility off).
