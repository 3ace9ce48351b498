/** What every entry point in scripts/ shares: the project root it works on and how it reports failure. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ValidationFailed } from '../src/data/problems.js';

/** The project root; `--root DIR` points a script at another copy of the project (the bad-input tests use it). */
export const ROOT = rootFromArgs(process.argv) ?? fileURLToPath(new URL('..', import.meta.url));

function rootFromArgs(argv: readonly string[]): string | undefined {
  const i = argv.indexOf('--root');
  return i >= 0 && argv[i + 1] ? resolve(argv[i + 1]!) : undefined;
}

/** Runs `main` as a command: a validation failure prints its problems and exits 1 without a stack trace. */
export async function runCommand(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof ValidationFailed) console.error(error.message);
    else console.error(error);
    process.exitCode = 1;
  }
}
