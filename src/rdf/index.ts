/**
 * elet-resources/rdf: the catalogue as linked open data.
 *
 * One mapping ({@link toQuads}) turns records and vocabularies into RDF/JS quads; Turtle, N-Triples and
 * JSON-LD are written from it, so all three are the same graph.
 *
 * - **Records** are schema.org `CreativeWork`s (`Report` for publications, `Guide` for tools, `Dataset` for
 *   statistics) with Dublin Core terms beside them: `dct:type` (DCMI type and the project's concept),
 *   `dct:spatial`/`schema:spatialCoverage` (EU country table), `dct:language` (EU language table) with
 *   `schema:inLanguage` (tag), `dct:audience`/`schema:audience`, `dct:subject`/`schema:about` (EuroVoc),
 *   downloads as `schema:MediaObject`. `schema:url`/`schema:mainEntityOfPage` is the record's own page (its
 *   toolkit page, else the project's `resource/<slug>.html`), unique per record; where its facts were seen
 *   is provenance only (`dct:source`, `elet:seenAt`). Each text carries its own language tag. Facets assigned by curation rather than shown by the toolkit are
 *   listed with `elet:curatedFacet <…/vocab/<scheme>>` (see the ontology at `<base>ns`).
 * - **The whole catalogue** (no `resources` argument) adds the SKOS vocabularies, the ontology and a
 *   DCAT-AP 3.0.1 description (catalogue, dataset, one distribution per dump file).
 * - **A subset** (`toTurtle(byCountry('ES'))`) gives those records plus the nodes they point to
 *   (concept labels, EU countries and languages, EuroVoc terms), without DCAT and full vocabularies;
 *   pass `{ dcat: true }` or `{ vocabularies: true }` to add them.
 *
 * Output is deterministic: the same input gives byte-identical text. The modelling decisions are written
 * up in the repository's `docs/modelling.md`.
 * @packageDocumentation
 */

import { schemes } from '../multilingual-vocabulary.js';
import { getResource } from '../query.js';
import type { Resource } from '../resource.js';
import { blocksOf } from './blocks.js';
import { CatalogueGraph, catalogueContext, iriValued, prefixes, type RdfOptions } from './catalogue-graph.js';
import { IriCompactor } from './compactor.js';
import { recordDescription } from './graph.js';
import { jsonLdNode } from './jsonld.js';
import { DEFAULT_BASE } from './namespaces.js';
import type { Quad } from './rdfjs.js';
import { type BlockStream, NTriplesStream, TurtleStream } from './serialize.js';
import { conceptBlock, findConcept, schemeBlocks } from './vocabulary-graph.js';

export { catalogueContext as jsonLdContext, prefixes, type RdfOptions } from './catalogue-graph.js';
export { DUMP_FILES, type DumpFile, type FileFacts } from './dump-files.js';
export {
  catalogueIri,
  checksumIri,
  conceptIri,
  contactPointIri,
  datasetIri,
  distributionIri,
  downloadIri,
  dumpUrl,
  ontologyIri,
  organisationIri,
  publisherIri,
  resourceIri,
  rightsIri,
  safeIri,
  schemeIri,
} from './iri.js';
export { DEFAULT_BASE, NS, prefixesFor } from './namespaces.js';
export { curatedFacetIri } from './ontology.js';
/** RDF/JS data model types; the quads returned are made with n3's `DataFactory`. */
export type { BlankNode, DefaultGraph, Literal, NamedNode, Quad, Term, Variable } from './rdfjs.js';

function write(blocks: Iterable<readonly Quad[]>, stream: (sink: (s: string) => void) => BlockStream): string {
  const parts: string[] = [];
  const out = stream((s) => parts.push(s));
  for (const block of blocks) out.add(block);
  out.end();
  return parts.join('');
}

/**
 * The catalogue (default) or the given records as RDF/JS quads (n3 `DataFactory` terms), grouped by subject.
 * @example toQuads(byCountry('ES')).length
 */
export function toQuads(resources?: readonly Resource[], options?: RdfOptions): Quad[] {
  return [...new CatalogueGraph(resources, options).blocks()].flat();
}

/** Turtle with readable prefixes, one paragraph per subject. @example toTurtle(byCountry('ES')) */
export function toTurtle(resources?: readonly Resource[], options?: RdfOptions): string {
  const graph = new CatalogueGraph(resources, options);
  return write(graph.blocks(), (sink) => new TurtleStream(prefixes(graph.options.base), sink));
}

