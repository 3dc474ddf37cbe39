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
// Tornado, 2029 turnover at the scenario's own values: $987M
//   base.rate              $618M to $1.51B  swing $897M
//   agri_exports.level     $825M to $1.22B  swing $395M
//   snapback.change        $1.06B to $876M  swing $187M
//   araz_corridor.change   $1.07B to $911M  swing $162M
//   railway.change         $1.06B to $939M  swing $123M
//   astarachay.change      $1.05B to $929M  swing $120M
//   gas_swap.level         $950M to $1.02B  swing $75.2M
//   escalation.size        $987M to $987M   swing $0
// Morris (50 trajectories, seed 7)       mu*    sigma
//   base.rate                       $1.19B    $363M
//   agri_exports.level               $539M    $209M
//   snapback.change                  $252M    $110M
//   araz_corridor.change             $207M   $98.3M
//   railway.change                   $166M   $75.4M
//   astarachay.change                $161M   $71.4M
//   gas_swap.level                   $102M   $46.4M
//   escalation.size                     $0       $0
