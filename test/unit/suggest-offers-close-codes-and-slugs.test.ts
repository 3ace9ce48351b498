/** src/suggest.ts: the "did you mean" of the CLI and the server's 404 page. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance, type Candidate, didYouMean, suggest } from '../../src/suggest.js';
import { levenshtein } from '../helpers/typos.js';

const COUNTRIES: Candidate[] = [
  { value: 'ES', names: ['Spain'] },
  { value: 'SE', names: ['Sweden'] },
  { value: 'SK', names: ['Slovakia'] },
  { value: 'SI', names: ['Slovenia'] },
  { value: 'DE', names: ['Germany'] },
  { value: 'PT', names: ['Portugal'] },
];
const SLUGS: Candidate[] = ['second-chance-schools-spain', 'stay-tuned', 'statistical-overviews-on-vet', 'vet-in-europe'].map((value) => ({ value }));

describe('boundedEditDistance', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['same', 'same', 0],
    ['SP', 'ES', 2],
    ['good-practise', 'good-practice', 1],
  ])('%s → %s is %i edits', (a, b, d) => {
    expect(boundedEditDistance(a, b, 10)).toBe(d);
    expect(boundedEditDistance(b, a, 10)).toBe(d);
  });

  it('is the textbook distance, capped at limit + 1 (property-based)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
        expect(boundedEditDistance(a, b, limit)).toBe(Math.min(levenshtein(a, b), limit + 1));
      }),
      { numRuns: 500 },
    );
  });

  it('stops at its limit: any distance beyond it reads limit + 1', () => {
    expect(boundedEditDistance('kitten', 'sitting', 2)).toBe(3);
    expect(boundedEditDistance('abcdefgh', 'zyxwvuts', 1)).toBe(2);
  });
});

describe('suggest', () => {
  it('puts candidates whose name starts with the input first, ignoring case', () => {
    expect(suggest('spa', COUNTRIES)).toEqual(['ES']);
    expect(suggest('SLOV', COUNTRIES)).toEqual(['SK', 'SI']);
  });

  it('then values within one edit per three characters typed (at least one), nearest first', () => {
    expect(suggest('good-practise', [{ value: 'good-practice' }, { value: 'publication' }])).toEqual(['good-practice']);
    expect(suggest('stay-tund', SLUGS)).toEqual(['stay-tuned']);
    // "SP" is one edit from SE but two from ES; with names, Spain's prefix puts ES first.
    expect(suggest('SP', [{ value: 'ES' }, { value: 'SE' }])).toEqual(['SE']);
    expect(suggest('SP', COUNTRIES)).toEqual(['ES', 'SE', 'SK']); // SI is as close as SK, but three is the default maximum
    expect(suggest('programe', [{ value: 'programme' }, { value: 'program' }, { value: 'programmes' }])).toEqual(['programme', 'program', 'programmes']);
  });

  it('then values that contain the input, from three characters on (a partial slug)', () => {
    expect(suggest('chance', SLUGS)).toEqual(['second-chance-schools-spain']);
    expect(suggest('vet', SLUGS)).toEqual(['statistical-overviews-on-vet', 'vet-in-europe']);
    expect(suggest('ve', SLUGS)).toEqual([]);
  });

  it('names each candidate once and at most `max` of them', () => {
    const many = ['vet-a', 'vet-b', 'vet-c', 'vet-d'].map((value) => ({ value, names: [value] }));
    expect(suggest('vet', many)).toEqual(['vet-a', 'vet-b', 'vet-c']);
    expect(suggest('vet', many, 2)).toEqual(['vet-a', 'vet-b']);
    expect(suggest('vet', many, 10)).toEqual(['vet-a', 'vet-b', 'vet-c', 'vet-d']);
  });

  it('suggests nothing for empty input', () => {
    expect(suggest('', COUNTRIES)).toEqual([]);
  });
});

describe('didYouMean', () => {
  it('words zero, one, two and three suggestions', () => {
    expect(didYouMean([])).toBe('');
    expect(didYouMean(['ES'])).toBe('; did you mean "ES"?');
    expect(didYouMean(['ES', 'SE'])).toBe('; did you mean "ES" or "SE"?');
    expect(didYouMean(['ES', 'SE', 'SK'])).toBe('; did you mean "ES", "SE" or "SK"?');
  });

  it('describes each suggestion as asked', () => {
    expect(didYouMean(['ES'], (code) => `"${code}" (Spain)`)).toBe('; did you mean "ES" (Spain)?');
  });
});
