import type { AnyCode } from './generated/vocabulary.js';
import { schemes } from './generated/vocabulary.js';
import { knownCode, languageTag } from './guards.js';
import type { VocabularyConcept, VocabularyScheme } from './vocabulary-types.js';

export type { MatchProperty, VocabularyConcept, VocabularyScheme } from './vocabulary-types.js';

let conceptIndex: Map<string, { scheme: VocabularyScheme; concept: VocabularyConcept }> | undefined;

/** Codes are unique across schemes (the generator checks it), so one map serves every lookup. */
function index() {
  if (!conceptIndex) {
    conceptIndex = new Map();
    for (const scheme of schemes) for (const concept of scheme.concepts) conceptIndex.set(concept.code, { scheme, concept });
  }
  return conceptIndex;
}

/**
 * A concept with its whole scheme (English labels only), for modules that need the scheme's data. What describes
 * concepts whole (the RDF mapping, the site) uses `multilingual-vocabulary.ts` instead, labels in every language.
 */
export function conceptEntry(code: string): { scheme: VocabularyScheme; concept: VocabularyConcept } | undefined {
  return index().get(code);
}

/** The concept of a code; `RangeError` for an unknown code, `TypeError` for a non-string. */
function entry(code: unknown) {
  return knownCode(index(), code, 'vocabulary');
}

/**
 * Looks up a concept of any vocabulary by its code. Its `prefLabel` holds the English label only; the labels in
 * the other languages are in `elet-resources/labels` (`prefLabels(code)`).
 * @returns the concept (frozen) and the id of its scheme.
 * @throws RangeError for a code that no vocabulary defines.
 */
export function getConcept(code: AnyCode): { readonly scheme: string; readonly concept: VocabularyConcept } {
  const hit = entry(code);
  return Object.freeze({ scheme: hit.scheme.id, concept: hit.concept });
}

/**
 * The English preferred label of a code. The package root holds English labels only: for another language use
 * `label(code, lang)` from `elet-resources/labels`, which takes any BCP 47 tag and falls back to English.
 * @param lang `'en'`, the only language here; any other tag throws rather than answer in English.
 * @example label('ES') // 'Spain'; label('good-practice') // 'Good practice'
 * @throws RangeError for a code that no vocabulary defines, for a `lang` that is not a language tag, and for a
 * language other than English (naming `elet-resources/labels`).
 */
export function label(code: AnyCode, lang?: 'en'): string {
  const english = entry(code).concept.prefLabel.en!;
  if (lang !== undefined && languageTag(lang).split('-')[0] !== 'en') {
    throw new RangeError(`the package root has English labels only: for ${JSON.stringify(lang)}, import { label } from 'elet-resources/labels'`);
  }
  return english;
}

/**
 * The EU authority table IRI (or EuroVoc / DCMI IRI) a code maps to exactly, e.g.
 * `authorityIri('ES')` → `http://publications.europa.eu/resource/authority/country/ESP`.
 * @returns `undefined` when the concept has no exact match.
 * @throws RangeError for a code that no vocabulary defines.
 */
export function authorityIri(code: AnyCode): string | undefined {
  return entry(code).concept.matches.exactMatch?.[0];
}
