import { ScenarioError } from './ScenarioError';

/**
 * The error for a parameter name a scenario does not have, wherever one is given (`simulate`'s `uncertain`, a
 * problem's `params`, an override): a ScenarioError whose issue sits at `path` and lists the valid names, and whose
 * message names the calling function.
 */
export function unknownParameter(
  scenario: { readonly name: string },
  valid: Iterable<string>,
  name: string,
  path: string,
  fn: string,
): ScenarioError {
  return new ScenarioError(
    [{ path, message: `unknown parameter; valid parameters of "${scenario.name}": ${[...valid].join(', ')}` }],
    `${fn}: unknown parameter "${name}"`,
  );
}
