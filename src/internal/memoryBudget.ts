import { show } from './show';

/** The default memory budget of one call: 2 GiB. */
export const DEFAULT_MEMORY_BUDGET = 2 ** 31;

/** One thing a call will allocate: what it is and how many bytes. */
export interface MemoryPart {
  readonly what: string;
  readonly bytes: number;
}

/** Bytes as a short reading: `"1.50 GiB"`, `"240 MiB"`, `"512 B"`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(2)} GiB`;
  if (bytes >= 2 ** 20) return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
  if (bytes >= 2 ** 10) return `${(bytes / 2 ** 10).toFixed(0)} KiB`;
  return `${bytes} B`;
}

/** The budget a caller gave (`memoryBudget`, in bytes), or the default; a bad one is a RangeError naming `fn`. */
export function memoryBudgetOf(budget: unknown, fn: string): number {
  if (budget === undefined) return DEFAULT_MEMORY_BUDGET;
  if (typeof budget !== 'number' || !Number.isFinite(budget) || budget <= 0) {
    throw new RangeError(`${fn}: memoryBudget must be a number of bytes > 0, got ${show(budget)}`);
  }
  return budget;
}

/**
 * Refuses, before anything is allocated, a call whose estimate exceeds its budget: a RangeError that names the
 * function, the estimate with its parts, the budget and what to change. Returns the estimate in bytes.
 */
export function checkMemoryBudget(fn: string, parts: readonly MemoryPart[], budget: unknown, advice: string): number {
  const limit = memoryBudgetOf(budget, fn);
  const total = parts.reduce((sum, part) => sum + part.bytes, 0);
  if (!(total <= limit)) {
    const detail = parts
      .filter((part) => part.bytes > 0)
      .map((part) => `${part.what} ${formatBytes(part.bytes)}`)
      .join(', ');
    // Close to the budget the rounded readings can be equal: then both are given in bytes.
    const same = formatBytes(total) === formatBytes(limit);
    const shown = (bytes: number) => (same ? `${bytes.toLocaleString('en-US')} bytes` : formatBytes(bytes));
    throw new RangeError(
      `${fn}: this call would allocate about ${shown(total)} (${detail}), more than its memory budget of ${shown(limit)}; ${advice}, or raise memoryBudget (bytes)`,
    );
  }
  return total;
}
