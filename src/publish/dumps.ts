/**
 * Writes the linked-open-data dumps into a folder:
 *
 * | file | content |
 * | --- | --- |
 * | `catalogue.ttl`, `catalogue.nt`, `catalogue.jsonld`, `catalogue.rdf` | the whole graph: records, shared nodes, vocabularies, ontology, DCAT-AP description |
 * | `vocab.ttl` | the SKOS vocabularies only |
 * | `catalogue.csv`, `catalogue.json` | the records (src/export/csv.ts, src/export/json.ts) |
 * | `catalogue-dcat.ttl` | the DCAT-AP description alone, with the EU/EuroVoc nodes it uses: what a portal harvests |
 *
 * Byte sizes: every distribution states the real size of its file. The four full dumps contain the
 * DCAT description, hence their own sizes; the description is written last in each, after the rest of
 * the file was written and counted, with the sizes found by {@link settleDumpSizes}. Files that do not
 * contain their own description also get a SHA-256 checksum.
 *
 * Deterministic: no clock; `dct:modified` is the release date stamped by the generator (from
 * `SOURCE_DATE_EPOCH`, else the date of the checked-out commit, else the catalogue's `issued` date).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '../export/csv.js';
import { toJson } from '../export/json.js';
import { catalogueInfo } from '../generated/catalogue-info.js';
import { resources as catalogueResources } from '../package-catalogue.js';
import { CatalogueGraph, catalogueContext, iriValued, prefixes } from '../rdf/catalogue-graph.js';
import { DUMP_FILES, type FileFacts } from '../rdf/dump-files.js';
import { JsonLdStream } from '../rdf/jsonld.js';
import type { Quad } from '../rdf/rdfjs.js';
import { type BlockStream, NTriplesStream, type Sink, TurtleStream } from '../rdf/serialize.js';
import { vocabularyBlocks } from '../rdf/vocabulary-graph.js';
import type { Resource } from '../resource.js';
import { replaceDir } from './atomic.js';
import { settleDumpSizes } from './dump-sizes.js';
import { FileOut } from './file-out.js';
import { RdfXmlStream } from './rdf-xml.js';

/** The stand-alone DCAT description (not itself a distribution). */
export const DCAT_FILE = 'catalogue-dcat.ttl';

export interface WriteDumpsOptions {
  /** Records to publish (default: the package's catalogue); the bench passes synthetic ones. */
  resources?: readonly Resource[];
  /** Release date `YYYY-MM-DD` for `dct:modified` (default: the one stamped into `catalogueInfo` by the generator). */
  modified?: string;
  /** IRI base (default: the catalogue's). */
  base?: string;
  /** Called when a file is complete, before the folder is published (tests use it to fail half-way). */
  onFileWritten?: (file: string) => void;
}

/** What was written. */
export interface WrittenDumps {
  modified: string;
  /** Size and checksum of every file, by file name. */
  files: Record<string, FileFacts>;
  /** Triples per file (the RDF ones). */
  triples: Record<string, number>;
}

/** Writes every dump into `dir`, replacing it whole (see {@link replaceDir}); see the module comment. */
export function writeDumps(dir: string, options: WriteDumpsOptions = {}): Promise<WrittenDumps> {
  return replaceDir(dir, (fresh) => writeDumpFiles(fresh, options));
}

/**
 * Writes every dump into `dir`, an empty folder that the caller publishes whole (the site writes its
 * `dumps/` this way, inside its own temporary folder).
 */
export function writeDumpFiles(dir: string, options: WriteDumpsOptions = {}): WrittenDumps {
  const run = startRun(dir, options);
  const standalone = writeStandaloneFiles(run);
  writeFullDumps(run, standalone);
  for (const [format, facts] of Object.entries(standalone)) run.files[fileOf(format)] = facts;
  return { modified: run.modified, files: run.files, triples: run.triples };
}

/** One writing of the dumps: what every step reads, and what they report. */
interface DumpRun {
  dir: string;
  resources: readonly Resource[];
  modified: string;
  graph: CatalogueGraph;
  prefixes: Readonly<Record<string, string>>;
  context: Record<string, unknown>;
  iriValued: ReadonlySet<string>;
  files: Record<string, FileFacts>;
  triples: Record<string, number>;
  done: (file: string) => void;
}

function startRun(dir: string, options: WriteDumpsOptions): DumpRun {
  const resources = options.resources ?? catalogueResources;
  const modified = options.modified ?? catalogueInfo.modified;
  const graph = new CatalogueGraph(resources, { base: options.base, modified, dcat: true, vocabularies: true });
  const { base } = graph.options;
  return {
    dir,
    resources,
    modified,
    graph,
    prefixes: prefixes(base),
    context: catalogueContext(base),
    iriValued: iriValued(base),
    files: {},
    triples: {},
    done: (file) => options.onFileWritten?.(file),
  };
}

const FILE_BY_FORMAT = new Map(DUMP_FILES.map((f) => [f.format, f.file]));
function fileOf(format: string): string {
  return FILE_BY_FORMAT.get(format)!;
}

