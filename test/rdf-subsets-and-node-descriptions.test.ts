/**
 * What each entry point of elet-resources/rdf gives: the whole catalogue with DCAT and vocabularies; a
 * subset with exactly its records plus labels of everything they point to; single-node descriptions for
 * the site; curated facets marked; IRIs minted from the chosen base; subjects grouped.
 */

import { describe, expect, it } from 'vitest';
import { schemeOfField } from '../src/code-fields.js';
import { catalogueInfo } from '../src/generated/catalogue-info.js';
import { schemes } from '../src/generated/vocabulary.js';
import { resources } from '../src/package-catalogue.js';
import { byCountry } from '../src/query.js';
import { DUMP_FILES } from '../src/rdf/dump-files.js';
import {
  catalogueIri,
  conceptIri,
  DEFAULT_BASE,
  describeCatalogue,
  describeConcept,
  describeResource,
  describeScheme,
  quadsToJsonLd,
  quadsToTurtle,
  resourceIri,
  safeIri,
  schemeIri,
  toQuads,
  toTurtle,
} from '../src/rdf/index.js';
import { curatedFacetIri } from '../src/rdf/ontology.js';
import type { Quad } from '../src/rdf/rdfjs.js';
import { parseRdf } from './helpers/rdf.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const SCHEMA = 'http://schema.org/';
const LABELS = [`${SKOS}prefLabel`, `${SCHEMA}name`, `${DCT}title`, `${SCHEMA}audienceType`];

const subjectsOfType = (quads: Quad[], type: string) =>
  new Set(quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === type).map((q) => q.subject.value));
const recordsIn = (quads: Quad[]) => [...new Set(quads.filter((q) => q.predicate.value === `${DCT}isPartOf`).map((q) => q.subject.value))].sort();

/** Nodes of the project, the EU authority tables or EuroVoc that the graph points to but gives no label. */
function unlabelled(quads: Quad[]): string[] {
  const labelled = new Set(quads.filter((q) => LABELS.includes(q.predicate.value)).map((q) => q.subject.value));
  const needsLabel = (iri: string) =>
    (iri.startsWith(`${DEFAULT_BASE}vocab/`) ||
      iri.startsWith('http://publications.europa.eu/resource/authority/') ||
      iri.startsWith('http://eurovoc.europa.eu/')) &&
    !iri.startsWith(`${DEFAULT_BASE}resource/`);
  const pointed = quads.filter((q) => q.object.termType === 'NamedNode' && !/Match$/.test(q.predicate.value)).map((q) => q.object.value);
  return [...new Set(pointed)].filter((iri) => needsLabel(iri) && !labelled.has(iri)).sort();
}

describe('whole catalogue', () => {
  const quads = toQuads();
  it('holds every record, every concept, the ontology and one DCAT catalogue', () => {
    expect(recordsIn(quads).filter((s) => s.startsWith(`${DEFAULT_BASE}resource/`))).toEqual(resources.map((r) => resourceIri(r.slug)).sort());
    const concepts = subjectsOfType(quads, `${SKOS}Concept`);
    for (const scheme of schemes) for (const c of scheme.concepts) expect(concepts.has(conceptIri(scheme.id, c.code))).toBe(true);
    expect([...subjectsOfType(quads, `${DCAT}Catalog`)]).toEqual([catalogueIri()]);
    expect(subjectsOfType(quads, `${DCAT}Distribution`).size).toBe(DUMP_FILES.length); // one per dump file (7 with catalogue.rdf)
  });

  it('groups all quads of a subject together', () => {
    const seen = new Set<string>();
    let current = '';
    for (const q of quads) {
      if (q.subject.value === current) continue;
      expect(seen.has(q.subject.value), q.subject.value).toBe(false);
      seen.add((current = q.subject.value));
    }
  });

  it('marks exactly the curated facets of each record', () => {
    for (const r of resources) {
      const marked = quads.filter((q) => q.subject.value === resourceIri(r.slug) && q.predicate.value === curatedFacetIri()).map((q) => q.object.value);
      expect(marked.sort(), r.slug).toEqual(r.curated.map((f) => schemeIri(schemeOfField(f).id)).sort());
    }
  });
});