/** N-Triples (canonical form), one triple per line. */
export function toNTriples(resources?: readonly Resource[], options?: RdfOptions): string {
  return write(new CatalogueGraph(resources, options).blocks(), (sink) => new NTriplesStream(sink));
}

/**
 * Compact JSON-LD with the project's inline context (no network needed to read it): an object
 * `{ "@context", "@graph" }`.
 *
 * Given the build's file facts and release date (`{ files, modified }`, as `writeDumps` reports them),
 * `JSON.stringify(doc, null, 2) + '\n'` of the whole catalogue is the `catalogue.jsonld` dump, byte for byte.
 * Without `files` it is the same graph less what only the written files can tell: each distribution's
 * `dcat:byteSize`, and its `spdx:checksum` with the checksum node (`spdx:algorithm`, `spdx:checksumValue`)
 * and the algorithm's type.
 * `toTurtle` and `toNTriples` behave the same way.
 */
export function toJsonLd(resources?: readonly Resource[], options?: RdfOptions): { '@context': Record<string, unknown>; '@graph': Record<string, unknown>[] } {
  const graph = new CatalogueGraph(resources, options);
  const base = graph.options.base;
  const compactor = new IriCompactor(prefixes(base));
  const valued = iriValued(base);
  const nodes: Record<string, unknown>[] = [];
  for (const block of graph.blocks()) if (block.length) nodes.push(jsonLdNode(block, compactor, valued));
  return { '@context': catalogueContext(base), '@graph': nodes };
}

/** Any quads (e.g. from a `describe…` function) as Turtle with the catalogue's prefixes. */
export function quadsToTurtle(quads: readonly Quad[], options: { base?: string } = {}): string {
  return write(blocksOf(quads), (sink) => new TurtleStream(prefixes(options.base ?? DEFAULT_BASE), sink));
}

/** Any quads as N-Triples. */
export function quadsToNTriples(quads: readonly Quad[]): string {
  return write(blocksOf(quads), (sink) => new NTriplesStream(sink));
}

/** Any quads as a compact JSON-LD document with the catalogue's context. */
export function quadsToJsonLd(
  quads: readonly Quad[],
  options: { base?: string } = {},
): { '@context': Record<string, unknown>; '@graph': Record<string, unknown>[] } {
  const base = options.base ?? DEFAULT_BASE;
  const compactor = new IriCompactor(prefixes(base));
  const valued = iriValued(base);
  return { '@context': catalogueContext(base), '@graph': blocksOf(quads).map((b) => jsonLdNode(b, compactor, valued)) };
}

/**
 * One record's description for its own page: the record, its downloads and organisations, and labels of
 * everything it points to (concepts, EU countries and languages, EuroVoc terms, schemes).
 * @param options.resources where to look the slug up (default: the package's catalogue); `options.base` re-mints the IRIs.
 * @returns `undefined` for an unknown slug.
 */
export function describeResource(slug: string, options: { base?: string; resources?: readonly Resource[] } = {}): Quad[] | undefined {
  const record = options.resources ? options.resources.find((r) => r.slug === slug) : getResource(slug);
  if (!record) return undefined;
  const { own, pointedTo } = recordDescription(record, options.base ?? DEFAULT_BASE);
  return [...own, ...pointedTo].flat();
}

/** One concept of the project's vocabularies (SKOS, with mappings), or `undefined`. */
export function describeConcept(schemeId: string, code: string, options: { base?: string } = {}): Quad[] | undefined {
  const hit = findConcept(schemeId, code);
  return hit && conceptBlock(hit, options.base ?? DEFAULT_BASE);
}

/** One concept scheme with all its concepts, or `undefined`. */
export function describeScheme(schemeId: string, options: { base?: string } = {}): Quad[] | undefined {
  const scheme = schemes.find((s) => s.id === schemeId);
  return scheme && schemeBlocks(scheme, options.base ?? DEFAULT_BASE).flat();
}

/**
 * The DCAT-AP description alone (catalogue, dataset, distributions, agents, statements) with the EU
 * countries, languages and EuroVoc terms it uses: what a portal harvests (the `catalogue-dcat.ttl` dump).
 * Pass the build's `files` and `modified` to state sizes and the release date.
 */
export function describeCatalogue(options: RdfOptions & { resources?: readonly Resource[] } = {}): Quad[] {
  const graph = new CatalogueGraph(options.resources, { ...options, dcat: true, vocabularies: true });
  for (const _ of graph.contentBlocks()); // walk the records for coverage
  return [...graph.dcatReferences(), ...graph.dcatDescription()].flat();
}
