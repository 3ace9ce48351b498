#!/usr/bin/env node
/** The `elet` command: see `elet --help`. */
import { outputFailed } from './output-errors.js';
import { run } from './program.js';

// `elet list | head` closes the pipe early; `elet export > /dev/full` has no room: exit at once, without a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  process.exit(outputFailed(error, (text) => process.stderr.write(text)));
});

process.exitCode = await run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  ...(process.stdout.isTTY ? { columns: process.stdout.columns } : {}),
});
