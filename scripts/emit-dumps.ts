/**
 * Writes the linked-open-data dumps into `dir` (the build passes `.build-tmp/dist/dumps`):
 *
 * | file | content |
 * | --- | --- |
 * | `catalogue.ttl`, `catalogue.nt`, `catalogue.jsonld` | the whole graph: records, shared nodes, vocabularies, ontology, DCAT-AP description |
 * | `vocab.ttl` | the SKOS vocabularies only |
 * | `catalogue.csv`, `catalogue.json` | the records (src/export/csv.ts) |
 * | `catalogue-dcat.ttl` | the DCAT-AP description alone, with the EU/EuroVoc nodes it uses: what a portal harvests |
 *
 * Byte sizes: every distribution states the real size of its file. The three full dumps contain the
 * DCAT description, hence their own sizes; the description is written last in each, so the rest of the
 * file is written (and counted) first and the sizes are then found by a small fixed-point iteration
 * over the description alone (a size only changes the text by its number of digits, so it settles in
 * two or three rounds). Files that do not contain their own description also get a SHA-256 checksum.
 *
 * Deterministic: no clock; `dct:modified` is the release date from `SOURCE_DATE_EPOCH`, else the date of
 * the checked-out commit, else the catalogue's `issued` date. Atomic: everything is written into a
 * sibling temporary folder that replaces `dir` only when complete, so a failure leaves `dir` as it was.
 */
import { createHash, type Hash } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdtempSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Quad } from '../src/rdf/rdfjs.js';
import { toCsv } from '../src/export/csv.js';
import { toJson } from '../src/export/json.js';
import { catalogueInfo } from '../src/generated/catalogue-info.js';
import { resources as catalogueResources } from '../src/package-catalogue.js';
import { DUMP_FILES, type FileFacts } from '../src/rdf/dump-files.js';
import { CatalogueGraph, catalogueContext, iriValued, prefixes } from '../src/rdf/catalogue-graph.js';
import { vocabularyBlocks } from '../src/rdf/vocabulary-graph.js';
import { JsonLdStream } from '../src/rdf/jsonld.js';
import { NTriplesStream, TurtleStream, type BlockStream, type Sink } from '../src/rdf/serialize.js';
import type { Resource } from '../src/schema.js';

/** The stand-alone DCAT description (not itself a distribution). */
export const DCAT_FILE = 'catalogue-dcat.ttl';

export interface EmitOptions {
  /** Records to publish (default: the package's catalogue); the bench passes synthetic ones. */
  resources?: readonly Resource[];
  /** Release date `YYYY-MM-DD` for `dct:modified` (default: the one stamped into `catalogueInfo` by the generator). */
  modified?: string;
  /** IRI base (default: the catalogue's). */
  base?: string;
  /** Called when a file is complete, before the folder is swapped in (tests use it to fail half-way). */
  onFileWritten?: (file: string) => void;
}

/** What was written. */
export interface EmittedDumps {
  modified: string;
  /** Size and checksum of every file, by file name. */
  files: Record<string, FileFacts>;
  /** Triples per file (the RDF ones). */
  triples: Record<string, number>;
}


/**
 * A file written in pieces through one reused buffer, so millions of small pieces cost few system
 * calls and no allocation each. Counts the UTF-8 bytes written and, on request, hashes them.
 */
