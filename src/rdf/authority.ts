/**
 * The few EU Publications Office authority-table concepts the DCAT description uses, with their English
 * labels, bundled so the dumps describe every authority IRI they use (type, `skos:inScheme`, `skos:prefLabel`)
 * and validate with no background knowledge. Countries and languages are not listed here: their labels
 * come from the project's own vocabularies (`vocab/countries.ttl`, `vocab/languages.ttl`), which copy
 * the EU tables. A test checks every label below against the stored tables.
 */
import { NS } from './namespaces.js';

/** Base of every EU authority table IRI (always http). */
export const AUTHORITY_BASE = NS.at;

/**
 * Titles of the tables the dumps use, as their English `skos:prefLabel`. The dumps state them as
 * `dct:title` of the table's concept scheme, which DCAT-AP requires of every `skos:ConceptScheme`
 * (the tables themselves carry none, so merging them with the dumps stays valid only this way).
 */
export const AUTHORITY_TABLE_TITLES: Readonly<Record<string, string>> = {
  country: 'Country',
  language: 'Language',
  'file-type': 'File type',
  licence: 'Licence',
  'access-right': 'Access right',
  'data-theme': 'Data theme',
  frequency: 'Frequency',
  'planned-availability': 'Planned availability',
};

/**
 * Bundled tables: the codes used, with their English `skos:prefLabel` as in the table.
 * `frequency` and `planned-availability` are not among the stored table copies (see docs/modelling.md,
 * "Vocabularies and the EU tables"): their two codes are the published ones, used across DCAT-AP implementations.
 */
export const AUTHORITY_TABLES = {
  'file-type': { labels: { RDF_TURTLE: 'RDF Turtle', RDF_N_TRIPLES: 'RDF N-Triples', JSON_LD: 'JSON-LD', RDF_XML: 'RDF XML', CSV: 'CSV', JSON: 'JSON' } },
  licence: {
    labels: {
      CC_BY_4_0: 'Creative Commons Attribution 4.0 International',
      CC_BYSA_4_0: 'Creative Commons Attribution–ShareAlike 4.0 International',
      CC0: 'Creative Commons CC0 1.0 Universal',
    },
  },
  'access-right': { labels: { PUBLIC: 'public' } },
  'data-theme': { labels: { EDUC: 'Education, culture and sport', SOCI: 'Population and society' } },
  frequency: { labels: { IRREG: 'irregular' } },
  'planned-availability': { labels: { STABLE: 'stable' } },
} as const;

/** A bundled table. */
export type AuthorityTable = keyof typeof AUTHORITY_TABLES;
/** A code of a bundled table. */
export type AuthorityCode<T extends AuthorityTable> = keyof (typeof AUTHORITY_TABLES)[T]['labels'] & string;

/** The IRI of an authority table (its concept scheme), e.g. `…/authority/file-type`. */
export function authorityTableIri(table: string): string {
  return `${AUTHORITY_BASE}${table}`;
}

/** The IRI of a concept in a bundled table, e.g. `authorityConceptIri('file-type', 'CSV')`. */
export function authorityConceptIri<T extends AuthorityTable>(table: T, code: AuthorityCode<T>): string {
  return `${authorityTableIri(table)}/${code}`;
}
