/**
 * Ranked search over a {@link TextIndex}: every query word must match (exactly, by prefix for the last word
 * as typed, or within the typos its length allows); records are scored by BM25F, each query word counting
 * once, by its best-matching index word, weighted by how close that word is to what was typed. A record whose
 * title holds every word of a query of several words gets a bonus: what was typed is likely its title.
 */
import { tokens } from '../text.js';
import { type Bits, has } from './bitset.js';
import { forEachSimilar, typosAllowed } from './similar-words.js';
import type { TextIndex } from './text-index.js';

/** How much a match counts, against 1 for the word itself: a completion by its share of the word typed… */
function completionWeight(typed: number, word: number): number {
  return 0.5 + (0.4 * typed) / word;
}
/** …and a word within 1 or 2 typos. */
const TYPO_WEIGHT = [1, 0.6, 0.4] as const;
/** Score factor for a record whose title holds every word of the query. */
const WHOLE_TITLE_BONUS = 1.5;

/** The index words a query word stands for: parallel lists of word indexes and weights. */
export interface Expansion {
  readonly words: number[];
  readonly weights: number[];
  /** Postings to read: the cost of matching this query word. */
  readonly cost: number;
  /**
   * BM25 inverse document frequency of the query word, taken as the union of its matches (bounded by their
   * summed frequencies): a rare near miss of a common word must not outweigh the word itself.
   */
  readonly idf: number;
}

/** The index words matching `query`: itself, its completions if `prefix`, and its near misses. */
export function expand(index: TextIndex, query: string, prefix: boolean): Expansion {
  const weightOf = new Map<number, number>();
  const offer = (t: number, w: number) => {
    if (!(w <= (weightOf.get(t) ?? 0))) weightOf.set(t, w);
  };
  if (prefix) {
    const { words } = index;
    for (let t = index.lowerBound(query); t < words.length && words[t]!.startsWith(query); t++) {
      offer(t, words[t]!.length === query.length ? 1 : completionWeight(query.length, words[t]!.length));
    }
  }
  const typos = typosAllowed(query.length);
  if (typos) forEachSimilar(index.packed, query, typos, (t, d) => offer(t, TYPO_WEIGHT[d]!));
  else if (!prefix) {
    const t = index.find(query);
    if (t >= 0) offer(t, 1);
  }
  const words = [...weightOf.keys()];
  const cost = words.reduce((n, t) => n + index.frequency(t), 0);
  const df = Math.min(cost, index.size);
  return { words, weights: words.map((t) => weightOf.get(t)!), cost, idf: Math.log(1 + (index.size - df + 0.5) / (df + 0.5)) };
}

/** Per-record work space of one index, reused by every search so that a search allocates no record-sized array. */
interface Scratch {
  /** `epoch + k`: the record matched k query words of the search started at `epoch`. */
  stage: Uint32Array;
  /** Best weight of the current query word in the record. */
  best: Float64Array;
  /** Score so far. */
  score: Float64Array;
  /** Whether the current query word is in the record's title; then how many query words are. */
  wordInTitle: Uint8Array;
  inTitle: Uint8Array;
  epoch: number;
}

const scratches = new WeakMap<TextIndex, Scratch>();

function scratchFor(index: TextIndex, words: number): Scratch {
  let s = scratches.get(index);
  if (!s) {
    const n = index.size;
    s = {
      stage: new Uint32Array(n),
      best: new Float64Array(n),
      score: new Float64Array(n),
      wordInTitle: new Uint8Array(n),
      inTitle: new Uint8Array(n),
      epoch: 1,
    };
    scratches.set(index, s);
  }
  if (s.epoch + words + 1 >= 0xffffffff) {
    s.stage.fill(0);
    s.epoch = 1;
  }
  return s;
}

/**
 * Records of the index matching every word of `text` (and in `allowed`, if given), best first; ties keep
 * record order. `undefined` when the text has no word.
 */
export function rank(index: TextIndex, text: string, allowed?: Bits): Int32Array | undefined {
  const typed = tokens(text);
  if (typed.length === 0) return undefined;
  const last = typed[typed.length - 1]!;
  const queries = [...new Set(typed)].map((word) => expand(index, word, word === last));
  if (queries.some((q) => q.words.length === 0)) return new Int32Array(0);
  // The rarest word first: it narrows the records the others must look at.
  queries.sort((a, b) => a.cost - b.cost);
  const s = scratchFor(index, queries.length);
  const epoch = s.epoch;
  s.epoch += queries.length + 1;
  let matched: number[] = [];
  queries.forEach((q, k) => {
    matched = matchWord(index, s, q, epoch + k, k === 0 ? allowed : undefined, k === 0);
  });
  if (queries.length > 1) for (const id of matched) if (s.inTitle[id] === queries.length) s.score[id]! *= WHOLE_TITLE_BONUS;
  return sortByScore(matched, s.score, index.size);
}

/** Scores one query word into the records that matched the previous ones (at stage `stage`); returns its matches. */
function matchWord(index: TextIndex, s: Scratch, q: Expansion, stage: number, allowed: Bits | undefined, first: boolean): number[] {
  const { offsets, records, weights, inTitle } = index;
  const next = stage + 1;
  const hits: number[] = [];
  for (let e = 0; e < q.words.length; e++) {
    const t = q.words[e]!;
    const factor = q.idf * q.weights[e]!;
    for (let p = offsets[t]!, end = offsets[t + 1]!; p < end; p++) {
      const id = records[p]!;
      const at = s.stage[id]!;
      if (at === next) {
        const v = factor * weights[p]!;
        if (v > s.best[id]!) s.best[id] = v;
        s.wordInTitle[id]! |= inTitle[p]!;
      } else if (first ? at < next && (!allowed || has(allowed, id)) : at === stage) {
        s.stage[id] = next;
        s.best[id] = factor * weights[p]!;
        s.wordInTitle[id] = inTitle[p]!;
        hits.push(id);
      }
    }
  }
  for (const id of hits) {
    s.score[id] = (first ? 0 : s.score[id]!) + s.best[id]!;
    s.inTitle[id] = (first ? 0 : s.inTitle[id]!) + s.wordInTitle[id]!;
  }
  return hits;
}

/** Record ids below this fit beside a score's 32 bits in one exactly represented double (53 bits). */
const ID_LIMIT = 2 ** 21;

/**
 * `ids` by descending score, ties in ascending id. Each pair is packed into one number (the score as a float32,
 * whose bits order like the value for positive numbers, above the id), so the native numeric sort does the
 * work without a comparator: several times faster on tens of thousands of hits.
 */
export function sortByScore(ids: number[], score: Float64Array, size: number): Int32Array {
  const sorted = Int32Array.from(ids);
  if (size <= ID_LIMIT) {
    const keys = new Float64Array(ids.length);
    const float = new Float32Array(1);
    const bits = new Uint32Array(float.buffer);
    for (let i = 0; i < ids.length; i++) {
      float[0] = score[ids[i]!]!;
      keys[i] = (0xffffffff - bits[0]!) * ID_LIMIT + ids[i]!;
    }
    keys.sort();
    for (let i = 0; i < keys.length; i++) sorted[i] = keys[i]! % ID_LIMIT;
    return sorted;
  }
  return sorted.sort((a, b) => score[b]! - score[a]! || a - b);
}
