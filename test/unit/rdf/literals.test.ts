import { describe, expect, it } from 'vitest';
import { dateLiteral, en, inLanguage, iriNode, labelLiterals, plain, wellFormed, yearLiteral } from '../../../src/rdf/literals.js';
import { XSD } from '../../../src/rdf/terms.js';

describe('wellFormed', () => {
  it('replaces a lone high or low surrogate by U+FFFD, once each', () => {
    expect(wellFormed('a\ud800b')).toBe('a\ufffdb');
    expect(wellFormed('a\udc00b')).toBe('a\ufffdb');
    expect(wellFormed('\ud800\ud800')).toBe('\ufffd\ufffd');
    expect(wellFormed('end\ud83d')).toBe('end\ufffd');
  });

  it('keeps surrogate pairs and ordinary text unchanged', () => {
    const text = 'Früh 😀 ελληνικά 中文';
    expect(wellFormed(text)).toBe(text);
    expect(wellFormed('')).toBe('');
  });

  it('is idempotent: a second pass changes nothing', () => {
    const once = wellFormed('x\udfffy\ud800');
    expect(wellFormed(once)).toBe(once);
  });
});

describe('literal makers', () => {
  it('make well-formed literals with the right language or datatype', () => {
    expect(en('a\ud800')).toMatchObject({ value: 'a\ufffd', language: 'en' });
    expect(inLanguage('Título', 'es')).toMatchObject({ value: 'Título', language: 'es' });
    const p = plain('x\udc00');
    expect(p.value).toBe('x\ufffd');
    expect(p.language).toBe('');
    expect(p.datatype.value).toBe(XSD.string.value);
    expect(dateLiteral('2020-01-31').datatype.value).toBe(XSD.date.value);
    expect(yearLiteral(2019)).toMatchObject({ value: '2019' });
    expect(yearLiteral(2019).datatype.value).toBe(XSD.gYear.value);
  });

  it('labelLiterals gives one tagged literal per language, in tag order', () => {
    const labels = labelLiterals({ fr: 'Espagne', de: 'Spanien', en: 'Spain' });
    expect(labels.map((l) => [l.language, l.value])).toEqual([
      ['de', 'Spanien'],
      ['en', 'Spain'],
      ['fr', 'Espagne'],
    ]);
  });

  it('iriNode makes a URL from data RDF-safe', () => {
    expect(iriNode('https://example.org/a b').value).toBe('https://example.org/a%20b');
    expect(iriNode('https://example.org/ok').termType).toBe('NamedNode');
  });
});
