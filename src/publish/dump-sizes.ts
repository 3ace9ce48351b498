/**
 * The byte-size fixed point of the dumps that describe themselves. Each full dump ends with the DCAT
 * description, which states the size of every dump, its own included. The rest of each file is written
 * (and counted) first; the description is then rendered for guessed sizes until the sizes it yields are
 * the sizes it states. A size only changes the text by its number of digits, so this settles in two or
 * three rounds. Pure: no I/O, no imports of generated code.
 */

/** Rounds after which sizes that still move are an error (they never have needed more than three). */
const MAX_ROUNDS = 10;

/** Sizes that state themselves, and the description texts that state them. */
export interface SettledSizes<K extends string> {
  /** Total bytes of each file: its already written part plus its description. */
  sizes: Record<K, number>;
  /** The description to append to each file. */
  texts: Record<K, string>;
}

/**
 * Finds the sizes at which the descriptions rendered for them make the files exactly that big.
 * @param written bytes already written to each file, before its description.
 * @param describe renders each file's description for given total sizes.
 * @throws when the sizes do not settle within ten rounds.
 */
export function settleDumpSizes<K extends string>(
  written: Readonly<Record<K, number>>,
  describe: (sizes: Readonly<Record<K, number>>) => Record<K, string>,
): SettledSizes<K> {
  const keys = Object.keys(written) as K[];
  let sizes = { ...written } as Record<K, number>;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const texts = describe(sizes);
    const next = {} as Record<K, number>;
    for (const k of keys) next[k] = written[k] + Buffer.byteLength(texts[k], 'utf8');
    if (keys.every((k) => next[k] === sizes[k])) return { sizes, texts };
    sizes = next;
  }
  throw new Error(`the byte sizes of ${keys.join(', ')} did not settle in ${MAX_ROUNDS} rounds`);
}
