/**
 * "Did you mean" suggestions for mistyped codes and slugs. The work per question is bounded whatever the
 * input: the server asks for every 404, over every name in a folder, with request paths of up to ~16 KB.
 */
import { nextBandRow } from './edit-distance.js';

/**
 * Inputs and values are compared on their first characters only: a typo shows there, and the cost of one
 * comparison stays bounded (at most 64 × 43 distance cells).
 */
export const COMPARED_LENGTH = 64;

/** Distance cells computed per question at most; past it the best found so far are suggested. */
const CELL_BUDGET = 1_000_000;

/** Scratch rows and letter codes for {@link boundedEditDistance}, grown when needed: no allocation per comparison. */
let scratch = new Int32Array(2 * (COMPARED_LENGTH + 1));
let scratchCodes = new Int32Array(COMPARED_LENGTH);

/**
 * Levenshtein distance between `a` and `b` when it is at most `limit`, else `limit + 1`. Only the diagonal
 * band of width `2 × limit + 1` is computed, and it stops as soon as a whole row exceeds `limit`.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  const m = short.length;
  const n = long.length;
  const over = limit + 1;
  if (n - m > limit) return over;
  if (m === 0) return n;
  if (scratch.length < 2 * (n + 1)) scratch = new Int32Array(2 * (n + 1));
  if (scratchCodes.length < n) scratchCodes = new Int32Array(n);
  const rows = scratch;
  const codes = scratchCodes;
  for (let j = 0; j < n; j++) codes[j] = long.charCodeAt(j);
  // Two rows in one array: the previous one starts at `prev`, the current one at `cur`.
  let prev = 0;
  let cur = n + 1;
  for (let j = 0; j <= n; j++) rows[j] = Math.min(j, over);
  for (let i = 1; i <= m; i++) {
    if (nextBandRow(rows, prev, cur, i, short.charCodeAt(i - 1), codes, n, limit) > limit) return over;
    const t = prev;
    prev = cur;
    cur = t;
  }
  const d = rows[prev + n]!;
  return Math.min(d, over);
}

/** A candidate value, with optional names a user might type instead of it (e.g. a country's label). */
export interface Candidate {
  value: string;
  names?: readonly string[];
}

/** Two UTF-16 code units as one number: the key of the bigram index. */
const bigramAt = (text: string, i: number) => (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);

