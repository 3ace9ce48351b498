/**
 * The vocabularies as RDF: the project's SKOS concept schemes and concepts, the EU authority tables
 * (as concept schemes, and the bundled concepts the DCAT description uses), and the EU countries,
 * languages and EuroVoc terms that records point to, labelled from the project concepts matching them.
 * Modelling decisions: docs/modelling.md, "Vocabularies and the EU tables".
 */

import { DataFactory } from 'n3';
import { schemeOfField } from '../code-fields.js';
import type { BeneficiaryCode, CountryCode } from '../generated/vocabulary.js';
import { conceptEntry, schemes } from '../multilingual-vocabulary.js';
import { MATCH_PROPERTIES, type VocabularyConcept, type VocabularyScheme } from '../vocabulary-types.js';
import { AUTHORITY_TABLE_TITLES, AUTHORITY_TABLES, type AuthorityTable, authorityConceptIri, authorityTableIri } from './authority.js';
import { blockOf, compare, type Statement } from './blocks.js';
import { conceptIri, schemeIri } from './iri.js';
import { en, inLanguage, labelLiterals, plain } from './literals.js';
import { NS } from './namespaces.js';
import type { NamedNode, Quad } from './rdfjs.js';
import { DCT, RDF, SCHEMA, SKOS } from './terms.js';

const { namedNode } = DataFactory;

/** A project concept with its scheme. */
export interface ConceptEntry {
  scheme: VocabularyScheme;
  concept: VocabularyConcept;
}

/**
 * The concept of a code the mapping is about to state.
 * @throws RangeError for a code in no vocabulary (validation keeps such records out).
 */
export function requireConcept(code: string): ConceptEntry {
  const hit = conceptEntry(code);
  if (!hit) throw new RangeError(`RDF mapping: code ${JSON.stringify(code)} is in no vocabulary`);
  return hit;
}

/** A concept of the project's vocabularies by scheme and code, or `undefined`. */
export function findConcept(schemeId: string, code: string): ConceptEntry | undefined {
  const hit = conceptEntry(code);
  return hit && hit.scheme.id === schemeId ? hit : undefined;
}

/** Prefix names for the project's schemes: their ids. */
export function schemeIds(): string[] {
  return schemes.map((s) => s.id);
}

/** The EuroVoc thesaurus (concept scheme), the `schema:inDefinedTermSet` of every EuroVoc topic. */
export const EUROVOC_SCHEME = `${NS.eurovoc}100141`;

/** The country code meaning "EU level": a place (`schema:Place`), not a country. */
export const EU_LEVEL: CountryCode = 'EU';

/** Beneficiaries who are not learners: a `schema:Audience`; every other group is a `schema:EducationalAudience`. */
const NOT_LEARNERS: ReadonlySet<string> = new Set<BeneficiaryCode>(['parents', 'practitioners']);

/** A project concept: SKOS, plus its schema.org audience type when it is a beneficiary group. */
export function conceptBlock({ scheme, concept }: ConceptEntry, base: string): Quad[] {
  const statements: Statement[] = [
    [RDF.type, SKOS.Concept],
    [SKOS.inScheme, namedNode(schemeIri(scheme.id, base))],
    [SKOS.notation, plain(concept.code)],
    ...labelLiterals(concept.prefLabel).map((l): Statement => [SKOS.prefLabel, l]),
  ];
  for (const lang of Object.keys(concept.altLabel).sort()) {
    for (const text of concept.altLabel[lang]!) statements.push([SKOS.altLabel, inLanguage(text, lang)]);
  }
  if (concept.definition) statements.push([SKOS.definition, en(concept.definition)]);
  for (const property of MATCH_PROPERTIES) {
    for (const target of concept.matches[property] ?? []) statements.push([SKOS[property], namedNode(target)]);
  }
  if (scheme.id === schemeOfField('beneficiaries').id) {
    statements.push([RDF.type, NOT_LEARNERS.has(concept.code) ? SCHEMA.Audience : SCHEMA.EducationalAudience]);
    statements.push([SCHEMA.audienceType, en(concept.prefLabel.en!)]);
  }
  return blockOf(namedNode(conceptIri(scheme.id, concept.code, base)), statements);
}

