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
for (const d of corridor.drivers) console.log(`  ${d.label.padEnd(40)} ${formatAmount(d.amount).padStart(7)}`);
// Output:
// Azerbaijan–Iran trade in 2029 ($10B target)
// Scenario                                                In 2029  Growth a year  Reaches $10B     Gap
// ------------------------------------------------------  -------  -------------  ------------  ------
// Status quo: history continues                             $599M          0.64%   not by 2034  $9.40B
// Momentum: 20% a year                                     $1.44B         20.00%   not by 2034  $8.56B
// Target path: $10B by 2029                                $10.0B         76.73%          2029      $0
// Corridor-led: railway, bridges and the Araz corridor      $779M          6.07%   not by 2034  $9.22B
// Sanctions drag: the UN snapback                           $517M         -2.29%   not by 2034  $9.48B
// Agriculture and energy                                    $645M          2.15%   not by 2034  $9.36B
// Combined: corridors, agriculture and energy, sanctions    $723M          4.52%   not by 2034  $9.28B
//
// What the corridor-led path adds by 2029:
//   History continues                         $20.8M
//   Rasht–Astara railway (INSTC)              $63.5M
//   Astarachay road and rail bridges          $46.9M
//   Araz corridor with Agband–Kalala bridge   $67.5M
