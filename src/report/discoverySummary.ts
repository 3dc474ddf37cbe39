import { checkOptionsObject } from '../internal/checkOptionsObject';
import { show } from '../internal/show';
import type { ParameterKind } from '../scenario/driverType';
import type { DiscoverResult } from '../sensitivity/discover';
import type { PrimBoxResult, PrimResult } from '../sensitivity/prim';
import { boundText } from '../uncertainty/stats/formatProbability';
import { wilsonInterval } from '../uncertainty/stats/wilsonInterval';
import { conditionText, limitText, percent, pValueText } from './internal/primText';
import { toMarkdown } from './markdown';

/** Options of {@link discoverySummary}. */
export interface DiscoverySummaryOptions {
  /** `'text'` (default): plain lines; `'markdown'`: a paragraph and two tables. */
  readonly format?: 'text' | 'markdown';
  /** How many parameters to list by separation; default 5. */
  readonly features?: number;
}

/**
 * Writes a discovery result as "what would have to be true": the chosen box's conditions, how dense the hits are
 * in it and how many of them it covers, the p-value of each condition, and the parameters that best separate hits
 * from misses on their own. Rates read as percentages and amounts as money (from the parameters' kinds).
 *
 * @param result - the result of `discover` (or of `prim`, whose parameters then read as numbers).
 * @param options - `format`: `'text'` or `'markdown'`; `features`: how many parameters to list, a whole number ≥ 0.
 * @throws {TypeError} when result is not a discovery result.
 * @throws {RangeError} for an unknown format or a bad `features` count.
 * @example
 * const pace = defineScenario({ name: 'Pace', baseline: { year: 2024, value: '$580M' }, horizon: { endYear: 2029 },
 *   target: { value: '$10B', year: 2029 }, drivers: [{ id: 'base', type: 'growth', rate: '20%' }] });
 * const result = discover(pace, { uncertain: { 'base.rate': uniform({ min: 0.1, max: 1 }) }, runs: 400, seed: 1 });
 * discoverySummary(result).split('\n')[0]; // => 'base.rate ≥ 76.8%: in this box 100% of runs reach $10.0B by 2029 (coverage 100% of all hits).'
 * discoverySummary(result, { format: 'html' }); // => throws RangeError
 */
export function discoverySummary(result: DiscoverResult | PrimResult, options: DiscoverySummaryOptions = {}): string {
  const fn = 'discoverySummary';
  if (typeof result !== 'object' || result === null || !Array.isArray(result.boxes) || typeof result.chosen !== 'number') {
    throw new TypeError(`${fn}: result must be the result of discover or prim, got ${show(result)}`);
  }
  checkOptionsObject(options, fn, "an object like { format: 'markdown' }");
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'markdown') throw new RangeError(`${fn}: format must be 'text' or 'markdown', got ${show(format)}`);
  const top = options.features ?? 5;
  if (!Number.isInteger(top) || top < 0) throw new RangeError(`${fn}: features must be a whole number ≥ 0, got ${show(top)}`);

  const discovered = 'question' in result ? result : undefined;
  const question = discovered?.question ?? 'are cases of interest';
  const kinds: Record<string, ParameterKind> = discovered?.kinds ?? {};
  const box: PrimBoxResult = result.boxes[result.chosen]!;
  const runs = `Across all ${result.runs.toLocaleString('en-US')} runs`;
  const of = discovered === undefined ? '' : ` (${discovered.scenario})`;
  // No hit is not a chance of 0: it is a chance below the 95% Wilson bound, about 3.84 / runs.
  const overall =
    result.hits === 0
      ? `${runs}${of}, none ${question}: the chance is below ${boundText(wilsonInterval(0, result.runs).high)} (95% upper bound).`
      : `${runs}, ${percent(result.hitRate)} ${question}${of}.`;
  if (result.hits === 0 || result.hits === result.runs) return [result.explanation, overall].join(format === 'markdown' ? '\n\n' : '\n');

  const conditions = box.restricted.map((r) => conditionText(r.param, r, result.ranges[r.param]!, kinds[r.param]));
  const headline =
    (conditions.length === 0 ? 'No condition narrows it' : conditions.join(' and ')) +
    `: in this box ${percent(box.density)} of runs ${question} (coverage ${percent(box.coverage)} of all hits).`;
  const range = (param: string) =>
    `${limitText(result.ranges[param]!.min, kinds[param])} to ${limitText(result.ranges[param]!.max, kinds[param])}`;
  const features = result.features.slice(0, top);
  const featureText = (f: (typeof features)[number]) =>
    `${f.param} ${f.score.toFixed(2)}${f.direction === 'none' ? '' : `, hits ${f.direction}`}`;

  if (format === 'text') {
    return [
      headline,
      overall,
      ...box.restricted.map((r, i) => `  ${conditions[i]} (sampled ${range(r.param)}; ${pValueText(r.pValue)})`),
      ...(features.length === 0 ? [] : [`Separation of hits from misses (Kolmogorov–Smirnov): ${features.map(featureText).join('; ')}.`]),
    ].join('\n');
  }
  const parts = [`**${headline}** ${overall}`];
  if (box.restricted.length > 0) {
    parts.push(
      toMarkdown({
        columns: [
          { key: 'condition', label: 'Condition', kind: 'text' },
          { key: 'sampled', label: 'Sampled', kind: 'text' },
          { key: 'p', label: 'Significance', kind: 'text' },
        ],
        rows: box.restricted.map((r, i) => ({ condition: conditions[i], sampled: range(r.param), p: pValueText(r.pValue) })),
      }),
    );
  }
  if (features.length > 0) {
    parts.push(
      toMarkdown({
        columns: [
          { key: 'param', label: 'Parameter', kind: 'text' },
          { key: 'score', label: 'Kolmogorov–Smirnov', kind: 'text', align: 'right' },
          { key: 'direction', label: 'Hits lie', kind: 'text' },
        ],
        rows: features.map((f) => ({ param: f.param, score: f.score.toFixed(2), direction: f.direction === 'none' ? '' : f.direction })),
      }),
    );
  }
  return parts.join('\n\n');
}
