/**
 * Every class and property the dumps use exists in its vocabulary's definition file (schema.org,
 * DCMI terms and types, DCAT 3, SKOS, FOAF, vCard; DCAT-AP and SPDX terms as the DCAT-AP shapes use them;
 * the project's own terms as its ontology defines them), and every schema.org property is used on a
 * node of a class in its domain.
 */

import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ontologyTermIri } from '../src/rdf/iri.js';
import { NS } from '../src/rdf/namespaces.js';
import { ONTOLOGY_TERMS } from '../src/rdf/ontology.js';
import type { Quad } from '../src/rdf/rdfjs.js';
import { emitToTemp, parseRdf } from './helpers/rdf.js';
import { type Vocabularies, vocabularies } from './helpers/vocab-terms.js';

const RDF_TYPE = `${NS.rdf}type`;

/** Vocabulary IRIs used as classes, properties or values that their vocabulary does not define. */
function undefinedTerms(quads: readonly Quad[], v: Vocabularies): string[] {
  const missing = new Set<string>();
  const check = (iri: string) => {
    if (v.namespaces.some((ns) => iri.startsWith(ns)) && !v.defined.has(iri)) missing.add(iri);
  };
  for (const q of quads) {
    check(q.predicate.value);
    if (q.object.termType === 'NamedNode') check(q.object.value);
    if (q.object.termType === 'Literal') check(q.object.datatype.value);
  }
  return [...missing].sort();
}

/** schema.org properties used on a node none of whose schema.org types is in the property's domain. */
function outOfDomain(quads: readonly Quad[], v: Vocabularies): string[] {
  const types = new Map<string, string[]>();
  for (const q of quads) if (q.predicate.value === RDF_TYPE) types.set(q.subject.value, [...(types.get(q.subject.value) ?? []), q.object.value]);
  const problems = new Set<string>();
  for (const q of quads) {
    const domain = v.domains.get(q.predicate.value);
    if (!domain) continue;
    const classes = (types.get(q.subject.value) ?? []).filter((t) => t.startsWith(NS.schema));
    const ok = classes.some((c) => [...(v.superclasses.get(c) ?? [c])].some((s) => domain.has(s)));
    if (!ok) problems.add(`${q.predicate.value} on ${classes.join(', ') || 'a node with no schema.org type'}`);
  }
  return [...problems].sort();
}

let quads: Quad[];
let v: Vocabularies;
beforeAll(async () => {
  const dumps = await emitToTemp();
  quads = parseRdf(dumps.read('catalogue.ttl'));
  v = vocabularies(
    ontologyTermIri(''),
    ONTOLOGY_TERMS.map((t) => ontologyTermIri(t)),
  );
});

describe('terms exist in their vocabularies', () => {
  it('every class, property and vocabulary value in the dump is defined', () => {
    expect(undefinedTerms(quads, v)).toEqual([]);
  });

  it('every schema.org property is used within its domain', () => {
    expect(outOfDomain(quads, v)).toEqual([]);
  });

  it('a made-up term fails the check, in any checked namespace', () => {
    const [first] = quads;
    const fake = (iri: string) => DataFactory.quad(first!.subject, DataFactory.namedNode(iri), first!.object);
    for (const made of [`${NS.schema}nmae`, `${NS.dct}titel`, `${NS.dcat}byteSzie`, `${NS.skos}prefLable`, ontologyTermIri('madeUp')]) {
      expect(undefinedTerms([...quads, fake(made)], v)).toEqual([made]);
    }
  });

  it('a schema.org property outside its domain fails the check', () => {
    const record = quads.find((q) => q.predicate.value === RDF_TYPE && q.object.value === `${NS.schema}Report`)!;
    const misuse = DataFactory.quad(record.subject, DataFactory.namedNode(`${NS.schema}contentUrl`), DataFactory.namedNode('https://example.org/x.pdf'));
    expect(outOfDomain([...quads, misuse], v)).toEqual([`${NS.schema}contentUrl on ${NS.schema}Report`]);
  });
});
