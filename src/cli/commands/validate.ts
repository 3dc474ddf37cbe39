import { defineScenario } from '../../scenario/defineScenario';
import { ScenarioError } from '../../scenario/ScenarioError';
import { parse } from '../args';
import { readJson, type Io } from '../io';
import { UsageError } from '../UsageError';

export const help = `tradepath validate — check scenario files

Usage:
  tradepath validate <scenario.json> [more.json ...]

Each file is checked against every rule of a scenario document (those of schema.json and the ones that tie fields
together, such as a ramp's fullYear not before its startYear). Prints "ok" per valid file; exit code 2 if any is not.
`;

export function run(argv: readonly string[], io: Io): void {
  const { values, positionals } = parse('validate', argv, {});
  if (values.help) return io.out(help);
  if (positionals.length === 0) throw new UsageError("validate: name the files to check; see 'tradepath validate --help'");
  const problems: string[] = [];
  for (const file of positionals) {
    try {
      const s = defineScenario(readJson(file) as never);
      io.out(`${file}: ok ("${s.name}", ${s.drivers.length} drivers, ${s.baseline.year}–${s.horizon.endYear})\n`);
    } catch (error) {
      if (!(error instanceof ScenarioError) && !(error instanceof UsageError)) throw error;
      problems.push(`${file}: ${error.message}`);
    }
  }
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
}
