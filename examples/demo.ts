/**
 * The Azerbaijan–Iran analysis, the embedded default: the report `tradepath` prints with no arguments.
 *
 *   npm run demo
 *
 * Facts from officials' statements as the presets cite them (as of January 2026): trade turnover of $580M in 2024
 * after +20% growth (Azerbaijan's Deputy Prime Minister said "more than 30%"), mostly Azerbaijan's imports from
 * Iran, and a political target of $10B a year "within five years" (2029 here). Effect sizes of railways, bridges,
 * sanctions, farm exports and gas swaps are illustrative assumptions, labelled as such in the presets.
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
// Turnover was $580M in 2024, up 20% on the year (Iran's Ministry of Roads, repeated by AzerNEWS, 2025; Azerbaijan's
// Deputy Prime Minister said "more than 30%"). About 92% of it is Azerbaijan's imports from Iran (State Customs
// Committee, Jan–Oct 2021: $311M against $26.1M of exports). The political target is $10B a year "within five
// years": 2029 here, five annual steps from 2024 (2030 if the five years count from 2025).
//
// Reaching $10B by 2029 takes 76.73% growth a year for 5 years: 3.8 times the 20% of 2024.
// The record (Correlates of War Project, 1992–2014): a high of $459M (1994), a fitted trend of 1.8% a year. Of 22,092 cases of pairs trading $290M–$1.16B, 9 grew ×17.24 or more in 5 years (0.04%).
// None of the 6 scenarios reaches it by 2029; the highest, "Momentum: 20% a year", gets to $1.44B (14% of the target).
// Under the uncertainty stated for "Combined: corridors, agriculture and energy, sanctions", none (below 0.02%) of 20,000 simulated paths reach it by 2029, and 0.5% (95% interval 0.4%–0.7%) by 2034.
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
// Implied 2023 turnover
// ---------------------
// $580M in 2024 after +20% implies $483.3M in 2023 ($580M / 1.2).
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
// The scenarios side by side
// --------------------------
// Scenario                                                In 2029  Growth a year to 2029  Reaches $10B  Gap in 2029  In 2034
// ------------------------------------------------------  -------  ---------------------  ------------  -----------  -------
// Status quo: history continues                             $599M                   0.6%   not by 2034       $9.40B    $618M
// Momentum: 20% a year                                     $1.44B                  20.0%   not by 2034       $8.56B   $3.59B
// Target path: $10B by 2029                                $10.0B                  76.7%          2029           $0    $172B
// Corridor-led: railway, bridges and the Araz corridor      $779M                   6.1%   not by 2034       $9.22B    $816M
// Sanctions drag: the UN snapback                           $517M                  -2.3%   not by 2034       $9.48B    $533M
// Agriculture and energy                                    $645M                   2.1%   not by 2034       $9.36B    $666M
// Combined: corridors, agriculture and energy, sanctions    $723M                   4.5%   not by 2034       $9.28B    $758M
//
// Effect sizes the source does not give are illustrative assumptions, labelled as such in each scenario.
//
// Where the growth would have to come from, by component
// ------------------------------------------------------
// In 2024 the $580M was Azerbaijan → Iran (Azerbaijan’s exports) $44.9M (8%), Iran → Azerbaijan (Azerbaijan’s imports) $535M (92%). Reaching $10B by 2029 with that mix multiplies every component by 17.2; a component that grows less leaves more to the others.
//
// Component                                 In 2024  Needed in 2029 at today's mix  Status quo: history continues  Momentum: 20% a year  Corridor-led: railway, bridges and the Araz corridor  Sanctions drag: the UN snapback  Agriculture and energy  Combined: corridors, agriculture and energy, sanctions
// ----------------------------------------  -------  -----------------------------  -----------------------------  --------------------  ----------------------------------------------------  -------------------------------  ----------------------  ------------------------------------------------------
// Azerbaijan → Iran (Azerbaijan’s exports)   $44.9M                          $774M                         $46.4M                 $112M                                                $60.3M                             $40M                  $64.9M                                                  $72.8M
// Iran → Azerbaijan (Azerbaijan’s imports)    $535M                         $9.23B                          $552M                $1.33B                                                 $718M                            $477M                   $580M                                                   $651M
// Total                                       $580M                         $10.0B                          $599M                $1.44B                                                 $779M                            $517M                   $645M                                                   $723M
// Balance (exports − imports)                -$490M                        -$8.45B                         -$506M               -$1.22B                                                -$658M                           -$437M                  -$515M                                                  -$578M
//
// "Combined: corridors, agriculture and energy, sanctions": driver  Adds to Azerbaijan → Iran (Azerbaijan’s exports) by 2029  Adds to Iran → Azerbaijan (Azerbaijan’s imports) by 2029
// ----------------------------------------------------------------  --------------------------------------------------------  --------------------------------------------------------
// History continues                                                                                                   $1.67M                                                    $17.6M
// Rasht–Astara railway (INSTC)                                                                                        $5.80M                                                    $53.0M
// Astarachay road and rail bridges                                                                                    $3.39M                                                    $39.0M
// Araz corridor with Agband–Kalala bridge                                                                             $5.43M                                                    $56.1M
// Farm exports (agricultural zones)                                                                                   $17.9M                                                        $0
// Energy: gas swap via Iran                                                                                               $0                                                    $25.2M
// UN sanctions re-imposed (snapback)                                                                                 -$6.32M                                                   -$75.3M
// Escalation (war or wider sanctions)                                                                                     $0                                                        $0
//
// Components and their 2024 split are the scenarios' own (see each scenario's sources). A driver with a scope acts on its component only; one without acts on every component.
//
// What drives "Combined: corridors, agriculture and energy, sanctions" to 2029
// ----------------------------------------------------------------------------
// From $580M in 2024 to $723M in 2029: $143M added. That covers 1.5% of the $9.42B the target asks for; $9.28B is left uncovered.
//
// Driver                                   Adds by 2029  Share of the growth  With minus without, 2029
// ---------------------------------------  ------------  -------------------  ------------------------
// History continues                              $19.2M                13.4%                    $22.7M
// Rasht–Astara railway (INSTC)                   $58.8M                41.0%                    $59.7M
// Astarachay road and rail bridges               $42.4M                29.5%                    $52.7M
// Araz corridor with Agband–Kalala bridge        $61.5M                42.9%                    $69.5M
// Farm exports (agricultural zones)              $17.9M                12.5%                    $20.8M
// Energy: gas swap via Iran                      $25.2M                17.5%                    $31.0M
// UN sanctions re-imposed (snapback)            -$81.6M               -56.9%                    -$115M
// Escalation (war or wider sanctions)                $0                 0.0%                        $0
//
// Each year’s change is split among the drivers by their log shares (a driver’s factor that year, ln f, over the sum of all ln f), so the order they are written in does not matter; the amounts add up to the change.
// With minus without: the scenario projected with and without the driver. It is larger than the driver’s share for a level effect, because the growth of later years also builds on the level it changed.
// Escalation (war or wider sanctions): an event, left out of this path and drawn with its probability in each Monte Carlo run.
//
// How uncertain: 20,000 simulated paths of "Combined: corridors, agriculture and energy, sanctions"
// -------------------------------------------------------------------------------------------------
// Probability of $10B by 2029: below 0.02% (none of the 20,000 runs reached it); by 2034: 0.5% (95% interval 0.4%–0.7%).
//
// Turnover: percentiles of the simulated paths
// Year      5%    25%  Median    75%     95%
// ----  ------  -----  ------  -----  ------
// 2025   $233M  $413M   $538M  $664M   $844M
// 2026   $141M  $319M   $479M  $673M  $1.01B
// 2027   $112M  $303M   $510M  $786M  $1.35B
// 2028  $85.1M  $281M   $516M  $872M  $1.67B
// 2029  $66.5M  $268M   $531M  $971M  $2.03B
//
// Uncertainty as the scenario states it (each range's source or assumption is in the scenario): History continues: normal, mean 0.64%, sd 7.0%; Rasht–Astara railway (INSTC): uniform -4.0% to -0.50%; Astarachay road and rail bridges: uniform -3.0% to 0%; Araz corridor with Agband–Kalala bridge: uniform -4.0% to 0%; Farm exports (agricultural zones): uniform 10% to 80%; Energy: gas swap via Iran: uniform 0% to 10%; UN sanctions re-imposed (snapback): uniform 1.0% to 6.0%; Escalation (war or wider sanctions): uniform -35% to -5.0%.
// Latin hypercube sample, seed 2024; each year's growth also varies with the volatility the scenario gives.
//
// Which assumptions matter most for "Corridor-led: railway, bridges and the Araz corridor" in 2029
// ------------------------------------------------------------------------------------------------
// Each assumption moved on its own, the others held: the value in 2029 is $779M at the scenario's own values.
//
// Assumption                                 Low   High  2029 at low  2029 at high   Swing
// ---------------------------------------  -----  -----  -----------  ------------  ------
// History continues                        -8.4%   9.6%        $488M        $1.19B   $707M
// Araz corridor with Agband–Kalala bridge  -3.6%  -0.4%        $845M         $718M   $127M
// Rasht–Astara railway (INSTC)             -3.7%  -0.8%        $838M         $741M  $97.1M
// Astarachay road and rail bridges         -2.7%  -0.3%        $828M         $733M  $95.0M
//
// Uncertain assumptions move between their 10th and 90th percentiles; the others ±10% of their value.
//
// What it would take: each lever alone, to reach $10B by 2029
// -----------------------------------------------------------
// Lever                                    In the scenario  Needed
// ---------------------------------------  ---------------  ------
// History continues                                   0.6%   67.7%
// Rasht–Astara railway (INSTC)                       -2.0%  -42.8%
// Astarachay road and rail bridges                   -1.5%  -40.9%
// Araz corridor with Agband–Kalala bridge            -2.0%  -41.2%
//
// Goal seek on one lever at a time, every other assumption as in the scenario (volatility off).
//
// Where each number comes from: sources and assumptions
// -----------------------------------------------------
// Each driver's size is either taken from a source or assumed, and an assumption says what it assumes. Facts as of 2026-01-18.
// - History continues (assumed; in Status quo: history continues; Corridor-led: railway, bridges and the Araz corridor; Sanctions drag: the UN snapback; Agriculture and energy; Combined: corridors, agriculture and energy, sanctions). Source: Calibrated (calibrate, method drift) on Azerbaijan–Iran total trade 1992–2024: COW dyadic v4.0 1992–2014 and the officials' calendar-year totals of 2018, 2023 and 2024 (23 year-on-year changes, 11 of them ±20% or more); scripts/calibrate-presets.ts. Assumption: That the pair’s average growth and year-to-year swings since 1992 carry on over the horizon.
// - Momentum (2024 growth) (assumed; in Momentum: 20% a year). Source: Iran’s Ministry of Roads and Urban Development, 16th joint economic commission (via Nour News): turnover $580M in 2024, up 20% (2023 about $480M). Assumption: That the growth of 2024 carries on every year. Azerbaijan’s Deputy Prime Minister put 2024’s growth at more than 30% (the 20% may be tonnage).
// - Required growth (assumed; in Target path: $10B by 2029). Source: requiredCagr({ start: $580M, target: $10B, years: 5 }). Assumption: The growth the target requires, not a forecast.
// - Rasht–Astara railway (INSTC) (assumed; in Corridor-led: railway, bridges and the Araz corridor; Combined: corridors, agriculture and energy, sanctions). Source: Rasht–Astara railway: Vestnik Kavkaza (26 Nov 2025), Mehr News (18 Jan 2026), MENAFN: construction from March 2026, operation in under three years (about 2028–2029); elasticity: θ = 5, near the centre of structural gravity estimates (Head and Mayer 2014; Simonovska and Waugh 2014 find about 4; published estimates run from about 2 to 10). Assumption: Illustrative assumption (no source gives the size): the railway cuts the trade costs of Azerbaijan–Iran goods trade by 2% (×1.106 on the level at θ = 5), phasing in 2028–2030.
// - Astarachay road and rail bridges (assumed; in Corridor-led: railway, bridges and the Araz corridor; Combined: corridors, agriculture and energy, sanctions). Source: AzerNEWS, "New chapter begins in Azerbaijani-Iranian relations as Pezeshkian marks his first visit to Baku" (2025): new road and rail bridges over the Astarachay River nearing completion; elasticity: θ = 5, near the centre of structural gravity estimates (Head and Mayer 2014; Simonovska and Waugh 2014 find about 4; published estimates run from about 2 to 10). Assumption: Illustrative assumption (no source gives the size): faster border crossings at Astara cut trade costs by 1.5% (×1.079 on the level at θ = 5), phasing in 2026–2027.
// - Araz corridor with Agband–Kalala bridge (assumed; in Corridor-led: railway, bridges and the Araz corridor; Combined: corridors, agriculture and energy, sanctions). Source: Iran’s deputy minister on transport projects with Azerbaijan (MENAFN); today.az: the Agband–Kalala bridge is part of the Araz corridor linking mainland Azerbaijan with Nakhchivan through Iran (one project); the bridge was due in 2025 (AzerNEWS); elasticity: θ = 5, near the centre of structural gravity estimates (Head and Mayer 2014; Simonovska and Waugh 2014 find about 4; published estimates run from about 2 to 10). Assumption: Illustrative assumption (no source gives the size): the corridor cuts two-way trade costs by 2% (×1.106 at θ = 5), phasing in 2026–2029; its start is uncertain.
// - UN sanctions re-imposed (snapback) (assumed; in Sanctions drag: the UN snapback; Combined: corridors, agriculture and energy, sanctions). Source: Iran International (28 Sep 2025); The New Indian Express (28 Sep 2025): UN sanctions re-imposed on 27 September 2025; elasticity: θ = 5, near the centre of structural gravity estimates (Head and Mayer 2014; Simonovska and Waugh 2014 find about 4; published estimates run from about 2 to 10). Assumption: Illustrative assumption (no source gives the size): payments, insurance and shipping under UN sanctions raise trade costs by 3% (×0.863 on the level at θ = 5), from late 2025 to full effect in 2026.
// - Escalation (war or wider sanctions) (assumed; in Sanctions drag: the UN snapback; Combined: corridors, agriculture and energy, sanctions). Source: Iran International (28 Sep 2025); The New Indian Express (28 Sep 2025): a 12-day war between Israel and Iran in June 2025 and US strikes; the rial at record lows. Assumption: Illustrative assumption (no source gives the size): a one-in-five chance of a further 20% fall in the level of trade in 2026. Drawn in Monte Carlo; left out of the central path.
// - Farm exports (agricultural zones) (assumed; in Agriculture and energy; Combined: corridors, agriculture and energy, sanctions). Source: AzerNEWS, "New chapter begins in Azerbaijani-Iranian relations as Pezeshkian marks his first visit to Baku" (2025): joint agricultural zones agreed; Khudaferin and Qiz-Qalasy hydro stations (May 2024, 280 MW) irrigating over 400,000 hectares. Assumption: Illustrative assumption (no source gives the size): Azerbaijan’s exports to Iran rise 40% above their path as the irrigated zones produce, 2026–2029.
// - Energy: gas swap via Iran (assumed; in Agriculture and energy; Combined: corridors, agriculture and energy, sanctions). Source: News.az: Azerbaijan receiving gas under new deal with Turkmenistan (SOCAR): the swap (since 2022) moves 1.5–2 bcm a year, delivered to Azerbaijan through Iran. Assumption: Illustrative assumption (no source gives the size): larger swap volumes recorded as Iran’s deliveries to Azerbaijan lift imports 5% (about $27M a year), 2026–2027.
//
// Sources of the scenarios (addresses and notes in each scenario document):
// - Iran’s Ministry of Roads and Urban Development, 16th joint economic commission (via Nour News)
// - Azerbaijan’s Deputy Prime Minister, 10 February 2025 (via Trend)
// - State Customs Committee of Azerbaijan, January–October 2021 (via today.az)
// - Trade Promotion Organization of Iran, March 2020–February 2021 (via Trend); COW dyadic trade v4.0, 2014
// - AzerNEWS, "New chapter begins in Azerbaijani-Iranian relations as Pezeshkian marks his first visit to Baku" (2025)
// - Correlates of War Project, Trade Data Set v4.0 (dyadic, 1992–2014), with the officials’ statements after 2014
// - Rasht–Astara railway: Vestnik Kavkaza (26 Nov 2025), Mehr News (18 Jan 2026), MENAFN
// - Iran’s deputy minister on transport projects with Azerbaijan (MENAFN); today.az
// - Head and Mayer (2014), "Gravity Equations: Workhorse, Toolkit, and Cookbook", Handbook of International Economics vol. 4; Simonovska and Waugh (2014), Journal of International Economics 92(1)
// - Iran International (28 Sep 2025); The New Indian Express (28 Sep 2025)
// - News.az: Azerbaijan receiving gas under new deal with Turkmenistan (SOCAR)
