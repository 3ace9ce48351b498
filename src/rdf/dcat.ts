/**
 * The DCAT-AP 3.0.1 description of the catalogue: a `dcat:Catalog` with one `dcat:Dataset` whose
 * `dcat:Distribution`s are the dump files themselves. Facts come from `data/catalogue.json`
 * (`catalogueInfo`), the package version, the records (coverage) and the written files (sizes, checksums).
 */
import type { NamedNode, Quad } from './rdfjs.js';
import { DataFactory } from 'n3';
import type { CatalogueInfo } from '../schema.js';
import { AUTHORITY_TABLES, authorityConceptIri, authorityTableIri, ianaMediaTypeIri, type AuthorityTable } from './authority.js';
import {
  catalogueIri,
  checksumIri,
  contactPointIri,
  datasetIri,
  distributionIri,
  dumpUrl,
  provenanceIri,
  publisherIri,
  rightsIri,
  safeIri,
  temporalIri,
} from './iri.js';
import { authoritySchemeBlock } from './graph.js';
import { sortBlock } from './blocks.js';
import { DCAT, DCATAP, DCT, FOAF, RDF, RDFS, SKOS, SPDX, VCARD, XSD } from './terms.js';

const { namedNode, literal, quad } = DataFactory;

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
 * The distributions, in the order they are described. The three full dumps hold the same graph
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

/** Everything the DCAT description needs besides the records. */
export interface DcatInput {
  base: string;
  info: CatalogueInfo;
  version: string;
  /** Release date (`dct:modified`), `YYYY-MM-DD`. */
  modified: string;
  /** Authority IRI of the EU level: the catalogue's own `dct:spatial`. */
  euLevel: string;
  /** Authority IRIs of the places covered (EU level included by the caller). */
  places: ReadonlySet<string>;
  /** EuroVoc IRIs of the topics covered. */
  subjects: ReadonlySet<string>;
  firstYear?: number;
  lastYear?: number;
  /** Facts about written files, by format key; distributions without facts carry no size or checksum. */
  files?: Readonly<Record<string, FileFacts | undefined>>;
  /** The authority IRI of the language of the metadata (`dct:language`). */
  language: string;
}

/**
 * DCAT-AP 3.0.1 rejects the SPDX namespace IRI here: its checksum-algorithm shape wants the https form
 * (`sh:pattern "^https://spdx.org/rdf/terms"`), so the algorithm is written that way.
 */
export const SHA256_ALGORITHM = 'https://spdx.org/rdf/terms#checksumAlgorithm_sha256';

const en = (text: string) => literal(text, 'en');
const date = (value: string) => literal(value, XSD.date);

/** A concept of a bundled EU table, typed as DCAT-AP's range shapes expect and placed in its scheme. */
function authorityConcept<T extends AuthorityTable>(table: T, code: string, types: NamedNode[]): Quad[] {
  const s = namedNode(authorityConceptIri(table, code as never));
  const labels: Readonly<Record<string, string>> = AUTHORITY_TABLES[table].labels;
  return sortBlock([
    quad(s, RDF.type, SKOS.Concept),
    ...types.map((t) => quad(s, RDF.type, t)),
    quad(s, SKOS.inScheme, namedNode(authorityTableIri(table))),
    quad(s, SKOS.prefLabel, en(labels[code]!)),
  ]);
}

/**
 * The DCAT description as blocks (one per subject), in a fixed order: catalogue, dataset, distributions,
 * then the nodes only they use. EU countries and languages are not described here but by the graph's
 * shared-node blocks (records use them too).
 */
