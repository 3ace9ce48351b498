/** The trie walk over the sorted word list finds exactly the words within the distance, as the textbook table does. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachSimilar, packWords, typosAllowed } from '../../../src/catalogue/similar-words.js';
import { levenshtein as distance } from '../../helpers/typos.js';

describe('forEachSimilar()', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), minLength: 1, maxLength: 12 });

  it('reports every word within the distance, with its distance, in list order (property-based)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 60 }), word, fc.integer({ min: 0, max: 3 }), (list, query, max) => {
        const words = [...list].sort();
        const found: Array<[number, number]> = [];
        forEachSimilar(packWords(words), query, max, (i, d) => found.push([i, d]));
        const expected = words.flatMap((w, i) => (distance(query, w) <= max ? [[i, distance(query, w)] as [number, number]] : []));
        expect(found).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('allows no typo below 5 letters, one from 5, two from 9', () => {
    expect([4, 5, 8, 9, 20].map(typosAllowed)).toEqual([0, 1, 1, 2, 2]);
  });
});