/** The bigrams of a text with their counts. */
function bigrams(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const key = bigramAt(text, i);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Suggestions among a fixed set of candidates, indexed once and asked many times (the server's 404 pages).
 * Candidates whose length differs by more than the allowed distance are skipped, and so are those sharing
 * too few bigrams to be within it (Ukkonen's q-gram lemma: `k` edits destroy at most `2k` bigrams); only
 * the rest have their distance computed, most promising first, within a fixed budget.
 */
export class Suggester {
  readonly #values: readonly string[];
  readonly #folded: readonly string[];
  /** The folded values cut to {@link COMPARED_LENGTH}: what distances and bigrams are computed on. */
  readonly #compared: readonly string[];
  /** Every name of every candidate, folded, beside the index of the candidate it names. */
  readonly #names: string[] = [];
  readonly #namedIds: number[] = [];
  /** Bigram → flat pairs of (candidate index, count in its compared value). */
  readonly #postings = new Map<number, Int32Array>();

  constructor(candidates: readonly Candidate[]) {
    this.#values = candidates.map((c) => c.value);
    this.#folded = candidates.map((c) => c.value.toLowerCase());
    this.#compared = this.#folded.map((v) => v.slice(0, COMPARED_LENGTH));
    candidates.forEach((c, id) => {
      for (const name of c.names ?? []) {
        this.#names.push(name.toLowerCase());
        this.#namedIds.push(id);
      }
    });
    const postings = new Map<number, number[]>();
    this.#compared.forEach((text, id) => {
      for (const [key, count] of bigrams(text)) {
        const list = postings.get(key);
        if (list) list.push(id, count);
        else postings.set(key, [id, count]);
      }
    });
    for (const [key, list] of postings) this.#postings.set(key, Int32Array.from(list));
  }

  /**
   * Up to `max` candidates close to `input`: first those with a name starting with it ("spa" → ES, Spain),
   * then those within a small edit distance of the value (a third of the compared length), nearest first,
   * then those containing it. Case is ignored.
   */
  suggest(input: string, max = 3): string[] {
    const needle = input.toLowerCase();
    if (!needle) return [];
    const byName: number[] = [];
    for (let k = 0; k < this.#names.length; k++) {
      const id = this.#namedIds[k]!;
      if (byName.at(-1) !== id && this.#names[k]!.startsWith(needle)) byName.push(id);
    }
    const compared = needle.slice(0, COMPARED_LENGTH);
    const shared = this.#sharedBigrams(compared);
    // Only the nearest few can be shown: as many as `max`, plus those the name matches may already have taken.
    const wanted = byName.length >= max ? 0 : max + byName.length;
    const out: string[] = [];
    for (const id of [...byName, ...this.#nearest(compared, shared, wanted), ...this.#containing(needle, shared)]) {
      const value = this.#values[id]!;
      if (out.includes(value)) continue;
      out.push(value);
      if (out.length === max) break;
    }
    return out;
  }

  /** For each candidate, how many bigrams (with repeats) its compared value shares with `needle`. */
  #sharedBigrams(needle: string): Uint8Array {
    const shared = new Uint8Array(this.#compared.length); // at most COMPARED_LENGTH - 1
    for (const [key, count] of bigrams(needle)) {
      const list = this.#postings.get(key);
      if (!list) continue;
      for (let p = 0; p < list.length; p += 2) shared[list[p]!]! += Math.min(count, list[p + 1]!);
    }
    return shared;
  }

  /** Candidates containing `needle` (a partial slug is a good guess too), from 3 characters on. */
  #containing(needle: string, shared: Uint8Array): number[] {
    const found: number[] = [];
    if (needle.length < 3) return found;
    for (let id = 0; id < this.#folded.length; id++) {
      const value = this.#folded[id]!;
      if (value.length < needle.length) continue;
      // A value compared whole contains the needle only if it has every bigram of it: skip the search otherwise.
      if (value.length <= COMPARED_LENGTH && shared[id]! < needle.length - 1) continue;
      if (value.includes(needle)) found.push(id);
    }
    return found;
  }

  /**
   * The `wanted` candidates nearest to `needle` within the allowed distance, nearest first (ties in candidate
   * order). Once `wanted` are found, the allowed distance shrinks to the farthest of them, so the rest of the
   * search prunes harder and each comparison stops sooner.
   */
  #nearest(needle: string, shared: Uint8Array, wanted: number): number[] {
    if (wanted === 0) return [];
    let limit = Math.max(1, Math.floor(needle.length / 3));
    const mayBeNear = (id: number) => {
      const length = this.#compared[id]!.length;
      return Math.abs(length - needle.length) <= limit && shared[id]! >= Math.max(length, needle.length) - 1 - 2 * limit;
    };
    // Bucketed by shared bigrams so that the likeliest are compared first.
    const buckets: number[][] = [];
    for (let id = 0; id < this.#compared.length; id++) if (mayBeNear(id)) (buckets[shared[id]!] ??= []).push(id);
    const found: Array<{ id: number; d: number }> = [];
    let budget = CELL_BUDGET;
    for (let b = buckets.length - 1; b >= 0 && budget > 0; b--) {
      for (const id of buckets[b] ?? []) {
        if (!mayBeNear(id)) continue;
        const value = this.#compared[id]!;
        budget -= Math.min(value.length, needle.length) * (2 * limit + 1);
        const d = boundedEditDistance(needle, value, limit);
        if (d <= limit) {
          found.push({ id, d });
          found.sort((x, y) => x.d - y.d || x.id - y.id);
          if (found.length > wanted) found.pop();
          if (found.length === wanted) limit = found.at(-1)!.d;
        }
        if (budget <= 0) break;
      }
    }
    return found.map(({ id }) => id);
  }
}

/** {@link Suggester.suggest} for a one-off question. */
export function suggest(input: string, candidates: readonly Candidate[], max = 3): string[] {
  return new Suggester(candidates).suggest(input, max);
}

/** `; did you mean "ES" or "SE"?`, or an empty string when nothing is close. */
export function didYouMean(suggestions: readonly string[], describe: (value: string) => string = (v) => JSON.stringify(v)): string {
  if (!suggestions.length) return '';
  const shown = suggestions.map(describe);
  const list = shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)!}`;
  return `; did you mean ${list}?`;
}
