/**
 * Checks of what untyped callers (JavaScript, JSON from elsewhere) hand to the query helpers, the catalogue and
 * the vocabulary lookups, so that bad input fails loudly and the same way everywhere: a value of the wrong kind
 * (a number or `null` for a code, a string for a filter) is a `TypeError`; a value of the right kind that names
 * nothing (an unknown code, filter key or language tag, a text without a word) is a `RangeError`.
 */
import { queryWords } from './text.js';

const show = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : String(value));

/** A code as a string, or a `TypeError` naming what was given instead. */
export function stringCode(value: unknown, noun: string): string {
  if (typeof value !== 'string') throw new TypeError(`a ${noun} code must be a string, got ${value === null ? 'null' : typeof value}`);
  return value;
}

/** The value `code` maps to in `known`, or a `RangeError` for an unknown code (a Map: `'constructor'` is unknown too). */
export function knownCode<V>(known: ReadonlyMap<string, V>, value: unknown, noun: string): V {
  const hit = known.get(stringCode(value, noun));
  if (hit === undefined) throw new RangeError(`unknown ${noun} code ${show(value)}`);
  return hit;
}

/** One code or a list of codes under a filter key, as a list of strings. */
export function codeList(value: unknown, noun: string): readonly string[] {
  if (Array.isArray(value)) return value.map((v) => stringCode(v, noun));
  return [stringCode(value, noun)];
}

/** A filter: a plain object whose keys are all among `keys`, and whose `text`, if any, holds a word. */
export function checkFilter(filter: unknown, keys: readonly string[]): void {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw new TypeError(`a filter must be an object such as { country: 'ES' }, got ${show(filter)}`);
  }
  for (const key of Object.keys(filter)) {
    if (!keys.includes(key)) throw new RangeError(`unknown filter key ${JSON.stringify(key)}; known keys: ${keys.join(', ')}`);
  }
  const text: unknown = (filter as { text?: unknown }).text;
  if (text !== undefined) searchText(text);
}

/** A search text with at least one word; a text of only spaces or punctuation would otherwise match everything. */
export function searchText(text: unknown): string {
  if (typeof text !== 'string') throw new TypeError(`a search text must be a string, got ${text === null ? 'null' : typeof text}`);
  if (queryWords(text).length === 0) throw new RangeError(`search text ${JSON.stringify(text)} has no word to search for`);
  return text;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** A BCP 47 language tag, lower-cased (`'pt-BR'` → `'pt-br'`), or a `RangeError`. */
export function languageTag(lang: unknown): string {
  if (typeof lang !== 'string') throw new TypeError(`a language tag must be a string, got ${lang === null ? 'null' : typeof lang}`);
  if (!LANGUAGE_TAG.test(lang)) throw new RangeError(`invalid language tag ${JSON.stringify(lang)} (expected BCP 47, e.g. 'de' or 'pt-BR')`);
  return lang.toLowerCase();
}
