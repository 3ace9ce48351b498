/**
 * Every class and property the mapping (and the site's VoID description) emits, as n3 named nodes.
 * Listing them here (and only here) keeps typos out of the graph: a term not in these tables does not
 * compile, and a test checks those the dumps use against their vocabularies' definition files.
 */

import { DataFactory } from 'n3';
import { NS, VOID_NS } from './namespaces.js';
import type { NamedNode } from './rdfjs.js';

function vocabulary<const K extends string>(ns: string, names: readonly K[]): { readonly [P in K]: NamedNode } {
  const out = {} as Record<K, NamedNode>;
  for (const name of names) out[name] = DataFactory.namedNode(ns + name);
  return out;
}

export const RDF = vocabulary(NS.rdf, ['type', 'langString']);
export const RDFS = vocabulary(NS.rdfs, ['label', 'comment', 'range', 'isDefinedBy', 'seeAlso']);
export const OWL = vocabulary(NS.owl, ['Ontology', 'ObjectProperty', 'DatatypeProperty']);

export const XSD = vocabulary(NS.xsd, ['string', 'date', 'gYear', 'integer', 'nonNegativeInteger', 'hexBinary']);

export const SKOS = vocabulary(NS.skos, [
  'Concept',
  'ConceptScheme',
  'inScheme',
  'notation',
  'prefLabel',
  'altLabel',
  'definition',
  'exactMatch',
  'closeMatch',
  'broadMatch',
  'narrowMatch',
  'relatedMatch',
]);

export const DCT = vocabulary(NS.dct, [
  'title',
  'alternative',
  'description',
  'identifier',
  'type',
  'source',
  'issued',
  'modified',
  'language',
  'spatial',
  'temporal',
  'audience',
  'subject',
  'coverage',
  'educationLevel',
  'contributor',
  'isPartOf',
  'publisher',
  'license',
  'rights',
  'accessRights',
  'accrualPeriodicity',
  'format',
  'relation',
  'provenance',
  'LinguisticSystem',
  'Location',
  'LicenseDocument',
  'RightsStatement',
  'ProvenanceStatement',
  'MediaType',
  'MediaTypeOrExtent',
  'Frequency',
  'PeriodOfTime',
]);

export const DCAT = vocabulary(NS.dcat, [
  'Catalog',
  'Dataset',
  'Distribution',
  'dataset',
  'distribution',
  'themeTaxonomy',
  'theme',
  'keyword',
  'contactPoint',
  'landingPage',
  'version',
  'accessURL',
  'downloadURL',
  'mediaType',
  'byteSize',
  'startDate',
  'endDate',
]);

export const DCATAP = vocabulary(NS.dcatap, ['availability']);

export const SPDX = vocabulary(NS.spdx, ['Checksum', 'ChecksumAlgorithm', 'checksum', 'algorithm', 'checksumValue']);

export const FOAF = vocabulary(NS.foaf, ['Agent', 'Organization', 'Document', 'name', 'homepage', 'page', 'primaryTopic']);

export const VCARD = vocabulary(NS.vcard, ['Kind', 'Organization', 'fn', 'hasURL', 'hasEmail']);

export const SCHEMA = vocabulary(NS.schema, [
  'CreativeWork',
  'Report',
  'Guide',
  'Dataset',
  'MediaObject',
  'DataDownload',
  'Country',
  'Place',
  'DefinedTerm',
  'DefinedTermSet',
  'Audience',
  'EducationalAudience',
  'Organization',
  'name',
  'alternateName',
  'alternativeHeadline',
  'description',
  'identifier',
  'url',
  'mainEntityOfPage',
  'creator',
  'additionalType',
  'genre',
  'datePublished',
  'inLanguage',
  'spatialCoverage',
  'audience',
  'audienceType',
  'about',
  'keywords',
  'educationalLevel',
  'creativeWorkStatus',
  'contributor',
  'encoding',
  'distribution',
  'contentUrl',
  'encodingFormat',
  'contentSize',
  'inDefinedTermSet',
  'isPartOf',
]);

/** VoID, for the site's `/.well-known/void` description of the dataset. */
export const VOID = vocabulary(VOID_NS.void, [
  'DatasetDescription',
  'Dataset',
  'uriSpace',
  'rootResource',
  'triples',
  'entities',
  'dataDump',
  'exampleResource',
  'vocabulary',
  'feature',
]);

/** W3C format IRIs (`void:feature`) of the serialisations the site and its dumps offer. */
export const FORMATS = vocabulary(VOID_NS.formats, ['Turtle', 'N-Triples', 'JSON-LD']);
