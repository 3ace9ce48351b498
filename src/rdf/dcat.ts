/**
 * The DCAT-AP 3.0.1 description of the catalogue: a `dcat:Catalog` with one `dcat:Dataset` whose
 * `dcat:Distribution`s are the dump files themselves. Facts come from `data/catalogue.json`
 * (`catalogueInfo`), the package version, the records (coverage) and the written files (sizes, checksums).
 * Modelling decisions: docs/modelling.md, "The DCAT-AP description".
 */

import { DataFactory } from 'n3';
import type { CatalogueInfo } from '../schema.js';
import { authorityConceptIri, authorityTableIri } from './authority.js';
import { blockOf, type Statement } from './blocks.js';
import { DUMP_FILES, type FileFacts } from './dump-files.js';
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
  temporalIri,
} from './iri.js';
import { dateLiteral, en, iriNode, yearLiteral } from './literals.js';
import { ianaMediaTypeIri } from './media-types.js';
import type { NamedNode, Quad } from './rdfjs.js';
import { DCAT, DCATAP, DCT, FOAF, RDF, RDFS, SPDX, VCARD, XSD } from './terms.js';
import { authorityConceptBlock, authoritySchemeBlock } from './vocabulary-graph.js';

const { namedNode, literal } = DataFactory;

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
const SHA256_ALGORITHM = 'https://spdx.org/rdf/terms#checksumAlgorithm_sha256';

/** The nodes the description names, minted once from its input. */
interface DcatNodes {
  catalogue: NamedNode;
  dataset: NamedNode;
  publisher: NamedNode;
  contact: NamedNode;
  rights: NamedNode;
  provenance: NamedNode;
  homepage: NamedNode;
  publisherPage: NamedNode;
  language: NamedNode;
  licence: NamedNode;
  issued: Quad['object'];
  modified: Quad['object'];
  /** The temporal coverage, when the records state years. */
  temporal: NamedNode | undefined;
}

function nodesOf(input: DcatInput): DcatNodes {
  const { base, info } = input;
  return {
    catalogue: namedNode(catalogueIri(base)),
    dataset: namedNode(datasetIri(base)),
    publisher: namedNode(publisherIri(base)),
    contact: namedNode(contactPointIri(base)),
    rights: namedNode(rightsIri(base)),
    provenance: namedNode(provenanceIri(base)),
    homepage: iriNode(info.homepage),
    publisherPage: iriNode(info.publisher.url),
    language: namedNode(input.language),
    licence: namedNode(authorityConceptIri('licence', info.licence)),
    issued: dateLiteral(info.issued),
    modified: dateLiteral(input.modified),
    temporal: input.firstYear !== undefined && input.lastYear !== undefined ? namedNode(temporalIri(base)) : undefined,
  };
}

function catalogueBlock(input: DcatInput, n: DcatNodes): Quad[] {
  const { info } = input;
  return blockOf(n.catalogue, [
    [RDF.type, DCAT.Catalog],
    [DCT.title, en(info.title)],
    [DCT.description, en(info.description)],
    [DCT.publisher, n.publisher],
    [DCT.language, n.language],
    [DCT.license, n.licence],
    [DCT.rights, n.rights],
    [DCT.issued, n.issued],
    [DCT.modified, n.modified],
    [DCT.spatial, namedNode(input.euLevel)],
    [FOAF.homepage, n.homepage],
    [DCAT.themeTaxonomy, namedNode(authorityTableIri('data-theme'))],
    [DCAT.dataset, n.dataset],
  ]);
}

function datasetBlock(input: DcatInput, n: DcatNodes): Quad[] {
  const { info } = input;
  const statements: Statement[] = [
    [RDF.type, DCAT.Dataset],
    [DCT.title, en(info.title)],
    [DCT.description, en(info.description)],
    ...info.keywords.map((k): Statement => [DCAT.keyword, en(k)]),
    ...info.themes.map((code): Statement => [DCAT.theme, namedNode(authorityConceptIri('data-theme', code))]),
    ...[...input.subjects].map((s): Statement => [DCT.subject, namedNode(s)]),
    ...[...input.places].map((p): Statement => [DCT.spatial, namedNode(p)]),
    [DCT.publisher, n.publisher],
    [DCAT.contactPoint, n.contact],
    [DCT.accessRights, namedNode(authorityConceptIri('access-right', 'PUBLIC'))],
    [DCT.accrualPeriodicity, namedNode(authorityConceptIri('frequency', 'IRREG'))],
    [DCT.issued, n.issued],
    [DCT.modified, n.modified],
    [DCAT.version, literal(input.version)],
    [DCAT.landingPage, n.homepage],
    [DCT.language, n.language],
    [DCT.provenance, n.provenance],
    [DCT.relation, iriNode(info.source.url)],
    ...DUMP_FILES.map((f): Statement => [DCAT.distribution, namedNode(distributionIri(f.format, input.base))]),
  ];
  if (n.temporal) statements.push([DCT.temporal, n.temporal]);
  return blockOf(n.dataset, statements);
}

