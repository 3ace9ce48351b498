import { escapeForMessage } from './unsafe-text.js';

/**
 * A validation problem, located by file, record and field, so that a data author can go straight to it.
 */
export interface Problem {
  /** Path of the offending file, relative to the project root. */
  file: string;
  /** The record's slug (or the concept's code) when known. */
  record?: string;
  /** Dotted path of the field, e.g. `countries[1]`. */
  field?: string;
  message: string;
}

/**
 * `data/resources/foo.json: countries[1]: unknown country code "SP"`, always one line: a newline (or a bidi
 * control) in a file name or value is escaped, so it cannot split the report or make it read otherwise.
 */
export function formatProblem(p: Problem): string {
  return escapeForMessage([p.file, p.field, p.message].filter(Boolean).join(': '));
}

/** Thrown once with every problem found, so authors fix them all in one round. */
export class ValidationFailed extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(`${problems.length} validation problem${problems.length === 1 ? '' : 's'}:\n` + problems.map((p) => `  ${formatProblem(p)}`).join('\n'));
    this.name = 'ValidationFailed';
    this.problems = problems;
  }
}

/** Renders a zod-style path (`['downloads', 0, 'url']`) as `downloads[0].url`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
