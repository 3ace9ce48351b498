/**
 * The single mapping from records and vocabularies to RDF/JS quads (n3 DataFactory), used by every
 * serialisation (modelling summary in `./index.ts`). Output comes in blocks: all quads of one subject,
 * sorted, so writers group them and the output is deterministic.
 */
import type { NamedNode, Quad } from './rdfjs.js';
import { DataFactory } from 'n3';
import {
  schemes,
  type BeneficiaryCode,
  type CountryCode,
  type LanguageCode,
  type ResourceTypeCode,
} from '../generated/vocabulary.js';
import type { Download, Resource } from '../schema.js';
import { MATCH_PROPERTIES, type VocabularyConcept, type VocabularyScheme } from '../vocabulary-types.js';
import { schemeOfField } from '../code-fields.js';
import { conceptEntry } from '../vocabulary.js';
import { AUTHORITY_TABLE_TITLES, authorityTableIri } from './authority.js';
import { conceptIri, datasetIri, downloadIri, organisationIri, resourceIri, safeIri, schemeIri } from './iri.js';
import { NS } from './namespaces.js';
import { curatedFacetIri } from './ontology.js';
import { DCT, FOAF, RDF, SCHEMA, SKOS, XSD } from './terms.js';
import { compare, sortBlock } from './blocks.js';

const { namedNode, literal, quad } = DataFactory;

/** The EuroVoc thesaurus (concept scheme), the `schema:inDefinedTermSet` of every EuroVoc topic. */
export const EUROVOC_SCHEME = `${NS.eurovoc}100141`;

/** The country code meaning "EU level": a place (`schema:Place`), not a country. */
export const EU_LEVEL: CountryCode = 'EU';

/** The language of the catalogue's own texts (titles, descriptions, labels). */
export const METADATA_LANGUAGE: LanguageCode = 'en';

/** schema.org class per resource type (mapping.md §1); any other type is a plain `schema:CreativeWork`. */
const SCHEMA_CLASS: Partial<Record<ResourceTypeCode, NamedNode>> = {
  publication: SCHEMA.Report,
  tool: SCHEMA.Guide,
  statistics: SCHEMA.Dataset,
};

/** Beneficiaries who are not learners: a `schema:Audience`; every other group is a `schema:EducationalAudience`. */
const NOT_LEARNERS: ReadonlySet<string> = new Set<BeneficiaryCode>(['parents', 'practitioners']);


interface ConceptEntry {
  scheme: VocabularyScheme;
  concept: VocabularyConcept;
}

function entry(code: string): ConceptEntry {
  const hit = conceptEntry(code);
  if (!hit) throw new RangeError(`RDF mapping: code ${JSON.stringify(code)} is in no vocabulary`);
  return hit;
}

/** Prefix names for the project's schemes: their ids. */
export function schemeIds(): string[] {
  return schemes.map((s) => s.id);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');
/**
 * Text as UTF-8 can carry it: a lone UTF-16 surrogate (possible in JSON input, never in real text)
 * becomes U+FFFD here, once, so every serialisation states the same literal.
 */
function wellFormed(text: string): string {
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATES, '\ufffd') : text;
}
const en = (text: string) => literal(wellFormed(text), 'en');
const plain = (text: string) => literal(wellFormed(text));
const iri = (value: string) => namedNode(safeIri(value));

function exactMatch(concept: VocabularyConcept): string | undefined {
  return concept.matches.exactMatch?.[0];
}

/** Media types of download files, guessed only from an unambiguous file extension. */
const MEDIA_TYPE_BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  csv: 'text/csv',
  zip: 'application/zip',
  epub: 'application/epub+zip',
};

