import { lstatSync, type Stats, statSync, writeFileSync } from 'node:fs';
import { writeFileAtomic } from '../publish/atomic.js';
import { UsageError } from './errors.js';
import { escapeControls } from './escape.js';

/**
 * How `--out` is written:
 * - `replace`: a regular file, or a path where nothing is yet, is replaced whole through a temporary file and a
 *   rename, so a reader never sees half of it and a failed export leaves the old file;
 * - `write-through`: anything else is opened and written like the shell's `>` does, never replaced: a character
 *   device (`/dev/null`; replacing it, as root, would replace the system's), a FIFO (its reader gets the data),
 *   and every symbolic link, followed to what it points to (`/dev/stdout` → `/proc/self/fd/1`, a link to a file).
 *   Links are followed deliberately rather than refused, as `>` follows them, so that `--out /dev/stdout` works;
 *   they are written through rather than their target replaced, which would give the target a new inode and
 *   so break hard links, its owner and mode, and the open descriptor behind `/proc/self/fd/N`.
 * Folders are refused.
 */
export type OutputTarget = { kind: 'replace'; path: string } | { kind: 'write-through'; path: string };

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * How `path` (absolute) is to be written (see {@link OutputTarget}).
 * @throws UsageError when it is a folder, or a link to one.
 */
export function outputTarget(path: string): OutputTarget {
  const found = lstatOrUndefined(path);
  if (!found || found.isFile()) return { kind: 'replace', path };
  // A dangling link is written through too: like `>`, that creates the file it names.
  const target = found.isSymbolicLink() ? (statSync(path, { throwIfNoEntry: false }) ?? found) : found;
  if (target.isDirectory()) throw new UsageError(`--out ${escapeControls(path)} is a folder; give a file name`);
  return { kind: 'write-through', path };
}

/** Writes `content` to `path` as {@link outputTarget} decides, returning what it did. */
export function writeOutput(path: string, content: string): OutputTarget {
  const target = outputTarget(path);
  if (target.kind === 'replace') writeFileAtomic(path, content);
  else writeFileSync(path, content); // opens with O_WRONLY | O_CREAT | O_TRUNC, following links
  return target;
}
