/**
 * A driver of your own: trade moving onto a new corridor the way new products spread (Bass diffusion), registered
 * once and then used by documents, project, simulate and tornado like a built-in driver.
 *
 *   npx tsx examples/custom-driver.ts
 */
import { Decimal, defineScenario, driverFields, formatAmount, formatRate, project, registerDriver, simulate, tornado, triangular } from 'tradepath';

// The exact step computes at the precision project uses (40 digits), on a clone: Decimal's own settings stay as they are.
const Exact = Decimal.clone({ precision: 40 });

// Bass (1969): the share adopted t years after launch, F(t) = (1 − e^−(p+q)t) / (1 + (q/p)·e^−(p+q)t).
const adoptedFloat = (p: number, q: number, t: number) => (1 - Math.exp(-(p + q) * t)) / (1 + (q / p) * Math.exp(-(p + q) * t));
function adoptedExact(p: number, q: number, t: number): Decimal {
  const e = new Exact(-(p + q)).times(t).exp();
  return new Exact(1).minus(e).div(new Exact(q).div(p).times(e).plus(1));
}

registerDriver({
  type: 'bass',
  description: 'Trade that a new route adds to the level, adopted along a Bass diffusion curve from a launch year',
  fields: {
    launch: driverFields.year(),
    potential: driverFields.rate(), // the level added once everyone has adopted: 1.5 is +150 %
    p: driverFields.number(0.001, 1), // innovation: adopters who move on their own
    q: driverFields.number(0, 2), // imitation: adopters who follow the others
  },
  parameters: { launch: 'year', potential: 'rate', p: 'number', q: 'number' },
  dependsOnValue: false,
  // A level is a cumulative multiplier: 1 before launch, 1 + potential·F(t) after. It is affine in `potential`, so
  // when only the potential is uncertain the kernel works out F(t) once instead of once per run.
  affine: ['potential'],
  // The fields arrive typed: `potential` is a Decimal here and a number in floatLevel, `launch`, `p` and `q` numbers.
  exactLevel: (d, year) => {
    const t = year - d.launch;
    return t <= 0 ? new Exact(1) : adoptedExact(d.p, d.q, t).times(d.potential).plus(1);
  },
  floatLevel: (d, year) => {
    const t = year - d.launch;
    return t <= 0 ? 1 : 1 + d.potential * adoptedFloat(d.p, d.q, t);
  },
});

const scenario = defineScenario({
  name: 'Momentum and a new North–South route',
  baseline: { year: 2024, value: '$580M' },
  horizon: { endYear: 2034 },
  target: { value: '$10B', year: 2029 },
  drivers: [
    { id: 'base', type: 'growth', rate: '20%' },
    // p and q near the averages of the Sultan, Farley and Lehmann (1990) meta-analysis; the potential is illustrative.
    { id: 'route', type: 'bass', launch: 2025, potential: '150%', p: 0.03, q: 0.38 },
  ],
});

const p = project(scenario);
console.log(`${scenario.name} (exact):`);
for (const [i, year] of p.years.entries()) {
  if (year % 2 === 1) console.log(`  ${year}  ${formatAmount(p.values[i]!)}  ${formatAmount(p.contributions.route![i - 1]!).padStart(6)} added by the route that year`);
}

const sim = simulate(scenario, {
  runs: 10_000,
  seed: 1,
  uncertain: { 'route.potential': triangular({ min: 0.5, mode: 1.5, max: 3 }), 'route.q': triangular({ min: 0.2, mode: 0.38, max: 0.6 }) },
});
console.log(`Monte Carlo, 2034 median ${formatAmount(sim.quantile(2034, 0.5))}; P($10B by 2034) ${formatRate(sim.probabilityOfTarget(2034).estimate)}`);

const t = tornado({ scenario, params: ['base.rate', 'route.potential', 'route.p', 'route.q'], output: { year: 2034 } });
console.log(`Tornado (±10% each), 2034 at ${formatAmount(t.base)}: ${t.bars.map((b) => `${b.param} ${formatAmount(b.swing)}`).join(', ')}`);
// The float kernel and the exact engine agree: the same 2034 value from both.
console.log(`Float and exact agree: ${Math.abs(t.base / p.values.at(-1)!.toNumber() - 1) < 1e-12}`);
// Output:
// Momentum and a new North–South route (exact):
//   2025  $696M      $0 added by the route that year
//   2027  $1.13B  $67.8M added by the route that year
//   2029  $1.95B   $164M added by the route that year
//   2031  $3.45B   $308M added by the route that year
//   2033  $5.92B   $422M added by the route that year
// Monte Carlo, 2034 median $7.91B; P($10B by 2034) 11.16%
// Tornado (±10% each), 2034 at $7.58B: base.rate $2.54B, route.potential $798M, route.q $532M, route.p $250M
// Float and exact agree: true
