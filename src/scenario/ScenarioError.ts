/** One problem found in a scenario document: where (`drivers[2].startYear`) and what was expected. */
export interface ScenarioIssue {
  /** The path of the bad field, written as in JavaScript: `drivers[2].startYear`; `""` for the document itself. */
  readonly path: string;
  /** What is wrong, readable on its own. */
  readonly message: string;
}

/**
 * Thrown when a scenario document, an override or a parameter name is invalid. `issues` lists every problem found,
 * each with the path of the bad field; `message` is readable on its own.
 *
 * @example
 * let caught;
 * try {
 *   defineScenario({ name: 'x', baseline: { year: 2024, value: -1 }, horizon: { endYear: 2030 },
 *     drivers: [{ id: 'g', type: 'growth', rate: '-200%' }] });
 * } catch (e) { caught = e; }
 * caught instanceof ScenarioError; // => true
 * caught.issues.map((i) => i.path); // => ['baseline.value', 'drivers[0].rate']
 */
export class ScenarioError extends Error {
  readonly issues: readonly ScenarioIssue[];

  constructor(issues: readonly ScenarioIssue[], context = 'invalid scenario') {
    const list = issues.map((i) => `  - ${i.path === '' ? '(document)' : i.path}: ${i.message}`).join('\n');
    super(`${context} (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}):\n${list}`);
    this.name = 'ScenarioError';
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i })));
  }
}

/** Writes a path array as `drivers[2].startYear` (numbers as indices, other keys dotted or quoted). */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$|^\d+$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
