import { describe, expect, it } from 'vitest';
import { FACETS } from '../../../src/code-fields.js';
import { CSV_COLUMNS } from '../../../src/export/csv.js';
import { catalogueInfo } from '../../../src/generated/catalogue-info.js';
import * as vocabulary from '../../../src/generated/vocabulary.js';
import { getConcept, label } from '../../../src/vocabulary.js';

// ES modules run in strict mode, so writing to a frozen object throws a TypeError.
const mutations: [string, () => unknown][] = [
  ["getConcept('ES') concept label", () => Object.assign(getConcept('ES')!.concept.prefLabel, { en: 'X' })],
  ["getConcept('ES') concept", () => Object.assign(getConcept('ES')!.concept, { code: 'XX' })],
  ['schemes (push)', () => (vocabulary.schemes as unknown[]).push({})],
  ['schemes[n].concepts (push)', () => (vocabulary.schemes[1]!.concepts as unknown[]).push({ code: 'XX' })],
  ['schemes[n].concepts[m].prefLabel', () => Object.assign(vocabulary.schemes[1]!.concepts[0]!.prefLabel, { en: 'X' })],
  ['schemes[n].concepts[m].matches.exactMatch', () => (vocabulary.schemes[1]!.concepts[0]!.matches.exactMatch as string[]).push('x')],
  ['countryCodes', () => (vocabulary.countryCodes as unknown as string[]).push('XX')],
  ['catalogueInfo.title', () => Object.assign(catalogueInfo, { title: 'x' })],
  ['catalogueInfo.publisher.name', () => Object.assign(catalogueInfo.publisher, { name: 'x' })],
  ['FACETS.country', () => Object.assign(FACETS, { country: null })],
  ['FACETS.country.codes', () => (FACETS.country.codes as unknown as string[]).push('XX')],
  ['CSV_COLUMNS', () => (CSV_COLUMNS as unknown as string[]).push('x')],
];

describe('everything the package hands out is frozen', () => {
  it.each(mutations)('%s cannot be changed', (_, mutate) => {
    expect(mutate).toThrow(TypeError);
  });

  it('every generated code list is frozen', () => {
    const lists = Object.entries(vocabulary).filter(([name]) => name.endsWith('Codes'));
    expect(lists.length).toBeGreaterThanOrEqual(9);
    for (const [name, list] of lists) expect(Object.isFrozen(list), name).toBe(true);
  });

  it("label('ES') is unchanged after every attempt", () => {
    for (const [, mutate] of mutations) {
      try {
        mutate();
      } catch {}
    }
    expect(label('ES')).toBe('Spain');
    expect(vocabulary.countryCodes).not.toContain('XX');
    expect(FACETS.country.field).toBe('countries');
  });
});
