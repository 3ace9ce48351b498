import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { blockOf, blocksOf, compare, groupBySubject, sortBlock, subjectKey } from '../../../src/rdf/blocks.js';
import { DCT, RDF, SCHEMA, XSD } from '../../../src/rdf/terms.js';

const { blankNode, literal, namedNode, quad } = DataFactory;
const s = namedNode('https://example.org/s');
const t = namedNode('https://example.org/t');

describe('sortBlock', () => {
  it('puts rdf:type first, then orders by predicate IRI', () => {
    const sorted = sortBlock([quad(s, SCHEMA.name, literal('n')), quad(s, DCT.title, literal('t')), quad(s, RDF.type, SCHEMA.Report)]);
    expect(sorted.map((q) => q.predicate.value)).toEqual([RDF.type.value, DCT.title.value, SCHEMA.name.value]);
  });

  it('orders the objects of one predicate: IRIs, blank nodes, then literals by value, language, datatype', () => {
    const objects = [
      literal('b'),
      literal('a', 'fr'),
      literal('a', XSD.date),
      literal('a', 'en'),
      blankNode('x'),
      namedNode('https://example.org/z'),
      namedNode('https://example.org/a'),
    ];
    const sorted = sortBlock(objects.map((o) => quad(s, SCHEMA.about, o)));
    expect(sorted.map((q) => q.object)).toEqual([
      namedNode('https://example.org/a'),
      namedNode('https://example.org/z'),
      blankNode('x'),
      literal('a', XSD.date),
      literal('a', 'en'),
      literal('a', 'fr'),
      literal('b'),
    ]);
  });

  it('drops duplicate statements, and keeps those differing only in language or datatype', () => {
    const sorted = sortBlock([
      quad(s, SCHEMA.name, literal('x', 'en')),
      quad(s, SCHEMA.name, literal('x', 'en')),
      quad(s, SCHEMA.name, literal('x', 'de')),
      quad(s, SCHEMA.name, literal('x')),
      quad(s, RDF.type, SCHEMA.Report),
      quad(s, RDF.type, SCHEMA.Report),
    ]);
    expect(sorted).toHaveLength(4);
    expect(sorted.filter((q) => q.predicate.equals(RDF.type))).toHaveLength(1);
  });

  it('gives the same block whatever order the quads come in', () => {
    const quads = [quad(s, SCHEMA.name, literal('n')), quad(s, RDF.type, SCHEMA.Report), quad(s, DCT.title, literal('t', 'en'))];
    expect(sortBlock([...quads].reverse())).toEqual(sortBlock([...quads]));
  });
});

describe('blockOf', () => {
  it('states predicate–object pairs of one subject as a sorted block', () => {
    const block = blockOf(s, [
      [SCHEMA.name, literal('n')],
      [RDF.type, SCHEMA.Report],
      [SCHEMA.name, literal('n')],
    ]);
    expect(block).toEqual([quad(s, RDF.type, SCHEMA.Report), quad(s, SCHEMA.name, literal('n'))]);
  });
});

describe('groupBySubject', () => {
  it('groups by subject in order of first appearance, keeping the quads in given order', () => {
    const quads = [quad(t, SCHEMA.name, literal('t1')), quad(s, SCHEMA.name, literal('s1')), quad(t, SCHEMA.name, literal('t2'))];
    const groups = groupBySubject(quads);
    expect([...groups.keys()]).toEqual([subjectKey(t), subjectKey(s)]);
    expect(groups.get(subjectKey(t))!.map((q) => q.object.value)).toEqual(['t1', 't2']);
  });

  it('keeps a blank node apart from an IRI with the same value', () => {
    const groups = groupBySubject([quad(namedNode('b0'), SCHEMA.name, literal('iri')), quad(blankNode('b0'), SCHEMA.name, literal('blank'))]);
    expect(groups.size).toBe(2);
    expect(groups.get(subjectKey(blankNode('b0')))![0]!.object.value).toBe('blank');
  });
});

describe('blocksOf', () => {
  it('groups any quads by subject and sorts each group', () => {
    const blocks = blocksOf([quad(s, SCHEMA.name, literal('n')), quad(t, RDF.type, SCHEMA.Report), quad(s, RDF.type, SCHEMA.Report)]);
    expect(blocks.map((b) => b.map((q) => [q.subject.value, q.predicate.value]))).toEqual([
      [
        [s.value, RDF.type.value],
        [s.value, SCHEMA.name.value],
      ],
      [[t.value, RDF.type.value]],
    ]);
  });
});

describe('compare', () => {
  it('orders by UTF-16 code units, as the default sort does', () => {
    const words = ['b', 'B', 'a', 'é', 'Z', ''];
    expect([...words].sort(compare)).toEqual([...words].sort());
    expect(compare('x', 'x')).toBe(0);
  });
});
