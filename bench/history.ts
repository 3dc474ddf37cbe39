/**
 * The bundled trade history (tradepath/history) as a user meets it: each case runs in a fresh Node process on the
 * built dist/ (`npm run build` first), which times itself with performance.now() and prints the result; the row is
 * the median over the processes. The first load is also given as CPU time (process.cpuUsage, user + system, all
 * threads), which a busy shared machine inflates far less than wall time. The target: the first load (import + decode) under 300 ms; and
 * `import('tradepath')` no slower than before the history entry existed (its main entry never loads the data).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { quantile, row, type BenchRow, type Measurement } from './harness';

const PROCESSES = 15;

function summary(name: string, ns: number[]): Measurement {
  const times = [...ns].sort((a, b) => a - b);
  return { name, medianNs: quantile(times, 0.5), p25Ns: quantile(times, 0.25), p75Ns: quantile(times, 0.75), samples: times.length, batchSize: 1 };
}

/** Runs `body` (an ES module that ends by printing `[wall ms, cpu ms]`) in PROCESSES fresh processes. */
function freshWithCpu(name: string, body: string): { wall: Measurement; cpu: Measurement } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < PROCESSES; i++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', body], { encoding: 'utf8' });
    const [w, c] = JSON.parse(out) as [number, number];
    wall.push(w * 1e6);
    cpu.push(c * 1e6);
  }
  return { wall: summary(name, wall), cpu: summary(`${name}: CPU time`, cpu) };
}

const fresh = (name: string, body: string) => freshWithCpu(name, body).wall;

export function run(): BenchRow[] {
  const file = (name: string) => fileURLToPath(new URL(`../dist/${name}`, import.meta.url));
  for (const name of ['history.js', 'index.js', 'index.cjs']) {
    if (!existsSync(file(name))) throw new Error(`bench history: run npm run build first (dist/${name} is missing)`);
  }
  const url = (name: string) => JSON.stringify(pathToFileURL(file(name)).href);
  const timed = (work: string) =>
    `const c0 = process.cpuUsage();\nconst t0 = performance.now();\n${work}\n` +
    `const c = process.cpuUsage(c0);\nconsole.log(JSON.stringify([performance.now() - t0, (c.user + c.system) / 1000]));`;

  const dyadic = freshWithCpu(
    "first load: import('tradepath/history') + loadDyadicPanel() (673,654 rows), fresh process",
    timed(`const h = await import(${url('history.js')});\nawait h.loadDyadicPanel();`),
  );
  const nationalPanel = fresh(
    "first load: import('tradepath/history') + loadNationalPanel() (14,410 rows), fresh process",
    timed(`const h = await import(${url('history.js')});\nawait h.loadNationalPanel();`),
  );
  const pair = fresh(
    "first call: import('tradepath/history') + bilateral('AZE', 'IRN'), fresh process",
    timed(`const h = await import(${url('history.js')});\nawait h.bilateral('AZE', 'IRN');`),
  );
  // Baselines in fresh processes too, written with Node's own primitives, not the library's: (1) the least a load
  // of this encoding can cost, base64 → bytes → gunzip of dist/history.js's largest string (read before the clock
  // starts); (2) importing the runtime dependencies alone (zod, decimal.js, simple-statistics), the floor under
  // importing the library.
  const blob = fresh(
    'baseline: Buffer.from(base64) + zlib.gunzipSync of the same data blob, fresh process',
    `import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
` +
      `const text = readFileSync(${JSON.stringify(file('history.js'))}, 'utf8');
` +
      `const b64 = [...text.matchAll(/"([A-Za-z0-9+/=]{100000,})"/g)].map((m) => m[1]).sort((a, b) => b.length - a.length)[0];
` +
      timed('if (gunzipSync(Buffer.from(b64, "base64")).length === 0) throw new Error("empty");'),
  );
  const dependencies = ['zod', 'decimal.js', 'simple-statistics'].map((name) => JSON.stringify(import.meta.resolve(name)));
  const bare = fresh(
    'baseline: import of the dependencies alone (zod, decimal.js, simple-statistics), fresh process',
    timed(dependencies.map((href) => `await import(${href});`).join('\n')),
  );
  const esm = fresh("import('tradepath') (dist/index.js), fresh process", timed(`await import(${url('index.js')});`));
  const cjs = fresh(
    "require('tradepath') (dist/index.cjs), fresh process",
    timed(`const { createRequire } = await import('node:module');\ncreateRequire(import.meta.url)(${JSON.stringify(file('index.cjs'))});`),
  );
  return [
    row('history', blob),
    row('history', dyadic.wall, { baseline: blob, targetNs: 300e6 }),
    row('history', dyadic.cpu),
    row('history', nationalPanel),
    row('history', pair, { baseline: blob, targetNs: 300e6 }),
    row('history', bare),
    row('history', esm, { baseline: bare }),
    row('history', cjs, { baseline: bare }),
  ];
}
