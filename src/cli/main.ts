#!/usr/bin/env node
/** The `elet` command: see `elet --help`. */
import { run } from './program.js';

// `elet list | head` closes the pipe early: stop quietly instead of throwing EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  ...(process.stdout.isTTY ? { columns: process.stdout.columns } : {}),
});
