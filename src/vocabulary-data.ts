import { deepFreeze } from './deep-freeze.js';
import type { VocabularyConcept, VocabularyScheme } from './vocabulary-types.js';

/** A scheme as the generated module stores it: its concepts without their codes, which the code lists hold. */
type StoredScheme = Omit<VocabularyScheme, 'concepts'> & { concepts: ReadonlyArray<Omit<VocabularyConcept, 'code'>> };

/**
 * The generated schemes with each concept's code put back, first, from the code lists (one per scheme, in the same
 * order, as `src/generated/vocabulary.ts` writes them): the data need not carry every code twice. Frozen to the leaves.
 */
export function withCodes(codeLists: ReadonlyArray<readonly string[]>, schemes: readonly StoredScheme[]): readonly VocabularyScheme[] {
  return deepFreeze(schemes.map((s, i) => ({ ...s, concepts: s.concepts.map((c, j) => ({ code: codeLists[i]![j]!, ...c })) })));
}
