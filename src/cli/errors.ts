/** A mistake in how the command was called (unknown code, slug, format): reported on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Exit codes of `elet`; `brokenPipe` is what a shell reports for a process killed by SIGPIPE (128 + 13). */
export const EXIT = { ok: 0, failed: 1, usage: 2, brokenPipe: 141 } as const;
