/**
 * Folding and word splitting for text search, defined by two regular expressions: a folded text is the NFD form
 * with every mark (`\p{M}`) removed, lower-cased; its words are the runs of `[\p{L}\p{N}]`. Unicode regular
 * expressions are slow, so both steps scan code units instead, classifying each unit once with those very
 * expressions and remembering the answer (a word index tokenises every record).
 */

const ASCII = /^[\x00-\x7f]*$/;
const WORD = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;

/** Kinds of character: a letter or digit, a mark, anything else; `| TWO_UNITS` for a character beyond U+FFFF. */
const WORD_CHAR = 1;
const MARK_CHAR = 2;
const OTHER_CHAR = 3;
const TWO_UNITS = 8;

let units: Uint8Array | undefined;
const astral = new Map<number, number>();

function classify(char: string): number {
  return WORD.test(char) ? WORD_CHAR : MARK.test(char) ? MARK_CHAR : OTHER_CHAR;
}

/** Kind of the character starting at `i`, and its length in code units. */
function kindAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? WORD_CHAR : OTHER_CHAR;
  if (c < 0xd800 || c > 0xdfff || i + 1 >= s.length) {
    units ??= new Uint8Array(0x10000);
    return (units[c] ||= classify(String.fromCharCode(c)));
  }
  const cp = s.codePointAt(i)!;
  if (cp <= 0xffff) return OTHER_CHAR; // a lone surrogate
  let kind = astral.get(cp);
  if (kind === undefined) astral.set(cp, (kind = classify(String.fromCodePoint(cp))));
  return kind | TWO_UNITS;
}

/** `s` without its marks. */
function stripMarks(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; ) {
    // No mark lies below U+0300.
    if (s.charCodeAt(i) < 0x300) {
      i++;
      continue;
    }
    const kind = kindAt(s, i);
    const next = i + (kind & TWO_UNITS ? 2 : 1);
    if ((kind & 7) === MARK_CHAR) {
      out += s.slice(from, i);
      from = next;
    }
    i = next;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Accent- and case-folded form used on both sides of text search ("Educ’Action" → "educ’action"). */
export function fold(text: string): string {
  // ASCII has no marks to strip and NFD leaves it unchanged.
  return ASCII.test(text) ? text.toLowerCase() : stripMarks(text.normalize('NFD')).toLowerCase();
}

/** Calls `visit(start, end)` for each word of an already folded text, in order (see {@link tokens}). */
export function forEachWord(folded: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < folded.length; ) {
    const kind = kindAt(folded, i);
    if ((kind & 7) === WORD_CHAR) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(start, i);
      start = -1;
    }
    i += kind & TWO_UNITS ? 2 : 1;
  }
  if (start >= 0) visit(start, folded.length);
}

/** Words of a text after folding: runs of letters and digits. */
export function tokens(text: string): string[] {
  const folded = fold(text);
  const out: string[] = [];
  forEachWord(folded, (start, end) => out.push(folded.slice(start, end)));
  return out;
}

/** Distinct words of a search text used at most: every word must match, so more only cost time (web search engines cap theirs too). */
export const MAX_QUERY_WORDS = 32;

/**
 * The distinct words of a search text, in order of first appearance, at most `max`: a repeated word adds
 * nothing to a search in which every word must match, but would be looked up again each time.
 */
export function queryWords(text: string, max = MAX_QUERY_WORDS): string[] {
  const words = new Set<string>();
  for (const [word] of fold(text).matchAll(/[\p{L}\p{N}]+/gu)) {
    words.add(word);
    if (words.size >= max) break;
  }
  return [...words];
}

const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One character as the escape every message shows it as: `\n`, `\x1b`, `\u202e` (one form for the CLI and the validator). */
export function escapeCharacter(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  if (NAMED_ESCAPES[c]) return NAMED_ESCAPES[c];
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : code < 0x10000 ? `\\u${code.toString(16).padStart(4, '0')}` : `\\u{${code.toString(16)}}`;
}