function mediaTypeOf(url: string): string | undefined {
  const path = url.split(/[?#]/, 1)[0]!;
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') ? MEDIA_TYPE_BY_EXTENSION[path.slice(dot + 1).toLowerCase()] : undefined;
}

/** What a node referenced by records or the DCAT description is, so it can be described once. */
type Reference =
  | { kind: 'country'; codes: Set<string> }
  | { kind: 'language'; codes: Set<string> }
  | { kind: 'eurovoc'; codes: Set<string> }
  | { kind: 'concept'; code: string }
  | { kind: 'scheme'; id: string }
  | { kind: 'table'; table: string }
  | { kind: 'eurovoc-thesaurus' };

/**
 * Maps records to blocks and remembers which shared nodes (EU countries and languages, EuroVoc terms,
 * project concepts) they point to, so those are described once, after the records.
 */
export class RecordMapper {
  readonly base: string;
  readonly #refs = new Map<string, Reference>();
  /** Authority IRIs of every place the records concern. */
  readonly places = new Set<string>();
  /** EuroVoc IRIs of every topic of the records. */
  readonly subjects = new Set<string>();
  firstYear: number | undefined;
  lastYear: number | undefined;

  constructor(base: string) {
    this.base = base;
  }

  #refer(iri: string, make: () => Reference, code?: string): void {
    const known = this.#refs.get(iri);
    if (!known) this.#refs.set(iri, make());
    else if (code && 'codes' in known) known.codes.add(code);
  }

  /** Nodes already minted, by kind and code: each is looked up and registered once. */
  readonly #nodes = new Map<string, NamedNode>();

  #cached(key: string, make: () => NamedNode): NamedNode {
    let node = this.#nodes.get(key);
    if (!node) this.#nodes.set(key, (node = make()));
    return node;
  }

  /** The node for a country code: its EU authority IRI (or the project concept when it has none). */
  country(code: string): NamedNode {
    return this.#cached(`country:${code}`, () => this.#authority(code, 'country', 'country'));
  }

  /** The node for a language code: its EU authority IRI (or the project concept when it has none). */
  language(code: string): NamedNode {
    return this.#cached(`language:${code}`, () => this.#authority(code, 'language', 'language'));
  }

  /** The node for a topic code: its EuroVoc IRI (or the project concept when it has none). */
  topic(code: string): NamedNode {
    return this.#cached(`topic:${code}`, () => {
      const target = exactMatch(entry(code).concept);
      if (!target) return this.concept(code);
      this.#refer(target, () => ({ kind: 'eurovoc', codes: new Set([code]) }), code);
      this.#refer(EUROVOC_SCHEME, () => ({ kind: 'eurovoc-thesaurus' }));
      return namedNode(target);
    });
  }

  #authority(code: string, kind: 'country' | 'language', table: string): NamedNode {
    const target = exactMatch(entry(code).concept);
    if (!target) return this.concept(code);
    this.#refer(target, () => ({ kind, codes: new Set([code]) }), code);
    this.#refer(authorityTableIri(table), () => ({ kind: 'table', table }));
    return namedNode(target);
  }

  /** The project's own concept for a code. */
  concept(code: string): NamedNode {
    return this.#cached(`concept:${code}`, () => {
      const { scheme } = entry(code);
      const target = conceptIri(scheme.id, code, this.base);
      this.#refer(target, () => ({ kind: 'concept', code }));
      this.#refer(schemeIri(scheme.id, this.base), () => ({ kind: 'scheme', id: scheme.id }));
      return namedNode(target);
    });
  }

  /** The record as blocks: the record's own, then its organisations and downloads. */
  record(r: Resource): Quad[][] {
    const s = namedNode(resourceIri(r.slug, this.base));
    const out: Quad[] = [];
    const add = (p: NamedNode, o: Quad['object']) => out.push(quad(s, p, o));
    const both = (schemaProperty: NamedNode, dcProperty: NamedNode, o: Quad['object']) => {
      add(schemaProperty, o);
      add(dcProperty, o);
    };

    // Type: the schema.org class, the project's concept, and the DCMI type it maps to.
    add(RDF.type, SCHEMA_CLASS[r.type] ?? SCHEMA.CreativeWork);
    const typeConcept = this.concept(r.type);
    add(SCHEMA.additionalType, typeConcept);
    add(DCT.type, typeConcept);
    const typeMatches = entry(r.type).concept.matches;
    for (const target of [...(typeMatches.exactMatch ?? []), ...(typeMatches.closeMatch ?? [])]) {
      if (target.startsWith(NS.dcmitype)) add(DCT.type, this.#cached(target, () => namedNode(target)));
    }

    both(SCHEMA.identifier, DCT.identifier, plain(r.slug));
    both(SCHEMA.name, DCT.title, en(r.title));
    if (r.subtitle) add(SCHEMA.alternativeHeadline, en(r.subtitle));
    if (r.originalTitle) both(SCHEMA.alternateName, DCT.alternative, literal(wellFormed(r.originalTitle.text), r.originalTitle.language));
    both(SCHEMA.description, DCT.description, en(r.description));
    both(SCHEMA.url, DCT.source, iri(r.sourceUrl));
    if (r.externalUrl) add(FOAF.page, iri(r.externalUrl));

    const published = r.date ? literal(r.date, XSD.date) : r.year !== undefined ? literal(String(r.year), XSD.gYear) : undefined;
    if (published) both(SCHEMA.datePublished, DCT.issued, published);
    const year = r.date ? Number(r.date.slice(0, 4)) : r.year;
    if (year !== undefined) {
      if (this.firstYear === undefined || year < this.firstYear) this.firstYear = year;
      if (this.lastYear === undefined || year > this.lastYear) this.lastYear = year;
    }

    for (const code of r.languages) {
      add(SCHEMA.inLanguage, plain(code));
      add(DCT.language, this.language(code));
    }
    for (const code of r.countries) {
      const place = this.country(code);
      this.places.add(place.value);
      both(SCHEMA.spatialCoverage, DCT.spatial, place);
    }
    for (const code of r.beneficiaries) both(SCHEMA.audience, DCT.audience, this.concept(code));
    for (const code of r.topics) {
      const topic = this.topic(code);
      this.subjects.add(topic.value);
      both(SCHEMA.about, DCT.subject, topic);
    }
    for (const keyword of r.keywords) add(SCHEMA.keywords, en(keyword));
    for (const code of r.initiativeTypes) {
      const node = this.concept(code);
      add(SCHEMA.genre, node);
      add(DCT.type, node);
    }
    for (const code of r.educationLevels) both(SCHEMA.educationalLevel, DCT.educationLevel, this.concept(code));
    for (const code of r.implementationLevels) add(DCT.coverage, this.concept(code));
    for (const code of r.implementationStages) add(SCHEMA.creativeWorkStatus, this.concept(code));

    const dataset = this.#cached('dataset', () => namedNode(datasetIri(this.base)));
    both(SCHEMA.isPartOf, DCT.isPartOf, dataset);

    const curated = this.#cached('curatedFacet', () => namedNode(curatedFacetIri(this.base)));
    for (const field of r.curated) {
      const id = schemeOfField(field).id;
      add(
        curated,
        this.#cached(`scheme:${id}`, () => {
          this.#refer(schemeIri(id, this.base), () => ({ kind: 'scheme', id }));
          return namedNode(schemeIri(id, this.base));
        }),
      );
    }

    const blocks: Quad[][] = [];
    r.organisations.forEach((name, i) => {
      const org = namedNode(organisationIri(r.slug, i + 1, this.base));
      both(SCHEMA.contributor, DCT.contributor, org);
      blocks.push(sortBlock([quad(org, RDF.type, SCHEMA.Organization), quad(org, SCHEMA.name, plain(name))]));
    });
    const isDataset = r.type === 'statistics';
    r.downloads.forEach((download, i) => {
      const node = namedNode(downloadIri(r.slug, i + 1, this.base));
      add(isDataset ? SCHEMA.distribution : SCHEMA.encoding, node);
      blocks.push(this.#download(node, download, isDataset));
    });
    return [sortBlock(out), ...blocks];
  }

  #download(node: NamedNode, d: Download, isDataset: boolean): Quad[] {
    const out = [quad(node, RDF.type, isDataset ? SCHEMA.DataDownload : SCHEMA.MediaObject), quad(node, SCHEMA.name, plain(d.title))];
    if (d.url) {
      out.push(quad(node, SCHEMA.contentUrl, iri(d.url)));
      const mediaType = mediaTypeOf(d.url);
      if (mediaType) out.push(quad(node, SCHEMA.encodingFormat, plain(mediaType)));
    }
    if (d.language) {
      out.push(quad(node, SCHEMA.inLanguage, plain(d.language)));
      out.push(quad(node, DCT.language, this.language(d.language)));
    }
    if (d.size) out.push(quad(node, SCHEMA.contentSize, plain(d.size.shown)));
    return sortBlock(out);
  }

  /**
   * Descriptions of the shared nodes referenced so far, sorted by IRI. With `withVocabularies`, the
   * project's concepts and schemes are left out (the vocabulary blocks describe all of them).
   */
  referencedBlocks(withVocabularies: boolean): Quad[][] {
    const iris = [...this.#refs.keys()].sort(compare);
    const blocks: Quad[][] = [];
    for (const target of iris) {
      const ref = this.#refs.get(target)!;
      if (ref.kind === 'concept') {
        if (!withVocabularies) blocks.push(conceptBlock(entry(ref.code), this.base));
      } else if (ref.kind === 'scheme') {
        if (!withVocabularies) blocks.push(schemeBlock(schemes.find((s) => s.id === ref.id)!, this.base));
      } else if (ref.kind === 'table') blocks.push(authoritySchemeBlock(ref.table));
      else if (ref.kind === 'eurovoc-thesaurus') blocks.push(sortBlock([quad(namedNode(target), RDF.type, SCHEMA.DefinedTermSet), quad(namedNode(target), SCHEMA.name, plain('EuroVoc'))]));
      else blocks.push(authorityBlock(target, ref));
    }
    return blocks;
  }
}

