/** "Did you mean" suggestions for mistyped codes and slugs. */

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** A candidate value, with optional names a user might type instead of it (e.g. a country's label). */
export interface Candidate {
  value: string;
  names?: readonly string[];
}

/**
 * Up to `max` candidates close to `input`: first those with a name starting with it ("spa" → ES, Spain),
 * then those within a small edit distance of the value, nearest first. Case is ignored.
 */
export function suggest(input: string, candidates: readonly Candidate[], max = 3): string[] {
  const needle = input.toLowerCase();
  if (!needle) return [];
  const byName = candidates.filter((c) => c.names?.some((n) => n.toLowerCase().startsWith(needle)));
  const limit = Math.max(1, Math.floor(needle.length / 3));
  const byDistance = candidates
    .map((c) => ({ c, d: editDistance(needle, c.value.toLowerCase()) }))
    .filter(({ d }) => d <= limit)
    .sort((x, y) => x.d - y.d)
    .map(({ c }) => c);
  // A value containing the input (a partial slug) is a good guess too.
  const byPart = needle.length >= 3 ? candidates.filter((c) => c.value.toLowerCase().includes(needle)) : [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of [...byName, ...byDistance, ...byPart]) {
    if (seen.has(c.value)) continue;
    seen.add(c.value);
    out.push(c.value);
    if (out.length === max) break;
  }
  return out;
}

/** `; did you mean "ES" or "SE"?`, or an empty string when nothing is close. */
export function didYouMean(suggestions: readonly string[], describe: (value: string) => string = (v) => JSON.stringify(v)): string {
  if (!suggestions.length) return '';
  const shown = suggestions.map(describe);
  const list = shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)!}`;
  return `; did you mean ${list}?`;
}
