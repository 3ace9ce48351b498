/**
 * Numbering of words read straight out of a text: a word already seen is found by hashing and comparing its
 * code units in place, so indexing allocates a string only for each new word, not for each occurrence.
 */
export class WordTable {
  /** Words by id, in order of first appearance. */
  readonly words: string[] = [];
  /** Open addressing, two cells a slot: the word's hash, then its id + 1 (0: free slot). At most half full. */
  #slots = new Int32Array(2048);

  /** Id of the word `text.slice(start, end)`, numbering it if new. */
  idOf(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const slots = this.#slots;
    const mask = slots.length - 2;
    for (let i = (h << 1) & mask; ; i = (i + 2) & mask) {
      const id = slots[i + 1]! - 1;
      if (id < 0) return this.#add(text.slice(start, end), h, i);
      if (slots[i] === h && same(this.words[id]!, text, start, end)) return id;
    }
  }

  #add(word: string, h: number, i: number): number {
    const id = this.words.length;
    this.words.push(word);
    this.#slots[i] = h;
    this.#slots[i + 1] = id + 1;
    if (this.words.length * 4 > this.#slots.length) this.#grow();
    return id;
  }

  #grow(): void {
    const old = this.#slots;
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length - 2;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k + 1] === 0) continue;
      let i = (old[k]! << 1) & mask;
      while (slots[i + 1] !== 0) i = (i + 2) & mask;
      slots[i] = old[k]!;
      slots[i + 1] = old[k + 1]!;
    }
    this.#slots = slots;
  }
}

function same(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