export function dcatBlocks(input: DcatInput): Quad[][] {
  const { base, info } = input;
  const catalogue = namedNode(catalogueIri(base));
  const dataset = namedNode(datasetIri(base));
  const publisher = namedNode(publisherIri(base));
  const contact = namedNode(contactPointIri(base));
  const rights = namedNode(rightsIri(base));
  const provenance = namedNode(provenanceIri(base));
  const homepage = namedNode(safeIri(info.homepage));
  const publisherPage = namedNode(safeIri(info.publisher.url));
  const language = namedNode(input.language);
  const licence = namedNode(authorityConceptIri('licence', info.licence));
  const issued = date(info.issued);
  const modified = date(input.modified);
  const themes = info.themes.map((code) => namedNode(authorityConceptIri('data-theme', code)));
  const themeTable = namedNode(authorityTableIri('data-theme'));
  const publicAccess = namedNode(authorityConceptIri('access-right', 'PUBLIC'));
  const irregular = namedNode(authorityConceptIri('frequency', 'IRREG'));
  const stable = namedNode(authorityConceptIri('planned-availability', 'STABLE'));
  const hasPeriod = input.firstYear !== undefined && input.lastYear !== undefined;
  const temporal = namedNode(temporalIri(base));

  const blocks: Quad[][] = [];
  const block = (subject: NamedNode, pairs: [NamedNode, Quad['object']][]) => blocks.push(sortBlock(pairs.map(([p, o]) => quad(subject, p, o))));

  block(catalogue, [
    [RDF.type, DCAT.Catalog],
    [DCT.title, en(info.title)],
    [DCT.description, en(info.description)],
    [DCT.publisher, publisher],
    [DCT.language, language],
    [DCT.license, licence],
    [DCT.rights, rights],
    [DCT.issued, issued],
    [DCT.modified, modified],
    [DCT.spatial, namedNode(input.euLevel)],
    [FOAF.homepage, homepage],
    [DCAT.themeTaxonomy, themeTable],
    [DCAT.dataset, dataset],
  ]);

  const datasetPairs: [NamedNode, Quad['object']][] = [
    [RDF.type, DCAT.Dataset],
    [DCT.title, en(info.title)],
    [DCT.description, en(info.description)],
    ...info.keywords.map((k): [NamedNode, Quad['object']] => [DCAT.keyword, en(k)]),
    ...themes.map((t): [NamedNode, Quad['object']] => [DCAT.theme, t]),
    ...[...input.subjects].map((s): [NamedNode, Quad['object']] => [DCT.subject, namedNode(s)]),
    ...[...input.places].map((p): [NamedNode, Quad['object']] => [DCT.spatial, namedNode(p)]),
    [DCT.publisher, publisher],
    [DCAT.contactPoint, contact],
    [DCT.accessRights, publicAccess],
    [DCT.accrualPeriodicity, irregular],
    [DCT.issued, issued],
    [DCT.modified, modified],
    [DCAT.version, literal(input.version)],
    [DCAT.landingPage, homepage],
    [DCT.language, language],
    [DCT.provenance, provenance],
    [DCT.relation, namedNode(safeIri(info.source.url))],
    ...DUMP_FILES.map((f): [NamedNode, Quad['object']] => [DCAT.distribution, namedNode(distributionIri(f.format, base))]),
  ];
  if (hasPeriod) datasetPairs.push([DCT.temporal, temporal]);
  block(dataset, datasetPairs);

  for (const f of DUMP_FILES) {
    const s = namedNode(distributionIri(f.format, base));
    const url = namedNode(dumpUrl(f.file, base));
    const facts = input.files?.[f.format];
    const pairs: [NamedNode, Quad['object']][] = [
      [RDF.type, DCAT.Distribution],
      [DCT.title, en(f.title)],
      [DCT.description, en(f.description)],
      [DCAT.accessURL, url],
      [DCAT.downloadURL, url],
      [DCAT.mediaType, namedNode(ianaMediaTypeIri(f.mediaType))],
      [DCT.format, namedNode(authorityConceptIri('file-type', f.fileType))],
      [DCT.license, licence],
      [DCT.rights, rights],
      [DCT.issued, issued],
      [DCT.modified, modified],
      [DCT.language, language],
      [DCATAP.availability, stable],
    ];
    if (facts) pairs.push([DCAT.byteSize, literal(String(facts.byteSize), XSD.nonNegativeInteger)]);
    if (facts?.sha256) pairs.push([SPDX.checksum, namedNode(checksumIri(f.format, base))]);
    block(s, pairs);
    if (facts?.sha256) {
      block(namedNode(checksumIri(f.format, base)), [
        [RDF.type, SPDX.Checksum],
        [SPDX.algorithm, namedNode(SHA256_ALGORITHM)],
        [SPDX.checksumValue, literal(facts.sha256, XSD.hexBinary)],
      ]);
    }
  }

  block(publisher, [
    [RDF.type, FOAF.Agent],
    [RDF.type, FOAF.Organization],
    [FOAF.name, literal(info.publisher.name)],
    [FOAF.page, publisherPage],
  ]);
  const contactPairs: [NamedNode, Quad['object']][] = [
    [RDF.type, VCARD.Kind],
    [RDF.type, VCARD.Organization],
    [VCARD.fn, literal(info.contactPoint.name)],
    [VCARD.hasURL, namedNode(safeIri(info.contactPoint.url))],
  ];
  if (info.contactPoint.email) contactPairs.push([VCARD.hasEmail, namedNode(safeIri(`mailto:${info.contactPoint.email}`))]);
  block(contact, contactPairs);
  block(rights, [
    [RDF.type, DCT.RightsStatement],
    [RDFS.label, en(info.rights)],
  ]);
  block(provenance, [
    [RDF.type, DCT.ProvenanceStatement],
    [RDFS.label, en(`Republished from ${info.source.title} by ${info.source.name}: ${info.source.url}`)],
  ]);
  if (hasPeriod) {
    block(temporal, [
      [RDF.type, DCT.PeriodOfTime],
      [DCAT.startDate, literal(String(input.firstYear), XSD.gYear)],
      [DCAT.endDate, literal(String(input.lastYear), XSD.gYear)],
    ]);
  }

  // Nodes only the description uses, typed as the range shapes expect (offline there is no background knowledge).
  const documents = [...new Set([homepage.value, publisherPage.value])].sort();
  for (const d of documents) block(namedNode(d), [[RDF.type, FOAF.Document]]);
  const mediaTypes = [...new Set(DUMP_FILES.map((f) => ianaMediaTypeIri(f.mediaType)))].sort();
  for (const m of mediaTypes) block(namedNode(m), [[RDF.type, DCT.MediaType]]);
  for (const code of [...new Set(DUMP_FILES.map((f) => f.fileType))].sort()) blocks.push(authorityConcept('file-type', code, [DCT.MediaTypeOrExtent]));
  blocks.push(authorityConcept('licence', info.licence, [DCT.LicenseDocument]));
  blocks.push(authorityConcept('access-right', 'PUBLIC', [DCT.RightsStatement]));
  blocks.push(authorityConcept('frequency', 'IRREG', [DCT.Frequency]));
  blocks.push(authorityConcept('planned-availability', 'STABLE', []));
  for (const code of info.themes) blocks.push(authorityConcept('data-theme', code, []));
  for (const table of ['access-right', 'data-theme', 'file-type', 'frequency', 'licence', 'planned-availability']) blocks.push(authoritySchemeBlock(table));
  if (DUMP_FILES.some((f) => input.files?.[f.format]?.sha256)) block(namedNode(SHA256_ALGORITHM), [[RDF.type, SPDX.ChecksumAlgorithm]]);
  return blocks;
}
