import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import * as source from '../../src/index';

// Same inputs and seed give the same numbers: call after call, from the ESM and the CJS build, in and out of workers.

type Library = typeof source;
const root = fileURLToPath(new URL('../../', import.meta.url));

let esm: Library;
let cjs: Library;

beforeAll(async () => {
  // `npm test` builds first (pretest); a lone `vitest run` on a clean clone builds here, once.
  if (!existsSync(`${root}dist/index.js`) || !existsSync(`${root}dist/index.cjs`)) execSync('npm run build', { cwd: root, stdio: 'ignore' });
  esm = (await import(`${root}dist/index.js`)) as Library;
  cjs = createRequire(import.meta.url)(`${root}dist/index.cjs`) as Library;
}, 120_000);

const corridor = {
  name: 'Corridor',
  baseline: { year: 2024, value: '$580M' },
  horizon: { endYear: 2034 },
  target: { value: '$10B', year: 2029 },
  drivers: [
    { id: 'base', type: 'growth', rate: '20%', volatility: '8%' },
    { id: 'rail', type: 'ramp', startYear: 2026, fullYear: 2029, rate: '12%', level: '10%', shape: 's-curve' },
    { id: 'sanctions', type: 'shock', year: 2027, size: '-15%', recoveryYears: 3 },
    { id: 'ceiling', type: 'cap', capacity: '$12B', mode: 'logistic' },
  ],
} as const;
const uncertain = {
  'base.rate': { type: 'normal', mean: 0.2, sd: 0.08 },
  'rail.rate': { type: 'triangular', min: 0, mode: 0.1, max: 0.2 },
  'sanctions.size': { type: 'uniform', min: -0.3, max: 0 },
} as const;

/** Everything a simulation reports, as plain data: every run's path, the fan and the probabilities. */
function snapshotOf(lib: Library, options: { seed: number | string; sampler?: 'random' | 'lhs' | 'sobol'; correlated?: boolean }) {
  const sim = lib.simulate(corridor, {
    uncertain,
    runs: 1000,
    seed: options.seed,
    ...(options.sampler === undefined ? {} : { sampler: options.sampler }),
    ...(options.correlated ? { correlations: { 'base.rate': { 'rail.rate': 0.5 } } } : {}),
  });
  return {
    values: sim.years.map((y) => Array.from(sim.valuesAt(y))),
    fan: sim.fan(),
    probability: sim.probabilityOfTarget(),
    floored: sim.flooredSteps,
  };
}

describe('the same inputs and seed', () => {
  it.each([
    { seed: 42 },
    { seed: 'corridor-2029', sampler: 'lhs' as const },
    { seed: 7, sampler: 'sobol' as const },
    { seed: 9, correlated: true },
  ])('give identical simulations, call after call: %o', (options) => {
    const first = snapshotOf(source, options);
    expect(snapshotOf(source, options)).toEqual(first);
    // A different seed must change it, or the comparison above proves nothing.
    expect(snapshotOf(source, { ...options, seed: `${options.seed}+1` }).values).not.toEqual(first.values);
  });

  it('give identical sensitivity results, call after call', () => {
    const run = () => ({
      sobol: source.sobol({ scenario: source.defineScenario({ ...corridor, uncertainty: uncertain }) }, { n: 256, seed: 3, bootstrap: 50 }),
      tornado: source.tornado(source.defineScenario(corridor)),
      goal: source.goalSeek(source.defineScenario(corridor), { param: 'base.rate' }),
    });
    expect(run()).toEqual(run());
  });
});

describe('the ESM and CJS builds', () => {
  // ESM against CJS, not against src/: a dist/ built before the latest edit of src/ must not fail these.
  it('project to the same digits', () => {
    const digits = (lib: Library) => lib.project(corridor).values.map(String);
    expect(digits(esm)).toHaveLength(11);
    expect(digits(cjs)).toEqual(digits(esm));
    expect(esm.project(corridor).target?.requiredCagr.toString()).toBe(cjs.project(corridor).target?.requiredCagr.toString());
  });

  it('simulate every run to the same float64', () => {
    for (const options of [{ seed: 42 }, { seed: 5, sampler: 'sobol' as const, correlated: true }]) {
      expect(snapshotOf(cjs, options)).toEqual(snapshotOf(esm, options));
    }
  });

  it('simulate accounts (components, a real basis, a drawn event) to the same float64, total and component', async () => {
    const accounts = {
      name: 'Accounts',
      baseline: { year: 2024 },
      horizon: { endYear: 2030 },
      target: { value: '$1B', year: 2030 },
      basis: 'real',
      deflator: { rate: '3%' },
      components: [
        { id: 'exports', baseline: { value: '$60M' } },
        { id: 'imports', baseline: { value: '$520M' } },
      ],
      drivers: [
        { id: 'base', type: 'growth', rate: '8%', volatility: '10%' },
        { id: 'rail', type: 'tradeCost', scope: 'exports', change: '-10%', elasticity: 5, startYear: 2026, fullYear: 2028 },
        { id: 'sanctions', type: 'event', year: 2027, probability: 0.4, size: '-30%', scope: 'imports' },
      ],
    } as const;
    for (const component of [undefined, 'exports']) {
      const options = { uncertain: { 'rail.elasticity': { type: 'uniform', min: 2, max: 10 } }, runs: 9000, seed: 'accounts', component } as const;
      const expected = esm.simulate(accounts, options);
      const values = (sim: ReturnType<Library['simulate']>) => sim.years.map((y) => Array.from(sim.valuesAt(y)));
      expect(values(cjs.simulate(accounts, options))).toEqual(values(expected));
      const parallel = await cjs.simulateParallel(accounts, { ...options, workers: 2 });
      expect(values(parallel)).toEqual(values(expected));
      expect(parallel.probabilityOfTarget()).toEqual(expected.probabilityOfTarget());
    }
  }, 60_000);

  it('give the same Sobol indices and intervals', () => {
    const indices = (lib: Library) => lib.sobol({ scenario: lib.defineScenario({ ...corridor, uncertainty: uncertain }) }, { n: 128, seed: 11, bootstrap: 20 });
    const expected = indices(esm);
    expect(Object.keys(expected.first)).toEqual(['base.rate', 'rail.rate', 'sanctions.size']);
    expect(indices(cjs)).toEqual(expected);
  });

  it('make Decimals that each recognise, though not by instanceof', () => {
    const a = esm.parseAmount('$580M');
    const b = cjs.parseAmount('$580M');
    expect(esm.Decimal.isDecimal(b) && cjs.Decimal.isDecimal(a)).toBe(true);
    expect(esm.formatAmount(b)).toBe('$580M');
    expect(cjs.formatAmount(a)).toBe('$580M');
  });
});

describe('worker threads (simulateParallel, from the built package)', () => {
  it('give the same result as simulate for 1 and 3 workers', async () => {
    const options = { uncertain, runs: 17_000, seed: 'workers' } as const;
    const expected = esm.simulate(corridor, options);
    for (const workers of [1, 3]) {
      const sim = await esm.simulateParallel(corridor, { ...options, workers });
      for (const year of sim.years) expect(sim.valuesAt(year)).toEqual(expected.valuesAt(year));
      expect(sim.probabilityOfTarget()).toEqual(expected.probabilityOfTarget());
    }
  }, 60_000);
});
