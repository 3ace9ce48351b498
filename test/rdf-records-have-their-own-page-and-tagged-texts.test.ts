/**
 * Identity and languages of records in the RDF (docs/modelling.md, "Resources"): `schema:url` is the
 * record's own page (its toolkit page, or the project's page for it), unique per record; where its facts
 * were seen is provenance only; each text carries its own language; statistics state what Google's Dataset
 * guidance asks for when the record knows it.
 */

import { describe, expect, it } from 'vitest';
import { resources } from '../src/package-catalogue.js';
import { describeResource, toQuads } from '../src/rdf/index.js';
import { downloadIri, resourceIri, resourcePageUrl, safeIri } from '../src/rdf/iri.js';
import { NS } from '../src/rdf/namespaces.js';
import { ONTOLOGY_TERMS, ontologyTerm } from '../src/rdf/ontology.js';
import type { Quad } from '../src/rdf/rdfjs.js';
import type { Resource } from '../src/schema.js';

const URL = `${NS.schema}url`;
const MAIN_PAGE = `${NS.schema}mainEntityOfPage`;
const quads = toQuads();

function objects(subject: string, predicate: string, from: readonly Quad[] = quads): Quad['object'][] {
  return from.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object);
}
const values = (subject: string, predicate: string, from?: readonly Quad[]) =>
  objects(subject, predicate, from)
    .map((o) => o.value)
    .sort();

describe('a record’s identity', () => {
  const urls = resources.map((r) => values(resourceIri(r.slug), URL));

  it('each record has exactly one schema:url and mainEntityOfPage, the same page, and no two records share one', () => {
    for (const [i, r] of resources.entries()) {
      expect(urls[i], r.slug).toHaveLength(1);
      expect(values(resourceIri(r.slug), MAIN_PAGE), r.slug).toEqual(urls[i]);
    }
    const distinct = new Set(urls.flat());
    expect(distinct.size).toBe(resources.length);
    console.info(
      `records with an own toolkit page: ${resources.filter((r) => r.pageUrl).length}; distinct schema:url values: ${distinct.size} of ${resources.length} records`,
    );
  });

  it('is the record’s toolkit page when it has one, else the project’s page for it', () => {
    expect(resources.filter((r) => r.pageUrl).length).toBeGreaterThan(0);
    for (const r of resources) expect(values(resourceIri(r.slug), URL), r.slug).toEqual([r.pageUrl ?? resourcePageUrl(r.slug)]);
  });

  it('never points at another resource’s page (the three records seen only on another’s page)', () => {
    for (const slug of ['leaving-education-early-volume-i', 'leaving-education-early-volume-ii', 'vet-in-europe']) {
      const r = resources.find((x) => x.slug === slug)!;
      expect(r.sourceUrl.endsWith(`/${slug}`), `${slug} is seen on another page`).toBe(false);
      expect(values(resourceIri(slug), URL)).toEqual([resourcePageUrl(slug)]);
    }
  });

  it('states where the facts were seen (as RDF-safe IRIs) as provenance only: dct:source and elet:seenAt', () => {
    for (const r of resources) {
      const s = resourceIri(r.slug);
      expect(values(s, `${NS.dct}source`), r.slug).toEqual([safeIri(r.sourceUrl)]);
      expect(values(s, ontologyTerm('seenAt')), r.slug).toEqual([...new Set(r.seenAt.map(safeIri))].sort());
    }
  });

  it('states how the title and the type were read with the project’s own terms, defined in its ontology', () => {
    for (const r of resources) {
      const s = resourceIri(r.slug);
      expect(values(s, ontologyTerm('titleSource')), r.slug).toEqual(r.titleSource ? [r.titleSource] : []);
      expect(values(s, ontologyTerm('typeSource')), r.slug).toEqual(r.typeSource ? [r.typeSource] : []);
    }
    expect(resources.some((r) => r.titleSource) && resources.some((r) => r.typeSource)).toBe(true);
    for (const term of ONTOLOGY_TERMS) {
      expect(values(ontologyTerm(term), `${NS.rdfs}label`), term).toHaveLength(1);
      expect(values(ontologyTerm(term), `${NS.rdfs}comment`), term).toHaveLength(1);
    }
  });
});

describe('each text in its language', () => {
  it('titles carry titleLanguage when set, else en', () => {
    const tagged = resources.filter((r) => r.titleLanguage);
    expect(tagged.length).toBeGreaterThan(0);
    for (const r of resources) {
      for (const p of [`${NS.schema}name`, `${NS.dct}title`]) {
        const [title] = objects(resourceIri(r.slug), p);
        expect(title?.termType === 'Literal' && title.language, r.slug).toBe(r.titleLanguage ?? 'en');
      }
    }
  });

  it('download names carry the download’s language when known, and no tag otherwise', () => {
    let known = 0;
    for (const r of resources) {
      r.downloads.forEach((d, i) => {
        const [name] = objects(downloadIri(r.slug, i + 1), `${NS.schema}name`);
        if (d.language) known++;
        expect(name?.termType === 'Literal' && name.language, `${r.slug} download ${i + 1}`).toBe(d.language ?? '');
      });
    }
    expect(known).toBeGreaterThan(0);
  });
});

describe('statistics as schema.org Datasets', () => {
  const base = resources.find((r) => r.type === 'statistics')!;
  const dataset: Resource = {
    ...base,
    slug: 'synthetic-dataset',
    organisations: ['Eurostat'],
    downloads: [{ title: 'Tables', url: 'https://example.org/tables.csv', language: 'en' }],
  };

  it('name the record’s organisations as creators and each download’s contentUrl, and invent no licence', () => {
    const described = describeResource(dataset.slug, { resources: [dataset] })!;
    const s = resourceIri(dataset.slug);
    expect(values(s, `${NS.schema}creator`, described)).toEqual([`${s}/organisation/1`]);
    expect(values(`${s}/download/1`, `${NS.schema}contentUrl`, described)).toEqual(['https://example.org/tables.csv']);
    expect(described.filter((q) => q.predicate.value === `${NS.schema}license` || q.predicate.value === `${NS.dct}license`)).toEqual([]);
  });

  it('other records name no creator (their organisations are contributors)', () => {
    const report = { ...dataset, type: 'publication' as const };
    const described = describeResource(report.slug, { resources: [report] })!;
    expect(values(resourceIri(report.slug), `${NS.schema}creator`, described)).toEqual([]);
    expect(values(resourceIri(report.slug), `${NS.schema}contributor`, described)).toHaveLength(1);
  });
});
