#!/usr/bin/env node
// The tradepath command line: see `tradepath --help`.
import { runCli } from './run';

/**
 * A failed write to stdout (a closed pipe such as `tradepath | head -1`, a full disk, /dev/full) ends the command
 * quietly with exit code 1: no stack trace, and for anything but a closed pipe one line on stderr.
 */
function stdoutFailed(error: unknown): never {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== 'EPIPE') {
    try {
      process.stderr.write(`tradepath: cannot write the output: ${code ?? (error as Error | undefined)?.message ?? String(error)}\n`);
    } catch {
      // stderr is gone too: nothing more to say.
    }
  }
  process.exit(1);
}

process.stdout.on('error', stdoutFailed);

void runCli(process.argv.slice(2), {
  out: (text) => {
    try {
      process.stdout.write(text);
    } catch (error) {
      // A file or a device as stdout is written synchronously: its error comes here, not as an event.
      stdoutFailed(error);
    }
  },
  err: (text) => process.stderr.write(text),
  progress: process.stderr.isTTY === true,
}).then((code) => {
  process.exitCode = code;
});
