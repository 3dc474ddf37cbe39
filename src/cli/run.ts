import { ScenarioError } from '../scenario/ScenarioError';
import type { Io } from './io';
import { UsageError } from './UsageError';
import { repository, version } from '../../package.json';

/** The commands, loaded only when used: `tradepath required` never loads zod or the Monte Carlo code. */
const COMMANDS: Record<string, () => Promise<{ run: (argv: readonly string[], io: Io) => void | Promise<void>; help: string }>> = {
  required: () => import('./commands/required'),
  run: () => import('./commands/run'),
  compare: () => import('./commands/compare'),
  simulate: () => import('./commands/simulate'),
  sensitivity: () => import('./commands/sensitivity'),
  discover: () => import('./commands/discover'),
  validate: () => import('./commands/validate'),
  report: () => import('./commands/report'),
  history: () => import('./commands/history'),
  fit: () => import('./commands/fit'),
  'outside-view': () => import('./commands/outsideView'),
};

export const usage = `tradepath ${version} — scenario modelling of trade growth

Usage:
  tradepath                       the Azerbaijan–Iran analysis (the embedded default)
  tradepath report [--format md] [--html report.html]   the same, as Markdown or HTML
  tradepath required --from 580M --to 10B --years 5     the growth a target needs
  tradepath run <scenario.json>                          an exact projection
  tradepath compare <a.json> <b.json> ...                scenarios side by side
  tradepath simulate <scenario.json> --runs 20000        Monte Carlo, probability of the target
  tradepath sensitivity <scenario.json> --method tornado which assumptions matter
  tradepath discover <scenario.json> --runs 10000        under which assumptions the target is reached
  tradepath validate <scenario.json>                     check scenario files
  tradepath history AZE IRN                              the pair's recorded trade (Correlates of War)
  tradepath fit <trade.csv> --layout comtrade            growth fitted to each series of a CSV
  tradepath outside-view --from 580M --to 10B --years 5  how often pairs that size grew that fast

A scenario may be a JSON file or a preset: preset:statusQuo, preset:corridorLed, preset:combined, ...
Each command has --help. Common options: --format md|csv|json, --html <file>, --svg <dir>.
`;

/** Help texts that load without their command, for `tradepath <command> --help` alone (start-up, issue #17). */
const HELP_ONLY: Record<string, () => Promise<{ help: string }>> = {
  simulate: () => import('./commands/simulateHelp'),
};

/** Where a bug inside tradepath is reported (the package's repository). */
const ISSUES_URL = `${repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/issues`;

/**
 * Runs the command line and returns the exit code: 0 done; 2 the user's mistake (usage, a document, a value out of
 * range), one message on stderr and no stack trace; 1 an internal error — a bug in tradepath, said as such, with
 * where to report it.
 */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === '--version' || first === '-v') {
      io.out(`${version}\n`);
      return 0;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      io.out(usage);
      return 0;
    }
    const name = first === undefined || first.startsWith('-') ? 'report' : first;
    const load = COMMANDS[name];
    if (load === undefined) throw new UsageError(`unknown command "${name}"; the commands: ${Object.keys(COMMANDS).join(', ')} (see tradepath --help)`);
    const helpOnly = HELP_ONLY[name];
    if (helpOnly !== undefined && rest.length === 1 && (rest[0] === '--help' || rest[0] === '-h')) {
      io.out((await helpOnly()).help);
      return 0;
    }
    const command = await load();
    await command.run(first === undefined || first.startsWith('-') ? argv : rest, io);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (process.env.TRADEPATH_DEBUG && error instanceof Error) io.err(`${error.stack}\n`);
    if (isUsersMistake(error)) {
      io.err(`tradepath: ${message}\n`);
      return 2;
    }
    const kind = error instanceof Error ? `${error.name}: ` : '';
    io.err(
      `tradepath: internal error: ${kind}${message}\n` +
        `This is a bug in tradepath ${version}, not a mistake in your input. Please report it at ${ISSUES_URL} ` +
        `with the command you ran${process.env.TRADEPATH_DEBUG ? ' and the stack trace above' : ' and the stack trace that TRADEPATH_DEBUG=1 prints'}.\n`,
    );
    return 1;
  }
}

/**
 * True for the errors that are the user's to fix: the CLI's own usage errors, a scenario document's issues, and the
 * library's argument checks — a RangeError or TypeError whose message names the function that refused the value
 * (`requiredCagr: years must be …`, as every check in src/ words it). A RangeError or TypeError from the JavaScript
 * engine itself (`Cannot read properties of undefined`, `Maximum call stack size exceeded`) names no function: it is
 * a bug, as is any other error.
 */
function isUsersMistake(error: unknown): boolean {
  if (error instanceof UsageError || error instanceof ScenarioError) return true;
  if (!(error instanceof RangeError || error instanceof TypeError)) return false;
  return /^[A-Za-z_$][\w$]*(\.[\w$]+)*(\(\))?: \S/.test(error.message);
}
