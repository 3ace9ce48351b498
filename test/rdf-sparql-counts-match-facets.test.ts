/**
 * Loaded into an embedded SPARQL store (oxigraph), each dump answers "how many resources per country"
 * (and per beneficiary, per type) exactly as `facets()` of the typed API does.
 */
import oxigraph from 'oxigraph';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemeOfField } from '../src/code-fields.js';
import { facets } from '../src/query.js';
import { datasetIri } from '../src/rdf/iri.js';
import { countsQuery, nonZero } from './helpers/facet-counts-query.js';
import { type EmittedInTemp, emitToTemp } from './helpers/rdf.js';

function counts(store: oxigraph.Store, query: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of store.query(query) as Map<string, oxigraph.Term>[]) out[row.get('code')!.value] = Number(row.get('n')!.value);
  return out;
}

let dumps: EmittedInTemp;
beforeAll(async () => {
  dumps = await emitToTemp();
});

const FORMATS = [
  ['catalogue.ttl', 'text/turtle'],
  ['catalogue.nt', 'application/n-triples'],
  ['catalogue.jsonld', 'application/ld+json'],
  ['catalogue.rdf', 'application/rdf+xml'],
] as const;

describe('SPARQL over the dumps agrees with facets()', () => {
  for (const [file, format] of FORMATS) {
    it(`${file}: resources per country, beneficiary and type`, () => {
      const store = new oxigraph.Store();
      store.load(dumps.read(file), { format, base_iri: datasetIri() });
      const expected = facets();
      expect(counts(store, countsQuery('http://purl.org/dc/terms/spatial', schemeOfField('countries').id))).toEqual(nonZero(expected.country));
      expect(counts(store, countsQuery('http://purl.org/dc/terms/audience', schemeOfField('beneficiaries').id))).toEqual(nonZero(expected.beneficiary));
      expect(counts(store, countsQuery('http://purl.org/dc/terms/type', schemeOfField('type').id))).toEqual(nonZero(expected.type));
    });
  }

  it('a resource dropped from the data changes the counts (the check can fail)', () => {
    const store = new oxigraph.Store();
    store.load(dumps.read('catalogue.ttl'), { format: 'text/turtle', base_iri: datasetIri() });
    const [victim] = store.query(
      `SELECT ?r WHERE { ?r <http://purl.org/dc/terms/isPartOf> <${datasetIri()}> ; <http://purl.org/dc/terms/spatial> ?p } LIMIT 1`,
    ) as Map<string, oxigraph.Term>[];
    store.update(`DELETE WHERE { <${victim!.get('r')!.value}> ?p ?o }`);
    expect(counts(store, countsQuery('http://purl.org/dc/terms/spatial', schemeOfField('countries').id))).not.toEqual(nonZero(facets().country));
  });
});
