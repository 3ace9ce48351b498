/**
 * Term makers for what records and metadata say: literals (with text made well-formed once, here) and
 * IRI nodes for URLs taken from data (made RDF-safe once, here), so every serialisation states the same term.
 */

import { DataFactory } from 'n3';
import { safeIri } from './iri.js';
import type { Literal, NamedNode } from './rdfjs.js';
import { XSD } from './terms.js';

const { literal, namedNode } = DataFactory;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/**
 * Text as UTF-8 can carry it: a lone UTF-16 surrogate (possible in JSON input, never in real text)
 * becomes U+FFFD here, once, so every serialisation states the same literal.
 * @example wellFormed('a\ud800b') // 'a\ufffdb'
 */
export function wellFormed(text: string): string {
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATES, '\ufffd') : text;
}

/** Text in a given language (`@lang` literal). */
export function inLanguage(text: string, language: string): Literal {
  return literal(wellFormed(text), language);
}

/** English text: the language of the catalogue's own titles, descriptions and labels. */
export function en(text: string): Literal {
  return inLanguage(text, 'en');
}

/** A plain string (`xsd:string`): codes, names, sizes. */
export function plain(text: string): Literal {
  return literal(wellFormed(text));
}

/** Labels by language tag as language-tagged literals, in tag order. */
export function labelLiterals(labels: Readonly<Record<string, string>>): Literal[] {
  return Object.keys(labels)
    .sort()
    .map((lang) => inLanguage(labels[lang]!, lang));
}

/** An `xsd:date` (`YYYY-MM-DD`). */
export function dateLiteral(value: string): Literal {
  return literal(value, XSD.date);
}

/** An `xsd:gYear`. */
export function yearLiteral(year: number): Literal {
  return literal(String(year), XSD.gYear);
}

/** The node of a URL taken from data, percent-encoded where an IRI cannot hold it (see {@link safeIri}). */
export function iriNode(url: string): NamedNode {
  return namedNode(safeIri(url));
}
