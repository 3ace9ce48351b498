import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVocabularies } from '../src/data/load-vocabularies.js';
import { formatProblem } from '../src/data/problems.js';
import type { AnyCode } from '../src/generated/vocabulary.js';
import { authorityIri, countryCodes, getConcept, label, languageCodes, schemes } from '../src/index.js';
import { label as labelIn } from '../src/labels-entry.js';
import { ROOT, sharedDir } from './helpers/project.js';

/** Concept IRIs present in an EU authority table (RDF/XML as published), read as text: rdf:about of each skos:Concept. */
function authorityConcepts(file: string): Set<string> {
  const xml = readFileSync(join(sharedDir(), 'standards', 'eu-vocabularies', file), 'utf8');
  return new Set([...xml.matchAll(/<skos:Concept rdf:about="([^"]+)"/g)].map((m) => m[1]!));
}

describe('the SKOS vocabularies in vocab/', () => {
  it('load without a problem, one scheme per file, each with a title', () => {
    const { schemes: loaded, problems } = loadVocabularies(join(ROOT, 'vocab'), ROOT);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(loaded.map((s) => s.id).sort()).toEqual(schemes.map((s) => s.id).sort());
    for (const s of loaded) expect(s.title.length).toBeGreaterThan(0);
  });

  it('link every country to a concept of the EU country table (EU level to EUR)', () => {
    const table = authorityConcepts('countries-skos.rdf');
    for (const code of countryCodes) expect(table.has(authorityIri(code)!), code).toBe(true);
    expect(authorityIri('EU')).toBe('http://publications.europa.eu/resource/authority/country/EUR');
    expect(authorityIri('GR')).toBe('http://publications.europa.eu/resource/authority/country/GRC');
  });

  it('link every language to a concept of the EU language table', () => {
    const table = authorityConcepts('po-languages-skos.rdf');
    for (const code of languageCodes) expect(table.has(authorityIri(code)!), code).toBe(true);
  });

  it('have an English label for every concept, and other EU languages for countries', () => {
    for (const s of schemes) for (const c of s.concepts) expect(label(c.code as AnyCode).length, c.code).toBeGreaterThan(0);
    expect(labelIn('DE', 'de')).toBe('Deutschland');
    expect(labelIn('good-practice', 'xx')).toBe('Good practice');
    expect(getConcept('ES')?.scheme).toBe('country');
    expect(() => label('SP' as AnyCode)).toThrow(RangeError);
  });
});

describe('a broken vocabulary file', () => {
  it('is reported with file and concept, every problem at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'elet-vocab-'));
    try {
      writeFileSync(
        join(dir, 'broken.ttl'),
        `@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/elet-resources/vocab/thing> a skos:ConceptScheme .
<https://w3id.org/elet-resources/vocab/thing/a> a skos:Concept ; skos:inScheme <https://w3id.org/elet-resources/vocab/thing> ; skos:notation "b" .
<https://w3id.org/elet-resources/vocab/thing/c> a skos:Concept ; skos:notation "c" ; skos:prefLabel "C"@en .`,
      );
      writeFileSync(join(dir, 'syntax.ttl'), '<a> <b> .');
      const problems = loadVocabularies(dir, dir).problems.map(formatProblem);
      expect(problems).toEqual(
        expect.arrayContaining([
          'broken.ttl: dct:title: concept scheme has no English dct:title',
          'broken.ttl: a.skos:notation: notation "b" differs from the code "a"',
          'broken.ttl: a.skos:prefLabel: no English prefLabel',
          'broken.ttl: c.skos:inScheme: missing skos:inScheme <https://w3id.org/elet-resources/vocab/thing>',
          expect.stringMatching(/^syntax\.ttl: invalid Turtle: /),
        ]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
