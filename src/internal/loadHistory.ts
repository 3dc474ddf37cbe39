/**
 * Loads the entry `tradepath/history` (the bundled COW data) on demand. A package self-reference, not a relative
 * import: tsup keeps it external, so the main entry's ESM and CJS builds never contain the data, and both load the
 * one `dist/history` build through the package's `exports` (tsconfig `paths` and the vitest alias map it to
 * src/history/index.ts in development).
 */
export function loadHistory(): Promise<typeof import('../history/index')> {
  return import('tradepath/history');
}
