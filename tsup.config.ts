import { defineConfig } from 'tsup';

// `npm run build` empties dist/ first; the two builds below run side by side and must not clean it themselves.
export default defineConfig([
  {
    // worker: the entry of simulateParallel's worker threads, loaded by file beside index.js / index.cjs.
    entry: { index: 'src/index.ts', worker: 'src/simulation/worker.ts' },
    format: ['esm', 'cjs'],
    // Types for the public index only; the worker is not an import path of the package.
    dts: { entry: { index: 'src/index.ts' }, compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: true,
    clean: false,
    target: 'es2022',
    treeshake: true,
    // Each entry stays one self-contained file (no shared chunks), so index.js is built as before.
    splitting: false,
    // import.meta.url in the CJS build (simulateParallel finds worker.cjs beside index.cjs).
    shims: true,
    // The bundled trade history is loaded by package self-reference (src/internal/loadHistory.ts) and built on
    // its own below: the main entry must never carry the data.
    external: ['tradepath/history'],
    // In the CJS build, import() becomes a require() in a Promise: index.cjs then loads history.cjs (one module
    // system, one decimal.js), and CJS consumers whose runtime lacks ESM (Jest without vm modules) still work.
    esbuildOptions(options, { format }) {
      if (format === 'cjs') options.supported = { ...options.supported, 'dynamic-import': false };
    },
  },
  {
    // The command line: ESM with code splitting, so each command is a chunk loaded only when it runs and
    // `tradepath required` starts without zod or the Monte Carlo code.
    entry: { main: 'src/cli/main.ts' },
    outDir: 'dist/cli',
    format: ['esm'],
    splitting: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    treeshake: true,
    // simulateParallel finds its worker at ../worker.js from here too.
    shims: true,
    external: ['tradepath/history'],
  },
  {
    // tradepath/history: the COW data (about 1.2 MB of base64) and their decoder, one file per module system.
    // No source map: its sourcesContent would repeat the data in each map.
    entry: { history: 'src/history/index.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { history: 'src/history/index.ts' }, compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: false,
    clean: false,
    target: 'es2022',
    treeshake: true,
    splitting: false,
  },
]);
