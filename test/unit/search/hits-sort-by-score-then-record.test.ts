/** Hits come best first, ties in record order, whether sorted through packed numeric keys or a comparator (huge catalogues). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByScore } from '../../../src/catalogue/ranking.js';

describe('sortByScore()', () => {
  it('orders by descending score then ascending id, on both paths (property-based)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(999), { maxLength: 200 }),
        fc.array(fc.constantFrom(0.5, 1, 1.25, 3, 7.75), { minLength: 1000, maxLength: 1000 }),
        (ids, values) => {
          const score = Float64Array.from(values);
          const expected = [...ids].sort((a, b) => score[b]! - score[a]! || a - b);
          expect([...sortByScore(ids, score, 1000)]).toEqual(expected);
          expect([...sortByScore(ids, score, 2 ** 22)]).toEqual(expected);
        },
      ),
    );
  });
});
