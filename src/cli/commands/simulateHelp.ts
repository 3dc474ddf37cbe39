// The help of `tradepath simulate`, in a module of its own so that `tradepath simulate --help` answers without
// loading the simulation, the report or zod (issue #17, start-up).
export const help = `tradepath simulate — Monte Carlo of a scenario under its stated uncertainty

Usage:
  tradepath simulate <scenario.json | preset:name> [--runs 20000] [--seed 1] [--sampler random|lhs|sobol]
                     [--component <id>]

The uncertain parameters are the scenario's "uncertainty" section; growth drivers' "volatility" varies each year.

Options:
  --runs <n>           simulated paths (default 20000, at most 5,000,000)
  --seed <n>           the seed; the same seed gives the same result (default 1)
  --sampler <name>     random (default), lhs (Latin hypercube) or sobol
  --component <id>     the percentiles of one component (exports, imports, …); default the total. The
                       probabilities of the target stay the total's
  --format md|csv|json the output (default md)
  --html <file>        also write the scenario's report as one HTML file
  --svg <dir>          also write the fan chart as an SVG file
`;
