/**
 * The document of the base IRI itself (the site's index): what a client that dereferences the base finds.
 * It describes the catalogue (the catalogue's own statements) and points to the catalogue, the dataset,
 * the VoID description and every dump, in the HTML and in the RDF alike.
 */
import { DataFactory } from 'n3';
import { catalogueIri, datasetIri, dumpUrl, type Quad } from '../rdf/index.js';
import { DCT, FOAF, RDF, RDFS } from '../rdf/terms.js';
import type { GraphSummary } from './graph-summary.js';
import { VOID_PATH } from './layout.js';
import { type IndexDump, indexPage } from './pages/index-page.js';
import { datasetView } from './schema-org.js';
import { type SiteBuild, writeNode } from './site-build.js';

const { namedNode, literal, quad } = DataFactory;

/** The index's RDF: the base as a document whose primary topic is the catalogue, with links to the rest. */
export function indexQuads(build: SiteBuild, graph: GraphSummary): Quad[] {
  const { base, site } = build;
  const doc = namedNode(base);
  const catalogue = catalogueIri(base);
  const links = [datasetIri(base), base + VOID_PATH, ...dumpFiles(build).map((d) => dumpUrl(d.file, base))];
  return [
    quad(doc, RDF.type, FOAF.Document),
    quad(doc, DCT.title, literal(site.info.title, 'en')),
    quad(doc, FOAF.primaryTopic, namedNode(catalogue)),
    ...links.map((iri) => quad(doc, RDFS.seeAlso, namedNode(iri))),
    ...(graph.restBySubject.get(`NamedNode:${catalogue}`) ?? []),
  ];
}

/** Every dump the site holds, the distributions' first (with their titles), then the rest (`catalogue-dcat.ttl`) by file name. */
function dumpFiles(build: SiteBuild): IndexDump[] {
  const named = build.dumpLinks.map((d) => ({ file: d.file, path: d.path, title: d.title }));
  const others = Object.keys(build.dumps?.files ?? {})
    .filter((file) => !named.some((d) => d.file === file))
    .sort()
    .map((file) => ({ file, path: build.site.pathOf(dumpUrl(file, build.base)), title: file }));
  return [...named, ...others];
}

/** Writes the index's four documents. */
export function writeIndex(build: SiteBuild, graph: GraphSummary): void {
  const page = indexPage(build.site, datasetView(build.facts), dumpFiles(build));
  writeNode(build, '', build.base, indexQuads(build, graph), page);
}
