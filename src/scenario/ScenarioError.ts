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
  /** The problems, at most the first 100 of them (see `more`). */
  readonly issues: readonly ScenarioIssue[];
  /** How many more problems were found than `issues` lists (0 when all are listed). */
  readonly more: number;

  /**
   * @param issues - the problems found (the first 100 are kept).
   * @param context - what was invalid, the message's first words.
   * @param uncounted - problems found but not passed in `issues` (a reader that stops collecting at the cap).
   */
  constructor(issues: readonly ScenarioIssue[], context = 'invalid scenario', uncounted = 0) {
    // A document with very many problems (a huge record of bad keys) is reported by its first ones and a count.
    const listed = issues.length > MAX_ISSUES ? issues.slice(0, MAX_ISSUES) : issues;
    const more = issues.length - listed.length + uncounted;
    const total = issues.length + uncounted;
    let list = listed.map((i) => `  - ${i.path === '' ? '(document)' : i.path}: ${i.message}`).join('\n');
    if (more > 0) list += `\n  - … and ${more} more (only the first ${MAX_ISSUES} are listed)`;
    super(`${context} (${total} ${total === 1 ? 'problem' : 'problems'}):\n${list}`);
    this.name = 'ScenarioError';
    this.issues = Object.freeze(listed.map((i) => Object.freeze({ ...i })));
    this.more = more;
  }
}

/** The most issues a ScenarioError lists; the rest are counted in `more` and in its message. */
export const MAX_ISSUES = 100;

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
