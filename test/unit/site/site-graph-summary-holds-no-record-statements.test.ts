/**
 * The site build walks the whole graph once and keeps only what does not grow with the records
 * (src/site/graph-summary.ts); each record's pages map the record again. The summary must still tell
 * what the whole graph would: its size, its predicates in order of first use, the catalogue's description.
 */
import { describe, expect, it } from 'vitest';
import { resources } from '../../../src/package-catalogue.js';
import { describeCatalogue, resourceIri, toQuads } from '../../../src/rdf/index.js';
import { summariseGraph } from '../../../src/site/graph-summary.js';

const options = { dcat: true, vocabularies: true, modified: '2026-12-01' } as const;

describe('summariseGraph', () => {
  const summary = summariseGraph(resources, options);
  const whole = toQuads(resources, options);

  it('keeps no statement about a record or a node minted under one (organisations, downloads)', () => {
    const recordIris = resources.map((r) => resourceIri(r.slug));
    const held = summary.rest.filter((q) => recordIris.some((iri) => q.subject.value === iri || q.subject.value.startsWith(`${iri}/`)));
    expect(held).toEqual([]);
  });

  it('counts the triples and lists the predicates of the whole graph, in order of first use', () => {
    expect(summary.triples).toBe(whole.length);
    expect([...summary.predicates]).toEqual([...new Set(whole.map((q) => q.predicate.value))]);
  });

  it('keeps exactly the statements of the whole graph that are not the records', () => {
    const recordKeys = new Set(resources.map((r) => resourceIri(r.slug)));
    const isRecordPart = (s: string) => recordKeys.has(s) || [...recordKeys].some((iri) => s.startsWith(`${iri}/`));
    expect(summary.rest).toEqual(whole.filter((q) => !isRecordPart(q.subject.value)));
  });

  it("gives the catalogue's description as describeCatalogue does", () => {
    expect(summary.catalogue).toEqual(describeCatalogue({ ...options, resources }));
  });
});
