/** SHA-256 over the build's inputs (src/, package.json, tsup.config.ts, tsconfig.json) under `root`. */
export function sourceHash(root?: string): string;
/** Why dist/ under `root` cannot be tested (missing or stale), or undefined when its stamp matches the sources. */
export function staleReason(root?: string): string | undefined;