/** An EU country or language, or a EuroVoc term, labelled from the project concepts matching it. */
function authorityBlock(target: string, ref: Extract<Reference, { codes: Set<string> }>): Quad[] {
  const s = namedNode(target);
  const labels = [...ref.codes].map((code) => entry(code).concept.prefLabel.en!);
  const out: Quad[] = [];
  if (ref.kind === 'eurovoc') {
    out.push(quad(s, RDF.type, SCHEMA.DefinedTerm), quad(s, SCHEMA.inDefinedTermSet, namedNode(EUROVOC_SCHEME)));
    for (const l of labels) out.push(quad(s, SCHEMA.name, en(l)));
    return sortBlock(out);
  }
  const table = ref.kind === 'country' ? 'country' : 'language';
  out.push(quad(s, RDF.type, SKOS.Concept), quad(s, SKOS.inScheme, namedNode(authorityTableIri(table))));
  for (const l of labels) out.push(quad(s, SKOS.prefLabel, en(l)));
  if (ref.kind === 'country') {
    const isPlace = ref.codes.has(EU_LEVEL);
    out.push(quad(s, RDF.type, DCT.Location), quad(s, RDF.type, isPlace ? SCHEMA.Place : SCHEMA.Country));
    for (const l of labels) out.push(quad(s, SCHEMA.name, en(l)));
  } else out.push(quad(s, RDF.type, DCT.LinguisticSystem));
  return sortBlock(out);
}

