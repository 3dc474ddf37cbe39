/**
 * Which assumptions matter for the combined preset's 2029 turnover: a tornado (one at a time) and Morris
 * screening (all at once, so interactions show).
 *
 *   npx tsx examples/sensitivity.ts
 */
import { formatAmount, morris, presets, tornado } from 'tradepath';

// With no params, a scenario's own uncertain parameters are the ones analysed (moved over their p10–p90).
const problem = { scenario: presets.azerbaijanIran.combined, output: { year: 2029 } } as const;

const t = tornado(problem);
console.log(`Tornado, 2029 turnover at the scenario's own values: ${formatAmount(t.base)}`);
for (const bar of t.bars) {
  const range = `${formatAmount(bar.outputLow)} to ${formatAmount(bar.outputHigh)}`;
  console.log(`  ${bar.param.padEnd(17)} ${range.padEnd(16)} swing ${formatAmount(bar.swing)}`);
}

// muStar ranks (mean absolute effect over each parameter's whole range); sigma flags interaction or curvature.
const m = morris(problem, { trajectories: 50, seed: 7 });
console.log(`Morris (50 trajectories, seed 7)${'mu*'.padStart(10)}${'sigma'.padStart(9)}`);
const ranked = Object.entries(m).sort(([, a], [, b]) => b.muStar - a.muStar);
for (const [param, { muStar, sigma }] of ranked) {
  console.log(`  ${param.padEnd(30)} ${formatAmount(muStar).padStart(7)}  ${formatAmount(sigma).padStart(7)}`);
}
// Output:
// Tornado, 2029 turnover at the scenario's own values: $1.48B
//   base.rate         $1.18B to $1.84B swing $663M
//   sanctions.size    $1.30B to $1.66B swing $362M
//   drag.rate         $1.32B to $1.65B swing $331M
//   railway.rate      $1.37B to $1.60B swing $222M
//   agri_zones.rate   $1.36B to $1.53B swing $169M
//   capacity.capacity $1.42B to $1.53B swing $114M
// Morris (50 trajectories, seed 7)       mu*    sigma
//   base.rate                        $802M    $150M
//   sanctions.size                   $414M   $91.1M
//   drag.rate                        $366M   $66.3M
//   railway.rate                     $254M   $38.7M
//   agri_zones.rate                  $191M   $34.3M
//   capacity.capacity                $157M   $98.7M
