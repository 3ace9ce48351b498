/**
 * Mixed-script words: Latin letters that look like Cyrillic or Greek ones, copied into a Cyrillic or Greek
 * word (the EU tables' Bulgarian labels have such words, e.g. 'Иcпaния' with Latin c and a). Both the
 * vocabulary test and the comparison with the EU tables use these, so they agree on what a fix is.
 */

/** Latin letter → the Cyrillic letter it is mistaken for. */
const TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
};

/** Latin letter → the Greek letter it is mistaken for. */
const TO_GREEK: Readonly<Record<string, string>> = {
  o: 'ο',
  v: 'ν',
  A: 'Α',
  B: 'Β',
  E: 'Ε',
  Z: 'Ζ',
  H: 'Η',
  I: 'Ι',
  K: 'Κ',
  M: 'Μ',
  N: 'Ν',
  O: 'Ο',
  P: 'Ρ',
  T: 'Τ',
  X: 'Χ',
  Y: 'Υ',
};

const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;

/** The words of a text that mix scripts (Latin with Cyrillic or Greek, or Cyrillic with Greek). */
export function mixedScriptWords(text: string): string[] {
  return (text.match(WORD) ?? []).filter((w) => {
    const scripts = [LATIN, CYRILLIC, GREEK].filter((s) => s.test(w)).length;
    return scripts > 1;
  });
}

/** The text with Latin look-alikes inside Cyrillic or Greek words replaced by the letters they stand for. */
export function fixLookAlikes(text: string): string {
  return text.replace(WORD, (w) => {
    if (!LATIN.test(w)) return w;
    const table = CYRILLIC.test(w) ? TO_CYRILLIC : GREEK.test(w) ? TO_GREEK : undefined;
    return table ? [...w].map((c) => table[c] ?? c).join('') : w;
  });
}
