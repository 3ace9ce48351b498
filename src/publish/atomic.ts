/**
 * The one way this project replaces published output: a file through {@link writeFileAtomic}, a folder
 * through {@link replaceDir}. Readers never see half of either, and whatever a kill leaves behind is
 * repaired or removed by the next call on the same target:
 *
 * | sibling of `<name>` | what it is | after a kill |
 * | --- | --- | --- |
 * | `.<name>.tmp-<pid>-<random>` | a folder or file being written by process `<pid>` | removed once `<pid>` is gone |
 * | `.<name>.old` | the previous folder, between the two renames of a swap | renamed back if `<name>` is missing, else removed |
 * | `.<name>.lock` | the pid of the process replacing the folder | taken over once that pid is gone |
 *
 * No imports beyond Node: build-free unit tests load this module alone.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long a second writer waits for the lock of the first before giving up. */
const LOCK_WAIT_MS = 10 * 60_000;
/** How often a waiting writer looks at the lock again. */
const LOCK_POLL_MS = 100;

export interface ReplaceDirOptions {
  /** Milliseconds to wait for a lock held by another live writer (default 10 minutes). */
  waitMs?: number;
  /** Milliseconds between two looks at the lock (default 100). */
  pollMs?: number;
  /** Called once when the lock is held by another live writer and this call starts waiting. */
  onWait?: (lock: string, pid: number) => void;
}

/** The sibling names of one target; see the module comment. */
interface Siblings {
  parent: string;
  name: string;
  old: string;
  lock: string;
}

function siblingsOf(target: string): Siblings {
  const parent = dirname(resolve(target));
  const name = basename(resolve(target));
  return { parent, name, old: join(parent, `.${name}.old`), lock: join(parent, `.${name}.lock`) };
}

