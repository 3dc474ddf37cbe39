/**
 * The evidence on a target before any scenario: what Azerbaijan–Iran trade has done (Correlates of War Trade v4.0,
 * bundled), how often pairs trading about $580M grew 17.24-fold in five years, and how large $10B is against each
 * country's total trade. The code below is the README's "Evidence" example.
 *
 *   npx tsx examples/evidence.ts
 */
import { bilateral } from 'tradepath/history';
import { formatAmount, formatRate, outsideView, scaleCheck } from 'tradepath';

const { total, exports, imports } = await bilateral('AZE', 'IRN');
const last = total.points.at(-1)!;
console.log(`Azerbaijan–Iran trade in ${last.year}: ${formatAmount(last.value)}, of which Azerbaijan exported ` +
  `${formatAmount(exports.points.at(-1)!.value)} and imported ${formatAmount(imports.points.at(-1)!.value)}`);
console.log(`Source: ${total.source.title}`);

const view = await outsideView({ start: '$580M', target: '$10B', years: 5 });
console.log(`Pairs trading ${formatAmount(view.band.min)} to ${formatAmount(view.band.max)} that grew ` +
  `×${view.multiple.toFixed(2)} within 5 years: ${view.hits} of ${view.cases} ` +
  `(${formatRate(view.rate.estimate)}, 95% interval ${formatRate(view.rate.low)} to ${formatRate(view.rate.high)})`);
for (const e of view.examples.slice(0, 3)) {
  console.log(`  ${e.pair.a}–${e.pair.b} from ${e.startYear}: ${formatAmount(e.start)} to ${formatAmount(e.end)}`);
}

const scale = await scaleCheck({ target: '$10B', importer: 'AZE', exporter: 'IRN' });
console.log(`In ${scale.year}, $10B would have been ${formatRate(scale.importer.share, { digits: 0 })} of Azerbaijan's imports ` +
  `and ${formatRate(scale.exporter.share, { digits: 0 })} of Iran's exports`);
// Output:
// Azerbaijan–Iran trade in 2014: $248M, of which Azerbaijan exported $59.0M and imported $189M
// Source: Correlates of War Project, Trade Data Set v4.0: dyadic and national trade, 1870–2014
// Pairs trading $290M to $1.16B that grew ×17.24 within 5 years: 9 of 22092 (0.04%, 95% interval 0.02% to 0.08%)
//   China–South Korea from 1990: $669M to $17.7B
//   Turkmenistan–China from 2007: $382M to $9.89B
//   United States–Saudi Arabia from 1972: $428M to $9.83B
// In 2014, $10B would have been 72% of Azerbaijan's imports and 12% of Iran's exports
