#!/usr/bin/env node
// The tradepath command line: see `tradepath --help`.
import { runCli } from './run';

void runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  progress: process.stderr.isTTY === true,
}).then((code) => {
  process.exitCode = code;
});
