/**
 * The record mapper: the single mapping from records to RDF/JS quads (n3 DataFactory), used by every
 * serialisation. Output comes in blocks (all quads of one subject, sorted), so writers group them and the
 * output is deterministic. Modelling decisions: docs/modelling.md, "Resources".
 */

import { DataFactory } from 'n3';
import { CODE_FIELD_NAMES, type CodeField, schemeOfField } from '../code-fields.js';
import type { ResourceTypeCode } from '../generated/vocabulary.js';
import type { Download, Resource } from '../schema.js';
import { blockOf, type Statement } from './blocks.js';
import { datasetIri, downloadIri, organisationIri, resourceIri, resourcePageUrl, safeIri } from './iri.js';
import { dateLiteral, en, inLanguage, iriNode, plain, yearLiteral } from './literals.js';
import { mediaTypeOf } from './media-types.js';
import { NS } from './namespaces.js';
import { ontologyTerm } from './ontology.js';
import type { Literal, NamedNode, Quad } from './rdfjs.js';
import { type NodeKind, SharedNodes } from './shared-nodes.js';
import { DCT, FOAF, RDF, SCHEMA } from './terms.js';
import { requireConcept } from './vocabulary-graph.js';

const { namedNode } = DataFactory;

/** schema.org class per resource type; any other type is a plain `schema:CreativeWork`. */
const SCHEMA_CLASS: Partial<Record<ResourceTypeCode, NamedNode>> = {
  publication: SCHEMA.Report,
  tool: SCHEMA.Guide,
  statistics: SCHEMA.Dataset,
};

/** How the codes of one field are stated. */
interface FieldMapping {
  readonly node: NodeKind;
  /** Properties whose value is the code's node (schema.org and Dublin Core side by side). */
  readonly properties: readonly NamedNode[];
  /** A property stating the code itself as a plain literal (a language tag for `schema:inLanguage`). */
  readonly codeLiteral?: NamedNode;
  /** The coverage the DCAT description states, which the nodes are noted in. */
  readonly coverage?: 'places' | 'subjects';
}

/**
 * Field → properties, for every code field of `CODE_FIELDS` but `type` (which also picks the record's
 * class: see {@link RecordMapper.record}). A new code field does not compile until it has a row here.
 */
const CODE_FIELD_PROPERTIES: { readonly [F in Exclude<CodeField, 'type'>]: FieldMapping } = {
  countries: { node: 'country', properties: [SCHEMA.spatialCoverage, DCT.spatial], coverage: 'places' },
  beneficiaries: { node: 'concept', properties: [SCHEMA.audience, DCT.audience] },
  languages: { node: 'language', properties: [DCT.language], codeLiteral: SCHEMA.inLanguage },
  topics: { node: 'topic', properties: [SCHEMA.about, DCT.subject], coverage: 'subjects' },
  initiativeTypes: { node: 'concept', properties: [SCHEMA.genre, DCT.type] },
  educationLevels: { node: 'concept', properties: [SCHEMA.educationalLevel, DCT.educationLevel] },
  implementationLevels: { node: 'concept', properties: [DCT.coverage] },
  implementationStages: { node: 'concept', properties: [SCHEMA.creativeWorkStatus] },
};

const MAPPED_FIELDS = CODE_FIELD_NAMES.filter((f): f is Exclude<CodeField, 'type'> => f !== 'type');

/** The same value under a schema.org property and its Dublin Core counterpart. */
function both(schemaProperty: NamedNode, dcProperty: NamedNode, o: Quad['object']): Statement[] {
  return [
    [schemaProperty, o],
    [dcProperty, o],
  ];
}

/** Text in its language: English unless the record says otherwise. */
function textIn(text: string, language: string | undefined): Literal {
  return language ? inLanguage(text, language) : en(text);
}

