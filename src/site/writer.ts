/** Where the site's files go: one writer per build, counting what it wrote for the build's report. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Writes files under a root, counting them. */
export class SiteWriter {
  files = 0;
  bytes = 0;
  pages = 0;
  readonly #dirs = new Set<string>();
  constructor(readonly root: string) {}

  /** Writes `content` at the site path `path` (slash-separated, folders made as needed). */
  write(path: string, content: string): void {
    const file = join(this.root, ...path.split('/'));
    const dir = dirname(file);
    if (!this.#dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.#dirs.add(dir);
    }
    writeFileSync(file, content);
    this.files++;
    this.bytes += Buffer.byteLength(content, 'utf8');
    if (path.endsWith('.html')) this.pages++;
  }

  /** Counts a file someone else wrote into the site. */
  counted(bytes: number): void {
    this.files++;
    this.bytes += bytes;
  }
}
