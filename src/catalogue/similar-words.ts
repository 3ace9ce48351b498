/**
 * Typo tolerance: the words of a sorted word list within a small edit distance of a query word. The sorted
 * list is walked as a trie would be: words sharing a prefix share the rows of the distance table computed
 * for it, and once every cell of a row exceeds the distance allowed, all words with that prefix are skipped.
 */

/** The edit distance tolerated for a word of this length: 1 from 5 letters, 2 from 9, none below. */
export function typosAllowed(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/** Index of the first word of the sorted `words`, from `from`, that does not start with `prefix`. */
function pastPrefix(words: readonly string[], from: number, prefix: string): number {
  // No word holds U+FFFF (not a letter or digit), so every word starting with `prefix` sorts below this key.
  const key = `${prefix}\uffff`;
  let lo = from;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Calls `found(i, distance)` for every word `words[i]` within Levenshtein distance `max` of `query` (the
 * query itself included, at distance 0), in word order. `words` must be sorted by UTF-16 code units.
 */
export function forEachSimilar(words: readonly string[], query: string, max: number, found: (i: number, distance: number) => void): void {
  const m = query.length;
  // rows[r] is the distance table row for the first r letters of `previous`.
  const rows: Int32Array[] = [Int32Array.from({ length: m + 1 }, (_, j) => j)];
  let previous = '';
  let valid = 0;
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    let r = 0;
    const shared = Math.min(valid, word.length);
    while (r < shared && word.charCodeAt(r) === previous.charCodeAt(r)) r++;
    let dead = 0;
    for (; r < word.length; r++) {
      const above = rows[r]!;
      const row = (rows[r + 1] ??= new Int32Array(m + 1));
      const c = word.charCodeAt(r);
      let best = (row[0] = r + 1);
      for (let j = 1; j <= m; j++) {
        const v = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + (query.charCodeAt(j - 1) === c ? 0 : 1));
        row[j] = v;
        if (v < best) best = v;
      }
      if (best > max) {
        dead = r + 1;
        break;
      }
    }
    previous = word;
    if (dead) {
      valid = dead;
      i = pastPrefix(words, i + 1, word.slice(0, dead));
      continue;
    }
    valid = word.length;
    if (rows[word.length]![m]! <= max) found(i, rows[word.length]![m]!);
    i++;
  }
}
