/**
 * The dump files a build publishes, each described as one `dcat:Distribution` of the dataset, and what
 * the build learns about each written file (size, checksum) for the description to state.
 * Modelling decisions: docs/modelling.md, "Downloads".
 */
import type { AUTHORITY_TABLES } from './authority.js';

/** A dump file the build writes into `dist/dumps/`, described as one `dcat:Distribution`. */
export interface DumpFile {
  /** Format key, the last segment of the distribution IRI. */
  readonly format: string;
  /** File name under `dumps/`. */
  readonly file: string;
  /** Code in the EU file-type table. */
  readonly fileType: keyof (typeof AUTHORITY_TABLES)['file-type']['labels'];
  /** IANA media type. */
  readonly mediaType: string;
  readonly title: string;
  readonly description: string;
  /** True when the file holds the DCAT description itself (so it cannot state its own checksum). */
  readonly describesItself: boolean;
}

/**
 * The distributions, in the order they are described. The four full dumps hold the same graph
 * (records, vocabularies and this DCAT description); the others are derived views.
 */
export const DUMP_FILES: readonly DumpFile[] = [
  {
    format: 'ttl',
    file: 'catalogue.ttl',
    fileType: 'RDF_TURTLE',
    mediaType: 'text/turtle',
    title: 'Catalogue as Turtle',
    description: 'Every resource with its vocabularies and this DCAT-AP description, as RDF Turtle (schema.org and DC terms).',
    describesItself: true,
  },
  {
    format: 'nt',
    file: 'catalogue.nt',
    fileType: 'RDF_N_TRIPLES',
    mediaType: 'application/n-triples',
    title: 'Catalogue as N-Triples',
    description: 'The same graph as the Turtle dump, one triple per line.',
    describesItself: true,
  },
  {
    format: 'jsonld',
    file: 'catalogue.jsonld',
    fileType: 'JSON_LD',
    mediaType: 'application/ld+json',
    title: 'Catalogue as JSON-LD',
    description: 'The same graph as the Turtle dump, as compacted JSON-LD with an inline context (parses offline).',
    describesItself: true,
  },
  {
    format: 'rdf',
    file: 'catalogue.rdf',
    fileType: 'RDF_XML',
    mediaType: 'application/rdf+xml',
    title: 'Catalogue as RDF/XML',
    description: 'The same graph as the Turtle dump, as RDF/XML (written by the oxigraph serializer).',
    describesItself: true,
  },
  {
    format: 'vocab',
    file: 'vocab.ttl',
    fileType: 'RDF_TURTLE',
    mediaType: 'text/turtle',
    title: 'Vocabularies as Turtle',
    description: 'The SKOS concept schemes used to classify the resources (types, countries, beneficiaries, languages, topics, …).',
    describesItself: false,
  },
  {
    format: 'csv',
    file: 'catalogue.csv',
    fileType: 'CSV',
    mediaType: 'text/csv',
    title: 'Catalogue as CSV',
    description: 'One row per resource with a fixed column set; lists are joined with ";".',
    describesItself: false,
  },
  {
    format: 'json',
    file: 'catalogue.json',
    fileType: 'JSON',
    mediaType: 'application/json',
    title: 'Catalogue as JSON',
    description: 'The records as validated, one object per resource, with every default filled in.',
    describesItself: false,
  },
];

/** What is known about a written file. */
export interface FileFacts {
  /** Size in bytes of the file as written. */
  readonly byteSize: number;
  /** SHA-256 of the file, lower-case hex (only for files that do not contain their own description). */
  readonly sha256?: string;
}