/** Identifier, titles, description, links and keywords of a record. */
function textStatements(r: Resource): Statement[] {
  const out: Statement[] = [
    ...both(SCHEMA.identifier, DCT.identifier, plain(r.slug)),
    ...both(SCHEMA.name, DCT.title, textIn(r.title, r.titleLanguage)),
    ...both(SCHEMA.description, DCT.description, en(r.description)),
    ...r.keywords.map((keyword): Statement => [SCHEMA.keywords, en(keyword)]),
  ];
  if (r.subtitle) out.push([SCHEMA.alternativeHeadline, en(r.subtitle)]);
  if (r.originalTitle) out.push(...both(SCHEMA.alternateName, DCT.alternative, inLanguage(r.originalTitle.text, r.originalTitle.language)));
  if (r.externalUrl) out.push([FOAF.page, iriNode(r.externalUrl)]);
  return out;
}

/** The publication date: the full date when known, else the year. */
function dateStatements(r: Resource): Statement[] {
  const published = r.date ? dateLiteral(r.date) : r.year !== undefined ? yearLiteral(r.year) : undefined;
  return published ? both(SCHEMA.datePublished, DCT.issued, published) : [];
}

/**
 * Maps records to blocks; the shared nodes they point to (EU countries and languages, EuroVoc terms,
 * project concepts) are minted by {@link SharedNodes}, to be described once, after the records.
 */
export class RecordMapper {
  readonly base: string;
  /** The nodes the records point to. */
  readonly nodes: SharedNodes;
  /** Authority IRIs of every place the records concern. */
  readonly places = new Set<string>();
  /** EuroVoc IRIs of every topic of the records. */
  readonly subjects = new Set<string>();
  firstYear: number | undefined;
  lastYear: number | undefined;
  readonly #dataset: NamedNode;
  readonly #curatedFacet: NamedNode;
  readonly #seenAt: NamedNode;
  readonly #titleSource: NamedNode;
  readonly #typeSource: NamedNode;

  constructor(base: string) {
    this.base = base;
    this.nodes = new SharedNodes(base);
    this.#dataset = namedNode(datasetIri(base));
    this.#curatedFacet = namedNode(ontologyTerm('curatedFacet', base));
    this.#seenAt = namedNode(ontologyTerm('seenAt', base));
    this.#titleSource = namedNode(ontologyTerm('titleSource', base));
    this.#typeSource = namedNode(ontologyTerm('typeSource', base));
  }

  /** The record as blocks: the record's own, then its organisations and downloads. */
  record(r: Resource): Quad[][] {
    this.#noteYear(r);
    const parts = this.#parts(r);
    const statements = [
      ...this.#typeStatements(r),
      ...textStatements(r),
      ...this.#identityStatements(r),
      ...dateStatements(r),
      ...this.#codeStatements(r),
      ...this.#membershipStatements(r),
      ...parts.statements,
    ];
    return [blockOf(namedNode(resourceIri(r.slug, this.base)), statements), ...parts.blocks];
  }

