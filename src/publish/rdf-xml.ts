/**
 * RDF/XML, written by oxigraph's serializer (a maintained RDF/XML writer). oxigraph writes whole
 * documents from a store only, so a dump is streamed in batches of blocks: each batch is written as its
 * own document, and its `rdf:Description` elements are spliced between one shared header and footer
 * (every document oxigraph writes has the same root element; a batch whose root differs is an error).
 *
 * Every batch gets a fresh store: oxigraph's in-memory store keeps every string it has held, clearing
 * it included, so one reused store grew without bound and slowed each write (17 s against 0.9 s for
 * 3,000 small graphs).
 *
 * oxigraph's store keeps literals by value: it turns `"5"^^xsd:nonNegativeInteger` into `"5"^^xsd:integer`
 * (any derived numeric type into its base), which would change the graph. So typed literals enter the
 * store under a wrapped datatype IRI it does not know, and the wrapping is taken off the written attribute.
 */

import { DataFactory } from 'n3';
import type { Quad } from '../rdf/rdfjs.js';
import { type BlockStream, NTriplesStream, type Sink } from '../rdf/serialize.js';
import { loadOxigraph } from './oxigraph.js';

const { quad, literal, namedNode } = DataFactory;

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/** Media type of RDF/XML (IANA), as oxigraph names its format. */
export const RDF_XML_MEDIA_TYPE = 'application/rdf+xml';

/** Prefix that hides a datatype from oxigraph's value normalisation; never a real datatype IRI. */
const VERBATIM = 'urn:x-elet-verbatim-datatype:';

/** The start of every document oxigraph writes, up to its first description. */
const HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:its="http://www.w3.org/2005/11/its">\n';
const FOOTER = '</rdf:RDF>';

/** Triples per batch: large enough that a store per batch costs little, small enough to hold nothing big. */
const BATCH_TRIPLES = 5_000;

/** RDF/XML written batch by batch (see the module comment); a continuation writes neither header nor footer twice. */
export class RdfXmlStream implements BlockStream {
  readonly #sink: Sink;
  readonly #footer: boolean;
  #batch: Quad[] = [];
  #blocks = 0;

  constructor(sink: Sink, options: { header?: boolean; footer?: boolean } = {}) {
    this.#sink = sink;
    this.#footer = options.footer ?? true;
    if (options.header ?? true) sink(HEADER);
  }

  get blocks(): number {
    return this.#blocks;
  }

  add(block: readonly Quad[]): void {
    if (block.length === 0) return;
    this.#batch.push(...block);
    this.#blocks++;
    if (this.#batch.length >= BATCH_TRIPLES) this.flush();
  }

  /** Writes the blocks added so far (at most one batch is ever held). */
  flush(): void {
    if (this.#batch.length === 0) return;
    this.#sink(descriptionsOf(quadsToRdfXml(this.#batch)));
    this.#batch = [];
  }

  end(): void {
    this.flush();
    if (this.#footer) this.#sink(FOOTER);
  }
}

/** The descriptions of a document oxigraph wrote: what lies between its header and footer. */
function descriptionsOf(document: string): string {
  if (!document.startsWith(HEADER) || !document.endsWith(FOOTER)) {
    throw new Error(`RDF/XML: oxigraph wrote a document whose root element is not the one the stream's header declares: ${document.slice(0, 300)}`);
  }
  return document.slice(HEADER.length, document.length - FOOTER.length);
}

/** Quads (a node's description, a batch of a dump) as one RDF/XML document. */
export function quadsToRdfXml(quads: readonly Quad[]): string {
  const ox = loadOxigraph();
  const store = new ox.Store();
  try {
    const text = toNTriples(quads.map(verbatim));
    if (text) store.load(text, { format: 'application/n-triples', no_transaction: true });
    return store.dump({ format: RDF_XML_MEDIA_TYPE, from_graph_name: ox.defaultGraph() }).replaceAll(`rdf:datatype="${VERBATIM}`, 'rdf:datatype="');
  } finally {
    // wasm-bindgen's own method (not in oxigraph's typings): gives the store's memory back now, not at some later GC.
    (store as { free?: () => void }).free?.();
  }
}

/** A typed literal's datatype wrapped (see the module comment). */
function verbatim(q: Quad): Quad {
  const o = q.object;
  if (o.termType !== 'Literal' || o.language || o.datatype.value === XSD_STRING) return q;
  return quad(q.subject, q.predicate, literal(o.value, namedNode(VERBATIM + o.datatype.value)));
}

function toNTriples(quads: readonly Quad[]): string {
  const parts: string[] = [];
  const stream = new NTriplesStream((s) => parts.push(s));
  stream.add(quads);
  stream.end();
  return parts.join('');
}
