// The size budget of the built package: what a bundler pulls in for `import ... from 'tradepath'`.
// Run after `npm run build`: `npm run lint:size`. Exits 1 when a file is missing or over its budget.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

interface Budget {
  readonly file: string;
  /** Bytes as shipped. */
  readonly raw: number;
  /** Bytes gzipped at level 9, about what a CDN or bundle analyser reports. */
  readonly gzip: number;
}

// Measured on 2026-11-27 (index.js 320 KB raw / 95 KB gzip; index.cjs 323 / 95; worker.js 43 / 13), with about
// 25 % headroom: room for the features still planned, not for an accidental second copy of a dependency.
// The worker's budget was raised in the second session, when the kernel gained its affine effects and their
// compiled loop (worker.js 58.6 KB / 16.2 KB), to the same headroom again. The third session added the evidence
// layer (series, CSV layouts, fits, the outside view), its report sections and two charts, and the hardening
// checks: index.js 454 KB / 130 KB, index.cjs 458 / 131 (the data stay in dist/history.*). Raised to 25 % again.
// The fourth session gave the worker the composed kernel of components, events and the real basis, the trade-cost
// and event driver types, and the step description with its code writer for any plan: worker.js 95.8 KB / 25.8 KB
// (index.js 530 / 151, within its budget). The worker's budget raised to 25 % over that.
// The fifth session gave the worker the distributions (it turns its own blocks' unit points into values) and the
// fast paths of driver types (affineThrough, floatLevels): worker.js 120 KB / 32.6 KB (index.js 541 / 154). The
// worker's budget raised to about 15 % over that.
const BUDGETS: readonly Budget[] = [
  { file: 'dist/index.js', raw: 570_000, gzip: 163_000 },
  { file: 'dist/index.cjs', raw: 575_000, gzip: 164_000 },
  { file: 'dist/worker.js', raw: 138_000, gzip: 37_500 },
  { file: 'dist/worker.cjs', raw: 138_000, gzip: 37_500 },
  // tradepath/history: almost all data (base64 of gzip, which gzip cannot shrink much). Measured 2026-12-01 at
  // 1,144 KB raw / 843 KB gzip each; the budget leaves about 15 %: a new COW version fits, a second copy does not.
  { file: 'dist/history.js', raw: 1_320_000, gzip: 970_000 },
  { file: 'dist/history.cjs', raw: 1_320_000, gzip: 970_000 },
];

const root = new URL('../', import.meta.url);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

let failed = false;
console.log(`${'file'.padEnd(18)} ${'raw'.padStart(10)} ${'budget'.padStart(10)} ${'gzip'.padStart(10)} ${'budget'.padStart(10)}`);
for (const budget of BUDGETS) {
  const path = new URL(budget.file, root);
  if (!existsSync(path)) {
    console.log(`${budget.file.padEnd(18)} missing: run npm run build first`);
    failed = true;
    continue;
  }
  const bytes = readFileSync(path);
  const raw = bytes.length;
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const over = raw > budget.raw || gzip > budget.gzip;
  failed ||= over;
  console.log(
    `${budget.file.padEnd(18)} ${kb(raw).padStart(10)} ${kb(budget.raw).padStart(10)} ${kb(gzip).padStart(10)} ${kb(budget.gzip).padStart(10)}${over ? '  OVER BUDGET' : ''}`,
  );
}
if (failed) {
  console.error('check-size: dist/ is over its size budget (or not built); see the table above');
  process.exit(1);
}