  /** The schema.org class, the project's concept, and the DCMI types the concept matches. */
  #typeStatements(r: Resource): Statement[] {
    const typeConcept = this.nodes.concept(r.type);
    const out: Statement[] = [[RDF.type, SCHEMA_CLASS[r.type] ?? SCHEMA.CreativeWork], ...both(SCHEMA.additionalType, DCT.type, typeConcept)];
    const { exactMatch = [], closeMatch = [] } = requireConcept(r.type).concept.matches;
    for (const target of [...exactMatch, ...closeMatch]) {
      if (target.startsWith(NS.dcmitype)) out.push([DCT.type, namedNode(target)]);
    }
    return out;
  }

  /**
   * The record's page and where its facts were seen, kept apart (docs/modelling.md, "Identity"):
   * `schema:url`/`mainEntityOfPage` is its own toolkit page, or the project's page when it has none;
   * `dct:source` (the page its facts were taken from) and `elet:seenAt` are provenance only.
   * How its title and type were read are stated with `elet:titleSource`/`elet:typeSource`.
   */
  #identityStatements(r: Resource): Statement[] {
    const page = iriNode(r.pageUrl ?? resourcePageUrl(r.slug, this.base));
    const out: Statement[] = [
      [SCHEMA.url, page],
      [SCHEMA.mainEntityOfPage, page],
      [DCT.source, iriNode(r.sourceUrl)],
    ];
    for (const url of new Set(r.seenAt.map(safeIri))) out.push([this.#seenAt, iriNode(url)]);
    if (r.titleSource) out.push([this.#titleSource, plain(r.titleSource)]);
    if (r.typeSource) out.push([this.#typeSource, plain(r.typeSource)]);
    return out;
  }

  /** Every code field but `type`, as {@link CODE_FIELD_PROPERTIES} says; notes places and topics covered. */
  #codeStatements(r: Resource): Statement[] {
    const out: Statement[] = [];
    for (const field of MAPPED_FIELDS) {
      const mapping = CODE_FIELD_PROPERTIES[field];
      for (const code of r[field]) {
        if (mapping.codeLiteral) out.push([mapping.codeLiteral, plain(code)]);
        const node = this.nodes.node(mapping.node, code);
        if (mapping.coverage) this[mapping.coverage].add(node.value);
        for (const property of mapping.properties) out.push([property, node]);
      }
    }
    return out;
  }

  /** The dataset the record belongs to, and the schemes whose values on it curation assigned. */
  #membershipStatements(r: Resource): Statement[] {
    const curated = r.curated.map((field): Statement => [this.#curatedFacet, this.nodes.scheme(schemeOfField(field).id)]);
    return [...both(SCHEMA.isPartOf, DCT.isPartOf, this.#dataset), ...curated];
  }

  /** The years the records span, for the DCAT description's temporal coverage. */
  #noteYear(r: Resource): void {
    const year = r.date ? Number(r.date.slice(0, 4)) : r.year;
    if (year === undefined) return;
    if (this.firstYear === undefined || year < this.firstYear) this.firstYear = year;
    if (this.lastYear === undefined || year > this.lastYear) this.lastYear = year;
  }

  /** The record's organisations and downloads: the links to them and their own blocks. */
  #parts(r: Resource): { statements: Statement[]; blocks: Quad[][] } {
    const statements: Statement[] = [];
    const blocks: Quad[][] = [];
    const isDataset = r.type === 'statistics';
    r.organisations.forEach((name, i) => {
      const org = namedNode(organisationIri(r.slug, i + 1, this.base));
      statements.push(...both(SCHEMA.contributor, DCT.contributor, org));
      // A Dataset's named organisations are its creators, as Google's Dataset guidance asks for.
      if (isDataset) statements.push([SCHEMA.creator, org]);
      blocks.push(
        blockOf(org, [
          [RDF.type, SCHEMA.Organization],
          [SCHEMA.name, plain(name)],
        ]),
      );
    });
    r.downloads.forEach((download, i) => {
      const node = namedNode(downloadIri(r.slug, i + 1, this.base));
      statements.push([isDataset ? SCHEMA.distribution : SCHEMA.encoding, node]);
      blocks.push(this.#download(node, download, isDataset));
    });
    return { statements, blocks };
  }

  #download(node: NamedNode, d: Download, isDataset: boolean): Quad[] {
    const out: Statement[] = [
      [RDF.type, isDataset ? SCHEMA.DataDownload : SCHEMA.MediaObject],
      [SCHEMA.name, d.language ? inLanguage(d.title, d.language) : plain(d.title)],
    ];
    if (d.url) {
      out.push([SCHEMA.contentUrl, iriNode(d.url)]);
      const mediaType = mediaTypeOf(d.url);
      if (mediaType) out.push([SCHEMA.encodingFormat, plain(mediaType)]);
    }
    if (d.language) out.push([SCHEMA.inLanguage, plain(d.language)], [DCT.language, this.nodes.language(d.language)]);
    if (d.size) out.push([SCHEMA.contentSize, plain(d.size.shown)]);
    return blockOf(node, out);
  }
}

/**
 * One record's description on its own: its blocks (`own`: the record, then its organisations and
 * downloads) and the blocks of what they point to (`pointedTo`: concepts, EU countries and languages,
 * EuroVoc terms, schemes), labels included.
 */
export function recordDescription(record: Resource, base: string): { own: Quad[][]; pointedTo: Quad[][] } {
  const mapper = new RecordMapper(base);
  const own = mapper.record(record);
  return { own, pointedTo: mapper.nodes.blocks(false) };
}