class FileOut {
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

/** Records per slice when writing CSV and JSON: bounds the size of the strings built at once. */
const SLICE = 2_000;

/**
 * `toCsv(resources)` written slice by slice: each slice's CSV minus its header row, after one header.
 * (`toCsv` ends every row with CRLF, so the pieces join into exactly the whole; a test checks it.)
 */
function writeCsv(out: FileOut, resources: readonly Resource[]): void {
  out.sink(toCsv([]));
  for (let i = 0; i < resources.length; i += SLICE) {
    const csv = toCsv(resources.slice(i, i + SLICE));
    out.sink(csv.slice(csv.indexOf('\r\n') + 2));
  }
}

/**
 * `toJson(resources)` written slice by slice: each slice's array without its brackets, joined with
 * commas (pretty-printed arrays put one element per indented block, so the pieces join into exactly
 * the whole; a test checks it).
 */
function writeJson(out: FileOut, resources: readonly Resource[]): void {
  if (resources.length === 0) return out.sink(toJson([]));
  out.sink('[');
  for (let i = 0; i < resources.length; i += SLICE) {
    const json = toJson(resources.slice(i, i + SLICE)); // "[\n  {…},\n  {…}\n]\n"
    out.sink(`${i ? ',' : ''}${json.slice(1, json.length - 3)}`);
  }
  out.sink('\n]\n');
}

function render(blocks: readonly Quad[][], make: (sink: Sink) => BlockStream): string {
  const parts: string[] = [];
  const stream = make((s) => parts.push(s));
  for (const b of blocks) stream.add(b);
  stream.end();
  return parts.join('');
}

function tripleCount(blocks: Iterable<readonly Quad[]>): number {
  let n = 0;
  for (const b of blocks) n += b.length;
  return n;
}

/** Writes every dump into `dir`, replacing it whole; see the module comment. */
export async function emitDumps(dir: string, options: EmitOptions = {}): Promise<EmittedDumps> {
  const parent = dirname(dir);
  const tmp = mkdtempSync(join(parent, `.${basename(dir)}-`));
  try {
    chmodSync(tmp, 0o755); // mkdtemp makes it private; the dumps are for publishing

    const result = writeAll(tmp, options);
    swapInto(tmp, dir);
    return result;
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}

/** Replaces `dir` with `fresh` (two renames; the old folder is removed after). */
function swapInto(fresh: string, dir: string): void {
  if (existsSync(dir)) {
    const old = `${fresh}-old`;
    renameSync(dir, old);
    renameSync(fresh, dir);
    rmSync(old, { recursive: true, force: true });
  } else renameSync(fresh, dir);
}

function writeAll(dir: string, options: EmitOptions): EmittedDumps {
  const resources = options.resources ?? catalogueResources;
  const modified = options.modified ?? catalogueInfo.modified;
  const graph = new CatalogueGraph(resources, { base: options.base, modified, dcat: true, vocabularies: true });
  const { base } = graph.options;
  const pfx = prefixes(base);
  const files: Record<string, FileFacts> = {};
  const triples: Record<string, number> = {};
  const done = (file: string) => options.onFileWritten?.(file);
  const byFormat = new Map(DUMP_FILES.map((f) => [f.format, f.file]));
  const fileOf = (format: string) => byFormat.get(format)!;

  // 1. Files that do not describe themselves: written first, so their sizes and checksums are known.
  const vocabBlocks = vocabularyBlocks(base);
  const fixedFacts: Record<string, FileFacts> = {};
  const writeFixed = (format: string, write: (out: FileOut) => void) => {
    const out = new FileOut(join(dir, fileOf(format)), { sha256: true });
    try {
      write(out);
    } finally {
      fixedFacts[format] = out.close();
    }
    done(fileOf(format));
  };
  writeFixed('vocab', (out) => {
    const turtle = new TurtleStream(pfx, out.sink);
    for (const block of vocabBlocks) turtle.add(block);
    turtle.end();
  });
  triples[fileOf('vocab')] = tripleCount(vocabBlocks);
  writeFixed('csv', (out) => writeCsv(out, resources));
  writeFixed('json', (out) => writeJson(out, resources));

  // 2. The three full dumps, in one walk of the graph: everything but the DCAT description.
  const out = { ttl: new FileOut(join(dir, fileOf('ttl'))), nt: new FileOut(join(dir, fileOf('nt'))), jsonld: new FileOut(join(dir, fileOf('jsonld'))) };
  const ctx = catalogueContext(base);
  const valued = iriValued(base);
  let bodyTriples = 0;
  let bodyBlocks = 0;
  try {
    const ttl = new TurtleStream(pfx, out.ttl.sink);
    const nt = new NTriplesStream(out.nt.sink);
    const jsonld = new JsonLdStream(ctx, pfx, valued, out.jsonld.sink, { footer: false });
    for (const block of graph.contentBlocks()) {
      ttl.add(block);
      nt.add(block);
      jsonld.add(block);
      bodyTriples += block.length;
      if (block.length) bodyBlocks++;
    }
    ttl.end();
    for (const f of Object.values(out)) f.flush();

    // 3. The description, with sizes that include itself: iterate until they no longer change.
    const bodyBytes = { ttl: out.ttl.bytes, nt: out.nt.bytes, jsonld: out.jsonld.bytes };
    let sizes = { ...bodyBytes };
    let tails: { ttl: string; nt: string; jsonld: string } | undefined;
    let tail: Quad[][] = [];
    for (let round = 0; round < 10 && !tails; round++) {
      const facts = { ...fixedFacts, ttl: { byteSize: sizes.ttl }, nt: { byteSize: sizes.nt }, jsonld: { byteSize: sizes.jsonld } };
      tail = graph.dcatDescription(facts);
      const texts = {
        ttl: render(tail, (sink) => TurtleStream.continuation(pfx, sink, bodyBlocks)),
        nt: render(tail, (sink) => new NTriplesStream(sink)),
        jsonld: render(tail, (sink) => new JsonLdStream(ctx, pfx, valued, sink, { header: false, blocksBefore: bodyBlocks })),
      };
      const next = {
        ttl: bodyBytes.ttl + Buffer.byteLength(texts.ttl, 'utf8'),
        nt: bodyBytes.nt + Buffer.byteLength(texts.nt, 'utf8'),
        jsonld: bodyBytes.jsonld + Buffer.byteLength(texts.jsonld, 'utf8'),
      };
      if (next.ttl === sizes.ttl && next.nt === sizes.nt && next.jsonld === sizes.jsonld) tails = texts;
      sizes = next;
    }
    if (!tails) throw new Error('emit-dumps: the byte sizes of the dumps did not settle');
    out.ttl.sink(tails.ttl);
    out.nt.sink(tails.nt);
    out.jsonld.sink(tails.jsonld);
    for (const format of ['ttl', 'nt', 'jsonld'] as const) {
      out[format].close();
      // Belt and braces: what the description states must be what is on disk.
      const written = statSync(join(dir, fileOf(format))).size;
      if (written !== sizes[format]) throw new Error(`emit-dumps: ${fileOf(format)} is ${written} bytes, but its description states ${sizes[format]}`);
      files[fileOf(format)] = { byteSize: written };
      triples[fileOf(format)] = bodyTriples + tripleCount(tail);
      done(fileOf(format));
    }

    // 4. The description alone, for harvesters.
    const dcat = [...graph.dcatReferences(), ...tail];
    const dcatOut = new FileOut(join(dir, DCAT_FILE), { sha256: true });
    try {
      dcatOut.sink(render(dcat, (sink) => new TurtleStream(pfx, sink)));
    } finally {
      files[DCAT_FILE] = dcatOut.close();
    }
    triples[DCAT_FILE] = tripleCount(dcat);
    done(DCAT_FILE);
  } finally {
    for (const f of Object.values(out)) f.close();
  }
  for (const [format, facts] of Object.entries(fixedFacts)) files[fileOf(format)] = facts;
  return { modified, files, triples };
}
