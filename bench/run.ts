/**
 * Runs benchmark suites and prints a Markdown table of medians, which it also writes to bench/RESULTS.md.
 *
 *   npm run bench              every suite in SUITES
 *   npm run bench -- growth    only the suites named
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { formatNs, type BenchRow } from './harness';
import { run as growth } from './growth';
import { run as scenario } from './scenario';
import { run as simulate } from './simulate';
import { run as sensitivity } from './sensitivity';
import { run as cli } from './cli';
import { run as discover } from './discover';
import { run as simulateParallel } from './simulate-parallel';
import { run as history } from './history';
import { run as evidence } from './evidence';
import { run as fits } from './fits';
import { run as accounts } from './accounts';
import { run as components } from './components';
import { run as endToEnd } from './endToEnd';

/** Every suite that `npm run bench` runs by default. Add yours here: a name and a function that returns rows. */
const SUITES: Record<string, () => BenchRow[] | Promise<BenchRow[]>> = {
  growth,
  scenario,
  simulate,
  sensitivity,
  discover,
  cli,
  simulateParallel,
  history,
  evidence,
  fits,
  accounts,
  components,
  endToEnd,
};

/** Measurements made once, outside this harness, that the results file keeps beside the table. */
const NOTES = [
  'The endToEnd suite runs numpy doing the same work (`bench/numpy_simulate.py`, with the Python of TRADEPATH_PYTHON',
  'or /usr/bin/python3) in alternation with tradepath, so its rows are from the same minutes; its numpy rows are',
  'medians of numpy\'s own seven repetitions. Earlier one-off figures and the comparisons are in bench/README.md.',
].join('\n');

function table(rows: readonly BenchRow[]): string {
  const header = ['suite', 'case', 'median', 'p25–p75', 'ratio to baseline', 'target', 'met?'];
  const lines = rows.map((r) => [
    r.suite,
    r.case.replace(/\|/g, '\\|'),
    formatNs(r.medianNs),
    `${formatNs(r.p25Ns)} – ${formatNs(r.p75Ns)}`,
    r.ratio === undefined ? '' : `${r.ratio.toPrecision(3)}×`,
    r.targetNs === undefined ? '' : `< ${formatNs(r.targetNs)}`,
    r.met === undefined ? '' : r.met ? 'yes' : 'NO',
  ]);
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

async function main(names: readonly string[]): Promise<number> {
  const unknown = names.filter((name) => !(name in SUITES));
  if (unknown.length > 0) {
    console.error(`bench: unknown suite ${unknown.join(', ')}; the suites are: ${Object.keys(SUITES).join(', ')}`);
    return 2;
  }
  const chosen = names.length > 0 ? names : Object.keys(SUITES);
  const load = loadavg()[0]!.toFixed(2);
  const rows: BenchRow[] = [];
  for (const name of chosen) {
    console.error(`bench: running ${name}…`);
    rows.push(...(await SUITES[name]!()));
  }
  const machine = `Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, load average ${load} at start`;
  const report = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}.`,
    'Times are medians per call over timed batches, with the quartiles beside them; the ratio is the median over',
    'the median of the float64 baseline run just before it in the same process.',
    '',
    table(rows),
    '',
    NOTES,
    '',
  ].join('\n');
  console.log(table(rows));
  // Only a run of every suite replaces the recorded results; a run of some suites just prints.
  if (names.length === 0) writeFileSync(new URL('./RESULTS.md', import.meta.url), report);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
