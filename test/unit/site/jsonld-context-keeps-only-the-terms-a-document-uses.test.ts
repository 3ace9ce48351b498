/**
 * src/site/jsonld-context.ts: a node's JSON-LD document keeps only the context entries its graph uses (prefixes in
 * keys, values and kept term definitions; the term definitions of its keys), and so reads as the same graph.
 */
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { pruneContext } from '../../../src/site/jsonld-context.js';

/** A context like the catalogue's: prefixes first, then typed properties. */
const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  elet: 'https://w3id.org/elet-resources/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  schema: 'http://schema.org/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  spdx: 'http://spdx.org/rdf/terms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  name: 'http://schema.org/name',
  'dcat:landingPage': { '@type': '@id' },
  'dct:spatial': { '@type': '@id' },
  'schema:url': { '@type': '@id' },
  'dct:issued': { '@type': 'xsd:date' },
  'spdx:checksumValue': { '@type': 'xsd:hexBinary' },
};

const document = () => ({
  '@context': structuredClone(CONTEXT),
  '@graph': [
    {
      '@id': 'elet:resource/stay-tuned',
      '@type': 'schema:CreativeWork',
      name: 'Stay tuned: a network of cities',
      'dct:title': { '@value': 'Stay tuned', '@language': 'en' },
      'dct:spatial': ['http://publications.europa.eu/resource/authority/country/BEL'],
      'dct:issued': '2019-03-01',
    },
  ],
});

describe('pruneContext', () => {
  it('keeps the prefixes and term definitions the graph uses, and drops the rest', () => {
    expect(pruneContext(document())['@context']).toEqual({
      dct: CONTEXT.dct, // in keys
      elet: CONTEXT.elet, // in an @id
      schema: CONTEXT.schema, // in an @type
      xsd: CONTEXT.xsd, // in the kept definition of dct:issued
      name: CONTEXT.name, // a term used as a key
      'dct:spatial': CONTEXT['dct:spatial'],
      'dct:issued': CONTEXT['dct:issued'],
    });
  });

  it('leaves the graph and the other members alone, and the input unchanged', () => {
    const doc = { ...document(), '@id': 'elet:resource/stay-tuned.jsonld' };
    const pruned = pruneContext(doc);
    expect(pruned['@graph']).toBe(doc['@graph']);
    expect(pruned['@id']).toBe(doc['@id']);
    expect(doc['@context']).toEqual(CONTEXT);
  });

  it('yields exactly the same RDF graph as the full context', async () => {
    const nquads = async (doc: object) =>
      ((await jsonld.toRDF(doc as jsonld.JsonLdDocument, { format: 'application/n-quads', safe: true } as never)) as unknown as string).split('\n').sort();
    const full = await nquads(document());
    expect(full.filter(Boolean)).toHaveLength(5);
    expect(await nquads(pruneContext(document()))).toEqual(full);
  });
});
