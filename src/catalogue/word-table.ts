/**
 * Numbering of words read straight out of a text: a word already seen is found by hashing and comparing its
 * code units in place, so indexing allocates a string only for each new word, not for each occurrence.
 */
export class WordTable {
  /** Words by id, in order of first appearance. */
  readonly words: string[] = [];
  readonly #hashes: number[] = [];
  /** Open addressing: word id + 1, 0 for a free slot; kept at most half full. */
  #slots = new Int32Array(1024);

  /** Id of the word `text.slice(start, end)`, numbering it if new. */
  idOf(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const mask = this.#slots.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const slot = this.#slots[i]!;
      if (slot === 0) {
        const id = this.words.length;
        this.words.push(text.slice(start, end));
        this.#hashes.push(h);
        this.#slots[i] = id + 1;
        if (this.words.length * 2 > this.#slots.length) this.#grow();
        return id;
      }
      if (this.#hashes[slot - 1] === h && same(this.words[slot - 1]!, text, start, end)) return slot - 1;
    }
  }

  #grow(): void {
    const slots = new Int32Array(this.#slots.length * 2);
    const mask = slots.length - 1;
    this.#hashes.forEach((h, id) => {
      let i = h & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = id + 1;
    });
    this.#slots = slots;
  }
}

function same(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
