/**
 * Text typed on the command line, shown back in messages: control characters would drive the terminal
 * (escape sequences clear the screen or set its title) or reorder what is read (bidi overrides turn
 * `Invoice \u202Egpj.exe` into "Invoice exe.jpg"), so they are shown as escapes instead.
 */
import { escapeCharacter } from '../text.js';

/** C0 and C1 controls, DEL, bidi marks, embeddings, overrides and isolates, line and paragraph separators. */
const CONTROL = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;

/**
 * `text` with its control characters written as escapes (`\x1b`, `\u202e`). Line feeds are escaped too unless
 * `keepLineFeeds` (for whole messages, whose lines are meant); typed values are escaped whole, so each prints on one line.
 */
export function escapeControls(text: string, keepLineFeeds = false): string {
  return text.replace(CONTROL, (c) => (keepLineFeeds && c === '\n' ? c : escapeCharacter(c)));
}

/** A typed value in double quotes for a message, controls, quotes and backslashes escaped: `"ab\x1bc"`. */
export function quoted(value: string): string {
  return `"${escapeControls(value.replace(/["\\]/g, (c) => `\\${c}`))}"`;
}
