import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Longest first: 'tradepath/history' must not be caught by the 'tradepath' alias.
    alias: [
      { find: /^tradepath\/history$/, replacement: fileURLToPath(new URL('./src/history/index.ts', import.meta.url)) },
      { find: /^tradepath$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
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
