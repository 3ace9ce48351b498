/**
 * The RDF/XML dump, written by oxigraph's serializer (a maintained RDF/XML writer) from the same blocks
 * as the Turtle. The body is loaded once; the DCAT description, which states the sizes of every dump,
 * is added and removed for each rendering while those sizes settle (see dump-sizes.ts).
 *
 * oxigraph's store keeps literals by value: it turns `"5"^^xsd:nonNegativeInteger` into `"5"^^xsd:integer`
 * (any derived numeric type into its base), which would change the graph. So typed literals enter the
 * store under a wrapped datatype IRI it does not know, and the wrapping is taken off the written attribute.
 */

import { DataFactory } from 'n3';
import type { Quad } from '../rdf/rdfjs.js';
import { NTriplesStream } from '../rdf/serialize.js';
import { loadOxigraph } from './oxigraph.js';

const { quad, literal, namedNode } = DataFactory;

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/** Media type of RDF/XML (IANA), as oxigraph names its format. */
export const RDF_XML_MEDIA_TYPE = 'application/rdf+xml';

/** Prefix that hides a datatype from oxigraph's value normalisation; never a real datatype IRI. */
const VERBATIM = 'urn:x-elet-verbatim-datatype:';

/** A graph being collected for RDF/XML. */
export class RdfXmlGraph {
  readonly #ox = loadOxigraph();
  readonly #store = new this.#ox.Store();
  /** The body as N-Triples, loaded in one go on first rendering (oxigraph parses far faster than it adds quads one by one). */
  #pending: string[] = [];
  readonly #nt = new NTriplesStream((s) => this.#pending.push(s));

  /** Adds a block of the body. */
  add(block: readonly Quad[]): void {
    this.#nt.add(block.map(verbatim));
  }

  /** The whole document: the body plus `extra` blocks (left out of the graph again afterwards). */
  render(extra: readonly (readonly Quad[])[] = []): string {
    this.#load(this.#pending.join(''));
    this.#pending = [];
    const text = toNTriples(extra.flat().map(verbatim));
    const added = this.#ox.parse(text, { format: 'application/n-triples' }).filter((q) => !this.#store.has(q));
    this.#load(text);
    try {
      const xml = this.#store.dump({ format: RDF_XML_MEDIA_TYPE, from_graph_name: this.#ox.defaultGraph() });
      return xml.replaceAll(`rdf:datatype="${VERBATIM}`, 'rdf:datatype="');
    } finally {
      for (const q of added) this.#store.delete(q);
    }
  }

  #load(ntriples: string): void {
    if (ntriples) this.#store.load(ntriples, { format: 'application/n-triples', no_transaction: true });
  }
}

let scratch: InstanceType<ReturnType<typeof loadOxigraph>['Store']> | undefined;

/** One small graph (a node's description) as an RDF/XML document; reuses one store, as making one costs more than writing. */
export function quadsToRdfXml(quads: readonly Quad[]): string {
  const ox = loadOxigraph();
  scratch ??= new ox.Store();
  const text = toNTriples(quads.map(verbatim));
  if (text) scratch.load(text, { format: 'application/n-triples', no_transaction: true });
  try {
    return scratch.dump({ format: RDF_XML_MEDIA_TYPE, from_graph_name: ox.defaultGraph() }).replaceAll(`rdf:datatype="${VERBATIM}`, 'rdf:datatype="');
  } finally {
    scratch.update('CLEAR DEFAULT');
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
