/**
 * Loaded into an embedded SPARQL store (oxigraph), each dump answers "how many resources per country"
 * (and per beneficiary, per type) exactly as `facets()` of the typed API does.
 */
import oxigraph from 'oxigraph';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemeOfField } from '../src/code-fields.js';
import { facets } from '../src/query.js';
import { datasetIri, schemeIri } from '../src/rdf/iri.js';
import { type EmittedInTemp, emitToTemp } from './helpers/rdf.js';

/** Resources per code of one scheme, joining the record's value to the concept directly or through skos:exactMatch. */
function countsQuery(property: string, schemeId: string): string {
  return `PREFIX dct: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?code (COUNT(DISTINCT ?r) AS ?n) WHERE {
  ?r dct:isPartOf <${datasetIri()}> ; <${property}> ?value .
  ?concept skos:inScheme <${schemeIri(schemeId)}> ; skos:notation ?code .
  FILTER(?value = ?concept || EXISTS { ?concept skos:exactMatch ?value })
} GROUP BY ?code`;
}

function counts(store: oxigraph.Store, query: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of store.query(query) as Map<string, oxigraph.Term>[]) out[row.get('code')!.value] = Number(row.get('n')!.value);
  return out;
}

const nonZero = (row: Record<string, number>) => Object.fromEntries(Object.entries(row).filter(([, n]) => n > 0));

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
