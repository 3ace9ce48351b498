/** Accent- and case-folded form used on both sides of text search ("Educ’Action" → "educ’action"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Words of a text after folding: runs of letters and digits. */
export function tokens(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Distinct words of a search text used at most: every word must match, so more only cost time (web search engines cap theirs too). */
export const MAX_QUERY_WORDS = 32;

/**
 * The distinct words of a search text, in order of first appearance, at most `max`: a repeated word adds
 * nothing to a search in which every word must match, but would be looked up again each time.
 */
export function queryWords(text: string, max = MAX_QUERY_WORDS): string[] {
  const words = new Set<string>();
  for (const [word] of fold(text).matchAll(/[\p{L}\p{N}]+/gu)) {
    words.add(word);
    if (words.size >= max) break;
  }
  return [...words];
}
