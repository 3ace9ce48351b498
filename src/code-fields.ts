/**
 * THE table of code fields: for every record field that holds vocabulary codes, the codes it accepts (and so
 * its vocabulary), the facet it is filtered and counted by (if any), the noun that messages use, and whether
 * curation may assign it. The schema, the catalogue's facets, the data report, the CLI, the site and the RDF
 * mapping all derive from this table: adding a facet is one `.ttl` file in `vocab/` and one row here.
 */

import { deepFreeze } from './deep-freeze.js';
import {
  beneficiaryCodes,
  countryCodes,
  educationLevelCodes,
  implementationLevelCodes,
  implementationStageCodes,
  initiativeTypeCodes,
  languageCodes,
  resourceTypeCodes,
  topicCodes,
} from './generated/vocabulary.js';
import { conceptEntry } from './vocabulary.js';
import type { VocabularyScheme } from './vocabulary-types.js';

/** What the table says of one code field. */
export interface CodeFieldSpec {
  /** Every code the field accepts: the code list of one vocabulary. */
  readonly codes: readonly string[];
  /** The facet that filters and counts by this field, if it is one. */
  readonly facet?: string;
  /** How messages name one code of the field ("unknown country code"). */
  readonly noun: string;
  /** What the codes are, for people choosing one (command-line help). */
  readonly hint?: string;
  /** Whether curation, rather than the toolkit page, may have assigned the field's values. */
  readonly curatable: boolean;
}

/**
 * The table of code fields, row by row: `CODE_FIELDS.countries` is `{ codes: countryCodes, facet: 'country', noun:
 * 'country', hint, curatable: true }`. Frozen: the facets, the schema and the RDF mapping all read it.
 */
export const CODE_FIELDS = deepFreeze({
  type: { codes: resourceTypeCodes, facet: 'type', noun: 'resource type', curatable: true },
  countries: { codes: countryCodes, facet: 'country', noun: 'country', hint: 'ISO 3166-1 alpha-2, or EU', curatable: true },
  beneficiaries: { codes: beneficiaryCodes, facet: 'beneficiary', noun: 'beneficiary', curatable: true },
  languages: { codes: languageCodes, facet: 'language', noun: 'language', hint: 'ISO 639-1', curatable: false },
  topics: { codes: topicCodes, facet: 'topic', noun: 'topic', curatable: false },
  initiativeTypes: { codes: initiativeTypeCodes, facet: 'initiativeType', noun: 'initiative type', curatable: true },
  educationLevels: { codes: educationLevelCodes, noun: 'education level', curatable: true },
  implementationLevels: { codes: implementationLevelCodes, noun: 'implementation level', curatable: true },
  implementationStages: { codes: implementationStageCodes, noun: 'implementation stage', curatable: true },
} as const satisfies Record<string, CodeFieldSpec>);

/** The type of the field table: each field's codes, facet, noun and curatability as literal types. */
export type CodeFieldTable = typeof CODE_FIELDS;

/** A record field holding codes. */
export type CodeField = keyof CodeFieldTable;

/** A code field that curation may assign. */
export type CuratableField = { [F in CodeField]: CodeFieldTable[F]['curatable'] extends true ? F : never }[CodeField];

/** The code fields in table order. */
export const CODE_FIELD_NAMES = Object.freeze(Object.keys(CODE_FIELDS) as CodeField[]);

/** The fields curation may assign, in table order (the values a record's `curated` list may hold). */
export const CURATABLE_FIELDS = Object.freeze(CODE_FIELD_NAMES.filter((f) => CODE_FIELDS[f].curatable)) as readonly CuratableField[] as readonly [
  CuratableField,
  ...CuratableField[],
];

const schemeByField = new Map<CodeField, VocabularyScheme>();

/** The concept scheme of a field's codes (codes are unique across schemes, so its first code tells). */
export function schemeOfField(field: CodeField): VocabularyScheme {
  let scheme = schemeByField.get(field);
  if (!scheme) {
    const first = CODE_FIELDS[field].codes[0];
    const hit = first === undefined ? undefined : conceptEntry(first);
    if (!hit) throw new Error(`code field ${field}: its code list is empty or in no vocabulary`);
    schemeByField.set(field, (scheme = hit.scheme));
  }
  return scheme;
}

/** `[facet, field]` for every row with a facet. */
export type FacetRow = { [F in CodeField]: CodeFieldTable[F] extends { facet: infer N extends string } ? [N, F] : never }[CodeField];

/** Name of a facet: `type`, `country`, `beneficiary`, `language`, `topic` or `initiativeType`. */
export type FacetName = FacetRow[0];

/** The record field a facet reads. */
export type FacetField<K extends FacetName> = Extract<FacetRow, [K, CodeField]>[1];

/** The code type of each facet, e.g. `FacetCode["country"]` is `CountryCode`. */
export type FacetCode = { [K in FacetName]: CodeFieldTable[FacetField<K>]['codes'][number] };

/** The facets one can filter and count by: each names the record field it reads and the vocabulary of its codes. */
export const FACETS = Object.freeze(
  Object.fromEntries(
    CODE_FIELD_NAMES.flatMap((field) => {
      const row: CodeFieldSpec = CODE_FIELDS[field];
      return row.facet ? [[row.facet, Object.freeze({ field, codes: row.codes })]] : [];
    }),
  ),
) as { readonly [K in FacetName]: { readonly field: FacetField<K>; readonly codes: CodeFieldTable[FacetField<K>]['codes'] } };

/** The facet names in table order. */
export const FACET_NAMES = Object.freeze(Object.keys(FACETS) as FacetName[]);