/** The files that do not describe themselves: written first, so their sizes and checksums are known. */
function writeStandaloneFiles(run: DumpRun): Record<string, FileFacts> {
  const facts: Record<string, FileFacts> = {};
  const write = (format: string, fill: (out: FileOut) => void) => {
    const out = new FileOut(join(run.dir, fileOf(format)), { sha256: true });
    try {
      fill(out);
    } finally {
      facts[format] = out.close();
    }
    run.done(fileOf(format));
  };
  const vocabBlocks = vocabularyBlocks(run.graph.options.base);
  write('vocab', (out) => {
    const turtle = new TurtleStream(run.prefixes, out.sink);
    for (const block of vocabBlocks) turtle.add(block);
    turtle.end();
  });
  run.triples[fileOf('vocab')] = tripleCount(vocabBlocks);
  write('csv', (out) => writeCsv(out, run.resources));
  write('json', (out) => writeJson(out, run.resources));
  return facts;
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
  if (resources.length === 0) {
    out.sink(toJson([]));
    return;
  }
  out.sink('[');
  for (let i = 0; i < resources.length; i += SLICE) {
    const json = toJson(resources.slice(i, i + SLICE)); // "[\n  {…},\n  {…}\n]\n"
    out.sink(`${i ? ',' : ''}${json.slice(1, json.length - 3)}`);
  }
  out.sink('\n]\n');
}

/** The four files that carry the whole graph, description included. */
const FULL_FORMATS = ['ttl', 'nt', 'jsonld', 'rdf'] as const;
type FullFormat = (typeof FULL_FORMATS)[number];
type FullDumps = Record<FullFormat, FileOut>;

/** What the body of the full dumps held: the description continues after it. */
interface Body {
  triples: number;
  blocks: number;
}

/** The four full dumps, then the description alone. */
function writeFullDumps(run: DumpRun, standalone: Readonly<Record<string, FileFacts>>): void {
  const out: FullDumps = {
    ttl: new FileOut(join(run.dir, fileOf('ttl'))),
    nt: new FileOut(join(run.dir, fileOf('nt'))),
    jsonld: new FileOut(join(run.dir, fileOf('jsonld'))),
    rdf: new FileOut(join(run.dir, fileOf('rdf'))),
  };
  try {
    const body = writeBodies(run, out);
    const description = appendDescriptions(run, out, body, standalone);
    writeDcatFile(run, description);
  } finally {
    for (const f of Object.values(out)) f.close();
  }
}

/** Everything but the DCAT description, in one walk of the graph. */
function writeBodies(run: DumpRun, out: FullDumps): Body {
  const ttl = new TurtleStream(run.prefixes, out.ttl.sink);
  const nt = new NTriplesStream(out.nt.sink);
  const jsonld = new JsonLdStream(run.context, run.prefixes, run.iriValued, out.jsonld.sink, { footer: false });
  const rdf = new RdfXmlStream(out.rdf.sink, { footer: false });
  const body: Body = { triples: 0, blocks: 0 };
  for (const block of run.graph.contentBlocks()) {
    ttl.add(block);
    nt.add(block);
    jsonld.add(block);
    rdf.add(block);
    body.triples += block.length;
    if (block.length) body.blocks++;
  }
  ttl.end();
  rdf.flush();
  for (const f of Object.values(out)) f.flush();
  return body;
}

/**
 * Appends the DCAT description, stating sizes that include itself, to each full dump; checks the sizes
 * on disk and returns the description's blocks.
 */
function appendDescriptions(run: DumpRun, out: FullDumps, body: Body, standalone: Readonly<Record<string, FileFacts>>): Quad[][] {
  const describeFor = (sizes: Readonly<Record<FullFormat, number>>) =>
    run.graph.dcatDescription({
      ...standalone,
      ttl: { byteSize: sizes.ttl },
      nt: { byteSize: sizes.nt },
      jsonld: { byteSize: sizes.jsonld },
      rdf: { byteSize: sizes.rdf },
    });
  const written = { ttl: out.ttl.bytes, nt: out.nt.bytes, jsonld: out.jsonld.bytes, rdf: out.rdf.bytes };
  const { sizes, texts } = settleDumpSizes(written, (guess) => renderDescription(run, describeFor(guess), body));
  const description = describeFor(sizes);
  for (const format of FULL_FORMATS) {
    out[format].sink(texts[format]);
    out[format].close();
    // Belt and braces: what the description states must be what is on disk.
    const byteSize = statSync(join(run.dir, fileOf(format))).size;
    if (byteSize !== sizes[format]) throw new Error(`writeDumps: ${fileOf(format)} is ${byteSize} bytes, but its description states ${sizes[format]}`);
    run.files[fileOf(format)] = { byteSize };
    run.triples[fileOf(format)] = body.triples + tripleCount(description);
    run.done(fileOf(format));
  }
  return description;
}

/** The description as each full dump continues with it. */
function renderDescription(run: DumpRun, description: readonly Quad[][], body: Body): Record<FullFormat, string> {
  const { prefixes: pfx, context, iriValued: valued } = run;
  return {
    ttl: render(description, (sink) => TurtleStream.continuation(pfx, sink, body.blocks)),
    nt: render(description, (sink) => new NTriplesStream(sink)),
    jsonld: render(description, (sink) => new JsonLdStream(context, pfx, valued, sink, { header: false, blocksBefore: body.blocks })),
    rdf: render(description, (sink) => new RdfXmlStream(sink, { header: false })),
  };
}

/** The description alone, with the nodes it references, for harvesters. */
function writeDcatFile(run: DumpRun, description: readonly Quad[][]): void {
  const dcat = [...run.graph.dcatReferences(), ...description];
  const out = new FileOut(join(run.dir, DCAT_FILE), { sha256: true });
  try {
    out.sink(render(dcat, (sink) => new TurtleStream(run.prefixes, sink)));
  } finally {
    run.files[DCAT_FILE] = out.close();
  }
  run.triples[DCAT_FILE] = tripleCount(dcat);
  run.done(DCAT_FILE);
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
