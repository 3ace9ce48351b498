/**
 * The word index behind text queries and ranked search: every folded word of the searched fields, sorted
 * (so prefixes are ranges and the list can be walked as a trie), with the records holding it and their
 * BM25F weight for it, all in flat typed arrays built in two passes.
 */
import type { Resource } from '../resource.js';
import { fold, forEachWord } from '../text.js';
import { add, type Bits, wordsFor } from './bitset.js';
import { type PackedWords, packWords } from './similar-words.js';
import { WordTable } from './word-table.js';

/** The searched fields with their BM25F boost: a word in the title counts double. */
export const SEARCHED_FIELDS = [
  ['title', 2],
  ['subtitle', 1],
  ['description', 1],
  ['keywords', 1],
] as const;

/** BM25 term-frequency saturation and length normalisation (the usual values). */
const K1 = 1.2;
const B = 0.75;
/** Field term frequencies are packed 8 bits per field into one number; a count saturates at 255. */
const TF_MAX = 255;

/** Calls `visit` with each text of a searched field of a record (keywords one by one). */
function forEachText(record: Resource, field: number, visit: (text: string) => void): void {
  const value = record[SEARCHED_FIELDS[field]![0]] as string | readonly string[] | undefined;
  if (typeof value === 'string') visit(value);
  else if (value) for (const text of value) visit(text);
}

/** A growable Int32 buffer: postings are emitted one at a time, their number unknown in advance. */
class Buffer32 {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

/** First pass: words in order of appearance, and per record its (word, packed field frequencies) pairs. */
function scan(resources: readonly Resource[]) {
  const table = new WordTable();
  // Per word: the last record it was seen in, and its frequencies there, 8 bits a field.
  let lastRecord = new Int32Array(1024).fill(-1);
  let packed = new Uint32Array(1024);
  const postedWord = new Buffer32();
  const postedTf = new Buffer32();
  const touched = new Buffer32();
  const ends = new Int32Array(resources.length);
  const lengths = SEARCHED_FIELDS.map(() => new Int32Array(resources.length));
  let id = 0;
  let f = 0;
  let folded = '';
  const count = (start: number, end: number) => {
    const t = table.idOf(folded, start, end);
    if (t === lastRecord.length) {
      lastRecord = grown(lastRecord, -1);
      packed = grown(packed, 0);
    }
    if (lastRecord[t] !== id) {
      lastRecord[t] = id;
      packed[t] = 0;
      touched.push(t);
    }
    if (((packed[t]! >>> (8 * f)) & TF_MAX) < TF_MAX) packed[t]! += 1 << (8 * f);
    lengths[f]![id]!++;
  };
  const read = (text: string) => forEachWord((folded = fold(text)), count);
  for (; id < resources.length; id++) {
    touched.length = 0;
    for (f = 0; f < SEARCHED_FIELDS.length; f++) forEachText(resources[id]!, f, read);
    for (let k = 0; k < touched.length; k++) {
      postedWord.push(touched.data[k]!);
      postedTf.push(packed[touched.data[k]!]!);
    }
    ends[id] = postedWord.length;
  }
  return { words: table.words, postedWord, postedTf, ends, lengths };
}

/** A copy of `array` twice as long, the new half filled with `fill`. */
function grown<T extends Int32Array | Uint32Array>(array: T, fill: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(array.length * 2);
  bigger.set(array);
  bigger.fill(fill, array.length);
  return bigger;
}

/** Per record and field, the BM25F factor turning a term frequency into a length-normalised, boosted one. */
function fieldNorms(lengths: Int32Array[], size: number): Float64Array[] {
  return lengths.map((ls, f) => {
    let total = 0;
    for (let i = 0; i < size; i++) total += ls[i]!;
    const average = total / size || 1;
    const boost = SEARCHED_FIELDS[f]![1];
    return Float64Array.from(ls, (len) => boost / (1 - B + (B * len) / average));
  });
}

/** The word index of a set of records, built in one go from their searched fields. */
export class TextIndex {
  /** Number of records indexed. */
  readonly size: number;
  /** Every word, sorted by UTF-16 code units (the order of `<`). */
  readonly words: readonly string[];
  /** The same words laid out for typo matching (walked as a trie). */
  readonly packed: PackedWords;
  /** Postings of word `t`: `records`/`weights` from `offsets[t]` to `offsets[t + 1]`, records ascending. */
  readonly offsets: Int32Array;
  readonly records: Int32Array;
  /** BM25F saturated frequency of the word in the record, tf / (k1 + tf), in (0, 1). */
  readonly weights: Float32Array;
  /** 1 where the word is in the record's title. */
  readonly inTitle: Uint8Array;

  constructor(resources: readonly Resource[]) {
    this.size = resources.length;
    const { words, postedWord, postedTf, ends, lengths } = scan(resources);
    const order = words.map((_, t) => t).sort((a, b) => (words[a]! < words[b]! ? -1 : 1));
    this.words = order.map((t) => words[t]!);
    this.packed = packWords(this.words);
    const rank = new Int32Array(words.length);
    for (let r = 0; r < order.length; r++) rank[order[r]!] = r;
    const offsets = new Int32Array(words.length + 1);
    for (let p = 0; p < postedWord.length; p++) offsets[rank[postedWord.data[p]!]! + 1]!++;
    for (let t = 0; t < words.length; t++) offsets[t + 1]! += offsets[t]!;
    const cursor = offsets.slice(0, words.length);
    this.records = new Int32Array(postedWord.length);
    this.weights = new Float32Array(postedWord.length);
    this.inTitle = new Uint8Array(postedWord.length);
    const norms = fieldNorms(lengths, this.size);
    for (let id = 0, p = 0; id < this.size; id++) {
      const n0 = norms[0]![id]!,
        n1 = norms[1]![id]!,
        n2 = norms[2]![id]!,
        n3 = norms[3]![id]!;
      for (; p < ends[id]!; p++) {
        const tf = postedTf.data[p]!;
        const weighted = n0 * (tf & 255) + n1 * ((tf >>> 8) & 255) + n2 * ((tf >>> 16) & 255) + n3 * (tf >>> 24);
        const at = cursor[rank[postedWord.data[p]!]!]!++;
        this.records[at] = id;
        this.weights[at] = weighted / (K1 + weighted);
        this.inTitle[at] = tf & 255 ? 1 : 0;
      }
    }
    this.offsets = offsets;
  }

  /** Index of the first word not below `key` (words.length when none). */
  lowerBound(key: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.words[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of `word`, or -1. */
  find(word: string): number {
    const i = this.lowerBound(word);
    return this.words[i] === word ? i : -1;
  }

  /** Number of records holding word `t`. */
  frequency(t: number): number {
    return this.offsets[t + 1]! - this.offsets[t]!;
  }

  /** The records holding a word that starts with `prefix`. */
  startingWith(prefix: string): Bits {
    const bits = new Uint32Array(wordsFor(this.size));
    for (let t = this.lowerBound(prefix); t < this.words.length && this.words[t]!.startsWith(prefix); t++) {
      for (let p = this.offsets[t]!; p < this.offsets[t + 1]!; p++) add(bits, this.records[p]!);
    }
    return bits;
  }
}