/** One block per dump file, followed by its checksum's when the file can state one. */
function distributionBlocks(input: DcatInput, n: DcatNodes): Quad[][] {
  const { base } = input;
  return DUMP_FILES.flatMap((f) => {
    const url = namedNode(dumpUrl(f.file, base));
    const facts = input.files?.[f.format];
    const checksum = facts?.sha256 ? namedNode(checksumIri(f.format, base)) : undefined;
    const statements: Statement[] = [
      [RDF.type, DCAT.Distribution],
      [DCT.title, en(f.title)],
      [DCT.description, en(f.description)],
      [DCAT.accessURL, url],
      [DCAT.downloadURL, url],
      [DCAT.mediaType, namedNode(ianaMediaTypeIri(f.mediaType))],
      [DCT.format, namedNode(authorityConceptIri('file-type', f.fileType))],
      [DCT.license, n.licence],
      [DCT.rights, n.rights],
      [DCT.issued, n.issued],
      [DCT.modified, n.modified],
      [DCT.language, n.language],
      [DCATAP.availability, namedNode(authorityConceptIri('planned-availability', 'STABLE'))],
    ];
    if (facts) statements.push([DCAT.byteSize, literal(String(facts.byteSize), XSD.nonNegativeInteger)]);
    if (checksum) statements.push([SPDX.checksum, checksum]);
    const blocks = [blockOf(namedNode(distributionIri(f.format, base)), statements)];
    if (checksum && facts?.sha256) {
      blocks.push(
        blockOf(checksum, [
          [RDF.type, SPDX.Checksum],
          [SPDX.algorithm, namedNode(SHA256_ALGORITHM)],
          [SPDX.checksumValue, literal(facts.sha256, XSD.hexBinary)],
        ]),
      );
    }
    return blocks;
  });
}

/** The publisher, the contact point, the rights and provenance statements and the temporal coverage. */
function agentAndStatementBlocks(input: DcatInput, n: DcatNodes): Quad[][] {
  const { info } = input;
  const contact: Statement[] = [
    [RDF.type, VCARD.Kind],
    [RDF.type, VCARD.Organization],
    [VCARD.fn, literal(info.contactPoint.name)],
    [VCARD.hasURL, iriNode(info.contactPoint.url)],
  ];
  if (info.contactPoint.email) contact.push([VCARD.hasEmail, iriNode(`mailto:${info.contactPoint.email}`)]);
  const blocks = [
    blockOf(n.publisher, [
      [RDF.type, FOAF.Agent],
      [RDF.type, FOAF.Organization],
      [FOAF.name, literal(info.publisher.name)],
      [FOAF.page, n.publisherPage],
    ]),
    blockOf(n.contact, contact),
    blockOf(n.rights, [
      [RDF.type, DCT.RightsStatement],
      [RDFS.label, en(info.rights)],
    ]),
    blockOf(n.provenance, [
      [RDF.type, DCT.ProvenanceStatement],
      [RDFS.label, en(`Republished from ${info.source.title} by ${info.source.name}: ${info.source.url}`)],
    ]),
  ];
  if (n.temporal) {
    blocks.push(
      blockOf(n.temporal, [
        [RDF.type, DCT.PeriodOfTime],
        [DCAT.startDate, yearLiteral(input.firstYear!)],
        [DCAT.endDate, yearLiteral(input.lastYear!)],
      ]),
    );
  }
  return blocks;
}

/** Nodes only the description uses, typed as the range shapes expect (offline there is no background knowledge). */
function rangeBlocks(input: DcatInput, n: DcatNodes): Quad[][] {
  const typed = (iri: string, type: NamedNode) => blockOf(namedNode(iri), [[RDF.type, type]]);
  const documents = [...new Set([n.homepage.value, n.publisherPage.value])].sort();
  const mediaTypes = [...new Set(DUMP_FILES.map((f) => ianaMediaTypeIri(f.mediaType)))].sort();
  const fileTypes = [...new Set(DUMP_FILES.map((f) => f.fileType))].sort();
  const blocks = [
    ...documents.map((d) => typed(d, FOAF.Document)),
    ...mediaTypes.map((m) => typed(m, DCT.MediaType)),
    ...fileTypes.map((code) => authorityConceptBlock('file-type', code, [DCT.MediaTypeOrExtent])),
    authorityConceptBlock('licence', input.info.licence, [DCT.LicenseDocument]),
    authorityConceptBlock('access-right', 'PUBLIC', [DCT.RightsStatement]),
    authorityConceptBlock('frequency', 'IRREG', [DCT.Frequency]),
    authorityConceptBlock('planned-availability', 'STABLE', []),
    ...input.info.themes.map((code) => authorityConceptBlock('data-theme', code, [])),
    ...['access-right', 'data-theme', 'file-type', 'frequency', 'licence', 'planned-availability'].map(authoritySchemeBlock),
  ];
  if (DUMP_FILES.some((f) => input.files?.[f.format]?.sha256)) blocks.push(typed(SHA256_ALGORITHM, SPDX.ChecksumAlgorithm));
  return blocks;
}

/**
 * The DCAT description as blocks (one per subject), in a fixed order: catalogue, dataset, distributions,
 * then the nodes only they use. EU countries and languages are not described here but by the graph's
 * shared-node blocks (records use them too).
 */
export function dcatBlocks(input: DcatInput): Quad[][] {
  const n = nodesOf(input);
  return [catalogueBlock(input, n), datasetBlock(input, n), ...distributionBlocks(input, n), ...agentAndStatementBlocks(input, n), ...rangeBlocks(input, n)];
}
