/**
 * Sets of record ids as bitsets: bit `id & 31` of word `id >>> 5`. Filters become a few word-wise ANDs and
 * ORs, and counting a set is a popcount per word, whatever the number of records matched.
 */

/** A set of record ids. */
export type Bits = Uint32Array;

/** Words needed for `size` records. */
export function wordsFor(size: number): number {
  return (size + 31) >>> 5;
}

/** Number of set bits of a 32-bit word. */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) | 0;
}

/** Whether `id` is in `bits`. */
export function has(bits: Bits, id: number): boolean {
  return (bits[id >>> 5]! & (1 << (id & 31))) !== 0;
}

/** Adds `id` to `bits`. */
export function add(bits: Bits, id: number): void {
  bits[id >>> 5]! |= 1 << (id & 31);
}

/** `a` becomes `a ∩ b`. */
export function intersectInto(a: Bits, b: Bits): void {
  for (let w = 0; w < a.length; w++) a[w]! &= b[w]!;
}

/** Number of ids in `bits`. */
export function cardinality(bits: Bits): number {
  let n = 0;
  for (let w = 0; w < bits.length; w++) if (bits[w]) n += popcount(bits[w]!);
  return n;
}

/** The ids in `bits`, ascending. */
export function idsOf(bits: Bits): Int32Array {
  const ids = new Int32Array(cardinality(bits));
  let k = 0;
  for (let w = 0; w < bits.length; w++) {
    let x = bits[w]!;
    while (x !== 0) {
      const low = x & -x;
      ids[k++] = (w << 5) + 31 - Math.clz32(low);
      x ^= low;
    }
  }
  return ids;
}
