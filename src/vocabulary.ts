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

/** A concept with its whole scheme, for modules that need the scheme's data (the RDF mapping). */
export function conceptEntry(code: string): { scheme: VocabularyScheme; concept: VocabularyConcept } | undefined {
  return index().get(code);
}

/** The concept of a code; `RangeError` for an unknown code, `TypeError` for a non-string. */
function entry(code: unknown) {
  return knownCode(index(), code, 'vocabulary');
}

/**
 * Looks up a concept of any vocabulary by its code.
 * @returns the concept (frozen) and the id of its scheme.
 * @throws RangeError for a code that no vocabulary defines.
 */
export function getConcept(code: AnyCode): { readonly scheme: string; readonly concept: VocabularyConcept } {
  const hit = entry(code);
  return Object.freeze({ scheme: hit.scheme.id, concept: hit.concept });
}

/**
 * The preferred label of a code in the given language (a BCP 47 tag, any case; `'pt-BR'` falls back to `'pt'`),
 * falling back to English.
 * @example label('ES') // 'Spain'; label('ES', 'de') // 'Spanien'; label('good-practice') // 'Good practice'
 * @throws RangeError for a code that no vocabulary defines, or a `lang` that is not a language tag.
 */
export function label(code: AnyCode, lang = 'en'): string {
  const labels = entry(code).concept.prefLabel;
  const tag = languageTag(lang);
  // Own keys only: `prefLabel.constructor` is a function.
  for (const key of [tag, tag.split('-')[0]!, 'en']) if (Object.hasOwn(labels, key)) return labels[key]!;
  return code;
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
