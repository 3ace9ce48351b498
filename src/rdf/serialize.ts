/**
 * Serialisations of blocks (all quads of one subject) as streams that hand out text pieces, so a dump of
 * any size is written without holding it whole, and a document can be continued later
 * ({@link TurtleStream.continuation}) with exactly the text one long stream would give. Turtle and
 * N-Triples go through n3's Writer (here); compact JSON-LD is written directly (`./jsonld.ts`).
 */

import { Writer } from 'n3';
import type { Quad } from './rdfjs.js';

/** Receives the text of a serialisation piece by piece. */
export type Sink = (text: string) => void;

/** A serialisation in progress: blocks in, text out. */
export interface BlockStream {
  /** Writes one subject's quads (sorted, as the mapping gives them). */
  add(block: readonly Quad[]): void;
  /** Finishes the document. */
  end(): void;
  /** Number of blocks written so far. */
  readonly blocks: number;
}

/**
 * Turtle with `@prefix` lines, one subject per paragraph (`;` and `,` grouping), in block order.
 */
export class TurtleStream implements BlockStream {
  readonly #writer: Writer;
  readonly #sink: Sink;
  #blocks = 0;
  #started: boolean;
  #blankLineDue = false;
  /** Blocks written before this stream began (for a continuation). */
  readonly #before: number;

  constructor(prefixes: Readonly<Record<string, string>>, sink: Sink, options: { header?: boolean; blocksBefore?: number } = {}) {
    this.#sink = sink;
    this.#started = options.header ?? true;
    this.#before = options.blocksBefore ?? 0;
    // n3 writes the prefix lines at once; a continuation drops them (#started is false until the first block).
    this.#writer = new Writer(
      {
        write: (chunk: string, _encoding: unknown, done?: () => void) => {
          this.#emit(chunk);
          done?.();
        },
        end: (done?: () => void) => done?.(),
      } as unknown as NodeJS.WritableStream,
      { prefixes: { ...prefixes }, end: false },
    );
  }

  get blocks(): number {
    return this.#blocks;
  }

  #emit(chunk: string): void {
    if (!this.#started) return;
    // n3 ends the previous statement with ".\n" in the same chunk that starts a new subject:
    // that is where a paragraph break goes.
    if (this.#blankLineDue && chunk.startsWith('.\n')) {
      chunk = `.\n\n${chunk.slice(2)}`;
      this.#blankLineDue = false;
    }
    this.#sink(chunk);
  }

  add(block: readonly Quad[]): void {
    if (block.length === 0) return;
    if (!this.#started) {
      this.#started = true;
      if (this.#before > 0) this.#sink('\n');
    }
    this.#blankLineDue = this.#blocks > 0;
    this.#writer.addQuads(block as Quad[]);
    this.#blocks++;
  }

  end(): void {
    this.#writer.end();
  }

  /** A stream writing what this document would continue with (after {@link end} of this one). */
  static continuation(prefixes: Readonly<Record<string, string>>, sink: Sink, blocksBefore: number): TurtleStream {
    return new TurtleStream(prefixes, sink, { header: false, blocksBefore });
  }
}

/** N-Triples, canonical form (n3), one triple per line in block order. */
export class NTriplesStream implements BlockStream {
  static readonly #writer = new Writer({ format: 'N-Triples' });
  readonly #sink: Sink;
  #blocks = 0;

  constructor(sink: Sink) {
    this.#sink = sink;
  }

  get blocks(): number {
    return this.#blocks;
  }

  add(block: readonly Quad[]): void {
    if (block.length === 0) return;
    this.#sink(NTriplesStream.#writer.quadsToString(block as Quad[]));
    this.#blocks++;
  }

  end(): void {}
}