describe('a subset', () => {
  const spain = byCountry('ES');
  const quads = parseRdf(toTurtle(spain));

  it('has exactly its records, no DCAT description and no unused concepts', () => {
    expect(recordsIn(quads)).toEqual(spain.map((r) => resourceIri(r.slug)).sort());
    expect(subjectsOfType(quads, `${DCAT}Catalog`).size).toBe(0);
    const concepts = [...subjectsOfType(quads, `${SKOS}Concept`)].filter((s) => s.startsWith(DEFAULT_BASE));
    const used = new Set(quads.filter((q) => q.object.termType === 'NamedNode').map((q) => q.object.value));
    for (const c of concepts) expect(used.has(c), c).toBe(true);
  });

  it('labels everything it points to', () => {
    expect(unlabelled(quads)).toEqual([]);
  });

  it('can ask for the DCAT description and all vocabularies', () => {
    const full = parseRdf(toTurtle(spain, { dcat: true, vocabularies: true }));
    expect(subjectsOfType(full, `${DCAT}Catalog`).size).toBe(1);
    expect(subjectsOfType(full, `${SKOS}ConceptScheme`).size).toBeGreaterThanOrEqual(schemes.length);
  });

  it('mints every IRI from the chosen base', () => {
    const base = 'https://example.org/elsewhere/';
    const text = toTurtle(spain, { base });
    expect(text).not.toContain(DEFAULT_BASE);
    expect(recordsIn(parseRdf(text))).toEqual(spain.map((r) => resourceIri(r.slug, base)).sort());
  });
});

describe('node descriptions for the site', () => {
  const record = resources[0]!;

  it('describeResource: the record with labels of what it points to; undefined for an unknown slug', () => {
    const quads = describeResource(record.slug)!;
    expect(recordsIn(quads)).toEqual([resourceIri(record.slug)]);
    expect(unlabelled(quads)).toEqual([]);
    expect(describeResource('no-such-slug')).toBeUndefined();
    expect(parseRdf(quadsToTurtle(quads)).length).toBe(
      new Set(quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}|${q.object.termType === 'Literal' ? q.object.language : ''}`)).size,
    );
    expect(quadsToJsonLd(quads)['@graph'].length).toBe(new Set(quads.map((q) => q.subject.value)).size);
  });

  it('describeConcept and describeScheme', () => {
    const scheme = schemes[0]!;
    const concept = scheme.concepts[0]!;
    const quads = describeConcept(scheme.id, concept.code)!;
    expect(quads.some((q) => q.predicate.value === `${SKOS}prefLabel` && q.object.value === concept.prefLabel.en)).toBe(true);
    expect(describeConcept(scheme.id, 'no-such-code')).toBeUndefined();
    expect(describeConcept('no-such-scheme', concept.code)).toBeUndefined();
    const all = describeScheme(scheme.id)!;
    expect(subjectsOfType(all, `${SKOS}Concept`).size).toBe(scheme.concepts.length);
    expect(describeScheme('no-such-scheme')).toBeUndefined();
  });

  it('describeCatalogue: the DCAT description without records, with its metadata', () => {
    const quads = describeCatalogue();
    expect(recordsIn(quads).filter((s) => s.startsWith(`${DEFAULT_BASE}resource/`))).toEqual([]);
    expect(quads.some((q) => q.subject.value === catalogueIri() && q.predicate.value === `${DCT}title` && q.object.value === catalogueInfo.title)).toBe(true);
    expect(unlabelled(quads)).toEqual([]);
  });
});

describe('safeIri', () => {
  it.each([
    ['https://example.org/a b', 'https://example.org/a%20b'],
    ['https://example.org/x?q="1"&r={2}', 'https://example.org/x?q=%221%22&r=%7B2%7D'],
    ['https://example.org/a#b#c', 'https://example.org/a#b%23c'],
    ['https://example.org/100%', 'https://example.org/100%25'],
    ['https://example.org/%C3%A9', 'https://example.org/%C3%A9'],
    ['https://example.org/é', 'https://example.org/é'],
    ['https://[::1]:8080/a[1]', 'https://[::1]:8080/a%5B1%5D'],
    ['https://www.cedefop.europa.eu/en/x?name_list%5B0%5D=IT', 'https://www.cedefop.europa.eu/en/x?name_list%5B0%5D=IT'],
  ])('%s → %s', (url, iri) => {
    expect(safeIri(url)).toBe(iri);
    expect(safeIri(iri)).toBe(iri);
  });
});
