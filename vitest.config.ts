import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Tests that run processes or the built package (dist/): the packed package, the CLI binary, tsx/ts-node runs of the
 * examples and the README, worker threads (they load dist/worker.js), Chromium, Jupyter, the history entry on dist/.
 * A new test that spawns a process or reads dist/ belongs here; everything else is a unit or property test and must
 * run from src/ without a build.
 */
const INTEGRATION = [
  'test/cli/binary.test.ts',
  'test/examples/examples.test.ts',
  'test/examples/replPreload.test.ts',
  'test/history/entry.test.ts',
  'test/**/*.browser.test.ts',
  'test/notebook/**/*.test.ts',
  'test/readme.test.ts',
  'test/reliability/hostile.test.ts',
  'test/reliability/package.test.ts',
  'test/reliability/reproducibility.test.ts',
  'test/simulation/parallel.test.ts',
  'test/uncertainty/hardening.test.ts',
];

const PROPERTY = 'test/**/*.prop.test.ts';

export default defineConfig({
  resolve: {
    // Longest first: 'tradepath/history' must not be caught by the 'tradepath' alias.
    alias: [
      { find: /^tradepath\/history$/, replacement: fileURLToPath(new URL('./src/history/index.ts', import.meta.url)) },
      { find: /^tradepath$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    // `vitest run` (npm test) runs every project; `--project <name>` one of them (the test:* scripts).
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [PROPERTY, ...INTEGRATION] } },
      { extends: true, test: { name: 'property', include: [PROPERTY], exclude: INTEGRATION } },
      {
        extends: true,
        test: { name: 'type', include: [], typecheck: { enabled: true, only: true, include: ['test/**/*.test-d.ts'] } },
      },
      { extends: true, test: { name: 'integration', include: INTEGRATION, globalSetup: ['test/setup/distIsCurrent.ts'] } },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The generated direction-number table is data; the CLI and worker are run as processes by their tests.
      exclude: ['src/uncertainty/samplers/sobolDirections.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 90 },
    },
  },
});
