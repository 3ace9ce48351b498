import { EXIT } from './errors.js';
import { escapeControls } from './escape.js';

/**
 * What `elet` does when writing standard output fails, instead of throwing a stack trace:
 * - the reader went away (`EPIPE`, `elet list | head`): stop at once and quietly, with exit code 141, what a
 *   process killed by SIGPIPE reports (node ignores the signal), so a script sees the output was cut short;
 * - anything else (a full disk, `ENOSPC`): one line `elet: cannot write to standard output: …`, exit code 1.
 * @returns the exit code.
 */
export function outputFailed(error: NodeJS.ErrnoException, err: (text: string) => void): number {
  if (error.code === 'EPIPE') return EXIT.brokenPipe;
  err(`elet: cannot write to standard output: ${escapeControls(error.message)}\n`);
  return EXIT.failed;
}
