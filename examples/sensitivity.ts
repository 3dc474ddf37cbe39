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
  console.log(`  ${bar.param.padEnd(22)} ${range.padEnd(16)} swing ${formatAmount(bar.swing)}`);
}

// muStar ranks (mean absolute effect over each parameter's whole range); sigma flags interaction or curvature.
const m = morris(problem, { trajectories: 50, seed: 7 });
console.log(`Morris (50 trajectories, seed 7)${'mu*'.padStart(10)}${'sigma'.padStart(9)}`);
const ranked = Object.entries(m).sort(([, a], [, b]) => b.muStar - a.muStar);
for (const [param, { muStar, sigma }] of ranked) {
  console.log(`  ${param.padEnd(30)} ${formatAmount(muStar).padStart(7)}  ${formatAmount(sigma).padStart(7)}`);
}
// Output:
// Tornado, 2029 turnover at the scenario's own values: $723M
//   base.rate              $453M to $1.11B  swing $657M
//   snapback.change        $779M to $642M   swing $137M
//   araz_corridor.change   $786M to $667M   swing $118M
//   railway.change         $779M to $688M   swing $90.2M
//   astarachay.change      $769M to $681M   swing $88.2M
//   gas_swap.level         $699M to $748M   swing $49.6M
//   agri_exports.level     $712M to $741M   swing $29.1M
//   escalation.size        $723M to $723M   swing $0
// Morris (50 trajectories, seed 7)       mu*    sigma
//   base.rate                        $851M    $198M
//   snapback.change                  $177M   $71.0M
//   araz_corridor.change             $148M   $64.7M
//   railway.change                   $117M   $48.3M
//   astarachay.change                $114M   $45.7M
//   gas_swap.level                  $65.9M   $28.2M
//   agri_exports.level              $39.7M   $15.4M
//   escalation.size                     $0       $0
