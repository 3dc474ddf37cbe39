/**
 * The growth a target asks for: $580M in 2024 to $10B by 2029, and what other paces deliver.
 *
 *   npx tsx examples/required-growth.ts
 */
import { formatAmount, formatRate, futureValue, growthPath, requiredCagr, yearsToTarget } from 'tradepath';

const start = '$580M';
const target = '$10B';

// Exact: the rate is a Decimal, computed to 40 significant digits, not a float.
const needed = requiredCagr({ start, target, years: 5 });
console.log(`Needed for ${target} by 2029: ${needed.toFixed(10)} a year (${formatRate(needed)})`);

for (const years of [4, 6, 10]) {
  console.log(`  by ${2024 + years}: ${formatRate(requiredCagr({ start, target, years }))}`);
}

console.log(`At 20% a year, 2029 brings ${formatAmount(futureValue({ start, rate: '20%', years: 5 }))}`);
console.log(`At 20% a year, ${target} takes ${yearsToTarget({ start, target, rate: '20%' }).toFixed(1)} years`);

console.log('The path at the required rate:');
for (const { year, value } of growthPath({ start, startYear: 2024, rate: needed, years: 5 })) {
  console.log(`  ${year}  ${formatAmount(value)}`);
}
// Output:
// Needed for $10B by 2029: 0.7673167814 a year (76.73%)
//   by 2028: 103.77%
//   by 2030: 60.73%
//   by 2034: 32.94%
// At 20% a year, 2029 brings $1.44B
// At 20% a year, $10B takes 15.6 years
// The path at the required rate:
//   2024  $580M
//   2025  $1.03B
//   2026  $1.81B
//   2027  $3.20B
//   2028  $5.66B
//   2029  $10.0B
