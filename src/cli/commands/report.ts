import { analysisReport } from '../../report/analysis/analysisReport';
import { evidenceFor } from '../../report/analysis/evidenceFor';
import { htmlReport } from '../../report/analysis/htmlReport';
import { renderMarkdown } from '../../report/analysis/renderMarkdown';
import { renderText } from '../../report/analysis/renderText';
import { toJson } from '../../report/json';
import { parse, wholeNumber } from '../args';
import type { Io } from '../io';
import { writeHtml } from '../output';
import { UsageError } from '../UsageError';

export const help = `tradepath report — the Azerbaijan–Iran analysis (what 'tradepath' prints): the evidence
(Correlates of War trade history, the fitted trend, the outside view, earlier targets, the scale), then the scenarios

Usage:
  tradepath [report] [--format text|md|json] [--html report.html] [--runs 20000] [--seed 2024]
`;

export async function run(argv: readonly string[], io: Io): Promise<void> {
  const { values, positionals } = parse('report', argv, { format: { type: 'string' }, html: { type: 'string' }, runs: { type: 'string' }, seed: { type: 'string' } });
  if (values.help) return io.out(help);
  if (positionals.length > 0) throw new UsageError(`report: unexpected argument "${positionals[0]}"; see 'tradepath report --help'`);
  const runs = wholeNumber('report', 'runs', values.runs as string | undefined, 20_000);
  const seed = wholeNumber('report', 'seed', values.seed as string | undefined, 2024);
  // The evidence first (the bundled trade history, loaded here), then the scenarios.
  const report = analysisReport({ monteCarlo: { runs, seed }, evidence: await evidenceFor() });
  const format = (values.format as string | undefined) ?? 'text';
  if (format === 'text') io.out(renderText(report));
  else if (format === 'md') io.out(renderMarkdown(report));
  else if (format === 'json') io.out(`${toJson(report, { indent: 2 })}\n`);
  else throw new UsageError(`report: --format must be text, md or json, got "${format}"`);
  writeHtml(io, values.html as string | undefined, () => htmlReport(report));
}
