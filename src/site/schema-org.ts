/**
 * The schema.org view of a node, for the `<script type="application/ld+json">` block of its page:
 * the statements of the node's description whose predicates are schema.org terms, written as
 * JSON-LD with the schema.org context (what search engines and dataset search read). It is cut from the
 * same quads as the node's Turtle document, so the page never states anything the data does not.
 */

import { compare, groupBySubject, subjectKey } from '../rdf/blocks.js';
import { localName } from '../rdf/compactor.js';
import { NS } from '../rdf/namespaces.js';
import type { Quad, Term } from '../rdf/rdfjs.js';
import { RDF, XSD } from '../rdf/terms.js';
import type { VocabularyConcept, VocabularyScheme } from '../vocabulary-types.js';

/** The JSON-LD context search engines read schema.org terms with. */
const SCHEMA_ORG_CONTEXT = 'https://schema.org';
const PLAIN_STRINGS: ReadonlySet<string> = new Set([XSD.string.value, RDF.langString.value]);

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The schema.org term an IRI names (`http://schema.org/name` → `name`), or `undefined` for other IRIs. */
function schemaTerm(iri: string): string | undefined {
  return localName(iri, NS.schema);
}

/** The node's schema.org types, as terms. */
function schemaTypes(quads: readonly Quad[]): string[] {
  return quads.flatMap((q) => {
    const type = q.predicate.value === RDF.type.value ? schemaTerm(q.object.value) : undefined;
    return type === undefined ? [] : [type];
  });
}

/** `{ '@id': … }` for a node that is not described further; the described ones are embedded once. */
function nodeObject(subject: Term, bySubject: Map<string, Quad[]>, seen: Set<string>): { [key: string]: Json } {
  const key = subjectKey(subject);
  const out: { [key: string]: Json } = {};
  if (subject.termType === 'NamedNode') out['@id'] = subject.value;
  const quads = bySubject.get(key);
  if (!quads || seen.has(key)) return out;
  seen.add(key);
  const types = schemaTypes(quads);
  if (types.length) out['@type'] = types.length === 1 ? types[0]! : types;
  const values = new Map<string, Json[]>();
  for (const q of quads) {
    const name = schemaTerm(q.predicate.value);
    if (name === undefined) continue;
    const list = values.get(name) ?? [];
    list.push(jsonValueOf(q.object, bySubject, seen));
    values.set(name, list);
  }
  for (const [name, list] of [...values].sort(([a], [b]) => compare(a, b))) out[name] = list.length === 1 ? list[0]! : list;
  return out;
}

function jsonValueOf(object: Term, bySubject: Map<string, Quad[]>, seen: Set<string>): Json {
  if (object.termType === 'Literal') {
    if (object.language) return { '@value': object.value, '@language': object.language };
    if (PLAIN_STRINGS.has(object.datatype.value)) return object.value;
    return { '@value': object.value, '@type': object.datatype.value };
  }
  return nodeObject(object, bySubject, seen);
}

/**
 * The schema.org JSON-LD of the node `iri` from the quads of its description: its schema.org
 * types and properties, with blank and described nodes it points to embedded.
 * Returns `undefined` when the description has no schema.org statement about the node.
 */
export function schemaOrgView(quads: readonly Quad[], iri: string): { [key: string]: Json } | undefined {
  const bySubject = groupBySubject(quads);
  const subject = { termType: 'NamedNode', value: iri, equals: () => false } as Term;
  const root = bySubject.get(subjectKey(subject));
  if (!root || (!root.some((q) => schemaTerm(q.predicate.value) !== undefined) && schemaTypes(root).length === 0)) return undefined;
  return { '@context': SCHEMA_ORG_CONTEXT, ...nodeObject(subject, bySubject, new Set()) };
}

/*
 * The graph states schema.org facts about records, downloads, places, audiences and EuroVoc terms, but
 * describes the catalogue, the dataset and the SKOS vocabularies in DCAT and SKOS only. Search engines
 * read schema.org, so for those nodes the page carries a schema.org view built from the same sources
 * (catalogue metadata, vocabulary data, dump list) and the same IRIs.
 */

/** A dump as the dataset's schema.org `distribution`. */
export interface DownloadFacts {
  name: string;
  mediaType: string;
  url: string;
  bytes?: number;
}

