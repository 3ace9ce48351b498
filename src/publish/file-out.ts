/**
 * A file written in pieces through one reused buffer, so millions of small pieces cost few system calls
 * and no allocation each. No imports of generated code: build-free unit tests load it alone.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import type { FileFacts } from '../rdf/dump-files.js';
import type { Sink } from '../rdf/serialize.js';

/** Counts the UTF-8 bytes written and, on request, hashes them. */
export class FileOut {
  static readonly CAPACITY = 1 << 22;
  readonly #fd: number;
  readonly #hash: Hash | undefined;
  readonly #buffer = Buffer.allocUnsafe(FileOut.CAPACITY);
  #used = 0;
  #closed = false;
  /** Bytes written so far (after {@link flush}, all bytes given). */
  bytes = 0;

  constructor(path: string, options: { sha256?: boolean } = {}) {
    this.#fd = openSync(path, 'w');
    this.#hash = options.sha256 ? createHash('sha256') : undefined;
  }

  /** Appends a piece of text. */
  readonly sink: Sink = (text) => {
    // A UTF-16 code unit takes at most 3 UTF-8 bytes: with that much room the text fits whole.
    if (this.#used + text.length * 3 > FileOut.CAPACITY) {
      this.flush();
      if (text.length * 3 > FileOut.CAPACITY) return this.#write(Buffer.from(text, 'utf8'));
    }
    this.#used += this.#buffer.write(text, this.#used, 'utf8');
  };

  #write(bytes: Buffer): void {
    this.#hash?.update(bytes);
    for (let at = 0; at < bytes.length; ) at += writeSync(this.#fd, bytes, at, bytes.length - at);
    this.bytes += bytes.length;
  }

  /** Writes out what the buffer holds, so {@link bytes} counts everything given so far. */
  flush(): void {
    if (this.#used === 0) return;
    this.#write(this.#buffer.subarray(0, this.#used));
    this.#used = 0;
  }

  /** Flushes and closes (once); returns the facts of the file. */
  close(): FileFacts {
    if (!this.#closed) {
      this.#closed = true;
      try {
        this.flush();
      } finally {
        closeSync(this.#fd);
      }
    }
    return this.#hash ? { byteSize: this.bytes, sha256: this.#hash.copy().digest('hex') } : { byteSize: this.bytes };
  }
}
