/**
 * The query engine (src/catalogue.ts) over five small records: facet filters (any code within a key, every key),
 * word-prefix text search that ignores case and accents, facet counts, and refusal of unknown codes.
 */
import { describe, expect, it } from 'vitest';
import { Catalogue } from '../../src/catalogue.js';
import { FACET_NAMES, FACETS } from '../../src/code-fields.js';
import type { Resource } from '../../src/schema.js';
import { SAMPLE } from './helpers/records.js';

const catalogue = new Catalogue(SAMPLE);
const slugs = (records: readonly Resource[]) => records.map((r) => r.slug);
/** The codes a record has for a facet, whether the field holds one code or a list. */
const codesOf = (r: Resource, facet: (typeof FACET_NAMES)[number]): string[] => [r[FACETS[facet].field]].flat();

describe('Catalogue#query', () => {
  it('returns every record, in the order given, for an empty filter (a copy the caller may change)', () => {
    const all = catalogue.query();
    expect(slugs(all)).toEqual(slugs(SAMPLE));
    all.pop();
    expect(catalogue.query()).toHaveLength(SAMPLE.length);
  });

  it('reads several codes of one facet as "any of them" and several facets as "all of them"', () => {
    expect(slugs(catalogue.query({ country: ['FR', 'IT'] }))).toEqual([
      'l-ecole-de-la-deuxieme-chance-e2c',
      'piazza-dei-mestieri',
      'leaving-education-early-volume-i',
    ]);
    expect(slugs(catalogue.query({ country: 'ES', type: 'good-practice' }))).toEqual(['second-chance-schools-spain']);
    expect(slugs(catalogue.query({ country: 'ES', type: ['publication', 'tool'] }))).toEqual([
      'leaving-education-early-volume-i',
      'dido-dropping-dropouts-toolkit',
    ]);
    expect(catalogue.query({ country: 'FR', type: 'tool' })).toEqual([]);
  });

  it('agrees with filtering by hand for every code of every facet', () => {
    for (const facet of FACET_NAMES) {
      for (const code of FACETS[facet].codes) {
        const expected = SAMPLE.filter((r) => codesOf(r, facet).includes(code));
        expect(slugs(catalogue.query({ [facet]: code })), `${facet}=${code}`).toEqual(slugs(expected));
      }
    }
  });

  it('matches text words as the start of words in title, subtitle, description and keywords, ignoring case and accents', () => {
    expect(slugs(catalogue.query({ text: 'ECOLE deux' }))).toEqual(['l-ecole-de-la-deuxieme-chance-e2c']);
    expect(slugs(catalogue.query({ text: 'chance school' }))).toEqual(['second-chance-schools-spain', 'l-ecole-de-la-deuxieme-chance-e2c']);
    expect(slugs(catalogue.query({ text: 'investigating' }))).toEqual(['leaving-education-early-volume-i']); // subtitle
    expect(slugs(catalogue.query({ text: 'tutoring' }))).toEqual(['dido-dropping-dropouts-toolkit']); // keyword
    expect(catalogue.query({ text: 'hance' })).toEqual([]); // inside a word, not at its start
    expect(catalogue.query({ text: 'chance zebra' })).toEqual([]); // every word must match
  });

  it('combines text with facets', () => {
    expect(slugs(catalogue.query({ text: 'chance', country: 'FR' }))).toEqual(['l-ecole-de-la-deuxieme-chance-e2c']);
  });

  it('refuses a code its facet does not have, naming both, instead of answering nothing', () => {
    expect(() => catalogue.query({ country: 'SP' as never })).toThrow(new RangeError('unknown country code "SP"'));
    expect(() => catalogue.facets({ type: ['tool', 'toolkit' as never] })).toThrow(/unknown type code "toolkit"/);
  });
});

describe('Catalogue#facets', () => {
  it('counts every code of every facet, 0 for codes no record has', () => {
    const counts = catalogue.facets();
    expect(Object.keys(counts)).toEqual([...FACET_NAMES]);
    for (const facet of FACET_NAMES) {
      const row = counts[facet] as Record<string, number>;
      expect(Object.keys(row), facet).toEqual([...FACETS[facet].codes]);
      for (const code of FACETS[facet].codes) expect(row[code], `${facet}=${code}`).toBe(SAMPLE.filter((r) => codesOf(r, facet).includes(code)).length);
    }
    expect(counts.country.ES).toBe(3);
    expect(counts.type).toMatchObject({ 'good-practice': 3, publication: 1, tool: 1, statistics: 0 });
  });

  it('counts only the records that match the filter', () => {
    const spain = catalogue.facets({ country: 'ES' });
    expect(spain.type).toMatchObject({ 'good-practice': 1, publication: 1, tool: 1 });
    expect(spain.country).toMatchObject({ ES: 3, EU: 1, IT: 1, FR: 0 });
    expect(spain.initiativeType).toMatchObject({ intervention: 1, compensation: 1, prevention: 0 });
    expect(Object.values(catalogue.facets({ text: 'zebra' }).type).every((n) => n === 0)).toBe(true);
  });
});

describe('Catalogue#get', () => {
  it('finds a record by slug, and nothing for an unknown one', () => {
    expect(catalogue.get('piazza-dei-mestieri')).toBe(SAMPLE[2]);
    expect(catalogue.get('piazza')).toBeUndefined();
  });
});
