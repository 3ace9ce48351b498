import { describe, expect, it } from 'vitest';
import { IriCompactor, localName } from '../../../src/rdf/compactor.js';
import { DEFAULT_BASE, NS, prefixesFor } from '../../../src/rdf/namespaces.js';

describe('localName', () => {
  it('gives the rest of an IRI inside the namespace', () => {
    expect(localName(`${NS.schema}name`, NS.schema)).toBe('name');
  });

  it('gives nothing outside it, for the namespace itself, or for a rest that would read as absolute', () => {
    expect(localName(`${NS.dct}title`, NS.schema)).toBeUndefined();
    expect(localName(NS.schema, NS.schema)).toBeUndefined();
    expect(localName(`${NS.schema}//x`, NS.schema)).toBeUndefined();
  });
});

describe('IriCompactor', () => {
  const prefixes = prefixesFor(DEFAULT_BASE, ['country', 'topic']);
  const compactor = new IriCompactor(prefixes);

  it('shortens IRIs under a known namespace', () => {
    expect(compactor.compact(`${NS.dct}title`)).toBe('dct:title');
    expect(compactor.compact(`${NS.rdf}type`)).toBe('rdf:type');
    expect(compactor.compact(`${DEFAULT_BASE}resource/x`)).toBe('res:x');
  });

  it('uses the longest matching namespace', () => {
    // `<base>vocab/country/` is longer than any other prefix matching a country concept.
    expect(compactor.compact(`${DEFAULT_BASE}vocab/country/ES`)).toBe('country:ES');
    expect(compactor.compact(`${NS.at}country/ESP`)).toBe('at:country/ESP');
  });

  it('leaves other IRIs whole, and the namespaces themselves', () => {
    expect(compactor.compact('https://example.org/x')).toBe('https://example.org/x');
    expect(compactor.compact(NS.dct)).toBe(NS.dct);
    expect(compactor.compact(`${DEFAULT_BASE}catalogue`)).toBe(`${DEFAULT_BASE}catalogue`);
  });

  it('answers the same when asked again (cached)', () => {
    const iri = `${NS.skos}prefLabel`;
    expect(compactor.compact(iri)).toBe(compactor.compact(iri));
    expect(compactor.compact(iri)).toBe('skos:prefLabel');
  });

  it('breaks ties between namespaces of equal length by prefix name', () => {
    const tied = new IriCompactor({ b: 'https://example.org/', a: 'https://example.org/' });
    expect(tied.compact('https://example.org/x')).toBe('a:x');
  });
});
