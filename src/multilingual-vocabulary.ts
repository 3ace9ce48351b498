/**
 * The vocabularies with their preferred labels in every language, for what describes them whole: the RDF mapping,
 * the site. The root entry's `schemes` carry English labels only; the other languages come from the one generated
 * label table (`src/generated/labels.ts`), the same the `elet-resources/labels` entry reads.
 */
import { deepFreeze } from './deep-freeze.js';
import { prefLabelTable } from './generated/labels.js';
import { type AnyCode, schemes as englishSchemes } from './generated/vocabulary.js';
import type { VocabularyConcept, VocabularyScheme } from './vocabulary-types.js';

/** Every scheme with its concepts as in `vocab/`, preferred labels in every language; frozen to the leaves. */
export const schemes: readonly VocabularyScheme[] = /* @__PURE__ */ deepFreeze(
  englishSchemes.map((s) => ({ ...s, concepts: s.concepts.map((c) => ({ ...c, prefLabel: prefLabelTable.get(c.code as AnyCode)! })) })),
);

let conceptIndex: Map<string, { scheme: VocabularyScheme; concept: VocabularyConcept }> | undefined;

/** A concept with its whole scheme, labels in every language, or `undefined` for a code in no vocabulary. */
export function conceptEntry(code: string): { scheme: VocabularyScheme; concept: VocabularyConcept } | undefined {
  if (!conceptIndex) {
    conceptIndex = new Map();
    for (const scheme of schemes) for (const concept of scheme.concepts) conceptIndex.set(concept.code, { scheme, concept });
  }
  return conceptIndex.get(code);
}
