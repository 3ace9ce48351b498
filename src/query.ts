/** The package helpers over its own records: lookups by slug, country, beneficiary and type, queries, search and facet counts. */
import type { Catalogue, FacetCounts, ResourceFilter } from './catalogue.js';
import type { BeneficiaryCode, CountryCode, ResourceTypeCode } from './generated/vocabulary.js';
import { stringCode } from './guards.js';
import { catalogue } from './package-catalogue.js';
import type { Resource } from './resource.js';

/** The record with this slug, or `undefined`. */
export function getResource(slug: string): Resource | undefined {
  return catalogue.get(slug);
}

/**
 * Records concerning a country (ISO 3166-1 alpha-2, or `'EU'` for EU level).
 * @throws RangeError for an unknown code, TypeError for a non-string (both possible only from untyped callers).
 */
export function byCountry(code: CountryCode): Resource[] {
  // A missing code would otherwise be a filter without keys: every record.
  return catalogue.query({ country: stringCode(code, 'country') as typeof code });
}

/** Records serving a group of beneficiaries. */
export function byBeneficiary(code: BeneficiaryCode): Resource[] {
  return catalogue.query({ beneficiary: stringCode(code, 'beneficiary') as typeof code });
}

/** Records of one resource type. */
export function byType(code: ResourceTypeCode): Resource[] {
  return catalogue.query({ type: stringCode(code, 'resource type') as typeof code });
}

/**
 * Records matching a filter: several codes under one key mean any of them, different keys must all hold.
 * @example query({ country: ['ES', 'PT'], type: 'good-practice', text: 'second chance' })
 * @throws RangeError for an unknown code or filter key, or a `text` without a word; TypeError for a filter that is
 * not an object or a code that is not a string (all possible only from untyped callers).
 */
export function query(filter: ResourceFilter = {}): Resource[] {
  return catalogue.query(filter);
}

/**
 * Records matching `text`, most relevant first, among those matching `filter` (see {@link Catalogue.search}):
 * prefix matching for the last word, typo tolerance, case and accents ignored.
 * @example search('second chance scool', { country: 'ES' })
 * @throws RangeError for a text without a word (only spaces or punctuation).
 */
export function search(text: string, filter: ResourceFilter = {}): Resource[] {
  return catalogue.search(text, filter);
}

/** Counts per code for each facet, over the records matching `filter` (all records by default). */
export function facets(filter: ResourceFilter = {}): FacetCounts {
  return catalogue.facets(filter);
}