/** A project concept scheme (`dct:title` is what DCAT-AP requires of any scheme). */
export function schemeBlock(scheme: VocabularyScheme, base: string): Quad[] {
  const statements: Statement[] = [
    [RDF.type, SKOS.ConceptScheme],
    [DCT.title, en(scheme.title)],
    [SKOS.prefLabel, en(scheme.title)],
  ];
  if (scheme.description) statements.push([DCT.description, en(scheme.description)]);
  return blockOf(namedNode(schemeIri(scheme.id, base)), statements);
}

/** One project vocabulary: the scheme followed by its concepts in code order. */
export function schemeBlocks(scheme: VocabularyScheme, base: string): Quad[][] {
  const concepts = [...scheme.concepts].sort((a, b) => compare(a.code, b.code));
  return [schemeBlock(scheme, base), ...concepts.map((concept) => conceptBlock({ scheme, concept }, base))];
}

/** Every project vocabulary ({@link schemeBlocks}), schemes in id order. */
export function vocabularyBlocks(base: string): Quad[][] {
  return [...schemes].sort((a, b) => compare(a.id, b.id)).flatMap((scheme) => schemeBlocks(scheme, base));
}

/** An EU authority table as a concept scheme, with the `dct:title` DCAT-AP requires of every scheme. */
export function authoritySchemeBlock(table: string): Quad[] {
  const title = AUTHORITY_TABLE_TITLES[table];
  if (!title) throw new Error(`RDF mapping: no title known for the EU table "${table}"`);
  return blockOf(namedNode(authorityTableIri(table)), [
    [RDF.type, SKOS.ConceptScheme],
    [DCT.title, en(title)],
    [SKOS.prefLabel, en(title)],
  ]);
}

/** A concept of a bundled EU table, typed as DCAT-AP's range shapes expect and placed in its scheme. */
export function authorityConceptBlock<T extends AuthorityTable>(table: T, code: string, types: readonly NamedNode[]): Quad[] {
  const labels: Readonly<Record<string, string>> = AUTHORITY_TABLES[table].labels;
  return blockOf(namedNode(authorityConceptIri(table, code as never)), [
    [RDF.type, SKOS.Concept],
    ...types.map((t): Statement => [RDF.type, t]),
    [SKOS.inScheme, namedNode(authorityTableIri(table))],
    [SKOS.prefLabel, en(labels[code]!)],
  ]);
}

/** What a node outside the project's vocabularies that records point to is. */
export type AuthorityKind = 'country' | 'language' | 'eurovoc';

/** An EU country or language, or a EuroVoc term, labelled from the project concepts (`codes`) matching it. */
export function authorityNodeBlock(target: string, kind: AuthorityKind, codes: ReadonlySet<string>): Quad[] {
  const labels = [...codes].map((code) => en(requireConcept(code).concept.prefLabel.en!));
  const statements: Statement[] =
    kind === 'eurovoc'
      ? [[RDF.type, SCHEMA.DefinedTerm], [SCHEMA.inDefinedTermSet, namedNode(EUROVOC_SCHEME)], ...labels.map((l): Statement => [SCHEMA.name, l])]
      : [[RDF.type, SKOS.Concept], [SKOS.inScheme, namedNode(authorityTableIri(kind))], ...labels.map((l): Statement => [SKOS.prefLabel, l])];
  if (kind === 'country') {
    statements.push([RDF.type, DCT.Location], [RDF.type, codes.has(EU_LEVEL) ? SCHEMA.Place : SCHEMA.Country]);
    for (const l of labels) statements.push([SCHEMA.name, l]);
  } else if (kind === 'language') statements.push([RDF.type, DCT.LinguisticSystem]);
  return blockOf(namedNode(target), statements);
}

/** The EuroVoc thesaurus as the `schema:DefinedTermSet` of the topics. */
export function eurovocThesaurusBlock(): Quad[] {
  return blockOf(namedNode(EUROVOC_SCHEME), [
    [RDF.type, SCHEMA.DefinedTermSet],
    [SCHEMA.name, plain('EuroVoc')],
  ]);
}