function dataDownload(d: DownloadFacts, iri?: string): { [key: string]: Json } {
  return {
    ...(iri ? { '@id': iri } : {}),
    '@type': 'DataDownload',
    name: d.name,
    encodingFormat: d.mediaType,
    contentUrl: d.url,
    ...(d.bytes === undefined ? {} : { contentSize: `${d.bytes} B` }),
  };
}

/** Facts the catalogue and dataset views share. */
export interface CatalogueFacts {
  catalogueIri: string;
  datasetIri: string;
  name: string;
  description: string;
  homepage: string;
  publisher: { name: string; url: string };
  licence: string;
  keywords: readonly string[];
  version: string;
  issued: string;
  modified: string;
  sourceUrl: string;
  downloads: readonly (DownloadFacts & { iri: string })[];
}

const organisation = (p: CatalogueFacts['publisher']) => ({ '@type': 'Organization', name: p.name, url: p.url });

/** schema.org `DataCatalog` for the catalogue page. */
export function catalogueView(f: CatalogueFacts): { [key: string]: Json } {
  return {
    '@context': SCHEMA_ORG_CONTEXT,
    '@id': f.catalogueIri,
    '@type': 'DataCatalog',
    name: f.name,
    description: f.description,
    url: f.homepage,
    publisher: organisation(f.publisher),
    license: f.licence,
    inLanguage: 'en',
    dataset: { '@id': f.datasetIri, '@type': 'Dataset', name: f.name },
  };
}

/** schema.org `Dataset` (what dataset search engines index) for the dataset page. */
export function datasetView(f: CatalogueFacts): { [key: string]: Json } {
  return {
    '@context': SCHEMA_ORG_CONTEXT,
    '@id': f.datasetIri,
    '@type': 'Dataset',
    name: f.name,
    description: f.description,
    url: f.homepage,
    creator: organisation(f.publisher),
    publisher: organisation(f.publisher),
    license: f.licence,
    isAccessibleForFree: true,
    keywords: [...f.keywords],
    version: f.version,
    datePublished: f.issued,
    dateModified: f.modified,
    inLanguage: 'en',
    isBasedOn: f.sourceUrl,
    includedInDataCatalog: { '@id': f.catalogueIri, '@type': 'DataCatalog', name: f.name },
    distribution: f.downloads.map((d) => dataDownload(d, d.iri)),
  };
}

/** schema.org `DataDownload` for a distribution page. */
export function distributionView(d: DownloadFacts & { iri: string }, datasetIri: string): { [key: string]: Json } {
  return { '@context': SCHEMA_ORG_CONTEXT, ...dataDownload(d, d.iri), isPartOf: { '@id': datasetIri } };
}

/** schema.org `DefinedTerm` for a concept page. */
export function conceptView(iri: string, scheme: { iri: string; title: string }, concept: VocabularyConcept): { [key: string]: Json } {
  const same = concept.matches.exactMatch ?? [];
  const alt = concept.altLabel.en ?? [];
  return {
    '@context': SCHEMA_ORG_CONTEXT,
    '@id': iri,
    '@type': 'DefinedTerm',
    name: concept.prefLabel.en!,
    termCode: concept.code,
    ...(concept.definition ? { description: concept.definition } : {}),
    ...(alt.length ? { alternateName: [...alt] } : {}),
    ...(same.length ? { sameAs: [...same] } : {}),
    inDefinedTermSet: { '@id': scheme.iri, '@type': 'DefinedTermSet', name: scheme.title },
  };
}

/** schema.org `DefinedTermSet` for a vocabulary page. */
export function schemeView(iri: string, scheme: VocabularyScheme, conceptIriOf: (code: string) => string): { [key: string]: Json } {
  return {
    '@context': SCHEMA_ORG_CONTEXT,
    '@id': iri,
    '@type': 'DefinedTermSet',
    name: scheme.title,
    ...(scheme.description ? { description: scheme.description } : {}),
    hasDefinedTerm: scheme.concepts.map((c) => ({ '@id': conceptIriOf(c.code), '@type': 'DefinedTerm', name: c.prefLabel.en!, termCode: c.code })),
  };
}
