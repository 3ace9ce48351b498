import { escapeCharacter } from '../text.js';

/**
 * Characters no record text may hold: each one is either dropped, replaced or refused by one of the outputs
 * (so the outputs would disagree), or shows text other than what is stored (bidi controls, invisible characters).
 */

/** C0 controls and DEL except tab and line feed: invisible in editors; a CR in a value is a CRLF leaking in. */
const C0_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
/** C1 controls: invisible, and some terminals act on them. */
const C1_CONTROL = /[\u0080-\u009f]/;
/** Bidi controls (U+061C, U+200E–200F, U+202A–202E, U+2066–2069): `Invoice \u202Egpj.exe` prints as "Invoice exe.jpg". */
const BIDI_CONTROL = /\p{Bidi_Control}/u;
/** Zero-width characters: two titles that look the same would compare different. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;
/** U+FFFE, U+FFFF, U+FDD0–FDEF and the last two code points of every plane: N-Triples and XML refuse them. */
const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;

/** Half of a surrogate pair without its other half (`String.prototype.isWellFormed` is ES2024, beyond the project's lib). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const RULES: ReadonlyArray<{ pattern: RegExp; what: string }> = [
  { pattern: C0_CONTROL, what: 'control character' },
  { pattern: C1_CONTROL, what: 'C1 control character' },
  { pattern: BIDI_CONTROL, what: 'bidirectional control character' },
  { pattern: ZERO_WIDTH, what: 'zero-width character' },
  { pattern: NONCHARACTER, what: 'Unicode noncharacter' },
];

/** `U+202E` for a character (or a lone surrogate). */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Why `text` cannot be stored, or undefined when it can: a lone surrogate (JSON allows `"\uD800"`, UTF-8 outputs turn
 * it into U+FFFD), or one of the characters above.
 */
export function unsafeTextProblem(text: string): string | undefined {
  const lone = LONE_SURROGATE.exec(text)?.[0];
  if (lone) return `contains a lone surrogate ${codePointName(lone)} (not a Unicode character)`;
  for (const { pattern, what } of RULES) {
    const bad = pattern.exec(text)?.[0];
    if (bad) return `contains ${what} ${codePointName(bad)}`;
  }
  return undefined;
}

/** Characters that make a message print as something else (controls, bidi, invisible), escaped as `\n`, `\x1b` or `\u202e`. */
export function escapeForMessage(text: string): string {
  // With the `u` flag a surrogate in a class matches only when it is alone (a pair is one code point).
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff\ud800-\udfff]|\p{Bidi_Control}/gu, (c: string) => escapeCharacter(c));
}

/** The form two titles are compared in: compatibility forms folded (NBSP → space), invisible characters dropped, whitespace collapsed. */
export function comparableText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]|\p{Bidi_Control}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}
