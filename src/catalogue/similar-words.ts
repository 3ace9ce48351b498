/**
 * Typo tolerance: the words of a sorted word list within a small edit distance of a query word. The sorted
 * list is walked as a trie would be: words sharing a prefix share the rows of the distance table computed for
 * it, and once every cell of a row exceeds the distance allowed, all words with that prefix are skipped. Only
 * the diagonal band of the table that can stay within the distance is computed.
 */
import { nextBandRow } from '../edit-distance.js';

/** The edit distance tolerated for a word of this length: 1 from 5 letters, 2 from 9, none below. */
export function typosAllowed(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * A sorted word list laid out for the walk: all letters in one string (read in order, not word object by word
 * object scattered in memory), where each word starts, and the length of the prefix it shares with the word
 * before it (0 for the first).
 */
export interface PackedWords {
  readonly letters: string;
  /** Word `i` is `letters.slice(starts[i], starts[i + 1])`. */
  readonly starts: Int32Array;
  readonly shared: Uint16Array;
  /** Length of the longest word. */
  readonly longest: number;
}

/** Packs a word list sorted by UTF-16 code units. */
export function packWords(words: readonly string[]): PackedWords {
  const starts = new Int32Array(words.length + 1);
  const shared = new Uint16Array(words.length);
  for (let i = 0; i < words.length; i++) {
    starts[i + 1] = starts[i]! + words[i]!.length;
    if (i === 0) continue;
    const a = words[i - 1]!;
    const b = words[i]!;
    const limit = Math.min(a.length, b.length, 0xffff);
    let n = 0;
    while (n < limit && a.charCodeAt(n) === b.charCodeAt(n)) n++;
    shared[i] = n;
  }
  const longest = words.reduce((n, w) => Math.max(n, w.length), 0);
  return { letters: words.join(''), starts, shared, longest };
}

/**
 * Calls `found(i, distance)` for every word `i` of `packed` within Levenshtein distance `max` of `query` (the
 * query itself included, at distance 0), in word order.
 */
export function forEachSimilar(packed: PackedWords, query: string, max: number, found: (i: number, distance: number) => void): void {
  const { letters, starts, shared } = packed;
  const m = query.length;
  const width = m + 1;
  const codes = new Int32Array(m);
  for (let j = 0; j < m; j++) codes[j] = query.charCodeAt(j);
  // Row r of the table (at r * width): the distances for the first r letters of the word last walked, valid up
  // to row `valid`; capped at max + 1, since beyond it only "too far" matters. Row 0: j insertions.
  // A row deeper than m + max + 1 is never reached: every cell of it is over max.
  const table = new Int32Array((Math.min(packed.longest, m + max + 1) + 1) * width);
  for (let j = 0; j <= m; j++) table[j] = Math.min(j, max + 1);
  const count = shared.length;
  let valid = 0;
  let i = 0;
  while (i < count) {
    const start = starts[i]!;
    const length = starts[i + 1]! - start;
    let dead = 0;
    for (let r = Math.min(valid, shared[i]!, length); r < length; r++) {
      if (nextBandRow(table, r * width, (r + 1) * width, r + 1, letters.charCodeAt(start + r), codes, m, max) > max) {
        dead = r + 1;
        break;
      }
    }
    if (dead) {
      valid = dead;
      // Every following word sharing those `dead` letters is as far: skip them all.
      do i++;
      while (i < count && shared[i]! >= dead);
      continue;
    }
    valid = length;
    const distance = table[length * width + m]!;
    if (Math.abs(length - m) <= max && distance <= max) found(i, distance);
    i++;
  }
}
