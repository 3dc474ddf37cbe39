/**
 * The whole analysis as one self-contained HTML file (inline SVG charts and CSS, nothing fetched), written to the
 * system's temporary folder: open it in a browser, print it, mail it. It opens with the evidence (the recorded
 * trade, the trend, the outside view, earlier targets, the scale), then the scenarios.
 *
 *   npx tsx examples/html-report.ts
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analysisReport, evidenceFor, htmlReport } from 'tradepath';

// Fewer runs than the default 20,000 keep the example quick; the seed makes the file the same on every run.
const html = htmlReport(analysisReport({ monteCarlo: { runs: 5000, seed: 2024 }, evidence: await evidenceFor() }));
const file = join(tmpdir(), 'tradepath-azerbaijan-iran.html');
writeFileSync(file, html);

const count = (re: RegExp) => html.match(re)?.length ?? 0;
const kb = Buffer.byteLength(html) / 1024;
const sizeClass = [10, 20, 50, 100, 200, 500, 1000].find((limit) => kb < limit);
console.log(`Wrote ${file.replace(tmpdir(), '<tmpdir>')}`);
console.log(`Size: under ${sizeClass ?? 'over 1000'} KB`);
console.log(`Charts: ${count(/<svg[\s>]/g)}, tables: ${count(/<table>/g)}, sections: ${count(/<section /g)}`);
console.log(`Title: ${/<title>([^<]*)<\/title>/.exec(html)?.[1]}`);
// Self-contained: no address outside the file, apart from the SVG namespace (a name, never fetched).
console.log(`Network references: ${count(/(?:src|href)="https?:/g)}`);
// Output:
// Wrote <tmpdir>/tradepath-azerbaijan-iran.html
// Size: under 200 KB
// Charts: 6, tables: 15, sections: 17
// Title: Azerbaijan–Iran trade: can $580M become $10B by 2029?
// Network references: 0
