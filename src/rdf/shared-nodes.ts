/**
 * The nodes many records point to (project concepts and schemes, EU countries and languages, EuroVoc
 * terms, the tables holding them): minted once each, remembered, and described once after the records.
 */

import { DataFactory } from 'n3';
import { schemes } from '../multilingual-vocabulary.js';
import { authorityTableIri } from './authority.js';
import { compare } from './blocks.js';
import { conceptIri, schemeIri } from './iri.js';
import type { NamedNode, Quad } from './rdfjs.js';
import {
  type AuthorityKind,
  authorityNodeBlock,
  authoritySchemeBlock,
  conceptBlock,
  EUROVOC_SCHEME,
  eurovocThesaurusBlock,
  requireConcept,
  schemeBlock,
} from './vocabulary-graph.js';

const { namedNode } = DataFactory;

/** What node a code becomes: the project's concept, or the EU country or language, or EuroVoc term it matches. */
export type NodeKind = 'concept' | 'country' | 'language' | 'topic';

/** What a referenced node is, so it can be described once. */
type Reference =
  | { kind: AuthorityKind; codes: Set<string> }
  | { kind: 'concept'; code: string }
  | { kind: 'scheme'; id: string }
  | { kind: 'table'; table: string }
  | { kind: 'eurovoc-thesaurus' };

/** The shared nodes of one graph (one base), in the order they were first referenced. */
export class SharedNodes {
  readonly base: string;
  readonly #refs = new Map<string, Reference>();
  /** Nodes already minted, by kind and code: each is looked up and registered once. */
  readonly #nodes = new Map<string, NamedNode>();

  constructor(base: string) {
    this.base = base;
  }

  #refer(iri: string, make: () => Reference, code?: string): void {
    const known = this.#refs.get(iri);
    if (!known) this.#refs.set(iri, make());
    else if (code && 'codes' in known) known.codes.add(code);
  }

  #cached(key: string, make: () => NamedNode): NamedNode {
    let node = this.#nodes.get(key);
    if (!node) this.#nodes.set(key, (node = make()));
    return node;
  }

  /** The node of a code, as `kind` says. */
  node(kind: NodeKind, code: string): NamedNode {
    return kind === 'concept' ? this.concept(code) : kind === 'country' ? this.country(code) : kind === 'language' ? this.language(code) : this.topic(code);
  }

  /** The node for a country code: its EU authority IRI (or the project concept when it has none). */
  country(code: string): NamedNode {
    return this.#cached(`country:${code}`, () => this.#matched(code, 'country', authorityTableIri('country'), () => ({ kind: 'table', table: 'country' })));
  }

  /** The node for a language code: its EU authority IRI (or the project concept when it has none). */
  language(code: string): NamedNode {
    return this.#cached(`language:${code}`, () => this.#matched(code, 'language', authorityTableIri('language'), () => ({ kind: 'table', table: 'language' })));
  }

  /** The node for a topic code: its EuroVoc IRI (or the project concept when it has none). */
  topic(code: string): NamedNode {
    return this.#cached(`topic:${code}`, () => this.#matched(code, 'eurovoc', EUROVOC_SCHEME, () => ({ kind: 'eurovoc-thesaurus' })));
  }

  /** The node a code matches exactly outside the project, registered with the scheme holding it. */
  #matched(code: string, kind: AuthorityKind, holder: string, describeHolder: () => Reference): NamedNode {
    const target = requireConcept(code).concept.matches.exactMatch?.[0];
    if (!target) return this.concept(code);
    this.#refer(target, () => ({ kind, codes: new Set([code]) }), code);
    this.#refer(holder, describeHolder);
    return namedNode(target);
  }

  /** The project's own concept for a code. */
  concept(code: string): NamedNode {
    return this.#cached(`concept:${code}`, () => {
      const { scheme } = requireConcept(code);
      const target = conceptIri(scheme.id, code, this.base);
      this.#refer(target, () => ({ kind: 'concept', code }));
      this.#refer(schemeIri(scheme.id, this.base), () => ({ kind: 'scheme', id: scheme.id }));
      return namedNode(target);
    });
  }

  /** A project concept scheme. */
  scheme(id: string): NamedNode {
    return this.#cached(`scheme:${id}`, () => {
      this.#refer(schemeIri(id, this.base), () => ({ kind: 'scheme', id }));
      return namedNode(schemeIri(id, this.base));
    });
  }

  /**
   * Descriptions of the nodes referenced so far, sorted by IRI. With `withVocabularies`, the
   * project's concepts and schemes are left out (the vocabulary blocks describe all of them).
   */
  blocks(withVocabularies: boolean): Quad[][] {
    const blocks: Quad[][] = [];
    for (const target of [...this.#refs.keys()].sort(compare)) {
      const block = this.#describe(target, this.#refs.get(target)!, withVocabularies);
      if (block) blocks.push(block);
    }
    return blocks;
  }

  #describe(target: string, ref: Reference, withVocabularies: boolean): Quad[] | undefined {
    switch (ref.kind) {
      case 'concept':
        return withVocabularies ? undefined : conceptBlock(requireConcept(ref.code), this.base);
      case 'scheme':
        return withVocabularies ? undefined : schemeBlock(schemes.find((s) => s.id === ref.id)!, this.base);
      case 'table':
        return authoritySchemeBlock(ref.table);
      case 'eurovoc-thesaurus':
        return eurovocThesaurusBlock();
      default:
        return authorityNodeBlock(target, ref.kind, ref.codes);
    }
  }
}
