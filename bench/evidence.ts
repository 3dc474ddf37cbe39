/**
 * The outside view over the whole bundled Correlates of War panel (673,654 pair-years), after the first load.
 * Target (issue #12): under 50 ms a call (median of 20 timed calls). The first load of the bundled data is timed
 * once, as it happens only once a process, and shown for what it is (its own target belongs to the loader).
 *
 * Baseline: a plain loop over the same columns that adds the two flows of every row — the least one pass can do —
 * so the ratio says what the outside view's band test, forward pointer and exact tie-breaking cost on top.
 * Each call takes milliseconds, so single calls are timed (the harness's batches are for short ones), interleaved
 * with the baseline, so that a change in the machine's load falls on both.
 */
import { outsideView } from '../src/index';
import { bundledDyadicPanel } from '../src/evidence/bundledHistory';
import type { DyadicPanel } from '../src/history/types';
import { quantile, row, type BenchRow, type Measurement } from './harness';

const SUITE = 'evidence';
/** Timed calls per case, after two untimed calls each. */
const SAMPLES = 20;

function summary(name: string, times: number[]): Measurement {
  const sorted = [...times].sort((a, b) => a - b);
  return { name, medianNs: quantile(sorted, 0.5), p25Ns: quantile(sorted, 0.25), p75Ns: quantile(sorted, 0.75), samples: sorted.length, batchSize: 1 };
}

let sink = 0;

async function timeOnce(fn: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  const result = await fn();
  const took = Number(process.hrtime.bigint() - start);
  if (typeof result === 'number') sink += result;
  return took;
}

/** The baseline: one pass adding flow1 + flow2 of every row. */
function plainPass(panel: DyadicPanel): number {
  const f1 = panel.flow1;
  const f2 = panel.flow2;
  let total = 0;
  for (let i = 0; i < panel.rows; i++) {
    const v = f1[i]! + f2[i]!;
    if (v === v) total += v;
  }
  return total;
}

/** Runs the cases and returns their rows. */
export async function run(): Promise<BenchRow[]> {
  const loadStart = process.hrtime.bigint();
  const panel = await bundledDyadicPanel();
  const loadNs = Number(process.hrtime.bigint() - loadStart);
  const cases = {
    baseline: { name: `baseline: one plain pass adding flow1 + flow2 over the ${panel.rows.toLocaleString('en-US')} rows`, fn: () => plainPass(panel) },
    seed: {
      name: "outsideView({ start: '$580M', target: '$10B', years: 5, band: 300M–1B }), whole panel, after the first load",
      fn: () => outsideView({ start: '$580M', target: '$10B', years: 5, band: { min: '300M', max: '1B' } }),
    },
    wide: {
      name: "outsideView({ start: '$100M', target: '$300M', years: 5 }): 43,727 cases, 5,360 hits named and sorted",
      fn: () => outsideView({ start: '$100M', target: '$300M', years: 5 }),
    },
  };
  const times: Record<keyof typeof cases, number[]> = { baseline: [], seed: [], wide: [] };
  for (const c of Object.values(cases)) {
    await c.fn();
    await c.fn();
  }
  for (let s = 0; s < SAMPLES; s++) {
    for (const key of Object.keys(cases) as (keyof typeof cases)[]) times[key].push(await timeOnce(cases[key].fn));
  }
  if (sink === 0) console.error('bench: the baseline added nothing');
  const baseline = summary(cases.baseline.name, times.baseline);
  return [
    row(SUITE, { name: 'the first load of the bundled dyadic panel (one call, not a median)', medianNs: loadNs, p25Ns: loadNs, p75Ns: loadNs, samples: 1, batchSize: 1 }),
    row(SUITE, baseline),
    row(SUITE, summary(cases.seed.name, times.seed), { baseline, targetNs: 50e6 }),
    row(SUITE, summary(cases.wide.name, times.wide), { baseline, targetNs: 50e6 }),
  ];
}
