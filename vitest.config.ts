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
  'test/simulation/componentsParallel.test.ts',
  'test/uncertainty/hardening.test.ts',
];

const PROPERTY = 'test/**/*.prop.test.ts';

/**
 * Unit tests that change state other files see: drivers registered in the shared registry (registerDriver's tests,
 * the JSDoc examples), environment variables, mocks and stubs. They run isolated; the rest share modules.
 */
const STATEFUL = [
  'test/cli/errorsByOrigin.test.ts',
  'test/docExamples.test.ts',
  'test/history/decode.test.ts',
  'test/scenario/hardening.test.ts',
  'test/scenario/registerDriver.test.ts',
  'test/simulation/affine.test.ts',
];

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
      // Most unit files share one module graph per worker (no re-import of src/ for each file: a third of the CPU);
      // files that change shared state (registered drivers, process.env, mocks) get a fresh one each.
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [PROPERTY, ...INTEGRATION, ...STATEFUL], isolate: false, setupFiles: ['test/setup/sharedStateGuard.ts'] },
      },
      { extends: true, test: { name: 'unit:isolated', include: STATEFUL, exclude: [PROPERTY, ...INTEGRATION] } },
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
