import { describe, expect, it } from 'vitest';
import {
  catalogueIri,
  checksumIri,
  conceptIri,
  datasetIri,
  distributionIri,
  downloadIri,
  dumpUrl,
  ontologyTermIri,
  organisationIri,
  resourceIri,
  safeIri,
  schemeIri,
} from '../../../src/rdf/iri.js';
import { DEFAULT_BASE } from '../../../src/rdf/namespaces.js';

describe('IRI minting', () => {
  it('mints every IRI under the default base', () => {
    expect(resourceIri('early-warning')).toBe(`${DEFAULT_BASE}resource/early-warning`);
    expect(downloadIri('early-warning', 2)).toBe(`${DEFAULT_BASE}resource/early-warning/download/2`);
    expect(organisationIri('early-warning', 1)).toBe(`${DEFAULT_BASE}resource/early-warning/organisation/1`);
    expect(schemeIri('country')).toBe(`${DEFAULT_BASE}vocab/country`);
    expect(conceptIri('country', 'ES')).toBe(`${DEFAULT_BASE}vocab/country/ES`);
    expect(catalogueIri()).toBe(`${DEFAULT_BASE}catalogue`);
    expect(datasetIri()).toBe(`${DEFAULT_BASE}dataset`);
    expect(distributionIri('ttl')).toBe(`${DEFAULT_BASE}distribution/ttl`);
    expect(checksumIri('csv')).toBe(`${DEFAULT_BASE}distribution/csv/checksum`);
    expect(dumpUrl('catalogue.ttl')).toBe(`${DEFAULT_BASE}dumps/catalogue.ttl`);
    expect(ontologyTermIri('curatedFacet')).toBe(`${DEFAULT_BASE}ns#curatedFacet`);
  });

  it('mints under another base when given one', () => {
    const base = 'http://localhost:8080/';
    expect(resourceIri('x', base)).toBe('http://localhost:8080/resource/x');
    expect(conceptIri('topic', 'guidance', base)).toBe('http://localhost:8080/vocab/topic/guidance');
  });

  it('keeps a slug or code in one path segment', () => {
    expect(resourceIri('a/b c')).toBe(`${DEFAULT_BASE}resource/a%2Fb%20c`);
    expect(conceptIri('s', '#x')).toBe(`${DEFAULT_BASE}vocab/s/%23x`);
  });
});

describe('safeIri', () => {
  it('returns URLs that are already valid IRIs unchanged', () => {
    for (const url of [
      'https://example.org/a/b?c=d&e=f#g',
      'https://example.org/%C3%A9t%C3%A9',
      "https://example.org/(x)!$'*+,;=:@~",
      'http://[2001:db8::1]:8080/x',
      'mailto:someone@example.org',
    ]) {
      expect(safeIri(url)).toBe(url);
    }
  });

  it('keeps letters of any script', () => {
    expect(safeIri('https://example.org/été/中文')).toBe('https://example.org/été/中文');
  });

  it('percent-encodes what an IRI cannot hold', () => {
    expect(safeIri('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(safeIri('https://example.org/<x>"{|}^`\\')).toBe('https://example.org/%3Cx%3E%22%7B%7C%7D%5E%60%5C');
    expect(safeIri('https://example.org/a\tb\u007f')).toBe('https://example.org/a%09b%7F');
  });

  it('encodes a second #, a stray %, and brackets outside an IPv6 host', () => {
    expect(safeIri('https://example.org/a#b#c')).toBe('https://example.org/a#b%23c');
    expect(safeIri('https://example.org/100%')).toBe('https://example.org/100%25');
    expect(safeIri('https://example.org/%zz')).toBe('https://example.org/%25zz');
    expect(safeIri('https://example.org/a[1]')).toBe('https://example.org/a%5B1%5D');
    expect(safeIri('http://[::1]/a[1]')).toBe('http://[::1]/a%5B1%5D');
  });

  it('encodes private-use characters and non-characters, and a lone surrogate as U+FFFD', () => {
    expect(safeIri('https://example.org/\ue000')).toBe('https://example.org/%EE%80%80');
    expect(safeIri('https://example.org/\ufffe')).toBe('https://example.org/%EF%BF%BE');
    expect(safeIri('https://example.org/a\ud800')).toBe('https://example.org/a%EF%BF%BD');
  });

  it('is idempotent', () => {
    for (const url of ['https://example.org/a b#c#d', 'https://example.org/100%', 'https://example.org/a\ud800[x]']) {
      expect(safeIri(safeIri(url))).toBe(safeIri(url));
    }
  });
});
