/**
 * The one step of banded Levenshtein that both typo tolerance (catalogue/similar-words.ts, a trie walk that keeps
 * a row per prefix) and "did you mean" (suggest.ts, two rolling rows) take: only the diagonal band of the table
 * that can stay within the distance allowed is computed, and cells are capped just past it.
 */

/**
 * Writes row `i` of the distance table (at offset `cur` of `table`) from row `i - 1` (at `prev`) for the letter
 * code `c`, against the `n` letter codes `codes`, within the band |i - j| <= max. Cells are capped at `max + 1`,
 * and the cells just outside the band are set to the cap, so that the next row reads no stale cell.
 * Row 0 is `min(j, max + 1)` for each column j.
 * @returns the least cell of the row: above `max`, no longer word continuing it can come within `max`.
 */
export function nextBandRow(table: Int32Array, prev: number, cur: number, i: number, c: number, codes: Int32Array, n: number, max: number): number {
  const cap = max + 1;
  const lo = Math.max(1, i - max);
  const hi = Math.min(n, i + max);
  table[cur] = Math.min(i, cap);
  if (lo > 1) table[cur + lo - 1] = cap;
  if (hi < n) table[cur + hi + 1] = cap;
  let least = table[cur + lo - 1]!;
  for (let j = lo; j <= hi; j++) {
    let v = table[prev + j - 1]! + (codes[j - 1] === c ? 0 : 1);
    const up = table[prev + j]! + 1;
    if (up < v) v = up;
    const left = table[cur + j - 1]! + 1;
    if (left < v) v = left;
    if (v > cap) v = cap;
    table[cur + j] = v;
    if (v < least) least = v;
  }
  return least;
}
