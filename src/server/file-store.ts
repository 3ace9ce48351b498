import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { type OpenFile, SiteRoot } from './open-file.js';

/** Files up to this size are read whole (and kept in memory within the budget); larger ones are streamed. */
export const SMALL_FILE_BYTES = 256 * 1024;

/** Memory the small-file cache may hold in all. */
const CACHE_BUDGET_BYTES = 64 * 1024 * 1024;

/** A site file ready to answer: its validators, and either its bytes (small files) or the open file (large ones). */
export type ServedFile = {
  size: number;
  /** Strong entity tag: a hash of the content for small files, of size, time and inode for streamed ones. */
  etag: string;
  modifiedMs: number;
} & ({ body: Buffer } | { handle: FileHandle });

interface Cached {
  stats: Stats;
  body: Buffer;
  etag: string;
}

/** The same file, unchanged, as when it was cached. */
const unchanged = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;

const contentTag = (body: Buffer) => `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;

/** Reads exactly the file's size (or to its end, if it shrank), so a growing file cannot grow the buffer. */
async function readAll(file: OpenFile): Promise<Buffer> {
  const body = Buffer.alloc(file.stats.size);
  let read = 0;
  while (read < body.length) {
    const { bytesRead } = await file.handle.read(body, read, body.length - read, read);
    if (bytesRead === 0) break;
    read += bytesRead;
  }
  return body.subarray(0, read);
}

/**
 * Reads site files at request time (see {@link SiteRoot} for what may be opened). Small files are kept in
 * memory within a fixed budget, and checked against `fstat` on every request, so a rebuilt file is served
 * as it now is; large files are never held whole.
 */
export class FileStore {
  readonly #root: SiteRoot;
  readonly #cache = new Map<string, Cached>();
  #bytes = 0;
  constructor(root: string) {
    this.#root = new SiteRoot(root);
  }

  /** The file at `path`, or `undefined` when it is gone or may not be served. */
  async get(path: string): Promise<ServedFile | undefined> {
    const file = await this.#root.open(path);
    if (!file) return undefined;
    const { stats, handle } = file;
    const served = { size: stats.size, modifiedMs: stats.mtimeMs };
    if (stats.size > SMALL_FILE_BYTES) {
      const etag = `"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}-${stats.ino.toString(36)}"`;
      return { ...served, etag, handle };
    }
    let cached = this.#cache.get(path);
    try {
      if (!cached || !unchanged(cached.stats, stats)) cached = this.#remember(path, stats, await readAll(file));
    } finally {
      await handle.close();
    }
    const { body, etag } = cached;
    return { ...served, size: body.length, etag, body };
  }

  #remember(path: string, stats: Stats, body: Buffer): Cached {
    const entry = { stats, body, etag: contentTag(body) };
    const previous = this.#cache.get(path);
    if (previous) {
      this.#cache.delete(path);
      this.#bytes -= previous.body.length;
    }
    if (this.#bytes + body.length <= CACHE_BUDGET_BYTES) {
      this.#cache.set(path, entry);
      this.#bytes += body.length;
    }
    return entry;
  }
}
