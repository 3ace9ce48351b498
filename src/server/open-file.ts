import { constants, type Stats } from 'node:fs';
import { type FileHandle, open, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** A site file opened for reading, with what `fstat` said of it. */
export interface OpenFile {
  handle: FileHandle;
  stats: Stats;
}

/**
 * Opens files of a site folder at request time, when the folder may have changed since it was listed.
 * Only a regular file whose real path is inside the folder is opened:
 * - the last component is opened with `O_NOFOLLOW` (a file swapped for a link fails) and `O_NONBLOCK`
 *   (a FIFO opens at once instead of holding a thread-pool thread until a writer comes);
 * - `fstat` on the open file must say regular file (no FIFO, device, socket or folder);
 * - its real path must be inside the folder's (a folder on the way swapped for a link to outside fails),
 *   and be the very file opened (same device and inode), so a swap between the checks fails too.
 */
export class SiteRoot {
  #real: string | undefined;
  constructor(readonly root: string) {}

  /** The open file at `path` (site-relative, `/`-separated), or `undefined` when it is missing or not allowed. */
  async open(path: string): Promise<OpenFile | undefined> {
    const full = join(this.root, ...path.split('/'));
    let handle: FileHandle;
    try {
      handle = await open(full, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch {
      return undefined;
    }
    try {
      const stats = await handle.stat();
      if (stats.isFile() && (await this.#holds(full, stats))) return { handle, stats };
    } catch {
      // vanished or unreadable between the calls: treated as missing
    }
    await handle.close();
    return undefined;
  }

  /** Whether the file at `full` really lies inside the root and is the one whose stats are given. */
  async #holds(full: string, opened: Stats): Promise<boolean> {
    const real = await realpath(full);
    if (!this.#inside(real, (this.#real ??= await realpath(this.root)))) {
      // The root may itself have been replaced (a rebuild renames a new folder into place): look again once.
      this.#real = await realpath(this.root);
      if (!this.#inside(real, this.#real)) return false;
    }
    const now = await stat(real);
    return now.dev === opened.dev && now.ino === opened.ino;
  }

  #inside(real: string, root: string): boolean {
    return real.startsWith(root.endsWith(sep) ? root : root + sep);
  }
}
