/**
 * Global setup of the integration project: its tests run dist/ (the packed package, the CLI binary, worker threads,
 * the notebook, the browser bundles), so a dist/ older than src/ would test old code and pass or fail for the wrong
 * reason. Stops the run with the reason when dist/.stamp.json (written by `npm run build`) does not match the
 * sources. `npm test` and `npm run test:integration` build first; `npx vitest --project integration` does not.
 */
// A plain .mjs script (typed by dist-stamp.d.mts), shared with package.json's build script.
import { staleReason } from '../../scripts/dist-stamp.mjs';

export default function distIsCurrent(): void {
  const reason = staleReason();
  if (reason !== undefined) throw new Error(`integration tests need a current dist/: ${reason}`);
}
