import { scenarioJsonSchema } from './schema';
import { distributionDocument } from './uncertaintyField';

/**
 * The JSON Schema (draft 2020-12) of scenario documents with the driver types registered now — the file shipped as
 * `tradepath/schema.json`, for editors (`"$schema": "…/schema.json"`) and `tradepath validate`.
 *
 * @example
 * scenarioSchema().required; // => ['name', 'baseline', 'horizon', 'drivers']
 */
export function scenarioSchema(): Record<string, unknown> {
  return {
    ...scenarioJsonSchema(distributionDocument),
    title: 'tradepath scenario',
    description: 'A scenario of trade growth: a baseline, a horizon, an optional target, drivers and uncertainty.',
  };
}

