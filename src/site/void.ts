/**
 * The VoID description served at `/.well-known/void` (RFC 5785 well-known path named by the VoID spec, §7):
 * the dataset's URI space, size, dumps, vocabularies and an example resource, in Turtle.
 */
import type { Quad } from '../rdf/rdfjs.js';
import { DataFactory, Writer } from 'n3';
import { NS } from '../rdf/namespaces.js';

const { namedNode, literal, quad } = DataFactory;

/** The VoID vocabulary (not in the graph's namespace table: only this document uses it). */
export const VOID_NS = 'http://rdfs.org/ns/void#';
const v = (name: string) => namedNode(VOID_NS + name);
const RDF_TYPE = namedNode(`${NS.rdf}type`);
const DCT = (name: string) => namedNode(`${NS.dct}${name}`);
const FOAF = (name: string) => namedNode(`${NS.foaf}${name}`);

/** W3C format IRIs for the serialisations the site and its dumps offer. */
const FORMAT_FEATURES = ['Turtle', 'N-Triples', 'JSON-LD'].map((f) => namedNode(`http://www.w3.org/ns/formats/${f}`));

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

/** The VoID description as Turtle, deterministic for the same facts. */
export function voidTurtle(f: VoidFacts): string {
  const doc = namedNode(f.documentIri);
  const ds = namedNode(f.datasetIri);
  const quads: Quad[] = [
    quad(doc, RDF_TYPE, v('DatasetDescription')),
    quad(doc, DCT('title'), literal(`VoID description of ${f.title}`, 'en')),
    quad(doc, FOAF('primaryTopic'), ds),
    quad(ds, RDF_TYPE, v('Dataset')),
    quad(ds, DCT('title'), literal(f.title, 'en')),
    quad(ds, DCT('description'), literal(f.description, 'en')),
    quad(ds, DCT('license'), namedNode(f.licence)),
    quad(ds, DCT('modified'), literal(f.modified, namedNode(`${NS.xsd}date`))),
    quad(ds, FOAF('homepage'), namedNode(f.homepage)),
    quad(ds, v('uriSpace'), literal(f.base)),
    quad(ds, v('rootResource'), namedNode(f.catalogueIri)),
    quad(ds, v('triples'), literal(String(f.triples), namedNode(`${NS.xsd}integer`))),
    quad(ds, v('entities'), literal(String(f.entities), namedNode(`${NS.xsd}integer`))),
    ...f.dumps.map((d) => quad(ds, v('dataDump'), namedNode(d))),
    ...f.exampleResources.map((r) => quad(ds, v('exampleResource'), namedNode(r))),
    ...[...f.vocabularies].sort().map((ns) => quad(ds, v('vocabulary'), namedNode(ns))),
    ...FORMAT_FEATURES.map((feature) => quad(ds, v('feature'), feature)),
  ];
  const writer = new Writer({ prefixes: { ...f.prefixes, void: VOID_NS } });
  writer.addQuads(quads);
  let text = '';
  writer.end((error, result: string) => {
    if (error) throw error;
    text = result;
  });
  return text; // n3 calls back synchronously when writing to a string

}
