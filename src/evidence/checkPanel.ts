import { show } from '../internal/show';
import type { DyadicPanel, NationalPanel } from './panelTypes';

/** A typed column with at least `rows` entries, or a description of what is wrong. */
function columnProblem(panel: Record<string, unknown>, name: string, rows: number): string | null {
  const column = panel[name];
  if (!ArrayBuffer.isView(column) || column instanceof DataView) return `${name} is not a typed array`;
  if ((column as unknown as ArrayLike<number>).length < rows) return `${name} has fewer than ${rows} entries`;
  return null;
}

function shapeProblem(panel: unknown, columns: readonly string[]): string | null {
  if (typeof panel !== 'object' || panel === null) return `got ${show(panel)}`;
  const p = panel as Record<string, unknown>;
  const rows = p.rows;
  if (typeof rows !== 'number' || !Number.isSafeInteger(rows) || rows < 0) return `rows must be a whole number ≥ 0, got ${show(rows)}`;
  for (const name of columns) {
    const problem = columnProblem(p, name, rows);
    if (problem !== null) return problem;
  }
  return null;
}

/**
 * Checks the shape of a dyadic panel a caller gave (columns of `rows` entries, `pairStart` from 0 to `rows`) in
 * constant time, so that a wrong object fails with a message instead of counting garbage.
 */
export function checkDyadicPanel(panel: unknown, fn: string): DyadicPanel {
  let problem = shapeProblem(panel, ['ccode1', 'ccode2', 'year', 'flow1', 'flow2', 'smoothflow1', 'smoothflow2']);
  if (problem === null) problem = columnProblem(panel as Record<string, unknown>, 'pairStart', 1);
  if (problem === null) {
    const p = panel as DyadicPanel;
    const last = p.pairStart[p.pairStart.length - 1];
    if (p.pairStart.length < 1 || p.pairStart[0] !== 0 || last !== p.rows) {
      problem = `pairStart must run from 0 to rows (${p.rows}), got ${p.pairStart[0]}…${last}`;
    }
  }
  if (problem !== null) throw new TypeError(`${fn}: panel must be a DyadicPanel: ${problem}`);
  return panel as DyadicPanel;
}

/** Checks the shape of a national panel a caller gave (columns of `rows` entries). */
export function checkNationalPanel(panel: unknown, fn: string): NationalPanel {
  const problem = shapeProblem(panel, ['ccode', 'year', 'imports', 'exports']);
  if (problem !== null) throw new TypeError(`${fn}: panel must be a NationalPanel: ${problem}`);
  return panel as NationalPanel;
}
