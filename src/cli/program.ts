import { Command, CommanderError } from 'commander';
import { version } from '../generated/version.js';
import { registerExport } from './commands/export.js';
import { registerFacets } from './commands/facets.js';
import { registerList } from './commands/list.js';
import { registerServe } from './commands/serve.js';
import { registerShow } from './commands/show.js';
import { registerSite } from './commands/site.js';
import { registerValidate } from './commands/validate.js';
import { registerW3id } from './commands/w3id.js';
import { EXIT, UsageError } from './errors.js';
import { escapeControls } from './escape.js';
import type { CliIo } from './io.js';

/** The `elet` command with every subcommand, writing to `io`. */
export function createProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('elet')
    .description("Cedefop's VET toolkit resources on early leaving: list, show, export, validate and serve as linked data")
    .version(version, '-V, --version')
    // commander's own messages echo options and values as typed
    .configureOutput({ writeOut: io.out, writeErr: (text) => io.err(escapeControls(text, true)) })
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .addHelpText(
      'after',
      '\nExit codes: 0 success, 1 validation problems or failure, 2 wrong usage (unknown option, code, slug or format),\n141 standard output closed before everything was written (as for a process killed by SIGPIPE).\n',
    );
  registerList(program, io);
  registerShow(program, io);
  registerFacets(program, io);
  registerExport(program, io);
  registerValidate(program, io, setExit);
  registerSite(program, io);
  registerServe(program, io);
  registerW3id(program, io);
  return program;
}

/**
 * Runs `elet` with the arguments after the command name, returning the exit code:
 * 0 on success, 1 on failure (e.g. validation problems), 2 on wrong usage.
 */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = createProgram(io, (c) => (code = c));
  try {
    await program.parseAsync([...args], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof UsageError) {
      io.err(`elet: ${escapeControls(error.message, true)}\n`);
      return EXIT.usage;
    }
    io.err(`elet: ${escapeControls(error instanceof Error ? error.message : String(error), true)}\n`);
    return EXIT.failed;
  }
}
