/**
 * Any pair of countries works the same way: Iran–Turkey, and the $30B target for 2015 that their leaders set in
 * March 2012 (Tehran Times, 28 Mar 2012, in the bundled record of earlier targets). The analysis is done as it
 * could have been in 2012 — the trend fitted to the recorded trade of 2002–2011 (Correlates of War v4.0, bundled),
 * scenarios of its own — and then checked against what the record shows for 2012–2014. Nothing here comes from the
 * Azerbaijan–Iran defaults: the pair, the question, the scenarios and the wording are all passed in.
 *
 *   npx tsx examples/another-pair.ts
 */
import { bilateral } from 'tradepath/history';
import { analysisReport, calibrate, defineScenario, evidenceFor, formatAmount, formatRate, targetsRecord } from 'tradepath';

// The question, from the record of earlier targets: $30B a year by 2015, set on 28 March 2012.
const record = (await targetsRecord()).find((t) => t.pair === 'Iran-Turkey' && t.byYear === 2015)!;
const { total } = await bilateral('IRN', 'TUR');
const fit = { from: 2002, to: 2011 }; // the years of fast growth before the target was set (a choice, stated here)
const target = { value: record.target, year: record.byYear! };

// Scenario 1, "history continues": calibrated on 2002–2011 (baseline: COW's 2011 total; rate and its uncertainty: the fit).
const trend = defineScenario({ ...calibrate(total, { ...fit, endYear: 2018, name: 'Trend of 2002–2011 continues' }), target });

// Scenario 2, sanctions tightening in 2012 — every effect size an assumption, labelled as such.
const sanctions = defineScenario({
  ...calibrate(total, { ...fit, endYear: 2018, name: 'Sanctions bite' }),
  description: 'From the 2011 baseline: slower growth and a fall in 2013 as sanctions tighten (illustrative assumptions).',
  target,
  uncertainty: {},
  drivers: [
    { id: 'base', type: 'growth', label: 'Slower growth', rate: '5%', assumption: 'Illustrative assumption: 5% a year once oil and banking sanctions tighten.' },
    { id: 'shock', type: 'shock', label: 'Sanctions shock', year: 2013, size: '-25%', assumption: 'Illustrative assumption: a lasting 25% fall in 2013.' },
  ],
});

// A yardstick, not a forecast: the constant growth from the 2011 baseline to the target.
const start = trend.baseline.value.toNumber();
const requiredRate = (record.target / start) ** (1 / (record.byYear! - 2011)) - 1;
const required = defineScenario({
  ...calibrate(total, { ...fit, endYear: 2018, name: 'Required path' }),
  description: 'The constant growth that reaches $30B in 2015 from the 2011 baseline.',
  target,
  uncertainty: {},
  drivers: [{ id: 'base', type: 'growth', label: 'Required growth', rate: requiredRate, assumption: 'The growth the target requires, not a forecast.' }],
});

const evidence = await evidenceFor({
  a: 'IRN',
  b: 'TUR',
  start,
  startYear: 2011,
  startSource: 'Correlates of War v4.0, 2011',
  target: record.target,
  targetYear: record.byYear!,
  fit,
  importer: 'TUR', // Turkey buys Iran's gas and oil: most of the trade is its imports
  statements: [], // none on file for this pair
});

// The growth of the baseline year, 2010 → 2011, as recorded.
const [y2010, y2011] = [2010, 2011].map((year) => total.points.find((p) => p.year === year)!.value.toNumber());
const report = analysisReport({
  scenarios: { trend, sanctions, required },
  benchmarks: ['required'],
  title: `Iran–Turkey trade, seen from 2012: can ${formatAmount(start)} become $30B by 2015?`,
  context: [`Target: $30B a year by 2015, set on ${record.announced} by ${record.statedBy}. Source: ${record.source}.`],
  recentGrowth: y2011! / y2010! - 1,
  monteCarlo: { scenario: 'trend', runs: 2000, seed: 2012 },
  sensitivity: false,
  evidence,
});

console.log(report.title);
console.log(report.sections.find((s) => s.id === 'summary')!.text.filter((line) => line !== '').join('\n'));
console.log(`Sections: ${report.sections.map((s) => s.id).join(', ')}`);
for (const row of report.sections.find((s) => s.id === 'scenarios')!.tables[0]!.rows as { scenario: string; value: number }[]) {
  console.log(`  ${row.scenario.padEnd(30)} ${formatAmount(row.value).padStart(7)} in 2015`);
}
// And what happened, as the record has it.
const outcome = record.outcome!;
console.log(`What happened: ${formatAmount(outcome.value)} in ${outcome.year} (${outcome.kind}), ${formatRate(record.shareOfTarget!, { digits: 0 })} of the target.`);
// Output:
// Iran–Turkey trade, seen from 2012: can $16.4B become $30B by 2015?
// Target: $30B a year by 2015, set on 2012-03-28 by Iran's first vice president and Turkey's prime minister, joint press conference. Source: Tehran Times, 28 Mar 2012 (Iran, Turkey set $30b trade target for 2015).
// Reaching $30B by 2015 takes 16.28% growth a year for 4 years: 0.4 times the 43% of 2011.
// The record (Correlates of War Project, 1886–2014): a high of $22.9B (2012), a fitted trend of 27.6% a year over 2002–2011. Of 2,893 cases of pairs trading $8.21B–$32.8B, 449 grew ×1.83 or more in 4 years (15.52%).
// 1 of 2 scenarios reach it by 2015.
// Under the uncertainty stated for "Trend of 2002–2011 continues", 71.0% (95% interval 69.0%–73.0%) of 2,000 simulated paths reach it by 2015, and 86.4% (95% interval 84.8%–87.8%) by 2018.
// Sections: summary, required, years, history, trend, outside, targets, scale, previous, pace, scenarios, drivers, monteCarlo, sources
//   Trend of 2002–2011 continues    $43.5B in 2015
//   Sanctions bite                  $15.0B in 2015
//   Required path                   $30.0B in 2015
// What happened: $14.1B in 2014 (recorded), 47% of the target.
