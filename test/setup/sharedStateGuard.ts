/**
 * Setup of the shared `unit` project (isolate: false, so files of a worker share src/'s modules): fails a test file
 * that leaves shared state changed — a driver type registered, an environment variable set or removed — since later
 * files in the same worker would see it. Such a file belongs in STATEFUL (vitest.config.ts), which runs isolated.
 */
import { afterAll } from 'vitest';
import { driverTypes } from '../../src/scenario/registry';

const envNow = (): string => JSON.stringify(Object.entries(process.env).sort(([a], [b]) => (a < b ? -1 : 1)));

// Taken when this setup runs, before each file's own top-level code (which may register a driver as it loads).
const types = driverTypes().map((t) => t.type);
const env = envNow();

afterAll(() => {
  const added = driverTypes().map((t) => t.type).filter((t) => !types.includes(t));
  if (added.length > 0) throw new Error(`this file registers driver types (${added.join(', ')}) that later files would see: list it in STATEFUL in vitest.config.ts`);
  if (envNow() !== env) throw new Error('this file changes process.env, which later files would see: restore it, or list the file in STATEFUL in vitest.config.ts');
});
