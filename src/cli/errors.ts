/** A mistake in how the command was called (unknown code, slug, format): reported on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Exit codes of `elet`. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
