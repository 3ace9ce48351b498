/**
 * The VoID description served at `/.well-known/void` (RFC 5785 well-known path named by the VoID spec, §7):
 * the dataset's URI space, size, dumps, vocabularies (the project's own ontology among them) and example
 * resources. The site publishes it like every node: Turtle at the well-known path itself (for static
 * hosts), and its `.html`, `.ttl`, `.jsonld`, `.nt` and `.rdf` documents beside it that the server negotiates.
 */

import { DataFactory, Writer } from 'n3';
import { VOID_NS } from '../rdf/namespaces.js';
import type { Quad } from '../rdf/rdfjs.js';
import { DCT, FOAF, FORMATS, RDF, VOID, XSD } from '../rdf/terms.js';

const { namedNode, literal, quad } = DataFactory;

export interface VoidFacts {
  /** IRI of the VoID document itself (`<base>.well-known/void`). */
  documentIri: string;
  datasetIri: string;
  catalogueIri: string;
  base: string;
  title: string;
  description: string;
  homepage: string;
  licence: string;
  modified: string;
  /** Number of triples of the full graph (as in the full dumps). */
  triples: number;
  /** Number of resources described. */
  entities: number;
  /** URLs of the full dumps. */
  dumps: readonly string[];
  exampleResources: readonly string[];
  /** Namespaces whose terms the graph uses. */
  vocabularies: readonly string[];
  /** Prefixes for readable Turtle. */
  prefixes: Readonly<Record<string, string>>;
}

/** The VoID description as quads. */
export function voidQuads(f: VoidFacts): Quad[] {
  const doc = namedNode(f.documentIri);
  const ds = namedNode(f.datasetIri);
  return [
    quad(doc, RDF.type, VOID.DatasetDescription),
    quad(doc, DCT.title, literal(`VoID description of ${f.title}`, 'en')),
    quad(doc, FOAF.primaryTopic, ds),
    quad(ds, RDF.type, VOID.Dataset),
    quad(ds, DCT.title, literal(f.title, 'en')),
    quad(ds, DCT.description, literal(f.description, 'en')),
    quad(ds, DCT.license, namedNode(f.licence)),
    quad(ds, DCT.modified, literal(f.modified, XSD.date)),
    quad(ds, FOAF.homepage, namedNode(f.homepage)),
    quad(ds, VOID.uriSpace, literal(f.base)),
    quad(ds, VOID.rootResource, namedNode(f.catalogueIri)),
    quad(ds, VOID.triples, literal(String(f.triples), XSD.integer)),
    quad(ds, VOID.entities, literal(String(f.entities), XSD.integer)),
    ...f.dumps.map((d) => quad(ds, VOID.dataDump, namedNode(d))),
    ...f.exampleResources.map((r) => quad(ds, VOID.exampleResource, namedNode(r))),
    ...[...f.vocabularies].sort().map((ns) => quad(ds, VOID.vocabulary, namedNode(ns))),
    ...Object.values(FORMATS).map((feature) => quad(ds, VOID.feature, feature)),
  ];
}

/** The VoID description as Turtle, deterministic for the same facts. */
export function voidTurtle(f: VoidFacts): string {
  const quads = voidQuads(f);
  const writer = new Writer({ prefixes: { ...f.prefixes, void: VOID_NS.void } });
  writer.addQuads(quads);
  let text = '';
  writer.end((error, result: string) => {
    if (error) throw error;
    text = result;
  });
  return text; // n3 calls back synchronously when writing to a string
}
