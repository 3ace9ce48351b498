/**
 * Blocks: all quads of one subject, sorted. Every serialisation writes the graph block by block, so this
 * order is what makes the Turtle readable (n3 groups `;` and `,` only for consecutive quads) and every
 * output deterministic.
 */

import { DataFactory } from 'n3';
import type { NamedNode, Quad } from './rdfjs.js';
import { RDF } from './terms.js';

/** Code-unit order of two strings (what `Array#sort` does by default), as a comparator. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const TYPE_IRI = RDF.type.value;
const TERM_ORDER: Readonly<Record<string, number>> = { NamedNode: 0, BlankNode: 1, Literal: 2 };

/** Order of objects: IRIs, then blank nodes, then literals by value, language and datatype. */
function compareObjects(a: Quad['object'], b: Quad['object']): number {
  if (a.termType !== b.termType) return (TERM_ORDER[a.termType] ?? 3) - (TERM_ORDER[b.termType] ?? 3);
  const byValue = compare(a.value, b.value);
  if (byValue || a.termType !== 'Literal' || b.termType !== 'Literal') return byValue;
  return compare(a.language, b.language) || compare(a.datatype.value, b.datatype.value);
}

/** Order of a subject's quads: `rdf:type` first, then by predicate IRI, then by object. */
function compareQuads(x: Quad, y: Quad): number {
  const p = x.predicate.value;
  const q = y.predicate.value;
  if (p !== q) return p === TYPE_IRI ? -1 : q === TYPE_IRI ? 1 : compare(p, q);
  return compareObjects(x.object, y.object);
}

/**
 * Sorts one subject's quads (in place): `rdf:type` first, then by predicate IRI and object; drops duplicates.
 * @returns the sorted quads without duplicates (a new array).
 */
export function sortBlock(quads: Quad[]): Quad[] {
  const sorted = quads.sort(compareQuads);
  const out: Quad[] = [];
  for (const q of sorted) if (out.length === 0 || compareQuads(out[out.length - 1]!, q) !== 0) out.push(q);
  return out;
}

/** A statement about a subject yet to be named: predicate and object. */
export type Statement = readonly [NamedNode, Quad['object']];

/** The block stating `statements` of `subject`, sorted. */
export function blockOf(subject: Quad['subject'], statements: readonly Statement[]): Quad[] {
  return sortBlock(statements.map(([p, o]) => DataFactory.quad(subject, p, o)));
}

/** The key {@link groupBySubject} files a subject's quads under: blank nodes and IRIs never collide. */
export function subjectKey(subject: { readonly termType: string; readonly value: string }): string {
  return `${subject.termType}:${subject.value}`;
}

/** Quads grouped by subject, keyed by {@link subjectKey}, in order of first appearance (quads in given order). */
export function groupBySubject<Q extends Quad>(quads: readonly Q[]): Map<string, Q[]> {
  const groups = new Map<string, Q[]>();
  for (const q of quads) {
    const key = subjectKey(q.subject);
    const list = groups.get(key);
    if (list) list.push(q);
    else groups.set(key, [q]);
  }
  return groups;
}

/** Arbitrary quads as blocks: grouped by subject (in order of first appearance), each group sorted. */
export function blocksOf(quads: readonly Quad[]): Quad[][] {
  return [...groupBySubject(quads).values()].map(sortBlock);
}
