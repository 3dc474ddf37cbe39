/**
 * The Azerbaijan–Iran presets side by side in the target year, as a plain-text table, and what drives one of them.
 *
 *   npx tsx examples/compare-presets.ts
 */
import { attribution, compare, formatAmount, presets, project, toText } from 'tradepath';

const rows = compare(presets.azerbaijanIran);
console.log(
  toText({
    title: 'Azerbaijan–Iran trade in 2029 ($10B target)',
    columns: [
      { key: 'scenario', label: 'Scenario' },
      { key: 'value', label: 'In 2029', kind: 'amount' },
      { key: 'cagr', label: 'Growth a year', kind: 'rate' },
      { key: 'reachedIn', label: 'Reaches $10B', format: (v) => (v === null ? 'not by 2034' : String(v)) },
      { key: 'gap', label: 'Gap', kind: 'amount' },
    ],
    rows,
  }),
);

// Attribution splits each year's change among the drivers, so the parts add up to the growth of the path.
const corridor = attribution(project(presets.azerbaijanIran.corridorLed));
console.log('\nWhat the corridor-led path adds by 2029:');
for (const d of corridor.drivers) console.log(`  ${d.label.padEnd(34)} ${formatAmount(d.amount).padStart(7)}`);
// Output:
// Azerbaijan–Iran trade in 2029 ($10B target)
// Scenario                                               In 2029  Growth a year  Reaches $10B     Gap
// -----------------------------------------------------  -------  -------------  ------------  ------
// Status quo: 20% a year                                  $1.44B         20.00%   not by 2034  $8.56B
// Target path: $10B by 2029                               $10.0B         76.73%          2029      $0
// Corridor-led: railway and bridges                       $1.93B         27.21%   not by 2034  $8.07B
// Sanctions drag                                          $1.04B         12.29%   not by 2034  $8.96B
// Agriculture and energy                                  $1.70B         24.00%   not by 2034  $8.30B
// Combined: corridors, agriculture, sanctions, capacity   $1.48B         20.65%   not by 2034  $8.52B
//
// What the corridor-led path adds by 2029:
//   Momentum (2024 growth)               $955M
//   Rasht–Astara railway (INSTC)         $300M
//   Agband–Kalala bridge                $30.7M
//   Astarachay road and rail bridges    $26.2M
//   Nakhchivan corridor through Iran    $40.4M
