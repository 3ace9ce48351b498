/** Accent- and case-folded form used on both sides of text search ("Educ’Action" → "educ’action"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Words of a text after folding: runs of letters and digits. */
export function tokens(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
