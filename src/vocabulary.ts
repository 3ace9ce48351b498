import { schemes } from './generated/vocabulary.js';
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

/**
 * Looks up a concept of any vocabulary by its code.
 * @returns the concept and the id of its scheme, or `undefined` for an unknown code.
 */
export function getConcept(code: string): { scheme: string; concept: VocabularyConcept } | undefined {
  const hit = index().get(code);
  return hit && { scheme: hit.scheme.id, concept: hit.concept };
}

/**
 * The preferred label of a code in the given language, falling back to English.
 * @example label('ES') // 'Spain'; label('ES', 'de') // 'Spanien'; label('good-practice') // 'Good practice'
 * @throws RangeError for a code that no vocabulary defines.
 */
export function label(code: string, lang = 'en'): string {
  const hit = index().get(code);
  if (!hit) throw new RangeError(`unknown code ${JSON.stringify(code)}`);
  return hit.concept.prefLabel[lang] ?? hit.concept.prefLabel.en!;
}

/**
 * The EU authority table IRI (or EuroVoc / DCMI IRI) a code maps to exactly, e.g.
 * `authorityIri('ES')` → `http://publications.europa.eu/resource/authority/country/ESP`.
 * @returns `undefined` when the concept has no exact match.
 */
export function authorityIri(code: string): string | undefined {
  return index().get(code)?.concept.matches.exactMatch?.[0];
}
