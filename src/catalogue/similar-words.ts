/**
 * Typo tolerance: the words of a sorted word list within a small edit distance of a query word. The sorted
 * list is walked as a trie would be: words sharing a prefix share the rows of the distance table computed for
 * it, and once every cell of a row exceeds the distance allowed, all words with that prefix are skipped. Only
 * the diagonal band of the table that can stay within the distance is computed.
 */

/** The edit distance tolerated for a word of this length: 1 from 5 letters, 2 from 9, none below. */
export function typosAllowed(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/** For each word of a sorted list, the length of the prefix it shares with the word before it (0 for the first). */
export function sharedPrefixes(words: readonly string[]): Uint16Array {
  const shared = new Uint16Array(words.length);
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1]!;
    const b = words[i]!;
    const limit = Math.min(a.length, b.length, 0xffff);
    let n = 0;
    while (n < limit && a.charCodeAt(n) === b.charCodeAt(n)) n++;
    shared[i] = n;
  }
  return shared;
}

/**
 * Calls `found(i, distance)` for every word `words[i]` within Levenshtein distance `max` of `query` (the query
 * itself included, at distance 0), in word order. `words` must be sorted by UTF-16 code units and `shared` be
 * their {@link sharedPrefixes}.
 */
export function forEachSimilar(words: readonly string[], shared: Uint16Array, query: string, max: number, found: (i: number, distance: number) => void): void {
  const m = query.length;
  // Distances are capped at max + 1: beyond, only "too far" matters.
  const cap = max + 1;
  // rows[r]: the table row for the first r letters of the word last walked, valid up to rows[valid].
  const rows: Int32Array[] = [Int32Array.from({ length: m + 1 }, (_, j) => Math.min(j, cap))];
  let valid = 0;
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    let dead = 0;
    for (let r = Math.min(valid, shared[i]!, word.length); r < word.length; r++) {
      if (!nextRow(rows, r, word.charCodeAt(r), query, max)) {
        dead = r + 1;
        break;
      }
    }
    if (dead) {
      valid = dead;
      // Every following word sharing those `dead` letters is as far: skip them all.
      do i++;
      while (i < words.length && shared[i]! >= dead);
      continue;
    }
    valid = word.length;
    if (Math.abs(word.length - m) <= max && rows[word.length]![m]! <= max) found(i, rows[word.length]![m]!);
    i++;
  }
}

/**
 * Computes `rows[r + 1]` from `rows[r]` for the letter `c`, within the band |r - j| <= max (the cells just
 * outside it set to the cap, so the next row reads no stale cell). Returns whether some cell is within `max`.
 */
function nextRow(rows: Int32Array[], r: number, c: number, query: string, max: number): boolean {
  const m = query.length;
  const cap = max + 1;
  const above = rows[r]!;
  const row = (rows[r + 1] ??= new Int32Array(m + 1));
  const lo = Math.max(1, r + 1 - max);
  const hi = Math.min(m, r + 1 + max);
  row[0] = Math.min(r + 1, cap);
  if (lo > 1) row[lo - 1] = cap;
  if (hi < m) row[hi + 1] = cap;
  let best = row[lo - 1]!;
  for (let j = lo; j <= hi; j++) {
    let v = above[j - 1]! + (query.charCodeAt(j - 1) === c ? 0 : 1);
    if (above[j]! + 1 < v) v = above[j]! + 1;
    if (row[j - 1]! + 1 < v) v = row[j - 1]! + 1;
    if (v > cap) v = cap;
    row[j] = v;
    if (v < best) best = v;
  }
  return best <= max;
}
