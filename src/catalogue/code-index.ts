/**
 * The index of code fields: for every code, the sorted ids of the records carrying it, and the same sets as
 * bitsets, stored word-major (all codes' word `w` side by side) so that counting every code over a filter
 * reads the index once, skipping the words where the filter holds no record.
 */
import type { Resource } from '../resource.js';
import { type Bits, popcount, wordsFor } from './bitset.js';

/** An indexed code field: the record field it reads and every code it may hold. */
export interface Dimension {
  readonly field: string;
  readonly codes: readonly string[];
}

export class CodeIndex {
  /** Number of records indexed. */
  readonly size: number;
  /** Global id of each dimension's codes, in the dimension's code order. */
  readonly #ids: ReadonlyArray<ReadonlyMap<string, number>>;
  /** Ids of the records carrying each code (by global code id), ascending. */
  readonly #postings: Int32Array[];
  /** Word `w` of code `c` at `w * codeCount + c`. */
  readonly #matrix: Uint32Array;
  readonly #codeCount: number;

  constructor(resources: readonly Resource[], dimensions: readonly Dimension[]) {
    this.size = resources.length;
    let next = 0;
    this.#ids = dimensions.map((d) => new Map(d.codes.map((code) => [code, next++])));
    this.#codeCount = next;
    const lists = Array.from({ length: next }, () => [] as number[]);
    this.#matrix = new Uint32Array(wordsFor(this.size) * next);
    const fields = dimensions.map((d) => d.field as keyof Resource);
    for (let id = 0; id < this.size; id++) {
      const record = resources[id]!;
      for (let k = 0; k < fields.length; k++) {
        const value = record[fields[k]!] as string | readonly string[] | undefined;
        if (typeof value === 'string') this.#add(k, value, id, lists);
        else if (value) for (const code of value) this.#add(k, code, id, lists);
      }
    }
    this.#postings = lists.map((l) => Int32Array.from(l));
  }

  #add(k: number, code: string, id: number, lists: number[][]): void {
    const c = this.#ids[k]!.get(code);
    const i = (id >>> 5) * this.#codeCount + c!;
    const bit = 1 << (id & 31);
    // Codes outside the vocabulary cannot be asked for, and a repeated code counts once.
    if (c === undefined || (this.#matrix[i]! & bit) !== 0) return;
    this.#matrix[i]! |= bit;
    lists[c]!.push(id);
  }

  /** Global id of a code of dimension `k`, or `undefined` for a code outside its vocabulary. */
  codeId(k: number, code: string): number | undefined {
    return this.#ids[k]!.get(code);
  }

  /** Ids of the records carrying code `c`, ascending. */
  postings(c: number): Int32Array {
    return this.#postings[c]!;
  }

  /** The records carrying any of the codes `cs`. */
  anyOf(cs: readonly number[]): Bits {
    const words = wordsFor(this.size);
    const bits = new Uint32Array(words);
    const m = this.#matrix;
    const stride = this.#codeCount;
    for (const c of cs) for (let w = 0, i = c; w < words; w++, i += stride) bits[w]! |= m[i]!;
    return bits;
  }

  /** Number of records carrying each code (by global id) among those in `filter` (all records when undefined). */
  counts(filter: Bits | undefined): Int32Array {
    const stride = this.#codeCount;
    const counts = new Int32Array(stride);
    if (!filter) {
      for (let c = 0; c < stride; c++) counts[c] = this.#postings[c]!.length;
      return counts;
    }
    const m = this.#matrix;
    for (let w = 0; w < filter.length; w++) {
      const f = filter[w]!;
      if (f === 0) continue;
      for (let c = 0, i = w * stride; c < stride; c++, i++) {
        const x = f & m[i]!;
        if (x !== 0) counts[c]! += popcount(x);
      }
    }
    return counts;
  }
}