/** A fresh temporary name beside the target; the pid in it tells later calls whether its writer still lives. */
function tempPath({ parent, name }: Siblings): string {
  return join(parent, `.${name}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
}

/** Whether a process with this pid exists (EPERM: it does, but belongs to someone else). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporary siblings of `name` whose writing process is gone. */
function removeStaleTemps({ parent, name }: Siblings): void {
  const prefix = `.${name}.tmp-`;
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // no folder, nothing stale; the write will say so
    throw error;
  }
  for (const entry of entries) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-/.exec(entry.slice(prefix.length))?.[1]);
    if (Number.isInteger(pid) && !processIsAlive(pid)) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

/**
 * Writes a file through a temporary sibling and a rename, so readers never see half of it; the temporary
 * file is removed on failure (and, after a kill, by the next call for the same path).
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const siblings = siblingsOf(path);
  removeStaleTemps(siblings);
  const tmp = tempPath(siblings);
  try {
    writeFileSync(tmp, content, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * Replaces the folder `target` whole with what `fill` writes into an empty temporary sibling folder, and
 * returns what `fill` returned. Nothing changes at `target` unless `fill` succeeds; the temporary folder
 * is removed when it fails. One writer per target at a time (see {@link ReplaceDirOptions}): a second
 * call waits for the first, so concurrent writers never mix their files. Each call first repairs what a
 * killed earlier call left behind.
 * @throws when `fill` throws (rethrown as is), or when the lock stays held by a live process for `waitMs`.
 */
export async function replaceDir<T>(target: string, fill: (dir: string) => T | Promise<T>, options: ReplaceDirOptions = {}): Promise<T> {
  const siblings = siblingsOf(target);
  mkdirSync(siblings.parent, { recursive: true });
  const release = await acquireLock(siblings, options);
  try {
    recoverInterrupted(siblings);
    const tmp = tempPath(siblings);
    try {
      mkdirSync(tmp);
      chmodSync(tmp, 0o755); // whatever the umask: what is written here is published
      const result = await fill(tmp);
      swapIn(tmp, resolve(target), siblings.old);
      return result;
    } catch (error) {
      rmSync(tmp, { recursive: true, force: true });
      throw error;
    }
  } finally {
    release();
  }
}

/** What a killed call leaves behind: an interrupted swap (put back or finished) and temporary folders. */
function recoverInterrupted(siblings: Siblings): void {
  const target = join(siblings.parent, siblings.name);
  if (existsSync(siblings.old)) {
    if (existsSync(target)) rmSync(siblings.old, { recursive: true, force: true });
    else renameSync(siblings.old, target);
  }
  removeStaleTemps(siblings);
}

/**
 * Two renames on one file system, so `target` is never half-written. A kill between them leaves `target`
 * missing and the previous folder at `old`, which the next call puts back; a failure of the second rename
 * (e.g. EACCES, ENOSPC on a journal) puts it back at once.
 *
 * The window: between the two `rename(2)` calls, a few microseconds, the path `target` does not exist, and a
 * reader that resolves a path under it then gets ENOENT (a reader polling for it in a loop saw this). Files
 * already open, and a process whose working folder is inside `target`, keep reading the old files, which
 * live on at `old` (and, on POSIX, after their removal, until closed). Closing the window needs an atomic
 * exchange of two folders: Linux `renameat2(RENAME_EXCHANGE)` or macOS `renamex_np(RENAME_SWAP)`, neither
 * of which Node exposes without a native addon; `rename(2)` cannot replace a non-empty folder, and swapping a
 * symlink would make `dist/` a link, which `npm pack` does not follow. So the window stays, this short.
 */
function swapIn(fresh: string, target: string, old: string): void {
  if (!existsSync(target)) {
    renameSync(fresh, target);
    return;
  }
  renameSync(target, old);
  try {
    renameSync(fresh, target);
  } catch (error) {
    renameSync(old, target);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}

/** The pid a lock file names, or undefined when there is no lock (or it names none). */
function lockHolder(lock: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    return Number.isInteger(pid) ? pid : -1;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Creates the lock exclusively, already holding its content: the content is written to a temporary file
 * that is hard-linked to the lock's name, which fails when a lock exists.
 */
function tryCreateLock(siblings: Siblings, content: string): boolean {
  const candidate = tempPath(siblings);
  writeFileSync(candidate, content, { flag: 'wx' });
  try {
    linkSync(candidate, siblings.lock);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(candidate, { force: true });
  }
}

/**
 * Takes away the lock of a dead process. The lock is first renamed to a private name, so of several
 * processes that saw the same dead lock only one removes it; a live lock caught by mistake is put back.
 */
function removeDeadLock(siblings: Siblings): void {
  const moved = tempPath(siblings);
  try {
    renameSync(siblings.lock, moved);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const holder = lockHolder(moved);
  if (holder !== undefined && holder > 0 && processIsAlive(holder)) {
    try {
      linkSync(moved, siblings.lock);
    } catch {
      // Someone locked meanwhile: theirs stands.
    }
  }
  rmSync(moved, { force: true });
}

/** Waits for the target's lock (taking over one of a dead process); returns its release. */
async function acquireLock(siblings: Siblings, options: ReplaceDirOptions): Promise<() => void> {
  const content = `${process.pid}\n${randomBytes(6).toString('hex')}\n`;
  const deadline = Date.now() + (options.waitMs ?? LOCK_WAIT_MS);
  let waiting = false;
  for (;;) {
    if (tryCreateLock(siblings, content)) return () => releaseLock(siblings.lock, content);
    const holder = lockHolder(siblings.lock);
    if (holder === undefined) continue;
    if (holder <= 0 || !processIsAlive(holder)) {
      removeDeadLock(siblings);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `${siblings.lock} is held by process ${holder}, which is still writing ${join(siblings.parent, siblings.name)}; ` +
          'wait for it to finish, or delete the lock file if that process is not one of ours',
      );
    }
    if (!waiting) options.onWait?.(siblings.lock, holder);
    waiting = true;
    await sleep(options.pollMs ?? LOCK_POLL_MS);
  }
}

/** Removes the lock if it is still ours. */
function releaseLock(lock: string, content: string): void {
  try {
    if (readFileSync(lock, 'utf8') === content) rmSync(lock, { force: true });
  } catch {
    // Already gone: nothing to release.
  }
}