/** An EU authority table as a concept scheme, with the `dct:title` DCAT-AP requires of every scheme. */
export function authoritySchemeBlock(table: string): Quad[] {
  const s = namedNode(authorityTableIri(table));
  const title = AUTHORITY_TABLE_TITLES[table];
  if (!title) throw new Error(`RDF mapping: no title known for the EU table "${table}"`);
  return sortBlock([quad(s, RDF.type, SKOS.ConceptScheme), quad(s, DCT.title, en(title)), quad(s, SKOS.prefLabel, en(title))]);
}

function langLiterals(labels: Readonly<Record<string, string>>): ReturnType<typeof literal>[] {
  return Object.keys(labels)
    .sort()
    .map((lang) => literal(labels[lang]!, lang));
}

/** A project concept: SKOS, plus its schema.org audience type when it is a beneficiary group. */
export function conceptBlock({ scheme, concept }: ConceptEntry, base: string): Quad[] {
  const s = namedNode(conceptIri(scheme.id, concept.code, base));
  const out: Quad[] = [
    quad(s, RDF.type, SKOS.Concept),
    quad(s, SKOS.inScheme, namedNode(schemeIri(scheme.id, base))),
    quad(s, SKOS.notation, plain(concept.code)),
  ];
  for (const l of langLiterals(concept.prefLabel)) out.push(quad(s, SKOS.prefLabel, l));
  for (const lang of Object.keys(concept.altLabel).sort()) {
    for (const text of concept.altLabel[lang]!) out.push(quad(s, SKOS.altLabel, literal(text, lang)));
  }
  if (concept.definition) out.push(quad(s, SKOS.definition, en(concept.definition)));
  for (const property of MATCH_PROPERTIES) {
    for (const target of concept.matches[property] ?? []) out.push(quad(s, SKOS[property], namedNode(target)));
  }
  if (scheme.id === schemeOfField('beneficiaries').id) {
    out.push(quad(s, RDF.type, NOT_LEARNERS.has(concept.code) ? SCHEMA.Audience : SCHEMA.EducationalAudience));
    out.push(quad(s, SCHEMA.audienceType, en(concept.prefLabel.en!)));
  }
  return sortBlock(out);
}

/** A project concept scheme (`dct:title` is what DCAT-AP requires of any scheme). */
export function schemeBlock(scheme: VocabularyScheme, base: string): Quad[] {
  const s = namedNode(schemeIri(scheme.id, base));
  const out = [quad(s, RDF.type, SKOS.ConceptScheme), quad(s, DCT.title, en(scheme.title)), quad(s, SKOS.prefLabel, en(scheme.title))];
  if (scheme.description) out.push(quad(s, DCT.description, en(scheme.description)));
  return sortBlock(out);
}

/** Every project vocabulary: each scheme followed by its concepts, schemes in id order, concepts in code order. */
export function vocabularyBlocks(base: string): Quad[][] {
  const blocks: Quad[][] = [];
  for (const scheme of [...schemes].sort((a, b) => compare(a.id, b.id))) {
    blocks.push(schemeBlock(scheme, base));
    for (const concept of [...scheme.concepts].sort((a, b) => compare(a.code, b.code))) blocks.push(conceptBlock({ scheme, concept }, base));
  }
  return blocks;
}

/** A concept of the project's vocabularies by scheme and code, or `undefined`. */
export function findConcept(schemeId: string, code: string): ConceptEntry | undefined {
  const hit = conceptEntry(code);
  return hit && hit.scheme.id === schemeId ? hit : undefined;
}
