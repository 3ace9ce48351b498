/**
 * The RDF/XML dump, written by oxigraph's serializer (a maintained RDF/XML writer) from the same blocks
 * as the Turtle. The body is loaded once; the DCAT description, which states the sizes of every dump,
 * is added and removed for each rendering while those sizes settle (see dump-sizes.ts).
 *
 * oxigraph's store keeps literals by value: it turns `"5"^^xsd:nonNegativeInteger` into `"5"^^xsd:integer`
 * (any derived numeric type into its base), which would change the graph. So typed literals enter the
 * store under a wrapped datatype IRI it does not know, and the wrapping is taken off the written attribute.
 */
import type { Quad } from '../rdf/rdfjs.js';
import { loadOxigraph, type Oxigraph } from './oxigraph.js';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/** Media type of RDF/XML (IANA), as oxigraph names its format. */
export const RDF_XML_MEDIA_TYPE = 'application/rdf+xml';

/** Prefix that hides a datatype from oxigraph's value normalisation; never a real datatype IRI. */
const VERBATIM = 'urn:x-elet-verbatim-datatype:';

/** A graph being collected for RDF/XML. */
export class RdfXmlGraph {
  readonly #ox = loadOxigraph();
  readonly #store = new this.#ox.Store();

  /** Adds a block of the body. */
  add(block: readonly Quad[]): void {
    for (const q of block) this.#store.add(this.#verbatim(q));
  }

  /** The whole document: the body plus `extra` blocks (left out of the graph again afterwards). */
  render(extra: readonly (readonly Quad[])[] = []): string {
    const added = extra.flat().map((q) => this.#verbatim(q)).filter((q) => !this.#store.has(q));
    for (const q of added) this.#store.add(q);
    try {
      const xml = this.#store.dump({ format: RDF_XML_MEDIA_TYPE, from_graph_name: this.#ox.defaultGraph() });
      return xml.replaceAll(`rdf:datatype="${VERBATIM}`, 'rdf:datatype="');
    } finally {
      for (const q of added) this.#store.delete(q);
    }
  }

  /** The quad for the store, a typed literal's datatype wrapped (see the module comment). */
  #verbatim(q: Quad): ReturnType<Oxigraph['fromQuad']> {
    const ox = this.#ox;
    const o = q.object;
    if (o.termType !== 'Literal' || o.language || o.datatype.value === XSD_STRING) return ox.fromQuad(q);
    return ox.quad(ox.fromTerm(q.subject), ox.fromTerm(q.predicate), ox.literal(o.value, ox.namedNode(VERBATIM + o.datatype.value)));
  }
}
