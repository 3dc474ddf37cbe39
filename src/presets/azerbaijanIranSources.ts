/**
 * The sources the Azerbaijan–Iran presets cite (press reports of official statements, the seed article, the data
 * and the literature), as `{ title, url?, note? }` entries of a scenario document's `sources`. The facts are those
 * of the project's fact sheet, "Later and corrected facts" included, as of the presets' `asOf`.
 */
export const AZE_IRN_SOURCES = {
  baseline: {
    title: 'Iran’s Ministry of Roads and Urban Development, 16th joint economic commission (via Nour News)',
    url: 'https://nournews.ir/en/News-Print/209619',
    note: 'Turnover $580M in 2024, up 20% on 2023 (about $480M): the baseline. A second official figure differs: see the next source.',
  },
  secondFigure: {
    title: 'Azerbaijan’s Deputy Prime Minister, 10 February 2025 (via Trend)',
    url: 'https://en.trend.az/business/4003887.html',
    note: 'Turnover grew "more than 30%" in 2024; cargo +20%, transit +23%. The two statements disagree: the 20% may be a tonnage figure. The presets keep $580M and show +20% as the momentum variant.',
  },
  split: {
    title: 'State Customs Committee of Azerbaijan, January–October 2021 (via today.az)',
    url: 'http://www.today.az/news/business/213203.html',
    note: 'The latest official split: Azerbaijan imported $311M from Iran and exported $26.1M to it. The 2024 baseline is split in these shares (7.74% exports), rounded to $0.1M: exports $44.9M, imports $535.1M — an assumption that the 2021 shares still hold.',
  },
  splitCheck: {
    title: 'Trade Promotion Organization of Iran, March 2020–February 2021 (via Trend); COW dyadic trade v4.0, 2014',
    url: 'https://en.trend.az/iran/politics/3397213.html',
    note: 'Cross-checks of the split: Iran exported $343M and imported $21.4M (5.9% the other way); COW 2014: Azerbaijan imported $189M and exported $59M (23.8%). Azerbaijan’s exports were a small and shrinking share.',
  },
  article: {
    title: 'AzerNEWS, "New chapter begins in Azerbaijani-Iranian relations as Pezeshkian marks his first visit to Baku" (2025)',
    note: 'The seed article: $580M in 2024 after +20%; the political target of $10B a year "within five years" (2029 here: five annual steps from 2024); the bridges, the hydro stations and the agricultural zones.',
  },
  history: {
    title: 'Correlates of War Project, Trade Data Set v4.0 (dyadic, 1992–2014), with the officials’ statements after 2014',
    url: 'https://correlatesofwar.org',
    note: 'Cite: Barbieri, Katherine and Omar M. G. Keshk. 2016. Correlates of War Project Trade Data Set Codebook, Version 4.0. Barbieri, Keshk and Pollins. 2009. "Trading Data: Evaluating our Assumptions and Coding Rules." Conflict Management and Peace Science 26(5): 471–491. Azerbaijan–Iran trade ranged from $70M (1999) to $459M (1994); $248M in 2014.',
  },
  railway: {
    title: 'Rasht–Astara railway: Vestnik Kavkaza (26 Nov 2025), Mehr News (18 Jan 2026), MENAFN',
    url: 'https://en.mehrnews.com/news/240881/Rasht-Astara-rail-project-to-be-finished-in-less-than-3-years',
    note: 'Not finished in 2025 (the article said 2025; earlier 2024): land acquisition to end in March 2026, construction from after Novruz 2026, operation in less than three years (about 2028–2029). It closes the Russia–Iran gap of the North–South corridor: mostly transit. Also https://en.vestikavkaza.ru/news/Rasht-Astara-railway-construction-start-date-set.html and https://menafn.com/1107321684/Rasht-Astara-Railway-To-Be-Completed-In-2028.',
  },
  araz: {
    title: 'Iran’s deputy minister on transport projects with Azerbaijan (MENAFN); today.az',
    url: 'https://menafn.com/1107566989/Iran-Azerbaijan-Implement-Important-Projects-On-Intl-Transport-Transit-Deputy-Minister',
    note: 'The Agband–Kalala bridge belongs to the Araz corridor linking mainland Azerbaijan with Nakhchivan through Iran: one project, not two. Also http://www.today.az/news/politics/262774.html.',
  },
  sanctions: {
    title: 'Iran International (28 Sep 2025); The New Indian Express (28 Sep 2025)',
    url: 'https://www.iranintl.com/en/202509285894',
    note: 'UN sanctions re-imposed ("snapback") at 8 pm EDT on 27 September 2025; a 12-day Israel–Iran war in June 2025 with US strikes; the rial at record lows. US sanctions apply since 2018, so 2024’s trade happened under them. Also https://www.newindianexpress.com/world/2025/Sep/28/what-to-know-about-irans-nuclear-program-as-un-reimposes-snapback-sanctions.',
  },
  energy: {
    title: 'News.az: Azerbaijan receiving gas under new deal with Turkmenistan (SOCAR)',
    url: 'https://news.az/news/azerbaijan-receiving-gas-under-new-deal-with-turkmenistan-socar',
    note: 'A Turkmenistan–Iran–Azerbaijan gas swap since 2022 moves 1.5–2 bcm a year. Whether such flows count in "turnover" changes the baseline.',
  },
  elasticity: {
    title: 'Head and Mayer (2014), "Gravity Equations: Workhorse, Toolkit, and Cookbook", Handbook of International Economics vol. 4; Simonovska and Waugh (2014), Journal of International Economics 92(1)',
    note: 'The trade elasticity θ: structural gravity estimates centre near 5 (Head and Mayer’s survey), Simonovska and Waugh estimate about 4, Eaton and Kortum (2002) 8.28, and published estimates run from about 2 to 10; the presets use θ = 5. The trade-cost changes they multiply are illustrative assumptions.',
  },
} as const;
